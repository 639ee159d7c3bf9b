//! A fault-injection soak: many FTBook and FASTTRAK bookings and cancellations through the
//! desk against the sandbox, with every fault of `sandbox::chaos` injected at random (fixed
//! seed); then reconciliation; then the invariants, checked against the sandbox's own state:
//!
//! - every attempt is settled, or still open (in doubt) — never guessed;
//! - every confirmed booking attempt has exactly one trip at the supplier, and history holds it;
//! - no trip at the supplier that the history does not know, none made twice for one attempt;
//! - no attempt settled `not_made` that has a trip at the supplier;
//! - no cancelled trip shown active in history, nor the reverse.
//!
//! `SOAK_ATTEMPTS` sets the number of attempts (`make soak`: 1000; `make test` runs the short
//! default). It prints one line: `N attempts, F faults injected: 0 duplicates, 0 lost, 0 wrongly
//! matched, D in doubt`, and fails on any duplicate, loss or wrong match.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use desk::booking::{ATTEMPT_SYSTEM, FasttrakDraft};
use desk::quotes::OfferKey;
use history::{AttemptKind, AttemptState, Supplier};
use serde_json::Value;

mod common;
use common::{desk, egen_taxi_in, to_arlanda};

const LATE: Duration = Duration::from_millis(150);

async fn van(core: &desk::Core, name: &str) -> Option<FasttrakDraft> {
    let offers = core.quotes(&to_arlanda()).await;
    offers.offers.iter().find_map(|offer| match &offer.key {
        OfferKey::Fasttrak { quote_package_id, quote_id, pickup } if offer.name == "Van" => {
            Some(FasttrakDraft {
                quote_package_id: *quote_package_id,
                quote_id: *quote_id,
                passenger: fasttrak::model::Passenger {
                    name: name.into(),
                    phone_number: None,
                    email_address: None,
                },
                pickup: *pickup,
                reference_po: None,
                cost_code: None,
                trip_notes: None,
                attempt_key: None,
            })
        }
        _ => None,
    })
}

fn state(dir: &std::path::Path, file: &str) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join(file)).expect("the sandbox's state")).expect("JSON")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fault_injected_soak_leaves_nothing_lost_doubled_or_wrongly_matched() {
    let attempts: usize = std::env::var("SOAK_ATTEMPTS").ok().and_then(|n| n.parse().ok()).unwrap_or(120);
    let chaos = sandbox::chaos::Chaos { seed: 20_261_201, rate: 0.3, late: LATE };
    let desk = desk(|config| {
        config.ftbook.knobs.chaos = Some(chaos);
        config.fasttrak.chaos = Some(sandbox::chaos::Chaos { seed: 7, ..chaos });
    })
    .await;
    let core = &desk.core;
    core.set_commit_window(LATE * 4);

    let mut booked_refs: Vec<String> = Vec::new();
    for i in 0..attempts {
        match i % 5 {
            // FTBook trips, two to a PNR (outbound and return share a locator).
            0..=2 => {
                let draft = egen_taxi_in(core, &format!("SK{:04}", i / 2), 2 + (i % 7) as i64).await;
                if let Ok(booked) = core.book_ftbook(draft).await {
                    booked_refs.push(booked.booking.reference.clone());
                }
            }
            3 => {
                if let Some(draft) = van(core, &format!("Passenger {i}")).await
                    && let Ok(booked) = core.book_fasttrak(draft).await
                {
                    booked_refs.push(booked.booking.reference.clone());
                }
            }
            _ => {
                if let Some(reference) = booked_refs.get(i % booked_refs.len().max(1)).cloned() {
                    let _ = core.cancel_booking(&reference).await;
                }
            }
        }
    }

    // Late commits land; then every open attempt is looked at after the commit window.
    tokio::time::sleep(LATE * 5).await;
    for _ in 0..3 {
        core.reconcile_open().await.expect("reconciled");
        tokio::time::sleep(LATE * 5).await;
    }

    let ftbook = state(desk.dir.path(), desk::sandbox::FTBOOK_STATE_FILE);
    let fasttrak = state(desk.dir.path(), desk::sandbox::FASTTRAK_STATE_FILE);
    let history = core.history();
    let all = history.all_attempts("sandbox").expect("the journal");

    // The supplier's trips, by the attempt key they carry: FTBook's through their booking's
    // TRANSFERDESK identity, FASTTRAK's in referencePO. Each with its id and whether cancelled.
    let mut trips: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    let bookings = ftbook["bookings"].as_object().cloned().unwrap_or_default();
    for segment in ftbook["segments"].as_object().cloned().unwrap_or_default().values() {
        let reference = segment["bookingReference"].as_str().unwrap_or_default();
        let key = bookings
            .get(reference)
            .and_then(|b| b["identities"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .find(|i| i["system"] == ATTEMPT_SYSTEM)
            .and_then(|i| i["number"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let ftresid = segment["ftresid"].as_str().unwrap_or_default().to_owned();
        trips.entry(key).or_default().push((ftresid, segment["cancelled"] == true));
    }
    for reservation in fasttrak["reservations"].as_object().cloned().unwrap_or_default().values() {
        let key = reservation["referencePO"]
            .as_str()
            .and_then(|po| po.split_whitespace().find(|w| w.starts_with("TD-")).map(str::to_owned))
            .unwrap_or_default();
        let id = reservation["reservationId"].as_i64().unwrap_or_default().to_string();
        trips.entry(key).or_default().push((id, reservation["reservationStatus"] == "Cancelled"));
    }

    let key_of = |attempt: &history::Attempt| -> Option<String> {
        match attempt.supplier {
            Supplier::Ftbook => attempt.draft["booking"]["identities"]
                .as_array()?
                .iter()
                .find(|i| i["system"] == ATTEMPT_SYSTEM)
                .and_then(|i| i["number"].as_str().map(str::to_owned)),
            Supplier::Fasttrak => attempt.draft["attemptKey"].as_str().map(str::to_owned),
        }
    };
    let (mut duplicates, mut lost, mut wrong, mut doubt) = (0, 0, 0, 0);
    let mut problems = Vec::new();
    let mut keys = HashSet::new();
    for attempt in all.iter().filter(|a| a.kind == AttemptKind::Book) {
        let Some(key) = key_of(attempt) else { continue };
        keys.insert(key.clone());
        let made = trips.get(&key).map_or(0, Vec::len);
        if made > 1 {
            duplicates += 1;
            problems.push(format!("attempt {} made {made} trips", attempt.id));
        }
        match attempt.state {
            AttemptState::Confirmed => {
                let trip = trips.get(&key).and_then(|t| t.first());
                match trip {
                    None => {
                        lost += 1;
                        problems.push(format!("attempt {} confirmed without a trip", attempt.id));
                    }
                    Some((id, _)) if attempt.segment_ref.as_deref() != Some(id.as_str()) => {
                        wrong += 1;
                        problems.push(format!(
                            "attempt {} holds {:?}, its trip is {id}",
                            attempt.id, attempt.segment_ref
                        ));
                    }
                    Some(_) => {}
                }
            }
            AttemptState::NotMade | AttemptState::Rejected if made > 0 => {
                lost += 1;
                problems.push(format!("attempt {} said {:?} but its trip exists", attempt.id, attempt.state));
            }
            AttemptState::Pending | AttemptState::Unknown => doubt += 1,
            _ => {}
        }
    }
    let open_cancels: HashSet<String> = all
        .iter()
        .filter(|a| a.kind != AttemptKind::Book && a.state.is_open())
        .filter_map(|a| a.booking_reference.clone())
        .collect();
    for (key, made) in &trips {
        if !keys.contains(key) {
            lost += made.len();
            problems.push(format!("trips {made:?} belong to no attempt"));
            continue;
        }
        for (id, cancelled) in made {
            match history.segment("sandbox", id).expect("history answers") {
                None => {
                    lost += 1;
                    problems.push(format!("trip {id} is at the supplier but not in history"));
                }
                Some(row)
                    if row.cancelled != *cancelled && !open_cancels.contains(&row.booking_reference) =>
                {
                    wrong += 1;
                    problems.push(format!(
                        "trip {id}: history cancelled={} supplier cancelled={cancelled}",
                        row.cancelled
                    ));
                }
                Some(_) => {}
            }
        }
    }
    let stats = desk.stats().await;
    let faults = stats["faultsInjected"].as_u64().unwrap_or_default();
    println!(
        "{} attempts, {faults} faults injected: {duplicates} duplicates, {lost} lost, {wrong} wrongly matched, {doubt} in doubt",
        all.len()
    );
    assert!(faults > 0, "faults were injected");
    assert_eq!((duplicates, lost, wrong), (0, 0, 0), "{problems:#?}");
}
