# Looking after bookings (crates/desk: manage, lookup, quotes): what the agent reads about a
# booking or an offer the desk cannot use.

desk-cancel-too-late = The trip can no longer be cancelled: the latest cancellation time was { $latest }.
desk-not-in-history = { $reference } is not in the history.
desk-not-in-history-fetch = { $reference } is not in the history; fetch it first (desk sync { $reference }).
desk-offer-gone = That offer is no longer held; look for offers for the trip again.
desk-not-found = { $reference } was not found.
desk-not-a-reservation-number = { $reference } is not a FASTTRAK reservation number.
desk-no-such-supplier = There is no supplier “{ $name }”; use ftbook or fasttrak.
desk-fasttrak-no-reservation = FASTTRAK has no reservation { $reference }.
desk-not-a-date = { $text } is not a date (2026-12-01).
desk-booked-not-read-back = { $reference } was booked but could not be read back from the history.
desk-pickup-past = The pickup time has already passed: choose a later time.
desk-passenger-name-missing = The passenger's name is missing.
desk-other-time-leaves = Give the time the flight or train leaves the other end.
desk-other-time-reaches = Give the time the flight or train reaches the other end.

# What an FTBook product asks for, shown beside its offer.
desk-rule-pickup-time-locked = The pickup time is set by Flygtaxi
desk-rule-connection-required = Needs the flight or train
desk-rule-foid-required = Needs the card used for the ticket (FOID)
desk-rule-child-age-required = Needs the child's age
desk-rule-passengers-required = Needs the number of passengers
desk-rule-max-passengers = At most { $max } passengers
desk-rule-vehicle-holds = { $passengers } passengers, { $bags } bags

desk-rebook-ftbook-only = Booking { $reference } is FASTTRAK's: book again from the Book screen.
desk-rebook-no-trip = Booking { $reference } holds no trip to book again.
desk-rebook-no-places = The trip of booking { $reference } does not say both its places: book it from the Book screen.
