//! The rules of [`super`] as a table over a scripted change.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::Arc;

use history::{AttemptKind, JournalEvent, Supplier, Target};

use super::*;
use crate::core::{Options, UrlOverrides};
use crate::paths::AppPaths;
use crate::profile::Profile;
use crate::secrets::Memory;

#[derive(Debug)]
struct Fault(Failure);

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

/// A change whose sends and look-ups answer as scripted.
struct Scripted<'a, const RESEND: bool> {
    core: &'a Core,
    sends: RefCell<VecDeque<std::result::Result<u32, Fault>>>,
    finds: RefCell<VecDeque<Found<u32>>>,
    sent: Cell<u32>,
    already: bool,
}

impl<const RESEND: bool> Change for Scripted<'_, RESEND> {
    type Reply = u32;
    type Fault = Fault;
    type Kept = u32;
    const SUPPLIER: &'static str = "Supplier";
    const DONE: JournalEvent = JournalEvent::BookingCreated;
    const RESEND_WHEN_NOT_FOUND: bool = RESEND;

    fn classify(fault: &Fault) -> Failure {
        fault.0
    }
    fn error(fault: &Fault, _: Language) -> Error {
        match fault.0 {
            Failure::Refused => Error::Rejected { supplier: "Supplier", faults: Vec::new() },
            _ => Error::Supplier { supplier: "Supplier", message: fault.to_string(), field: None },
        }
    }
    fn already_done(&self, _: &Fault) -> bool {
        self.already
    }
    fn references(reply: &u32) -> (Option<String>, Option<String>) {
        (Some(reply.to_string()), None)
    }
    async fn send(&self) -> std::result::Result<u32, Fault> {
        self.sent.set(self.sent.get() + 1);
        self.sends.borrow_mut().pop_front().unwrap_or(Err(Fault(Failure::NoReply)))
    }
    async fn find(&self) -> std::result::Result<Found<u32>, Fault> {
        self.finds.borrow_mut().pop_front().ok_or(Fault(Failure::NoReply))
    }
    async fn keep(&self, attempt: i64, reply: u32) -> Result<u32> {
        self.core.history.settle(attempt, AttemptState::Confirmed, None)?;
        Ok(reply)
    }
}

fn core(dir: &std::path::Path) -> Core {
    Core::open(Options {
        paths: AppPaths::in_dir(dir),
        profile: Profile::Sandbox,
        language: Language::English,
        overrides: UrlOverrides::default(),
        secrets: Arc::new(Memory::default()),
        credentials_from_env: false,
        sandbox: None,
    })
    .expect("a desk")
}

fn scripted<const RESEND: bool>(
    core: &Core,
    sends: Vec<std::result::Result<u32, Fault>>,
    finds: Vec<Found<u32>>,
) -> Scripted<'_, RESEND> {
    Scripted {
        core,
        sends: RefCell::new(sends.into()),
        finds: RefCell::new(finds.into()),
        sent: Cell::new(0),
        already: false,
    }
}

/// Runs `change` as a new attempt: how it ended, the state it was left in, its last event.
async fn run<const RESEND: bool>(
    core: &Core,
    change: &Scripted<'_, RESEND>,
) -> (Outcome<u32>, AttemptState, String) {
    let attempt = core
        .history
        .begin_attempt(
            "sandbox",
            Supplier::Ftbook,
            AttemptKind::Book,
            &serde_json::json!({}),
            Target::default(),
        )
        .expect("journalled");
    let outcome = core.carry_out(attempt, change).await.expect("history answers");
    let row = core.history.attempt(attempt).expect("read").expect("the attempt");
    let last = row.events.last().map_or("", |e| e.event.as_str()).to_owned();
    (outcome, row.state, last)
}

use Failure::{NoReply, Refused, ServerError, Setup};

#[tokio::test]
async fn every_change_follows_the_same_rules() {
    let dir = tempfile::tempdir().expect("a directory");
    let core = core(dir.path());
    let minute = std::time::Duration::from_secs(60);
    let cases: Vec<(&str, std::time::Duration, Scripted<'_, false>, &str, AttemptState, &str)> = vec![
        (
            "a reply is done",
            minute,
            scripted(&core, vec![Ok(7)], vec![]),
            "done",
            AttemptState::Confirmed,
            "confirmed",
        ),
        (
            "a refusal is rejected",
            minute,
            scripted(&core, vec![Err(Fault(Refused))], vec![]),
            "settled",
            AttemptState::Rejected,
            "rejected",
        ),
        (
            "refused credentials: not made",
            minute,
            scripted(&core, vec![Err(Fault(Setup))], vec![]),
            "settled",
            AttemptState::NotMade,
            "not_made",
        ),
        (
            "a 5xx found by the look-up is done",
            minute,
            scripted(&core, vec![Err(Fault(ServerError))], vec![Found::Yes(7)]),
            "done",
            AttemptState::Confirmed,
            "confirmed",
        ),
        (
            "not seen inside the window stays open",
            minute,
            scripted(&core, vec![Err(Fault(NoReply))], vec![Found::No]),
            "open",
            AttemptState::Unknown,
            "not_seen",
        ),
        (
            "not seen after the window is not made",
            std::time::Duration::ZERO,
            scripted(&core, vec![Err(Fault(NoReply))], vec![Found::No]),
            "settled",
            AttemptState::NotMade,
            "not_made",
        ),
        (
            "several candidates are in doubt",
            std::time::Duration::ZERO,
            scripted(&core, vec![Err(Fault(NoReply))], vec![Found::Several(vec!["A".into(), "B".into()])]),
            "open",
            AttemptState::Unknown,
            "in_doubt",
        ),
        (
            "an empty look-up proves nothing",
            std::time::Duration::ZERO,
            scripted(&core, vec![Err(Fault(NoReply))], vec![Found::Unseen]),
            "open",
            AttemptState::Unknown,
            "unknown",
        ),
        (
            "a failed look-up proves nothing",
            std::time::Duration::ZERO,
            scripted(&core, vec![Err(Fault(NoReply))], vec![]),
            "open",
            AttemptState::Unknown,
            "unknown",
        ),
    ];
    for (rule, window, change, outcome, state, event) in cases {
        core.set_commit_window(window);
        let (ended, now, last) = run(&core, &change).await;
        let ended = match ended {
            Outcome::Done(_) => "done",
            Outcome::Settled(_) => "settled",
            Outcome::Open(error) => {
                assert!(matches!(error, Error::Unknown { .. }), "{rule}: open is unknown to the agent");
                "open"
            }
        };
        assert_eq!((ended, now, last.as_str()), (outcome, state, event), "{rule}");
        assert_eq!(change.sent.get(), 1, "{rule}: sent once, never again after an unclear reply");
    }
}

#[tokio::test]
async fn already_done_is_looked_up_and_a_harmless_step_is_sent_again_once() {
    let dir = tempfile::tempdir().expect("a directory");
    let core = core(dir.path());
    let mut already = scripted::<false>(&core, vec![Err(Fault(Refused))], vec![Found::Yes(3)]);
    already.already = true;
    let (ended, state, _) = run(&core, &already).await;
    assert!(matches!(ended, Outcome::Done(3)), "adopted only because the look-up shows it");
    assert_eq!(state, AttemptState::Confirmed);

    let harmless = scripted::<true>(&core, vec![Err(Fault(NoReply)), Ok(9)], vec![Found::No]);
    let (ended, state, _) = run(&core, &harmless).await;
    assert!(matches!(ended, Outcome::Done(9)));
    assert_eq!((state, harmless.sent.get()), (AttemptState::Confirmed, 2), "sent again once, as allowed");

    let twice =
        scripted::<true>(&core, vec![Err(Fault(NoReply)), Err(Fault(NoReply))], vec![Found::No, Found::No]);
    core.set_commit_window(std::time::Duration::from_secs(60));
    let (ended, state, _) = run(&core, &twice).await;
    assert!(matches!(ended, Outcome::Open(_)), "never a third time");
    assert_eq!((state, twice.sent.get()), (AttemptState::Unknown, 2));
}
