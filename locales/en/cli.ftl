# The desk command line (crates/cli): what it prints for the agent or for support. The flags'
# help (`desk --help`) is clap's, written once in English beside the flags.

cli-usage = desk: { $text }
cli-refused = { $supplier } refused:
cli-not-a-time = { $text } is not a time; write it as 2026-12-01T09:00+01:00
cli-stop-and-both = --stop replaces --from or --to, not both
cli-needed = { $flag } is needed
cli-product-needed = --product is needed (see desk availability)
cli-vehicle-needed = --vehicle is needed (see desk quote)
cli-say-when = say when: --pickup, --departure or --arrival
cli-service-one-of = --service is one of { $names }
cli-direction = --direction is departure or arrival
cli-supplier-one-of = --supplier is ftbook or fasttrak
cli-file-unreadable = { $file }: { $detail }
cli-draft-unreadable = the { $supplier } draft: { $detail }
cli-not-offered = { $wanted } is not offered for this trip. Offered: { $offered }. { $problems }
cli-no-offers = no supplier gave offers
cli-no-keychain = no working keychain here and DESK_SECRETS_PASSPHRASE is not set: using credentials from DESK_* variables only
cli-json-failed = could not write JSON: { $detail }
cli-more-results = (more results: narrow the search)
cli-none = (none)
cli-refreshed = refreshed { $refreshed }, not refreshed { $failed }
cli-to-address = address
cli-to-stops = its stops
cli-cancel-by = { $segment }: cancel by { $latest }
cli-booking-line = { $supplier } booking { $reference }  status { $status }
cli-journal-line = journal #{ $id } { $kind } { $state }: { $events }
cli-balance-agency-type = agency type
cli-balance-cash = cash
cli-balance-credit = credit
cli-sandbox-on = Sandbox on { $root } (use: desk --sandbox-url { $root } ...)
cli-sandbox-counters = Counters
cli-sandbox-stop = Stop with Ctrl+C.

# Column headings of the tables.
cli-col-service = service
cli-col-to = to
cli-col-description = description
cli-col-place = place
cli-col-where = where
cli-col-kind = kind
cli-col-name = name
cli-col-code = code
cli-col-product = product
cli-col-supplier = supplier
cli-col-max = max
cli-col-price-incl = price incl. VAT
cli-col-price-excl = excl. VAT
cli-col-pickup = pickup
cli-col-cancel-by = cancel by
cli-col-rules = rules
cli-col-passenger = passenger
cli-col-from = from
cli-col-price = price
cli-col-status = status
cli-col-booking = booking
cli-col-segment = segment
cli-col-attempt = attempt
cli-col-state = state

# desk pnr
cli-pnr-locator = Record locator
cli-pnr-office = office
cli-pnr-unread = Not read:
cli-pnr-to-airport = to the airport
cli-pnr-from-airport = from the airport
cli-col-element = element
cli-col-title = title
cli-col-traveller = category
cli-col-born = born
cli-col-flight = flight
cli-col-departs = departs
cli-col-arrives = arrives
cli-col-contact = contact
cli-col-source = from
cli-col-line = line
cli-col-text = text
cli-col-why = why
cli-col-leg = transfer
cli-col-airport = airport
cli-col-flight-time = flight's time
cli-col-lead = lead (min)
cli-col-no-transfer = no transfer, because

# desk voucher, desk export
cli-voucher-written = Voucher written: { $path }
cli-export-written = Trips written: { $count }, to { $path }
cli-format-one-of = --format is csv or xlsx
cli-language-one-of = --language is sv or en
