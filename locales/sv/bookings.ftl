# Att sköta bokningar (crates/desk: manage, lookup, quotes): det agenten läser om en bokning eller
# ett erbjudande som desken inte kan använda.

desk-cancel-too-late = Resan kan inte avbokas längre: sista avbokningstid var { $latest }.
desk-not-in-history = { $reference } finns inte i historiken.
desk-not-in-history-fetch = { $reference } finns inte i historiken; hämta den först (desk sync { $reference }).
desk-offer-gone = Erbjudandet finns inte kvar; sök erbjudanden igen för resan.
