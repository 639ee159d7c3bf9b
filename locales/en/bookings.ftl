# Looking after bookings (crates/desk: manage, lookup, quotes): what the agent reads about a
# booking or an offer the desk cannot use.

desk-cancel-too-late = The trip can no longer be cancelled: the latest cancellation time was { $latest }.
desk-not-in-history = { $reference } is not in the history.
desk-not-in-history-fetch = { $reference } is not in the history; fetch it first (desk sync { $reference }).
desk-offer-gone = That offer is no longer held; look for offers for the trip again.
