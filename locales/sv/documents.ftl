# Det som skrivbordet lämnar ut som filer: en boknings resebevis (PDF och e-post) och historikens export.
# Resebevisets etiketter är skärmarnas (`booking-field-*`, `book-done-*` i ui.ftl).

voucher-title = Resebevis
voucher-subtitle = { $product } · bokning { $reference }
voucher-trip = Resa { $number }
voucher-contact-ftbook = Frågor om resan: Flygtaxi, info@flygtaxi.se
voucher-contact-fasttrak = Frågor om resan: resebyrån som bokade den, som når operatören.
voucher-locator = Bokad av resebyrån under { $gds } { $locator }.
voucher-cancelled = Avbokad
voucher-file = resebevis-{ $reference }.pdf
voucher-email-subject = Din transfer { $when }: bokning { $reference }
voucher-email-greeting = Hej { $name },
voucher-email-intro = här är din transfer som den är bokad:
voucher-no-segment = Bokning { $reference } har ingen resa att sätta på ett resebevis.
voucher-not-made = Resebeviset kunde inte göras: { $detail }
voucher-no-email = Bokning { $reference } har ingen e-postadress till resenären: e-postmeddelandet öppnas utan mottagare.

desk-not-mailto = Bara en e-postadress kan öppnas i e-postprogrammet.
desk-mail-failed = E-postprogrammet kunde inte öppnas: { $detail }

export-sheet = Bokningar
export-pickup = Hämtning (svensk tid)
export-from = Från
export-to = Till
export-passenger = Resenär
export-phone = Telefon
export-email = E-post
export-flight = Flyg eller tåg
export-product = Produkt
export-supplier = Leverantör
export-price = Pris inkl. moms
export-currency = Valuta
export-status = Status
export-cancelBy = Sista avbokning (svensk tid)
export-reference = Bokningsnummer
export-segment = Resans referens
export-amadeus = Amadeus
export-sabre = Sabre
export-cancelled = avbokad
export-file = bokningar.{ $extension }
export-not-made = Exporten kunde inte göras: { $detail }
