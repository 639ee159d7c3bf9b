# TBO (TekTravels SharedData): det agenten läser när ett TBO-anrop misslyckas.
# { $said } är TBO:s eget meddelande inom parentes, eller ingenting när TBO inte gav något.

tbo-sign-in-user-name = TBO känner inte igen användarnamnet{ $said }; kontrollera det under Inställningar.
tbo-sign-in-password = TBO godtog inte lösenordet{ $said }; kontrollera API-lösenordet under Inställningar.
tbo-sign-in-password-expired = TBO-lösenordet har gått ut{ $said }; TBO:s API-team sätter ett nytt, ange det sedan under Inställningar.
tbo-sign-in-failed = TBO avvisade inloggningen{ $said }; kontrollera ClientId och kontot.
tbo-sign-in-not-set = TBO gav inget besked om inloggningen{ $said }; försök igen om en stund.
tbo-sign-in-no-token = TBO loggade in men skickade ingen nyckel{ $said }.
tbo-sign-in-other = TBO svarade på inloggningen med status { $status }{ $said }.
tbo-token-refused = TBO godtar inte längre sessionens nyckel{ $said }; appen loggar in igen.
tbo-refused = TBO avvisade begäran (fel { $code }){ $said }.
tbo-http = TBO:s tjänst hade ett problem (HTTP { $status }); försök igen om en stund.
tbo-unreadable = TBO:s svar gick inte att läsa; detaljerna finns i loggen.
tbo-unreachable = TBO går inte att nå; kontrollera nätverket. Inget skickades.
tbo-no-reply = TBO svarade inte i tid; försök igen om en stund.
tbo-config = Anslutningen till TBO är fel inställd: { $problem }.
