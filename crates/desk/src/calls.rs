//! Sending calls with the retry rules of [`crate::retry`]: safe calls are retried with backoff;
//! a change is retried only when nothing left the machine, and otherwise reported as unknown so
//! that it is looked up before anything is sent again.

use std::future::Future;

use crate::retry::{Call, Decision, Failure, decide};

/// How a change went.
pub(crate) enum Sent<T, E> {
    /// The supplier confirmed it.
    Done(T),
    /// The supplier refused it, or it could not be sent at all; nothing changed.
    Failed(E),
    /// It may have taken effect: reconcile before anything else is sent.
    Unknown(E),
}

/// A safe call, retried with backoff while the table says so.
pub(crate) async fn safe<T, E, F, Fut>(classify: fn(&E) -> Failure, mut call: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut tries = 1;
    loop {
        match call().await {
            Ok(value) => return Ok(value),
            Err(error) => match decide(Call::Safe, classify(&error), tries) {
                Decision::Retry(pause) => {
                    tokio::time::sleep(pause).await;
                    tries += 1;
                }
                Decision::Reconcile | Decision::GiveUp => return Err(error),
            },
        }
    }
}

/// A change, sent again only while nothing has left the machine.
pub(crate) async fn change<T, E, F, Fut>(classify: fn(&E) -> Failure, mut call: F) -> Sent<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut tries = 1;
    loop {
        match call().await {
            Ok(value) => return Sent::Done(value),
            Err(error) => match decide(Call::Change, classify(&error), tries) {
                Decision::Retry(pause) => {
                    tokio::time::sleep(pause).await;
                    tries += 1;
                }
                Decision::Reconcile => return Sent::Unknown(error),
                Decision::GiveUp => return Sent::Failed(error),
            },
        }
    }
}
