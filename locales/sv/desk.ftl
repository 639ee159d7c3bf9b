# Desken själv (crates/desk: error, paths, lock, logging, secrets, profile, setup, settings): det
# agenten läser när något på den här datorn, eller en inställning, inte går att använda.

desk-busy = En annan Transfer Desk (appen eller ett desk-kommando) använder { $dir }; stäng den först, eller ge desk en annan katalog i TRANSFER_DESK_DATA_DIR.
desk-io-read = { $path } kunde inte läsas: { $detail }
desk-io-write = { $path } kunde inte skrivas: { $detail }
desk-io-create-data-dir = Datakatalogen { $path } kunde inte skapas: { $detail }
desk-io-create-log-dir = Loggkatalogen { $path } kunde inte skapas: { $detail }
desk-io-open-log = Ingen loggfil kunde öppnas i { $path }: { $detail }
desk-io-open-lock = Låsfilen { $path } kunde inte öppnas: { $detail }
desk-logging-failed = Loggningen kunde inte startas: { $detail }
desk-sandbox-failed = Sandlådan kunde inte starta: { $detail }
desk-no-data-dir = Ingen datakatalog hittades för den här användaren; ange TRANSFER_DESK_DATA_DIR.
desk-draft-unreadable = Ett utkast i bokningsjournalen kunde inte skrivas eller läsas: { $detail }
desk-history-failed = Bokningshistoriken fungerar inte: { $detail }
desk-settings-unopened = Inställningsfilen { $path } kunde inte öppnas: { $detail }
desk-language-unsaved = Språket kunde inte sparas: { $detail }

desk-secret-unavailable = Lösenordsförrådet går inte att använda på den här datorn: { $detail }
desk-secret-wrong-passphrase = Lösenfrasen öppnar inte filen med lösenord.
desk-secret-short-passphrase = Lösenfrasen måste ha minst { $min } tecken.
desk-secret-damaged = Filen med lösenord är skadad: { $detail }
desk-secret-failed = Lösenordsförrådet fungerar inte: { $detail }

desk-profile-unreadable = { $path } går inte att läsa: { $detail }
desk-no-such-profile = Det finns ingen profil ”{ $name }”; använd sandbox, test eller production.
desk-no-such-language = Okänt språk ”{ $code }”: välj sv (svenska) eller en (English).
desk-no-time-zone = ”{ $name }” är ingen tidszon; skriv en IANA-zon som Europe/Stockholm.
desk-not-an-address = { $text } är ingen adress (https://…).
desk-not-https = { $text } är ingen https-adress; test- och produktionssystem nås bara över https.
desk-not-a-debit-method = ”{ $method }” är inget standarddebiteringssätt; välj ett av { $methods }.
desk-sandbox-settings-fixed = Sandlådans inställningar följer med sandlådan och kan inte ändras.
desk-sandbox-credentials-fixed = Sandlådans inloggningsuppgifter är offentliga och fasta.
desk-not-a-credential = { $name } är ingen inloggningsuppgift.
desk-not-set-up-address = { $supplier } är inte inställt i den här profilen: adressen saknas.
desk-not-set-up-password = { $supplier } är inte inställt i den här profilen: lösenordet saknas.
desk-not-set-up-access-key = { $supplier } är inte inställt i den här profilen: partnernyckeln saknas.
desk-not-a-url = { $supplier } är inställt med ”{ $text }”, som inte är någon adress; rätta det under Inställningar.
desk-task-failed = Desken avbröts mitt i det; försök igen, och skicka loggen till support om det händer igen: { $detail }
desk-secrets-locked = Lås först upp filen med lösenord med dess lösenfras.
desk-not-a-time = { $text } är ingen tid med tidsskillnad (2026-12-01T09:00:00+01:00).

# Appen innan dess fönster är öppet (src-tauri): sägs på standard error.
desk-no-display = Transfer Desk behöver en skärm och hittade ingen (varken DISPLAY eller WAYLAND_DISPLAY är satt); starta den under en virtuell skärm för att köra utan: xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- transfer-desk
desk-app-not-started = Transfer Desk kunde inte starta: { $detail }
desk-app-no-log = Transfer Desk körs utan loggfil: { $detail }
desk-app-no-history = Transfer Desk kunde inte öppna bokningshistoriken: { $detail }
desk-app-no-window = Transfer Desk kunde inte öppna sitt fönster: { $detail }
desk-home-city-too-long = Hemorten får vara högst { $most } tecken.
desk-home-city-unsaved = Hemorten kunde inte sparas: { $detail }
desk-test-ftbook = { $supplier }: inloggad som { $name } för byrå { $office }.
desk-test-fasttrak = { $supplier }: inloggad som { $user } i system { $system }.
desk-test-tbo = { $supplier }: inloggad som { $name } ({ $login }). Kassasaldo { $cash }, kreditsaldo { $credit }.
