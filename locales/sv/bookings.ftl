# Att sköta bokningar (crates/desk: manage, lookup, quotes): det agenten läser om en bokning eller
# ett erbjudande som desken inte kan använda.

desk-cancel-too-late = Resan kan inte avbokas längre: sista avbokningstid var { $latest }.
desk-not-in-history = { $reference } finns inte i historiken.
desk-not-in-history-fetch = { $reference } finns inte i historiken; hämta den först (desk sync { $reference }).
desk-offer-gone = Erbjudandet finns inte kvar; sök erbjudanden igen för resan.
desk-not-found = { $reference } hittades inte.
desk-not-a-reservation-number = { $reference } är inget bokningsnummer hos FASTTRAK.
desk-no-such-supplier = Det finns ingen leverantör ”{ $name }”; använd ftbook eller fasttrak.
desk-fasttrak-no-reservation = FASTTRAK har ingen bokning { $reference }.
desk-not-a-date = { $text } är inget datum (2026-12-01).
desk-booked-not-read-back = { $reference } bokades men kunde inte läsas tillbaka ur historiken.
desk-pickup-past = Upphämtningstiden har redan passerat: välj en senare tid.
desk-passenger-name-missing = Resenärens namn saknas.
desk-other-time-leaves = Ange när flyget eller tåget avgår från den andra orten.
desk-other-time-reaches = Ange när flyget eller tåget ankommer till den andra orten.

# Det en FTBook-produkt kräver, visat vid erbjudandet.
desk-rule-pickup-time-locked = Flygtaxi bestämmer hämtningstiden
desk-rule-connection-required = Kräver flyg eller tåg
desk-rule-foid-required = Kräver kortet biljetten köptes med (FOID)
desk-rule-child-age-required = Kräver barnets ålder
desk-rule-passengers-required = Kräver antal resenärer
desk-rule-max-passengers = Högst { $max } resenärer
desk-rule-vehicle-holds = { $passengers } resenärer, { $bags } väskor

desk-rebook-ftbook-only = Bokning { $reference } är FASTTRAK:s: boka igen från Boka.
desk-rebook-no-trip = Bokning { $reference } har ingen resa att boka igen.
desk-rebook-no-places = Resan i bokning { $reference } anger inte båda sina platser: boka den från Boka.
