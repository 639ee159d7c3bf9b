# FASTTRAK Partner API: what the agent reads when a FASTTRAK call fails.

fasttrak-access-key = FASTTRAK did not accept our partner access key; check it in Settings.
fasttrak-api-version = FASTTRAK wants an API version this app does not send; the app needs an update.
fasttrak-system-id = FASTTRAK does not know the operator's System-Id; check it in Settings.
fasttrak-login-refused = FASTTRAK refused the user name or password ({ $said }); check them in Settings.
fasttrak-locked-until = The FASTTRAK account is locked until { $until } (UTC).
fasttrak-locked = The FASTTRAK account is locked; the operator can unlock it.
fasttrak-password-expired = The FASTTRAK password has expired; ask the operator for a new one and enter it in Settings.
fasttrak-unauthorized = FASTTRAK refused our session even after a new login; check the account in Settings.
fasttrak-not-granted = This operator has not granted access to its { $list ->
        [companies] companies
        [customers] customers
        [employees] employees
       *[vehicles] vehicles
    } list; everything else works as usual.
fasttrak-refused = FASTTRAK refused the request: { $said }
fasttrak-http = FASTTRAK's service had a problem (HTTP { $status }); try again in a moment.
fasttrak-unreadable = FASTTRAK's reply could not be read; the details are in the log.
fasttrak-not-sent-no-passengers = Not sent to FASTTRAK: a quote needs at least one passenger.
fasttrak-not-sent-no-pickup = Not sent to FASTTRAK: the pickup has no address, airport or position.
fasttrak-not-sent-no-drop-off = Not sent to FASTTRAK: the drop-off has no address, airport or position.
fasttrak-not-sent-no-name = Not sent to FASTTRAK: the passenger's name is missing.
fasttrak-not-sent-search-backwards = Not sent to FASTTRAK: the search ends before it starts.
fasttrak-unreachable = FASTTRAK cannot be reached; check the network connection. Nothing was sent.
fasttrak-no-reply = FASTTRAK did not answer in time; checking with them whether the request went through.
fasttrak-config = The FASTTRAK connection is set up wrongly: { $problem }.
