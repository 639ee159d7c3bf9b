//! A fault-injection soak: many FTBook and FASTTRAK bookings and cancellations through the
//! desk against the sandbox, with every fault of `sandbox::chaos` injected at random (fixed
//! seed); then reconciliation; then the invariants of `desk::audit`, checked against the
//! sandbox's own state.
//!
//! `SOAK_ATTEMPTS` sets the number of attempts (`make soak`: 1000; `make test` runs the short
//! default). It prints one line: `N attempts, F faults injected: 0 duplicates, 0 lost, 0 wrongly
//! matched, D in doubt`, and fails on any duplicate, loss or wrong match.

use std::time::Duration;

use desk::booking::FasttrakDraft;
use desk::quotes::OfferKey;
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
    let report = desk::audit::audit(core.history(), "sandbox", &ftbook, &fasttrak).expect("audited");
    let stats = desk.stats().await;
    let faults = stats["faultsInjected"].as_u64().unwrap_or_default();
    println!("{}", report.line(faults));
    assert!(faults > 0, "faults were injected");
    assert!(report.clean(), "{:#?}", report.problems);
}
