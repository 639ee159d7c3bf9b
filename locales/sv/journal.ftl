# Bokningsjournalen (crates/desk: change, reconcile): det agenten läser medan ett utfall
# kontrolleras med en leverantör. { $supplier } är leverantören som agenter känner den.

desk-offline = { $supplier } går inte att nå just nu; historiken visar det som sparats här.
desk-not-seen-yet = { $supplier } visar det inte än. Vi tittar igen om några minuter innan vi säger att det inte blev av; gör det inte igen under tiden.
desk-checking-booking = Vi kontrollerar med { $supplier } om bokningen gick igenom; den dubbelbokas inte.
desk-checking-cancellation = Vi kontrollerar med { $supplier } om avbokningen gick igenom.
desk-not-made-booking = Bokningen gick inte fram: { $supplier } har ingen sådan resa. Boka igen.
desk-not-made-cancellation = Avbokningen gick inte fram: { $supplier } har resan kvar. Försök igen.
desk-in-doubt = Flera resor hos { $supplier } kan vara denna ({ $candidates }); ingen av dem har antagits. Kontrollera dem under Historik innan något bokas igen.

# Detaljer till journalens poster, sparade med posten (Historik visar dem bredvid).
desk-journal-sent-again = Hittades inte hos leverantören: skickad igen (ensam bokar den ingenting).
desk-journal-not-made = Hittades inte hos leverantören när tiden för sena bekräftelser hade gått.
desk-journal-not-seen = Hittades inte än: vi tittar igen när tiden för sena bekräftelser har gått.
