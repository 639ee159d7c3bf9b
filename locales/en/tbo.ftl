# TBO (TekTravels SharedData): what the agent reads when a TBO call fails.
# { $said } is TBO's own message in brackets, or nothing when it gave none.

tbo-sign-in-user-name = TBO does not know this user name{ $said }; check it in Settings.
tbo-sign-in-password = TBO did not accept the password{ $said }; check the API password in Settings.
tbo-sign-in-password-expired = The TBO password has expired{ $said }; TBO's API team sets a new one, then enter it in Settings.
tbo-sign-in-failed = TBO refused the sign-in{ $said }; check the ClientId and the account.
tbo-sign-in-not-set = TBO gave no answer to the sign-in{ $said }; try again in a moment.
tbo-sign-in-no-token = TBO signed in but sent no token{ $said }.
tbo-sign-in-other = TBO answered the sign-in with status { $status }{ $said }.
tbo-token-refused = TBO no longer accepts this session's token{ $said }; the app will sign in again.
tbo-refused = TBO refused the request (error { $code }){ $said }.
tbo-http = TBO's service had a problem (HTTP { $status }); try again in a moment.
tbo-unreadable = TBO's reply could not be read; the details are in the log.
tbo-unreachable = TBO cannot be reached; check the network connection. Nothing was sent.
tbo-no-reply = TBO did not answer in time; try again in a moment.
tbo-config = The TBO connection is set up wrongly: { $problem }.
