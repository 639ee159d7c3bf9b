# Kommandoraden desk (crates/cli): det den skriver ut för agenten eller för support. Flaggornas
# hjälp (`desk --help`) är claps, skriven en gång på engelska vid flaggorna.

cli-usage = desk: { $text }
cli-refused = { $supplier } sa nej:
cli-not-a-time = { $text } är ingen tid; skriv den som 2026-12-01T09:00+01:00
cli-stop-and-both = --stop ersätter --from eller --to, inte båda
cli-needed = { $flag } behövs
cli-product-needed = --product behövs (se desk availability)
cli-vehicle-needed = --vehicle behövs (se desk quote)
cli-say-when = ange när: --pickup, --departure eller --arrival
cli-service-one-of = --service är en av { $names }
cli-direction = --direction är departure eller arrival
cli-supplier-one-of = --supplier är ftbook eller fasttrak
cli-file-unreadable = { $file }: { $detail }
cli-draft-unreadable = utkastet till { $supplier }: { $detail }
cli-not-offered = { $wanted } erbjuds inte för den här resan. Erbjudet: { $offered }. { $problems }
cli-no-offers = ingen leverantör gav erbjudanden
cli-no-keychain = ingen fungerande nyckelring här och DESK_SECRETS_PASSPHRASE är inte satt: använder bara inloggningsuppgifter från DESK_*-variabler
cli-json-failed = kunde inte skriva JSON: { $detail }
cli-more-results = (fler träffar: smalna av sökningen)
cli-none = (inga)
cli-refreshed = uppdaterade { $refreshed }, inte uppdaterade { $failed }
cli-to-address = adress
cli-to-stops = sina hållplatser
cli-cancel-by = { $segment }: avboka senast { $latest }
cli-booking-line = { $supplier } bokning { $reference }  status { $status }
cli-journal-line = journal #{ $id } { $kind } { $state }: { $events }
cli-balance-agency-type = byråtyp
cli-balance-cash = kontant
cli-balance-credit = kredit
cli-sandbox-on = Sandlådan på { $root } (använd: desk --sandbox-url { $root } ...)
cli-sandbox-counters = Räknare
cli-sandbox-stop = Stoppa med Ctrl+C.

# Tabellernas kolumnrubriker.
cli-col-service = tjänst
cli-col-to = till
cli-col-description = beskrivning
cli-col-place = plats
cli-col-where = var
cli-col-kind = typ
cli-col-name = namn
cli-col-code = kod
cli-col-product = produkt
cli-col-supplier = leverantör
cli-col-max = max
cli-col-price-incl = pris inkl. moms
cli-col-price-excl = exkl. moms
cli-col-pickup = hämtning
cli-col-cancel-by = avboka senast
cli-col-rules = regler
cli-col-passenger = resenär
cli-col-from = från
cli-col-price = pris
cli-col-status = status
cli-col-booking = bokning
cli-col-segment = delresa
cli-col-attempt = försök
cli-col-state = läge

# desk pnr
cli-pnr-locator = Bokningsnummer
cli-pnr-office = kontor
cli-pnr-unread = Inte lästa:
cli-pnr-to-airport = till flygplatsen
cli-pnr-from-airport = från flygplatsen
cli-col-element = element
cli-col-title = titel
cli-col-traveller = kategori
cli-col-born = född
cli-col-flight = flyg
cli-col-departs = avgår
cli-col-arrives = ankommer
cli-col-contact = kontakt
cli-col-source = från
cli-col-line = rad
cli-col-text = text
cli-col-why = varför
cli-col-leg = transfer
cli-col-airport = flygplats
cli-col-flight-time = flygets tid
cli-col-lead = ledtid (min)
cli-col-no-transfer = ingen transfer, eftersom

# desk voucher, desk export
cli-voucher-written = Resebeviset är skrivet: { $path }
cli-export-written = Resor skrivna: { $count }, till { $path }
cli-format-one-of = --format är csv eller xlsx
cli-language-one-of = --language är sv eller en
