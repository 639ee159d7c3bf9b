# Webbvyns ord (ui/): varje etikett, ledtext och mening som skärmarna visar, efter id. UI:t läser
# filerna med @fluent/bundle (ui/src/lib/i18n); Rusts tester kontrollerar att båda språken har
# samma id:n. Id:n är området, sedan saken: book-step-trip.

app-name = Transfer Desk
app-loading = Startar…
app-sandboxBadge = Sandlåda
app-sandboxBadgeTitle = Övningsdata: inget som bokas här når någon leverantör
app-testBadge = Test
app-productionBadge = Produktion

nav-label = Huvudmeny
nav-book = Boka
nav-history = Historik
nav-settings = Inställningar
nav-book-key = B
nav-history-key = H
nav-settings-key = I
nav-shortcutHint = Ctrl+{ $number } eller Alt+{ $letter }

book-title = Boka en transfer
book-steps = Bokningssteg
book-step-trip = Resa
book-step-offers = Erbjudanden
book-step-details = Uppgifter
book-step-review = Granska
book-step-done = Bokad
book-mode-legend = Vad som ska bokas
book-mode-connection = Till eller från flygplats eller station: taxi, flygbuss eller Arlanda Express
book-mode-taxi = Vanlig taxi, adress till adress
book-stops-terminal = Flygplats eller station
book-stops-direction = Riktning
book-stops-toTerminal = Till flygplatsen eller stationen
book-stops-fromTerminal = Från flygplatsen eller stationen
book-stops-findServices = Visa tjänster
book-stops-services = Tjänster
book-stops-noServices = Ingen tjänst här vid den tiden.
book-stops-stop = Hållplats eller station
book-stops-chooseStop = Välj en hållplats
book-stops-needsTerminal = Välj en flygplats eller station.
book-stops-needsStop = Välj en tjänst och en hållplats.
book-stops-needsService = Välj en tjänst.
book-address = Adress, hotell eller kontor
book-from = Från
book-to = Till
book-place-placeholder = Gata och nummer, hotell, flygplats eller station
book-place-searching = Söker…
book-place-none = Inget hittades för ”{ $text }”.
book-place-more = Visa fler platser
book-place-needsNumber = Lägg till husnumret.
book-place-choose = Välj en plats i listan.
book-connectionTime-departure = Flyget eller tåget avgår
book-connectionTime-arrival = Flyget eller tåget ankommer
book-pickupTime = Hämtningstid
book-time-missing = Ange datum och tid.
book-time-past = Tiden har redan passerat: ange en senare tid.
book-passengers = Resenärer
book-bags = Väskor
book-findOffers = Visa erbjudanden
book-finding = Frågar leverantörerna…
book-back = Tillbaka
book-offers-caption = Erbjudanden för { $route }, billigast först
book-offers-none = Ingen leverantör har något erbjudande för resan.
book-offers-problem = { $supplier }: { $message }
book-col-choose = Välj
book-col-supplier = Leverantör
book-col-product = Produkt
book-col-capacity = Max
book-col-price = Pris inkl. moms
book-col-priceExcl = Exkl. moms
book-col-pickup = Hämtning
book-col-cancelBy = Avboka senast
book-col-rules = Villkor
book-choose = Fortsätt med { $product }
book-details-passenger = Resenär
book-details-title = Titel
book-details-firstName = Förnamn
book-details-lastName = Efternamn
book-details-phone = Mobiltelefon
book-details-email = E-post
book-details-foid = Kort som biljetten köptes med (FOID)
book-details-childAge = Barnets ålder
book-details-connection = Flyg eller tåg
book-details-flight = Flyg- eller tågnummer
book-details-otherEnd-departure = Flyger till (kod)
book-details-otherEnd-arrival = Flyger från (kod)
book-details-otherTime-departure = Landar där
book-details-otherTime-arrival = Avgick därifrån
book-details-infoToDriver = Information till chauffören
book-details-more = Mer om resenären
book-details-references = Referenser
book-details-costCentre = Kostnadsställe
book-details-project = Projekt
book-details-debit = Betalning
book-details-debitMethod = Debiteringssätt
book-details-debitDefault = Byråns standard
book-details-debitReference = Debiteringsreferens
book-details-invoice = Fakturaadress
book-details-invoiceName = Företag eller namn
book-details-invoiceAddress = Gatuadress
book-details-invoiceZip = Postnummer
book-details-invoiceCity = Ort
book-details-invoiceCountry = Landskod
book-details-foidShown = Visas som { $masked }; sparas bara maskerat.
book-details-gds = GDS-bokning
book-details-amadeus = Amadeus-bokningsreferens
book-details-sabre = Sabre-bokningsreferens
book-details-required = Obligatoriskt.
book-details-next = Granska
book-details-childAgeIfChild = Barnets ålder (när resenären är ett barn, titel CHD)
book-details-international = Utrikes
book-trip-international = Till eller från utlandet
book-details-international-auto = Efter flygplatsen
book-details-international-no = Inrikes
book-details-international-yes = Utrikes

debit-REVERSE = REVERSE — byrån debiterar Flygtaxi
debit-AGENT = AGENT — Flygtaxi debiterar byrån
debit-AGENT_CUSTOMER = AGENT_CUSTOMER — byråns kund (kundnummer)
debit-FLYGTAXI_CUSTOMER = FLYGTAXI_CUSTOMER — Flygtaxis kund (kundnummer)
debit-INVOICE = INVOICE — faktura till en adress

book-review-heading = Kontrollera och boka
book-review-book = Boka nu
book-review-booking = Bokar…
book-review-checking = Vi kontrollerar med leverantören om bokningen gick igenom; den dubbelbokas inte.
book-review-notMade = Leverantören har ingen sådan bokning: den gjordes inte. Du kan boka igen.
book-review-refused = Leverantören avvisade bokningen; se de markerade fälten.
book-review-departs = Flyget eller tåget avgår
book-review-lands = Flyget eller tåget landar
book-review-travellers = Resenärer och bagage
book-review-travellersValue = { $passengers } { $passengers ->
        [one] resenär
       *[other] resenärer
    }, { $bags } { $bags ->
        [one] väska
       *[other] väskor
    }
book-review-flightFrom = { $flight } från { $code }
book-review-flightTo = { $flight } till { $code }
book-review-cancelAsk = Leverantören anger ingen tid: fråga operatören.
book-done-heading = Bokad: { $reference }
book-done-reference = Bokningsnummer
book-done-segment = Resans referens
book-done-copy = Kopiera sammanfattning
book-done-copied = Sammanfattningen är kopierad.
book-done-amadeus = Amadeus-bokningsnummer
book-done-again = Boka en till transfer
book-new = Ny bokning
book-new-discarded = Den påbörjade bokningen rensades.
book-new-undo = Ångra
book-done-cancelBy = Sista avbokning
rebook-return = Boka returresan
rebook-again = Boka igen
voucher-group = Resebevis till resenären
voucher-language = Resebevis på
voucher-save = Spara resebevis (PDF)
voucher-email = E-posta resebeviset
voucher-saved = Resebeviset är sparat: { $path }
voucher-mailed = E-postmeddelandet är lämnat till ditt e-postprogram.
history-export-csv = Exportera CSV
history-export-xlsx = Exportera Excel
history-exported = { $count ->
        [one] En resa exporterad: { $path }
       *[other] { $count } resor exporterade: { $path }
    }

book-pnr-paste-summary = Klistra in resenärens PNR
book-pnr-paste-label = PNR (Amadeus RT-visning eller Sabres boknings-XML)
book-pnr-paste-help = Klistra in hela visningen med huvudet: resorna till och från flygen föreslås.
book-pnr-paste-read = Läs PNR
book-pnr-step-read = PNR och resor
book-pnr-heading = { $gds }-PNR { $locator }
book-pnr-headingNoLocator = { $gds }-PNR utan bokningsnummer (klistra in huvudet också)
book-pnr-travellers = Resenärer och kontakter
book-pnr-flights = Flyg
book-pnr-noFlights = Inga flyg lästes.
book-pnr-unread = { $count ->
        [one] En rad kunde inte läsas
       *[other] { $count } rader kunde inte läsas
    }
book-pnr-legs = Resor att boka
book-pnr-noLegs = Inget flyg här behöver en resa som FTBook kör.
book-pnr-leg-departure = Till { $airport } för { $flight } som avgår { $at }: hämtning { $pickup } ({ $minutes } min före)
book-pnr-leg-arrival = Från { $airport } efter { $flight } som landar { $at }: bilen på plats { $pickup } ({ $minutes } min efter)
book-pnr-bookedBefore = redan bokad: { $reference } (se Historik)
book-pnr-chooseLeg = Kryssa i minst en resa.
book-pnr-home = Adress hemma
book-pnr-away = Adress vid { $airport } (efter { $flight })
book-pnr-close = Lägg undan PNR:en
book-pnr-price = Sök erbjudanden
book-pnr-route-to = Till { $airport } för { $flight }
book-pnr-route-from = Från { $airport } efter { $flight }
book-pnr-toDetails = { $count ->
        [one] Fortsätt med det här erbjudandet
       *[other] Fortsätt med de här { $count } erbjudandena
    }
book-pnr-flightFault = { $flight }: { $fault }
book-pnr-refused = Leverantören avböjde resan för { $flight }; se de markerade fälten.
book-pnr-locator = Bokningsnummer
book-pnr-willWriteBack = FTBook lägger in sina MIS- och RM*SUR-rader i Amadeus-PNR:en.
book-pnr-legProblem = Inte bokad
book-pnr-book = { $count ->
        [one] Boka resan
       *[other] Boka { $count } resor
    }
book-pnr-done = { $count ->
        [one] En resa bokad
       *[other] { $count } resor bokade
    }
book-pnr-writtenBack = RM*SUR-raderna dyker upp i PNR { $locator } i Amadeus inom kort.

history-title = Bokningshistorik
history-empty-heading = Inga bokningar ännu
history-empty-body = Bokningar som görs i Transfer Desk listas här och kan sökas utan uppkoppling. Inget har bokats på den här datorn.
history-search-label = Sök bokningar
history-search-placeholder = Namn, bokningsnummer, PNR, adress, flyg eller telefon
history-search-hint = Ctrl+F hoppar hit var du än är
history-filter-supplier = Leverantör
history-filter-status = Status
history-filter-all = Alla
history-day-placeholder = t.ex. igår, 2/12
history-filter-from = Hämtning från
history-filter-until = Hämtning till
history-open-heading = Utfallet är inte känt än ({ $count })
history-open-intro = Skickat till leverantören utan tydligt svar; vi kontrollerar tills det är känt. Boka inte om dessa.
history-open-book = Bokning hos { $supplier }
history-open-cancel = Avbokning hos { $supplier }
history-open-pending = skickat, eller på väg, när appen stängdes
history-open-unknown = inget tydligt svar
history-open-check = Kontrollera nu
history-open-checking = Kontrollerar…
history-open-inDoubt = osäkert: flera resor hos leverantören kan vara denna, ingen har antagits
history-open-candidates = Kandidater
history-open-notSeen = syns inte hos leverantören än: vi tittar igen när dess bekräftelsetid har gått
history-status-pending = Väntande
history-status-confirmed = Bekräftad
history-status-cancelled = Avbokad
history-col-pickup = Hämtning
history-col-passenger = Resenär
history-col-route = Sträcka
history-col-product = Produkt
history-col-price = Pris
history-col-status = Status
history-col-references = Referenser
history-count = { $count } visas, nyaste först
history-none = Ingen bokning matchar ”{ $text }”.
history-searching = Söker…
history-failed = Historiken gick inte att söka i: { $message }

booking-back = Tillbaka till listan
booking-heading = Bokning { $reference }
booking-loading = Läser bokningen…
booking-refresh = Hämta från leverantören
booking-refreshing = Frågar leverantören…
booking-refreshed = Uppdaterad från leverantören.
booking-offline = Leverantören går inte att nå just nu; sidan visar det som sparats på den här datorn.
booking-segment = Resa { $ref }
booking-cancelSegment = Avboka resan
booking-cancelBooking = Avboka hela bokningen
booking-cancelBy = Kan avbokas till { $time }
booking-tooLate = Kan inte avbokas: sista avbokningstiden, { $time }, har passerat.
booking-confirmSegment = Avboka resa { $ref } för { $passenger }? Det går inte att ångra.
booking-confirmBooking = Avboka alla resor i bokning { $reference }? Det går inte att ångra.
booking-confirmYes = Ja, avboka
booking-confirmNo = Nej, behåll
booking-cancelling = Avbokar…
booking-cancelledNow = Resan är avbokad.
booking-isCancelled = Avbokad
booking-journal = Vad som hänt
booking-details = Allt leverantören skickade
booking-failed = { $message }
booking-field-passenger = Resenär
booking-field-phone = Telefon
booking-field-email = E-post
booking-field-pickup = Hämtning
booking-field-from = Från
booking-field-to = Till
booking-field-flight = Flyg eller tåg
booking-field-product = Produkt
booking-field-price = Pris inkl. moms
booking-field-status = Status
booking-field-supplier = Leverantör
booking-field-locators = GDS-referenser

supplier-ftbook = Flygtaxi
supplier-fasttrak = FASTTRAK

journal-book = Bokning
journal-cancel_segment = Avbokning av resa
journal-cancel_booking = Avbokning av bokning
journal-journalled = sparad i journalen före sändning
journal-booking_created = bokningen skapad hos leverantören
journal-segment_created = resan skapad hos leverantören
journal-reservation_created = reservationen skapad hos operatören
journal-pending = skickat, eller på väg
journal-unknown = inget tydligt svar: kontrolleras med leverantören
journal-cancelled = avbokad hos leverantören
journal-confirmed = bekräftad
journal-rejected = avvisad av leverantören
journal-not_made = blev inte av
journal-booking_not_found = bokningen hittades inte hos leverantören
journal-segment_not_found = resan hittades inte hos leverantören
journal-not_seen = syns inte hos leverantören än
journal-in_doubt = flera kandidater hos leverantören: osäkert
journal-already_done = leverantören säger att det redan är gjort: kontrollerat

service-Taxi = Taxi
service-Transfer = Transfer
service-Ticket = Biljett
service-Bus = Flygbuss
service-Train = Tåg
service-Bus-Taxi = Buss och taxi

status-PENDING = Vilande (ej skickad)
status-BOOKED = Bokad
status-COMPLETE = Bekräftad
status-CANCELLED = Avbokad
status-Trip_Confirmed = Bekräftad
status-Booked = Bokad
status-Cancelled = Avbokad

settings-title = Inställningar
settings-profile-legend = Profil
settings-profile-switching = Byter…
settings-profile-inUse = används nu
settings-profile-use = Använd { $profile }
settings-profile-switched = Appen använder nu { $profile }.
settings-profile-failed = Profilen kunde inte bytas: { $message }
settings-secrets-heading = Inloggningsuppgifter sparas i
settings-secrets-keychain = systemets nyckelring
settings-secrets-encrypted_file = en fil krypterad med din lösenfras (ingen nyckelring fungerar på den här datorn)
settings-secrets-memory = bara minnet, under den här sessionen
settings-secrets-passphrase = Lösenfras för filen med hemligheter
settings-secrets-unlock = Lås upp
settings-secrets-locked = Lås upp filen för att spara eller använda test- och produktionsuppgifter.
settings-suppliers-heading = Leverantörer i profilen { $profile }
settings-suppliers-edit = Profil att ändra
settings-suppliers-sandboxNote = Sandlådans inställningar och publika inloggning följer med den och kan inte ändras.
settings-suppliers-save = Spara inställningar
settings-suppliers-saved = Sparat.
settings-suppliers-configure = Ställ in { $supplier }
settings-field-baseUrl = Adress (API-rot)
settings-field-username = Användarnamn
settings-field-agencyOfficeId = Byråns kontors-id (PCC)
settings-field-agencyIataNumber = IATA-nummer
settings-field-clientName = Klientnamn
settings-field-debitMethod = Standard debiteringssätt
settings-field-systemId = System-Id
settings-field-currency = Valuta
settings-field-timeZone = Tidszon (IANA, t.ex. Europe/Stockholm)
settings-field-clientId = ClientId
settings-field-endUserIp = EndUserIp
settings-secret-ftbook-password = FTBook-lösenord
settings-secret-fasttrak-password = FASTTRAK-lösenord
settings-secret-fasttrak-partnerAccessKey = FASTTRAK partnernyckel
settings-secret-tbo-password = TBO API-lösenord
settings-secret-stored = Sparat
settings-secret-notStored = Inte sparat
settings-secret-save = Spara
settings-test-heading = Anslutningar i profilen som används: { $profile }
settings-test-supplier = Testa { $supplier }
settings-test-running = Testar…
settings-test-ok = Fungerar: { $answer }
settings-homeCity-legend = Byråns hemort
settings-homeCity-label = Hemort
settings-homeCity-help = Bland platser med samma namn visas den i hemorten först. Lämna tomt för ingen.
settings-homeCity-save = Spara hemort
settings-homeCity-saved = Hemorten är nu { $city }.

settings-pnr-legend = Resor från en PNR
settings-pnr-writeBack = Skriv tillbaka i Amadeus-PNR:en: FTBook lägger in sina MIS- och RM*SUR-rader
settings-pnr-writeBackOn = Bokningar från en Amadeus-PNR skrivs nu tillbaka i den.
settings-pnr-writeBackOff = Bokningar från en Amadeus-PNR skrivs inte längre tillbaka i den.
settings-pnr-leadHelp = Hämtningen som föreslås för ett flyg, i minuter: före en avgång (en flygplats kan ha en egen) och efter en landning.
settings-pnr-when = När
settings-pnr-domestic = Inrikes
settings-pnr-international = Utrikes
settings-pnr-departure = Före en avgång
settings-pnr-arrival = Efter en landning
settings-pnr-departureDomestic = Minuter före en inrikes avgång
settings-pnr-departureInternational = Minuter före en utrikes avgång
settings-pnr-arrivalDomestic = Minuter efter en inrikes landning
settings-pnr-arrivalInternational = Minuter efter en utrikes landning
settings-pnr-airportCode = Flygplatskod
settings-pnr-airportDomestic = Minuter före en inrikes avgång från { $code }
settings-pnr-airportInternational = Minuter före en utrikes avgång från { $code }
settings-pnr-addAirport = Lägg till en flygplats
settings-pnr-remove = Ta bort
settings-pnr-save = Spara ledtider
settings-pnr-leadSaved = Ledtiderna är sparade.
settings-language-legend = Språk
settings-language-saving = Sparar…
settings-language-saved = Appen är nu på svenska.
settings-language-failed = Språket kunde inte ändras: { $message }
settings-about-heading = Om Transfer Desk
settings-about-version = Version
settings-about-profile = Profil
settings-about-dataDir = Datakatalog
settings-about-logDir = Loggkatalog
settings-about-sandboxUrl = Sandlådans FTBook-adress
settings-about-loading = Läser…
settings-about-failed = Appinformationen kunde inte läsas: { $message }

profile-sandbox = Sandlåda (övningsdata, inga riktiga bokningar)
profile-test = Test (leverantörernas testsystem)
profile-production = Produktion (riktiga bokningar)

error-settingsLoad = Dina inställningar kunde inte läsas, så appen startade på svenska: { $message }

# Datum- och tidsfältet: det agenten skrev, tolkat.
when-missing = Ange dag och tid, till exempel 0710, imorgon 07:10 eller 2/12 0710.
when-no-time = Lägg till tiden, till exempel 07:10.
when-unreadable = Skriv en tid som 0710, 7.10, imorgon 07:10, 2/12 0710 eller +2d 0710.
when-no-such-day = Den dagen finns inte.
when-placeholder = t.ex. imorgon 07:10
settings-production-title = Byta till Produktion?
settings-production-text = Bokningar där är riktiga: de når leverantörerna och debiteras byrån. Historiken visar sedan Produktions bokningar.
settings-production-confirm = Byt till Produktion
settings-production-stay = Stanna i { $profile }
