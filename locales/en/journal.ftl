# The booking journal (crates/desk: change, reconcile): what the agent reads while an outcome is
# checked with a supplier. { $supplier } is the supplier as agents know it (Flygtaxi, FASTTRAK).

desk-offline = { $supplier } cannot be reached right now; history shows what is stored here.
desk-not-seen-yet = { $supplier } does not show it yet. We look again in a few minutes before calling it not made; do not do it again meanwhile.
desk-checking-booking = Checking with { $supplier } whether the booking went through; it will not be booked twice.
desk-checking-cancellation = Checking with { $supplier } whether the cancellation went through.
desk-not-made-booking = The booking did not go through: { $supplier } has no such trip. Book again.
desk-not-made-cancellation = The cancellation did not go through: { $supplier } still has the trip. Try again.
desk-in-doubt = Several trips at { $supplier } could be this one ({ $candidates }); none was adopted. Check them in History before booking anything again.

# Details of journal entries, kept with the entry (History shows them beside it).
desk-journal-sent-again = Not found at the supplier: sent again (on its own it books nothing).
desk-journal-not-made = Not found at the supplier after its commit window.
desk-journal-not-seen = Not found yet: looked at again after the commit window.
