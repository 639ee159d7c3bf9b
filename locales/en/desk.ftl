# The desk itself (crates/desk: error, paths, lock, logging, secrets, profile, setup, settings):
# what the agent reads when something on this machine, or a setting, cannot be used.

desk-busy = Another Transfer Desk (the app or a desk command) is using { $dir }; close it first, or give desk another directory in TRANSFER_DESK_DATA_DIR.
desk-io-read = { $path } could not be read: { $detail }
desk-io-write = { $path } could not be written: { $detail }
desk-io-create-data-dir = The data directory { $path } could not be created: { $detail }
desk-io-create-log-dir = The log directory { $path } could not be created: { $detail }
desk-io-open-log = No log file could be opened in { $path }: { $detail }
desk-io-open-lock = The lock file { $path } could not be opened: { $detail }
desk-logging-failed = Logging could not be set up: { $detail }
desk-sandbox-failed = The sandbox could not start: { $detail }
desk-no-data-dir = No data directory could be found for this user; set TRANSFER_DESK_DATA_DIR.
desk-draft-unreadable = A draft in the booking journal could not be written or read: { $detail }
desk-history-failed = The booking history failed: { $detail }
desk-settings-unopened = The settings file { $path } could not be opened: { $detail }
desk-language-unsaved = The language could not be saved: { $detail }

desk-secret-unavailable = The secret store cannot be used on this machine: { $detail }
desk-secret-wrong-passphrase = The passphrase does not open the secrets file.
desk-secret-short-passphrase = The passphrase must have at least { $min } characters.
desk-secret-damaged = The secrets file is damaged: { $detail }
desk-secret-failed = The secret store failed: { $detail }

desk-profile-unreadable = { $path } cannot be read: { $detail }
desk-no-such-profile = There is no profile “{ $name }”; use sandbox, test or production.
desk-no-such-language = Unknown language “{ $code }”: choose sv (svenska) or en (English).
desk-no-time-zone = “{ $name }” is not a time zone; write an IANA zone such as Europe/Stockholm.
desk-not-an-address = { $text } is not an address (https://…).
desk-not-https = { $text } is not an https address; test and production systems are reached over https only.
desk-not-a-debit-method = “{ $method }” is not a default debit method; choose one of { $methods }.
desk-sandbox-settings-fixed = The sandbox's settings come with the sandbox and cannot be changed.
desk-sandbox-credentials-fixed = The sandbox's credentials are public and fixed.
desk-not-a-credential = { $name } is not a credential.
desk-not-set-up-address = { $supplier } is not set up in this profile: its address is missing.
desk-not-set-up-password = { $supplier } is not set up in this profile: its password is missing.
desk-not-set-up-access-key = { $supplier } is not set up in this profile: its partner access key is missing.
desk-not-a-url = { $supplier } is set up with “{ $text }”, which is not an address; correct it in Settings.
desk-task-failed = The desk stopped in the middle of that; try again, and if it happens again send the log to support: { $detail }
desk-secrets-locked = Unlock the secrets file with its passphrase first.
desk-not-a-time = { $text } is not a time with an offset (2026-12-01T09:00:00+01:00).

# The app before its window is open (src-tauri): said on standard error.
desk-no-display = Transfer Desk needs a display and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set); to run it without one, start it under a virtual display: xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- transfer-desk
desk-app-not-started = Transfer Desk could not start: { $detail }
desk-app-no-log = Transfer Desk will run without a log file: { $detail }
desk-app-no-history = Transfer Desk could not open its booking history: { $detail }
desk-app-no-window = Transfer Desk could not open its window: { $detail }
desk-home-city-too-long = The home city may be at most { $most } characters.
desk-home-city-unsaved = The home city could not be saved: { $detail }
desk-test-ftbook = { $supplier }: signed in as { $name } for agency { $office }.
desk-test-fasttrak = { $supplier }: signed in as { $user } on system { $system }.
desk-test-tbo = { $supplier }: signed in as { $name } ({ $login }). Cash balance { $cash }, credit balance { $credit }.
