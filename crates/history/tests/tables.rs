//! Each table on a fresh database, each assertion naming the rule it checks.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use history::{
    AttemptKind, AttemptState, BookingRecord, Filter, History, JournalEvent, SegmentRecord, Step, Supplier,
    SyncOutcome, Target,
};
use rust_decimal::Decimal;
use serde_json::json;

const PROFILE: &str = "sandbox";

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a time")
}

fn booking(reference: &str) -> BookingRecord {
    BookingRecord {
        profile: PROFILE.into(),
        supplier: Supplier::Ftbook,
        reference: reference.into(),
        amadeus: Some("QX7Z2K".into()),
        sabre: None,
        status: "PENDING".into(),
        reply: json!({"bookingReference": reference}),
    }
}

fn segment(ftresid: &str, passenger: &str) -> SegmentRecord {
    SegmentRecord {
        segment_ref: ftresid.into(),
        status: "CONFIRMED".into(),
        cancelled: false,
        passenger: passenger.into(),
        phone: Some("+46701234567".into()),
        email: None,
        pickup_time: Some(time("2026-12-01T06:10:00+01:00")),
        pickup_place: Some("Drottningholmsvägen 37, Stockholm".into()),
        dropoff_place: Some("Stockholm Arlanda Flygplats".into()),
        flight: Some("SK1415".into()),
        product: "Egen TAXI".into(),
        price: Some(Decimal::new(67900, 2)),
        currency: Some("SEK".into()),
        latest_cancel_time: Some(time("2026-12-01T05:20:00+01:00")),
        references: vec!["KST-4410".into()],
        reply: json!({"ftresid": ftresid, "passenger": {"foid": "CCVI4111111111111111"}}),
    }
}

fn names(rows: &[history::SegmentRow]) -> Vec<&str> {
    rows.iter().map(|row| row.passenger.as_str()).collect()
}

#[test]
fn the_schema_migrates_and_the_database_is_durable() {
    history::schema::migrations().validate().expect("every migration applies to an empty database");
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("history.sqlite3");
    History::open(&file).expect("opens");
    let again = History::open(&file).expect("opening twice runs no migration twice");
    drop(again);
    let connection = rusqlite::Connection::open(&file).expect("sqlite");
    let mode: String = connection.query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("a mode");
    assert_eq!(mode, "wal", "the history runs in WAL mode so searches do not wait for a booking");
}

#[test]
fn bookings_are_updated_in_place_and_found_by_reference_or_locator() {
    let history = History::in_memory().expect("a database");
    history.save_booking(&booking("2026000000001"), &[segment("R000000001", "Anna Öberg")]).expect("saved");
    let mut changed = booking("2026000000001");
    changed.status = "COMPLETE".into();
    history.save_booking(&changed, &[]).expect("saved again");
    let view = history.booking(PROFILE, "2026000000001").expect("a look-up").expect("found");
    assert_eq!(view.status, "COMPLETE", "saving a booking again updates it rather than adding a second");
    assert_eq!(view.segments.len(), 1, "saving the booking alone keeps its segments");
    let by_locator = history.booking(PROFILE, "QX7Z2K").expect("a look-up").expect("found");
    assert_eq!(by_locator.reference, "2026000000001", "a booking is found by its Amadeus locator");
    let by_segment = history.booking(PROFILE, "R000000001").expect("a look-up").expect("found");
    assert_eq!(by_segment.reference, "2026000000001", "a booking is found by its segment's ftresid");
    assert!(
        history.booking("ftbook-production", "2026000000001").expect("a look-up").is_none(),
        "a booking made on one profile is not seen on another"
    );
}

#[test]
fn card_numbers_are_masked_before_they_are_stored() {
    let history = History::in_memory().expect("a database");
    history.save_booking(&booking("2026000000002"), &[segment("R000000002", "Per Ek")]).expect("saved");
    let row = history.segment(PROFILE, "R000000002").expect("a look-up").expect("found");
    assert_eq!(
        row.reply["passenger"]["foid"], "CCVI411111XXXXXX1111",
        "a stored reply never holds a whole card number"
    );
    let id = history
        .begin_attempt(
            PROFILE,
            Supplier::Ftbook,
            AttemptKind::Book,
            &json!({"passenger": {"foid": "CCVI4111111111111111"}}),
            Target::default(),
        )
        .expect("journalled");
    let attempt = history.attempt(id).expect("a look-up").expect("found");
    assert_eq!(
        attempt.draft["passenger"]["foid"], "CCVI411111XXXXXX1111",
        "a journalled draft never holds a whole card number"
    );
}

#[test]
fn segments_keep_their_price_when_cancelled_and_search_follows_changes() {
    let history = History::in_memory().expect("a database");
    history.save_booking(&booking("2026000000003"), &[segment("R000000003", "Anna Öberg")]).expect("saved");
    let mut cancelled = segment("R000000003", "Anna Öberg-Lind");
    cancelled.status = "CANCELLED".into();
    cancelled.cancelled = true;
    cancelled.price = None;
    history.save_booking(&booking("2026000000003"), &[cancelled]).expect("saved");
    let row = history.segment(PROFILE, "R000000003").expect("a look-up").expect("found");
    assert!(row.cancelled && row.status == "CANCELLED");
    assert_eq!(row.price.as_deref(), Some("679.00"), "a cancelled segment keeps its original price");
    let found = history.search(PROFILE, "lind", &Filter::default(), 10).expect("a search");
    assert_eq!(names(&found), ["Anna Öberg-Lind"], "the search index follows an updated passenger name");
}

#[test]
fn search_folds_diacritics_takes_prefixes_and_shows_the_newest_first() {
    let history = History::in_memory().expect("a database");
    history.save_booking(&booking("2026000000010"), &[segment("R000000010", "Anna Öberg")]).expect("saved");
    let mut other = booking("2026000000011");
    other.amadeus = Some("ZZ9ABC".into());
    let mut second = segment("R000000011", "Olof Öbergsson");
    second.flight = Some("DY4321".into());
    second.phone = Some("070-111 22 33".into());
    history.save_booking(&other, &[second]).expect("saved");
    let search = |text: &str| history.search(PROFILE, text, &Filter::default(), 10).expect("a search");

    assert_eq!(names(&search("oberg")), ["Olof Öbergsson", "Anna Öberg"], "oberg finds Öberg, newest first");
    assert_eq!(names(&search("öb")), ["Olof Öbergsson", "Anna Öberg"], "two characters are enough");
    assert_eq!(names(&search("anna ob")), ["Anna Öberg"], "every word must match");
    assert_eq!(names(&search("dy43")), ["Olof Öbergsson"], "flight numbers are searched by prefix");
    assert_eq!(names(&search("0701112233")), ["Olof Öbergsson"], "a phone is found as the agent writes it");
    assert_eq!(names(&search("ZZ9ABC")), ["Olof Öbergsson"], "GDS locators are searched");
    assert_eq!(
        names(&search("kst")),
        ["Olof Öbergsson", "Anna Öberg"],
        "references such as cost centres are searched"
    );
    assert_eq!(names(&search("a")).len(), 2, "one letter shows the newest rows rather than nothing");
    assert!(search("Kiruna").is_empty(), "no match is an empty list");
}

#[test]
fn filters_narrow_by_pickup_date_supplier_and_status() {
    let history = History::in_memory().expect("a database");
    history.save_booking(&booking("2026000000020"), &[segment("R000000020", "Anna Öberg")]).expect("saved");
    let mut fasttrak = booking("48201");
    fasttrak.supplier = Supplier::Fasttrak;
    let mut reservation = segment("48201", "Anna Öberg");
    reservation.status = "Cancelled".into();
    reservation.pickup_time = Some(time("2026-12-05T10:00:00+01:00"));
    history.save_booking(&fasttrak, &[reservation]).expect("saved");
    let search = |filter: Filter| history.search(PROFILE, "oberg", &filter, 10).expect("a search");
    let suppliers = |rows: Vec<history::SegmentRow>| rows.into_iter().map(|r| r.supplier).collect::<Vec<_>>();

    assert_eq!(
        suppliers(search(Filter { supplier: Some(Supplier::Ftbook), ..Filter::default() })),
        [Supplier::Ftbook],
        "the supplier filter keeps one supplier's rows"
    );
    assert_eq!(
        suppliers(search(Filter { statuses: vec!["cancelled".into()], ..Filter::default() })),
        [Supplier::Fasttrak],
        "the status filter ignores case"
    );
    let december_3: DateTime<Utc> = time("2026-12-03T00:00:00+01:00").with_timezone(&Utc);
    assert_eq!(
        suppliers(search(Filter { from: Some(december_3), ..Filter::default() })),
        [Supplier::Fasttrak],
        "the date filter compares pickup times across offsets"
    );
    assert_eq!(
        suppliers(search(Filter { until: Some(december_3), ..Filter::default() })),
        [Supplier::Ftbook]
    );
}

#[test]
fn one_state_is_found_under_each_suppliers_word_for_it() {
    let history = History::in_memory().expect("a database");
    let mut complete = segment("R000000021", "Anna Öberg");
    complete.status = "COMPLETE".into();
    history.save_booking(&booking("2026000000021"), &[complete]).expect("saved");
    let mut fasttrak = booking("48202");
    fasttrak.supplier = Supplier::Fasttrak;
    let mut confirmed = segment("48202", "Anna Öberg");
    confirmed.status = "Trip_Confirmed".into();
    history.save_booking(&fasttrak, &[confirmed]).expect("saved");
    let found = |state: &str| {
        let filter = Filter { statuses: history::state_statuses(state), ..Filter::default() };
        let mut rows: Vec<_> = history
            .search(PROFILE, "oberg", &filter, 10)
            .expect("a search")
            .into_iter()
            .map(|r| r.supplier)
            .collect();
        rows.sort_by_key(|s| s.as_str());
        rows
    };
    assert_eq!(found("confirmed"), [Supplier::Fasttrak, Supplier::Ftbook], "COMPLETE and Trip_Confirmed");
    assert_eq!(found("COMPLETE"), [Supplier::Ftbook], "a supplier's own code is itself");
    assert_eq!(found("").len(), 2, "no state: all");
    assert!(found("cancelled").is_empty());
}

#[test]
fn the_journal_is_committed_before_anything_is_sent_and_moves_through_its_steps() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("history.sqlite3");
    let history = History::open(&file).expect("opens");
    let id = history
        .begin_attempt(
            PROFILE,
            Supplier::Ftbook,
            AttemptKind::Book,
            &json!({"segment": {}}),
            Target { locator: Some("QX7Z2K"), ..Target::default() },
        )
        .expect("journalled");

    let another_process = History::open(&file).expect("opens beside it");
    let open = another_process.open_attempts(PROFILE).expect("open attempts");
    assert_eq!(
        open.iter().map(|a| a.id).collect::<Vec<_>>(),
        [id],
        "a journalled attempt is on disk before the call is sent"
    );
    assert_eq!(open[0].state, AttemptState::Pending);

    history
        .record_step(id, Step::new(JournalEvent::BookingCreated).booking(Some("2026000000030")))
        .expect("a step");
    history.settle(id, AttemptState::Unknown, Some("no reply")).expect("unknown");
    assert_eq!(
        history.open_attempts(PROFILE).expect("open").len(),
        1,
        "an unknown outcome stays open until reconciled"
    );
    history
        .record_step(id, Step::new(JournalEvent::SegmentCreated).segment(Some("R000000030")))
        .expect("a step");
    history.settle(id, AttemptState::Confirmed, None).expect("confirmed");
    assert!(
        history.open_attempts(PROFILE).expect("open").is_empty(),
        "a confirmed attempt is no longer open"
    );

    let attempt = history.attempt(id).expect("a look-up").expect("found");
    assert_eq!(
        attempt.booking_reference.as_deref(),
        Some("2026000000030"),
        "references learnt on the way are kept"
    );
    assert_eq!(attempt.segment_ref.as_deref(), Some("R000000030"));
    let events: Vec<&str> = attempt.events.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(
        events,
        ["journalled", "booking_created", "unknown", "segment_created", "confirmed"],
        "the journal keeps every step in order"
    );
    let for_booking = history.attempts_for(PROFILE, Supplier::Ftbook, "2026000000030").expect("attempts");
    assert_eq!(for_booking.len(), 1, "a booking's page lists its attempts");

    // Forward only: another process's late "not made" cannot undo a confirmed booking.
    let refused = another_process.settle(id, AttemptState::NotMade, Some("not found"));
    assert!(
        matches!(refused, Err(history::Error::Settled { state: "confirmed", wanted: "not_made", .. })),
        "a confirmed attempt stays confirmed: {refused:?}"
    );
    assert_eq!(history.attempt(id).expect("a look-up").expect("found").state, AttemptState::Confirmed);
    history.settle(id, AttemptState::Confirmed, None).expect("settling the same way again is harmless");
}

#[test]
fn journal_states_move_forward_only() {
    use AttemptState::*;
    let all = [Pending, Unknown, Confirmed, Rejected, NotMade];
    let allowed = |from: AttemptState| -> Vec<AttemptState> {
        all.into_iter().filter(|to| from.may_become(*to)).collect()
    };
    assert_eq!(allowed(Pending), all.to_vec(), "a journalled attempt may end any way");
    assert_eq!(allowed(Unknown), vec![Unknown, Confirmed, Rejected, NotMade], "never back to pending");
    assert_eq!(allowed(NotMade), vec![Confirmed, NotMade], "a late commit found later is adopted");
    assert_eq!(allowed(Confirmed), vec![Confirmed], "final");
    assert_eq!(allowed(Rejected), vec![Rejected], "final");
}

#[test]
fn the_sync_log_remembers_the_last_refresh() {
    let history = History::in_memory().expect("a database");
    assert_eq!(history.last_sync(PROFILE).expect("a look-up"), None, "a new history has never synced");
    history.log_sync(PROFILE, Supplier::Ftbook, "all", SyncOutcome::Ok, None).expect("logged");
    history
        .log_sync(
            PROFILE,
            Supplier::Ftbook,
            "2026000000001",
            SyncOutcome::Offline,
            Some("connection refused"),
        )
        .expect("logged");
    let (_, outcome) = history.last_sync(PROFILE).expect("a look-up").expect("one");
    assert_eq!(outcome, SyncOutcome::Offline, "the last sync's outcome is the newest one");
    let since = Utc::now() - TimeDelta::days(1);
    assert!(history.recent_references(PROFILE, since).expect("references").is_empty());
}
