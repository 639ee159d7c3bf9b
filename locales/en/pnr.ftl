# A pasted PNR: what could not be read, which flights need no transfer, and the settings for it.

desk-write-back-needs-locator = Writing back into the PNR needs its Amadeus record locator.
desk-lead-too-long = A lead time may be at most { $most } minutes.
desk-lead-airport-code = “{ $code }” is not an airport code (three letters, such as ARN).

pnr-unread-notAnElement = Not part of a PNR display.
pnr-unread-unknownElement = An element this desk does not know.
pnr-unread-flightIncomplete = A flight line with parts missing (class, date, airports, status or times).
pnr-unread-dateUnclear = A date that does not exist, or whose weekday fits no year near the PNR's.
pnr-unread-nameUnclear = A name without LAST/FIRST.

pnr-left-abroad = No Swedish airport.
pnr-left-notServed = FTBook has no transfers at { $airport }.
pnr-left-notConfirmed = Not confirmed (waitlisted, requested or cancelled).
pnr-left-changeOfPlanes = A change of planes at { $airport }: no transfer needed.
pnr-left-timeUnknown = Its time falls in the hour the clocks change: give the time yourself.

pnr-traveller-adult = adult
pnr-traveller-child = child
pnr-traveller-infant = infant
pnr-contact-mobile = mobile
pnr-contact-phone = phone
pnr-contact-email = e-mail
pnr-contact-agency = agency's phone
desk-lead-times-unsaved = The lead times could not be saved: { $detail }
desk-write-back-unsaved = The write-back setting could not be saved: { $detail }
