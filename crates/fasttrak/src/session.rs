//! The JWT session: one login, its access token reused for its whole lifetime and refreshed
//! shortly before it ends, up to the 12 hours one login may last, as the documentation asks
//! ("retrieved and refreshed as much as possible to limit the number of calls to the
//! authentication endpoint").
//!
//! The state sits behind one async mutex, held while a login or refresh is under way: calls that
//! find the token stale wait for that one refresh and then use its token, so a burst of calls
//! makes one refresh, not one each. The decision itself ([`next_step`]) is a pure function.

use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// The longest one login may be extended by refreshing (documented).
pub const SESSION_LIMIT: Duration = Duration::from_secs(12 * 60 * 60);

/// How long before its end a token is refreshed: a tenth of its lifetime, at most a minute, so
/// that a call never leaves with a token that expires on the way.
pub fn refresh_margin(lifetime: Duration) -> Duration {
    (lifetime / 10).min(Duration::from_secs(60))
}

/// When the tokens of a session stop being usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenTimes {
    /// When the access token expires.
    pub access_until: Instant,
    /// How long before that it is refreshed.
    pub margin: Duration,
    /// When the refresh token (and so the login) can no longer be extended.
    pub refresh_until: Instant,
}

/// What a call must do before it can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The access token is good: use it.
    Use,
    /// The access token is ending: refresh it with the refresh token.
    Refresh,
    /// No session, or it cannot be extended any more: log in.
    Login,
}

/// The step for a session in the state `times` at `now`.
pub fn next_step(times: Option<TokenTimes>, now: Instant) -> Step {
    match times {
        None => Step::Login,
        Some(times) if now + times.margin < times.access_until => Step::Use,
        Some(times) if now < times.refresh_until => Step::Refresh,
        Some(_) => Step::Login,
    }
}

/// The body of both logins and of a refresh (refresh: the same call with `refreshToken` set,
/// **assumed**, as no public code shows another path).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LoginRequest<'a> {
    pub system_id: &'a str,
    pub username: &'a str,
    pub password: &'a str,
    pub refresh_token: &'a str,
}

/// A login's reply item. Not `Debug`: it holds the tokens in the clear until they are wrapped.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LoginReply {
    #[serde(default)]
    pub token: Option<TokenReply>,
    #[serde(default)]
    pub is_expired: bool,
    #[serde(default)]
    pub is_locked: bool,
    #[serde(default, rename = "lockedUntilDateUTC")]
    pub locked_until_date_utc: Option<String>,
}

/// The token part of a login's reply. The misspelt `refreshTokenExpiratinSeconds` is the real
/// field name.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TokenReply {
    pub access_token: String,
    pub refresh_token: String,
    pub access_token_expiration_seconds: u64,
    #[serde(rename = "refreshTokenExpiratinSeconds")]
    pub refresh_token_expiration_seconds: u64,
}

/// A live session's tokens.
pub(crate) struct Tokens {
    pub access: SecretString,
    pub refresh: SecretString,
    pub times: TokenTimes,
    /// When the login that started this session was made: refreshing never goes past
    /// [`SESSION_LIMIT`] from it.
    pub logged_in_at: Instant,
    /// Changes with every new token, so a 401 expires only the token it was given for.
    pub generation: u64,
}

/// The session's state; see the module's documentation.
#[derive(Default)]
pub(crate) struct State {
    pub tokens: Option<Tokens>,
    pub generation: u64,
}

impl State {
    /// Installs the tokens of a login (`logged_in_at` = now) or a refresh (keeps the login's).
    /// A lifetime outside 1 s–12 h is refused (a broken or hostile reply), never added to a clock.
    pub fn install(
        &mut self,
        reply: TokenReply,
        now: Instant,
        refreshed: bool,
    ) -> Result<(SecretString, u64), String> {
        for (name, seconds) in [
            ("accessTokenExpirationSeconds", reply.access_token_expiration_seconds),
            ("refreshTokenExpiratinSeconds", reply.refresh_token_expiration_seconds),
        ] {
            if seconds == 0 || seconds > SESSION_LIMIT.as_secs() {
                return Err(format!("{name} is {seconds}: outside 1 s–12 h"));
            }
        }
        let logged_in_at = match (&self.tokens, refreshed) {
            (Some(tokens), true) => tokens.logged_in_at,
            _ => now,
        };
        let lifetime = Duration::from_secs(reply.access_token_expiration_seconds);
        let refresh_until = (now + Duration::from_secs(reply.refresh_token_expiration_seconds))
            .min(logged_in_at + SESSION_LIMIT);
        self.generation += 1;
        let access = SecretString::from(reply.access_token);
        self.tokens = Some(Tokens {
            access: access.clone(),
            refresh: SecretString::from(reply.refresh_token),
            times: TokenTimes {
                access_until: now + lifetime,
                margin: refresh_margin(lifetime),
                refresh_until,
            },
            logged_in_at,
            generation: self.generation,
        });
        Ok((access, self.generation))
    }

    /// After a 401 with the token of `generation`: that token is no longer used. A newer token
    /// (another call already refreshed) is left alone.
    pub fn expire(&mut self, generation: u64, now: Instant) {
        if let Some(tokens) = &mut self.tokens
            && tokens.generation == generation
        {
            tokens.times.access_until = now;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(now: Instant, access: u64, refresh: u64) -> TokenTimes {
        let lifetime = Duration::from_secs(access);
        TokenTimes {
            access_until: now + lifetime,
            margin: refresh_margin(lifetime),
            refresh_until: now + Duration::from_secs(refresh),
        }
    }

    #[test]
    fn the_step_for_each_moment_of_a_session() {
        let start = Instant::now();
        let session = times(start, 30 * 60, 12 * 60 * 60);
        let at = |seconds: u64| start + Duration::from_secs(seconds);
        let table = [
            (None, start, Step::Login, "no session: log in"),
            (Some(session), at(0), Step::Use, "a new token is used"),
            (Some(session), at(28 * 60), Step::Use, "still used two minutes before its end"),
            (Some(session), at(29 * 60), Step::Refresh, "refreshed in its last minute"),
            (
                Some(session),
                at(31 * 60),
                Step::Refresh,
                "an expired token is refreshed while the login lasts",
            ),
            (Some(session), at(12 * 60 * 60), Step::Login, "after 12 hours: log in again"),
        ];
        for (times, now, expected, rule) in table {
            assert_eq!(next_step(times, now), expected, "{rule}");
        }
    }

    #[test]
    fn the_margin_is_a_tenth_of_the_lifetime_and_at_most_a_minute() {
        assert_eq!(refresh_margin(Duration::from_secs(30 * 60)), Duration::from_secs(60));
        assert_eq!(refresh_margin(Duration::from_secs(2)), Duration::from_millis(200));
    }

    fn reply(access: u64, refresh: u64) -> TokenReply {
        TokenReply {
            access_token: "a".into(),
            refresh_token: "r".into(),
            access_token_expiration_seconds: access,
            refresh_token_expiration_seconds: refresh,
        }
    }

    #[test]
    fn a_refresh_never_extends_a_login_past_twelve_hours() {
        let start = Instant::now();
        let mut state = State::default();
        state.install(reply(1800, 12 * 3600), start, false).unwrap();
        let later = start + Duration::from_secs(11 * 3600);
        state.install(reply(1800, 12 * 3600), later, true).unwrap();
        let tokens = state.tokens.as_ref().unwrap();
        assert_eq!(tokens.logged_in_at, start, "a refresh keeps the login's time");
        assert_eq!(
            tokens.times.refresh_until,
            start + SESSION_LIMIT,
            "the login still ends 12 hours after it"
        );
    }

    #[test]
    fn a_401_expires_only_the_token_it_was_given_for() {
        let start = Instant::now();
        let mut state = State::default();
        let (_, first) = state.install(reply(1800, 3600), start, false).unwrap();
        let (_, second) = state.install(reply(1800, 3600), start, true).unwrap();
        state.expire(first, start);
        assert_eq!(
            next_step(state.tokens.as_ref().map(|t| t.times), start),
            Step::Use,
            "the newer token stays"
        );
        state.expire(second, start);
        assert_eq!(next_step(state.tokens.as_ref().map(|t| t.times), start), Step::Refresh);
    }

    #[test]
    fn absurd_lifetimes_are_refused_not_added_to_the_clock() {
        let start = Instant::now();
        for (access, refresh) in [(u64::MAX, 3600), (1800, u64::MAX), (0, 3600), (1800, 0)] {
            let mut state = State::default();
            assert!(state.install(reply(access, refresh), start, false).is_err(), "{access} / {refresh}");
            assert!(state.tokens.is_none(), "nothing installed");
        }
    }
}
