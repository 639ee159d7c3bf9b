//! Reading a supplier's HTTP reply safely. The supplier clients build their `reqwest` clients
//! with `redirect::Policy::none()`: a redirect reaches them as a 3xx, which is refused here with
//! the address it points to (a moved service or a wrong address is fixed in the settings, not
//! chased with the credentials). A body is read chunk by chunk and refused past
//! [`MAX_REPLY_BYTES`], so a runaway reply is an error, not a full memory. Each client turns a
//! [`Problem`] into its own error type.

mod open_enum;

#[doc(hidden)]
pub use serde as __serde;

/// What each supplier client is built on: its API root as a base that takes paths (ending in
/// `/`), and an HTTP client that follows no redirect (see the module's documentation), with the
/// timeouts and user agent given. `Err` says why, for the client's configuration error.
pub fn connection(
    mut base: reqwest::Url,
    timeout: std::time::Duration,
    connect_timeout: std::time::Duration,
    user_agent: &str,
) -> Result<(reqwest::Url, reqwest::Client), String> {
    if base.cannot_be_a_base() {
        return Err(format!("{base} is not a base URL"));
    }
    if !base.path().ends_with('/') {
        base.set_path(&format!("{}/", base.path()));
    }
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .connect_timeout(connect_timeout)
        .user_agent(user_agent)
        .build()
        .map_err(|error| error.to_string())?;
    Ok((base, http))
}

/// The most a reply may hold. The suppliers' largest replies (a page of streets, a day's
/// reservations) are tens of kilobytes.
pub const MAX_REPLY_BYTES: usize = 4 * 1024 * 1024;

/// Why a reply's body was not read.
#[derive(Debug)]
pub enum Problem {
    /// A redirect (3xx), not followed.
    Redirected {
        /// The HTTP status.
        status: u16,
        /// Where it pointed (`Location`), or empty.
        location: String,
    },
    /// The body is larger than [`MAX_REPLY_BYTES`].
    TooLarge {
        /// The HTTP status.
        status: u16,
    },
    /// The connection failed while the body was read.
    Transport(reqwest::Error),
}

impl Problem {
    /// A sentence for a log or an error's detail.
    pub fn describe(&self) -> String {
        match self {
            Problem::Redirected { location, .. } => {
                format!("redirected to {location:?}; redirects are not followed")
            }
            Problem::TooLarge { .. } => format!("the reply is larger than {} MiB", MAX_REPLY_BYTES >> 20),
            Problem::Transport(error) => error.to_string(),
        }
    }
}

/// The body of `response`, or why it was not read.
pub async fn body(mut response: reqwest::Response) -> Result<Vec<u8>, Problem> {
    let status = response.status().as_u16();
    if response.status().is_redirection() {
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        return Err(Problem::Redirected { status, location });
    }
    if response.content_length().is_some_and(|length| length > MAX_REPLY_BYTES as u64) {
        return Err(Problem::TooLarge { status });
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(Problem::Transport)? {
        if body.len() + chunk.len() > MAX_REPLY_BYTES {
            return Err(Problem::TooLarge { status });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
