# FASTTRAK Partner API: det agenten läser när ett FASTTRAK-anrop misslyckas.

fasttrak-access-key = FASTTRAK godtog inte vår partnernyckel; kontrollera den under Inställningar.
fasttrak-api-version = FASTTRAK kräver en API-version som appen inte skickar; appen behöver uppdateras.
fasttrak-system-id = FASTTRAK känner inte igen operatörens System-Id; kontrollera det under Inställningar.
fasttrak-login-refused = FASTTRAK godtog inte användarnamnet eller lösenordet ({ $said }); kontrollera dem under Inställningar.
fasttrak-locked-until = FASTTRAK-kontot är spärrat till { $until } (UTC).
fasttrak-locked = FASTTRAK-kontot är spärrat; operatören kan låsa upp det.
fasttrak-password-expired = FASTTRAK-lösenordet har gått ut; be operatören om ett nytt och ange det under Inställningar.
fasttrak-unauthorized = FASTTRAK avvisade sessionen även efter en ny inloggning; kontrollera kontot under Inställningar.
fasttrak-not-granted = Operatören har inte gett oss tillgång till sin lista över { $list ->
        [companies] företag
        [customers] kunder
        [employees] anställda
       *[vehicles] fordon
    }; allt annat fungerar som vanligt.
fasttrak-refused = FASTTRAK avvisade begäran: { $said }
fasttrak-http = FASTTRAKs tjänst hade ett problem (HTTP { $status }); försök igen om en stund.
fasttrak-unreadable = FASTTRAKs svar gick inte att läsa; detaljerna finns i loggen.
fasttrak-not-sent-no-passengers = Skickades inte till FASTTRAK: en offert behöver minst en resenär.
fasttrak-not-sent-no-pickup = Skickades inte till FASTTRAK: hämtningen saknar adress, flygplats eller position.
fasttrak-not-sent-no-drop-off = Skickades inte till FASTTRAK: avlämningen saknar adress, flygplats eller position.
fasttrak-not-sent-no-name = Skickades inte till FASTTRAK: resenärens namn saknas.
fasttrak-not-sent-search-backwards = Skickades inte till FASTTRAK: sökningen slutar innan den börjar.
fasttrak-unreachable = FASTTRAK går inte att nå; kontrollera nätverket. Inget skickades.
fasttrak-no-reply = FASTTRAK svarade inte i tid; vi kontrollerar med dem om begäran gick fram.
fasttrak-config = Anslutningen till FASTTRAK är fel inställd: { $problem }.
