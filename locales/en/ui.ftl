# The web view's words (ui/): every label, hint and sentence the screens show, by id. The UI
# reads these files through @fluent/bundle (ui/src/lib/i18n); the Rust tests check that both
# languages define the same ids. Ids are the area, then the thing: book-step-trip.

app-name = Transfer Desk
app-loading = Starting…
app-sandboxBadge = Sandbox
app-sandboxBadgeTitle = Training data: nothing booked here reaches a supplier
app-testBadge = Test
app-productionBadge = Production

nav-label = Main menu
nav-book = Book
nav-history = History
nav-settings = Settings
# Alt + this letter opens the area (Ctrl+1/2/3 always work too).
nav-book-key = B
nav-history-key = H
nav-settings-key = S
nav-shortcutHint = Ctrl+{ $number } or Alt+{ $letter }

book-title = Book a transfer
book-steps = Booking steps
book-step-trip = Trip
book-step-offers = Offers
book-step-details = Details
book-step-review = Review
book-step-done = Booked
book-mode-legend = What to book
book-mode-connection = To or from an airport or station: taxi, airport coach or Arlanda Express
book-mode-taxi = Regular taxi, address to address
book-stops-terminal = Airport or station
book-stops-direction = Direction
book-stops-toTerminal = To the airport or station
book-stops-fromTerminal = From the airport or station
book-stops-findServices = Show services
book-stops-services = Services
book-stops-noServices = No service here at that time.
book-stops-stop = Stop or station
book-stops-chooseStop = Choose a stop
book-stops-needsTerminal = Choose an airport or station.
book-stops-needsStop = Choose a service and a stop.
book-stops-needsService = Choose a service.
book-address = Address, hotel or office
book-from = From
book-to = To
book-place-placeholder = Street and number, hotel, airport or station
book-place-searching = Searching…
book-place-none = Nothing found for “{ $text }”.
book-place-more = Show more places
book-place-needsNumber = Add the house number.
book-place-choose = Choose a place from the list.
book-connectionTime-departure = The flight or train departs
book-connectionTime-arrival = The flight or train arrives
book-pickupTime = Pickup time
book-time-missing = Give the date and time.
book-time-past = That time has already passed: give a later time.
book-passengers = Passengers
book-bags = Bags
book-findOffers = Show offers
book-finding = Asking the suppliers…
book-back = Back
book-offers-caption = Offers for { $route }, cheapest first
book-offers-none = No supplier has an offer for this trip.
book-offers-problem = { $supplier }: { $message }
book-col-choose = Choose
book-col-supplier = Supplier
book-col-product = Product
book-col-capacity = Max
book-col-price = Price incl. VAT
book-col-priceExcl = Excl. VAT
book-col-pickup = Pickup
book-col-cancelBy = Cancel by
book-col-rules = Rules
book-choose = Continue with { $product }
book-details-passenger = Passenger
book-details-title = Title
book-details-firstName = First name
book-details-lastName = Last name
book-details-phone = Mobile phone
book-details-email = E-mail
book-details-foid = Card used for the ticket (FOID)
book-details-childAge = Child's age
book-details-connection = Flight or train
book-details-flight = Flight or train number
book-details-otherEnd-departure = Flying to (code)
book-details-otherEnd-arrival = Flying from (code)
book-details-otherTime-departure = Lands there
book-details-otherTime-arrival = Left there
book-details-infoToDriver = Information to the driver
book-details-more = More about the passenger
book-details-references = References
book-details-costCentre = Cost centre
book-details-project = Project
book-details-debit = Payment
book-details-debitMethod = Debit method
book-details-debitDefault = The agency's default
book-details-debitReference = Debit reference
book-details-invoice = Invoice address
book-details-invoiceName = Company or name
book-details-invoiceAddress = Street address
book-details-invoiceZip = Zip code
book-details-invoiceCity = City
book-details-invoiceCountry = Country code
book-details-foidShown = Shown as { $masked }; stored only masked.
book-details-gds = GDS record
book-details-amadeus = Amadeus record locator
book-details-sabre = Sabre record locator
book-details-required = Required.
book-details-next = Review
book-details-childAgeIfChild = Child's age (when the passenger is a child, title CHD)
book-details-international = International
book-trip-international = To or from abroad
book-details-international-auto = From the airport
book-details-international-no = Domestic
book-details-international-yes = International

debit-REVERSE = REVERSE — the agency debits Flygtaxi
debit-AGENT = AGENT — Flygtaxi debits the agency
debit-AGENT_CUSTOMER = AGENT_CUSTOMER — the agency's customer (customer number)
debit-FLYGTAXI_CUSTOMER = FLYGTAXI_CUSTOMER — a Flygtaxi customer (customer number)
debit-INVOICE = INVOICE — invoice to an address

book-review-heading = Check and book
book-review-book = Book now
book-review-booking = Booking…
book-review-checking = Checking with the supplier whether the booking went through; it will not be booked twice.
book-review-notMade = The supplier has no such booking: it was not made. You can book again.
book-review-refused = The supplier refused the booking; see the marked fields.
book-review-departs = The flight or train departs
book-review-lands = The flight or train lands
book-review-travellers = Travellers and bags
book-review-travellersValue = { $passengers } { $passengers ->
        [one] traveller
       *[other] travellers
    }, { $bags } { $bags ->
        [one] bag
       *[other] bags
    }
book-review-flightFrom = { $flight } from { $code }
book-review-flightTo = { $flight } to { $code }
book-review-cancelAsk = The supplier gives no time: ask the operator.
book-done-heading = Booked: { $reference }
book-done-reference = Booking reference
book-done-segment = Trip reference
book-done-copy = Copy summary
book-done-copied = Summary copied.
book-done-amadeus = Amadeus record locator
book-done-again = Book another transfer
book-new = New booking
book-new-discarded = The booking in progress was cleared.
book-new-undo = Undo
book-done-cancelBy = Latest cancellation
rebook-return = Book the return trip
rebook-again = Book again
voucher-group = Voucher for the traveller
voucher-language = Voucher in
voucher-save = Save voucher (PDF)
voucher-email = E-mail the voucher
voucher-saved = Voucher saved: { $path }
voucher-mailed = The e-mail was handed to your mail program.
history-export-csv = Export CSV
history-export-xlsx = Export Excel
history-exported = { $count ->
        [one] One trip exported: { $path }
       *[other] { $count } trips exported: { $path }
    }

book-pnr-paste-summary = Paste the traveller’s PNR
book-pnr-paste-label = PNR (Amadeus RT display or Sabre reservation XML)
book-pnr-paste-help = Paste the whole display, header included: the transfers its flights need are suggested.
book-pnr-paste-read = Read PNR
book-pnr-step-read = PNR and transfers
book-pnr-heading = { $gds } PNR { $locator }
book-pnr-headingNoLocator = { $gds } PNR without a record locator (paste its header too)
book-pnr-travellers = Travellers and contacts
book-pnr-flights = Flights
book-pnr-noFlights = No flights read.
book-pnr-unread = { $count ->
        [one] One line could not be read
       *[other] { $count } lines could not be read
    }
book-pnr-legs = Transfers to book
book-pnr-noLegs = No flight here needs a transfer that FTBook drives.
book-pnr-leg-departure = To { $airport } for { $flight }, departing { $at }: pickup { $pickup } ({ $minutes } min before)
book-pnr-leg-arrival = From { $airport } after { $flight } lands { $at }: car there { $pickup } ({ $minutes } min after)
book-pnr-bookedBefore = already booked: { $reference } (see History)
book-pnr-chooseLeg = Tick at least one transfer.
book-pnr-home = Address at home
book-pnr-away = Address at { $airport } (after { $flight })
book-pnr-close = Put the PNR away
book-pnr-price = Find offers
book-pnr-route-to = To { $airport } for { $flight }
book-pnr-route-from = From { $airport } after { $flight }
book-pnr-toDetails = { $count ->
        [one] Continue with this offer
       *[other] Continue with these { $count } offers
    }
book-pnr-flightFault = { $flight }: { $fault }
book-pnr-refused = The supplier refused the transfer for { $flight }; see the marked fields.
book-pnr-locator = Record locator
book-pnr-willWriteBack = FTBook will add its MIS and RM*SUR rows to the Amadeus PNR.
book-pnr-legProblem = Not booked
book-pnr-book = { $count ->
        [one] Book the transfer
       *[other] Book { $count } transfers
    }
book-pnr-done = { $count ->
        [one] One transfer booked
       *[other] { $count } transfers booked
    }
book-pnr-writtenBack = The RM*SUR rows will appear in PNR { $locator } in Amadeus shortly.

history-title = Booking history
history-empty-heading = No bookings yet
history-empty-body = Bookings made in Transfer Desk will be listed here and can be searched without a connection. Nothing has been booked on this computer.
history-search-label = Search bookings
history-search-placeholder = Name, reference, locator, address, flight or phone
history-search-hint = Ctrl+F jumps here from anywhere
history-filter-supplier = Supplier
history-filter-status = Status
history-filter-all = All
history-day-placeholder = e.g. yesterday, 2/12
history-filter-from = Pickup from
history-filter-until = Pickup until
history-open-heading = Outcome not known yet ({ $count })
history-open-intro = Sent to the supplier without a clear answer; each is checked until it is known. Do not book these again.
history-open-book = Booking at { $supplier }
history-open-cancel = Cancellation at { $supplier }
history-open-pending = sent, or about to be, when the app stopped
history-open-unknown = no clear answer
history-open-check = Check now
history-open-checking = Checking…
history-open-inDoubt = in doubt: several trips at the supplier could be this one, none was adopted
history-open-candidates = Candidates
history-open-notSeen = not seen at the supplier yet: looked at again after its commit window
history-status-pending = Pending
history-status-confirmed = Confirmed
history-status-cancelled = Cancelled
history-col-pickup = Pickup
history-col-passenger = Passenger
history-col-route = Route
history-col-product = Product
history-col-price = Price
history-col-status = Status
history-col-references = References
history-count = { $count } shown, newest first
history-none = No booking matches “{ $text }”.
history-searching = Searching…
history-failed = The history could not be searched: { $message }

booking-back = Back to the list
booking-heading = Booking { $reference }
booking-loading = Reading the booking…
booking-refresh = Refresh from supplier
booking-refreshing = Asking the supplier…
booking-refreshed = Up to date with the supplier.
booking-offline = The supplier cannot be reached right now; this page shows what is stored on this computer.
booking-segment = Trip { $ref }
booking-cancelSegment = Cancel this trip
booking-cancelBooking = Cancel the whole booking
booking-cancelBy = Can be cancelled until { $time }
booking-tooLate = Cannot be cancelled: the latest cancellation time, { $time }, has passed.
booking-confirmSegment = Cancel trip { $ref } for { $passenger }? It cannot be undone.
booking-confirmBooking = Cancel every trip of booking { $reference }? It cannot be undone.
booking-confirmYes = Yes, cancel
booking-confirmNo = No, keep it
booking-cancelling = Cancelling…
booking-cancelledNow = Trip cancelled.
booking-isCancelled = Cancelled
booking-journal = What happened
booking-details = Everything the supplier returned
booking-failed = { $message }
booking-field-passenger = Passenger
booking-field-phone = Phone
booking-field-email = E-mail
booking-field-pickup = Pickup
booking-field-from = From
booking-field-to = To
booking-field-flight = Flight or train
booking-field-product = Product
booking-field-price = Price incl. VAT
booking-field-status = Status
booking-field-supplier = Supplier
booking-field-locators = GDS locators

supplier-ftbook = Flygtaxi
supplier-fasttrak = FASTTRAK

journal-book = Booking
journal-cancel_segment = Cancel trip
journal-cancel_booking = Cancel booking
journal-journalled = written to the journal before sending
journal-booking_created = booking created at the supplier
journal-segment_created = trip created at the supplier
journal-reservation_created = reservation created at the operator
journal-pending = sent, or about to be
journal-unknown = no clear reply: checking with the supplier
journal-cancelled = cancelled at the supplier
journal-confirmed = confirmed
journal-rejected = refused by the supplier
journal-not_made = did not take effect
journal-booking_not_found = booking not found at the supplier
journal-segment_not_found = trip not found at the supplier
journal-not_seen = not seen at the supplier yet
journal-in_doubt = several candidates at the supplier: in doubt
journal-already_done = the supplier says it is done already: looked up

service-Taxi = Taxi
service-Transfer = Transfer
service-Ticket = Ticket
service-Bus = Airport coach
service-Train = Train
service-Bus-Taxi = Coach and taxi

status-PENDING = On hold (not sent)
status-BOOKED = Booked
status-COMPLETE = Confirmed
status-CANCELLED = Cancelled
status-Trip_Confirmed = Confirmed
status-Booked = Booked
status-Cancelled = Cancelled

settings-title = Settings
settings-profile-legend = Profile
settings-profile-switching = Switching…
settings-profile-inUse = in use
settings-profile-use = Use { $profile }
settings-profile-switched = The app now uses { $profile }.
settings-profile-failed = The profile could not be changed: { $message }
settings-secrets-heading = Credentials are kept in
settings-secrets-keychain = the system keychain
settings-secrets-encrypted_file = a file encrypted with your passphrase (no keychain works on this computer)
settings-secrets-memory = memory only, for this session
settings-secrets-passphrase = Passphrase for the secrets file
settings-secrets-unlock = Unlock
settings-secrets-locked = Unlock the file to store or use test and production credentials.
settings-suppliers-heading = Suppliers in the { $profile } profile
settings-suppliers-edit = Profile to edit
settings-suppliers-sandboxNote = The sandbox's settings and public credentials come with it and cannot be changed.
settings-suppliers-save = Save settings
settings-suppliers-saved = Saved.
settings-suppliers-configure = Set up { $supplier }
settings-field-baseUrl = Address (API root)
settings-field-username = User name
settings-field-agencyOfficeId = Agency office id (PCC)
settings-field-agencyIataNumber = IATA number
settings-field-clientName = Client name
settings-field-debitMethod = Default debit method
settings-field-systemId = System-Id
settings-field-currency = Currency
settings-field-timeZone = Time zone (IANA, e.g. Europe/Stockholm)
settings-field-clientId = ClientId
settings-field-endUserIp = EndUserIp
settings-secret-ftbook-password = FTBook password
settings-secret-fasttrak-password = FASTTRAK password
settings-secret-fasttrak-partnerAccessKey = FASTTRAK partner access key
settings-secret-tbo-password = TBO API password
settings-secret-stored = Stored
settings-secret-notStored = Not stored
settings-secret-save = Store
settings-test-heading = Connections of the profile in use: { $profile }
settings-test-supplier = Test { $supplier }
settings-test-running = Testing…
settings-test-ok = Works: { $answer }
settings-homeCity-legend = The agency’s home city
settings-homeCity-label = Home city
settings-homeCity-help = Among places of the same name, the one in the home city is listed first. Leave empty for none.
settings-homeCity-save = Save home city
settings-homeCity-saved = The home city is now { $city }.

settings-pnr-legend = Transfers from a PNR
settings-pnr-writeBack = Write back into the Amadeus PNR: FTBook adds its MIS and RM*SUR rows
settings-pnr-writeBackOn = Bookings from an Amadeus PNR are now written back into it.
settings-pnr-writeBackOff = Bookings from an Amadeus PNR are no longer written back into it.
settings-pnr-leadHelp = The pickup suggested for a flight, in minutes: before a departure (an airport may have its own), and after a landing.
settings-pnr-when = When
settings-pnr-domestic = Domestic
settings-pnr-international = International
settings-pnr-departure = Before a departure
settings-pnr-arrival = After a landing
settings-pnr-departureDomestic = Minutes before a domestic departure
settings-pnr-departureInternational = Minutes before an international departure
settings-pnr-arrivalDomestic = Minutes after a domestic landing
settings-pnr-arrivalInternational = Minutes after an international landing
settings-pnr-airportCode = Airport code
settings-pnr-airportDomestic = Minutes before a domestic departure from { $code }
settings-pnr-airportInternational = Minutes before an international departure from { $code }
settings-pnr-addAirport = Add an airport
settings-pnr-remove = Remove
settings-pnr-save = Save lead times
settings-pnr-leadSaved = The lead times are saved.
settings-language-legend = Language
settings-language-saving = Saving…
settings-language-saved = The app is now in English.
settings-language-failed = The language could not be changed: { $message }
settings-about-heading = About Transfer Desk
settings-about-version = Version
settings-about-profile = Profile
settings-about-dataDir = Data directory
settings-about-logDir = Log directory
settings-about-sandboxUrl = Sandbox FTBook address
settings-about-loading = Reading…
settings-about-failed = The app information could not be read: { $message }

profile-sandbox = Sandbox (training data, no real bookings)
profile-test = Test (the suppliers' test systems)
profile-production = Production (real bookings)

error-settingsLoad = Your settings could not be read, so the app started in Swedish: { $message }

# The date-time entry: what the agent typed, read.
when-missing = Give the day and time, such as 0710, tomorrow 07:10 or 2/12 0710.
when-no-time = Add the time, such as 07:10.
when-unreadable = Write a time such as 0710, 7.10, tomorrow 07:10, 2/12 0710 or +2d 0710.
when-no-such-day = There is no such day.
when-placeholder = e.g. tomorrow 07:10
settings-production-title = Switch to Production?
settings-production-text = Bookings made there are real: they reach the suppliers and are charged to the agency. History then shows Production's bookings.
settings-production-confirm = Switch to Production
settings-production-stay = Stay on { $profile }
