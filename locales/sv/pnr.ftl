# En inklistrad PNR: det som inte kunde läsas, vilka flyg som inte behöver transfer, och inställningarna för det.

desk-write-back-needs-locator = För att skriva tillbaka i PNR:en behövs dess Amadeus-bokningsnummer (record locator).
desk-lead-too-long = En ledtid får vara högst { $most } minuter.
desk-lead-airport-code = ”{ $code }” är ingen flygplatskod (tre bokstäver, som ARN).

pnr-unread-notAnElement = Inte en del av en PNR-visning.
pnr-unread-unknownElement = Ett element som appen inte känner till.
pnr-unread-flightIncomplete = En flygrad där delar saknas (klass, datum, flygplatser, status eller tider).
pnr-unread-dateUnclear = Ett datum som inte finns, eller vars veckodag inte passar något år nära PNR:ens.
pnr-unread-nameUnclear = Ett namn utan EFTERNAMN/FÖRNAMN.

pnr-left-abroad = Ingen svensk flygplats.
pnr-left-notServed = FTBook har inga transfers vid { $airport }.
pnr-left-notConfirmed = Inte bekräftat (väntelista, förfrågan eller avbokat).
pnr-left-changeOfPlanes = Byte av plan på { $airport }: ingen transfer behövs.
pnr-left-timeUnknown = Tiden infaller under timmen då klockan ställs om: ange tiden själv.

pnr-traveller-adult = vuxen
pnr-traveller-child = barn
pnr-traveller-infant = spädbarn
pnr-contact-mobile = mobil
pnr-contact-phone = telefon
pnr-contact-email = e-post
pnr-contact-agency = byråns telefon
desk-lead-times-unsaved = Ledtiderna kunde inte sparas: { $detail }
desk-write-back-unsaved = Inställningen för att skriva tillbaka kunde inte sparas: { $detail }
