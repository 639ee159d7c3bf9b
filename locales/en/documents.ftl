# What the desk hands out as files: a booking's voucher (PDF and e-mail) and the history's export.
# The voucher's labels are the screens' (`booking-field-*`, `book-done-*` in ui.ftl).

voucher-title = Travel voucher
voucher-subtitle = { $product } · booking { $reference }
voucher-trip = Trip { $number }
voucher-contact-ftbook = Questions about the trip: Flygtaxi, info@flygtaxi.se
voucher-contact-fasttrak = Questions about the trip: the travel agency that booked it, which reaches the operator.
voucher-locator = Booked by the travel agency under { $gds } { $locator }.
voucher-cancelled = Cancelled
voucher-file = voucher-{ $reference }.pdf
voucher-email-subject = Your transfer { $when }: booking { $reference }
voucher-email-greeting = Hello { $name },
voucher-email-intro = here is your transfer as booked:
voucher-no-segment = Booking { $reference } holds no trip to put on a voucher.
voucher-not-made = The voucher could not be made: { $detail }
voucher-no-email = Booking { $reference } has no e-mail address for the traveller: the e-mail opens without one.

desk-not-mailto = Only an e-mail address can be opened in the mail program.
desk-mail-failed = The mail program could not be opened: { $detail }

export-sheet = Bookings
export-pickup = Pickup (Swedish time)
export-from = From
export-to = To
export-passenger = Passenger
export-phone = Phone
export-email = E-mail
export-flight = Flight or train
export-product = Product
export-supplier = Supplier
export-price = Price incl. VAT
export-currency = Currency
export-status = Status
export-cancelBy = Latest cancellation (Swedish time)
export-reference = Booking reference
export-segment = Trip reference
export-amadeus = Amadeus
export-sabre = Sabre
export-cancelled = cancelled
export-file = bookings.{ $extension }
export-not-made = The export could not be made: { $detail }
