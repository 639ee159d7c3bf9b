//! The history's schema, as embedded migrations run at every start (new ones only).
//!
//! Never edit a migration that has shipped: add a new one. A test opens an empty database and
//! checks every migration applies and validates.

use rusqlite_migration::{M, Migrations};

/// Every migration, oldest first.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(INITIAL)])
}

const INITIAL: &str = r#"
-- A booking at a supplier: an FTBook booking (reference) or a FASTTRAK reservation (its id).
CREATE TABLE bookings (
    id          INTEGER PRIMARY KEY,
    profile     TEXT NOT NULL,
    supplier    TEXT NOT NULL CHECK (supplier IN ('ftbook', 'fasttrak')),
    reference   TEXT NOT NULL,
    amadeus     TEXT,
    sabre       TEXT,
    status      TEXT NOT NULL,
    reply       TEXT NOT NULL CHECK (json_valid(reply)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (profile, supplier, reference)
);
CREATE INDEX bookings_reference ON bookings (reference);
CREATE INDEX bookings_amadeus ON bookings (amadeus) WHERE amadeus IS NOT NULL;
CREATE INDEX bookings_sabre ON bookings (sabre) WHERE sabre IS NOT NULL;

-- A trip of a booking: an FTBook segment (ftresid) or the FASTTRAK reservation itself. The
-- supplier's whole reply is kept beside the columns the app queries.
CREATE TABLE segments (
    id                  INTEGER PRIMARY KEY,
    booking_id          INTEGER NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    segment_ref         TEXT NOT NULL,
    status              TEXT NOT NULL,
    cancelled           INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    passenger           TEXT NOT NULL,
    phone               TEXT,
    email               TEXT,
    pickup_time         TEXT,
    pickup_utc          TEXT,
    pickup_place        TEXT,
    dropoff_place       TEXT,
    flight              TEXT,
    product             TEXT NOT NULL,
    price               TEXT,
    currency            TEXT,
    latest_cancel_time  TEXT,
    refs                TEXT NOT NULL DEFAULT '',
    phones              TEXT NOT NULL DEFAULT '',
    reply               TEXT NOT NULL CHECK (json_valid(reply)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (booking_id, segment_ref)
);
CREATE INDEX segments_ref ON segments (segment_ref);
CREATE INDEX segments_booking ON segments (booking_id);
CREATE INDEX segments_pickup ON segments (pickup_utc);

-- Full-text search over the columns an agent types from, kept by triggers (external content).
-- remove_diacritics 2 folds Ö to o, so "oberg" finds "Öberg"; prefixes of 2 and 3 characters are
-- indexed for type-ahead.
CREATE VIRTUAL TABLE segments_fts USING fts5 (
    passenger, refs, pickup_place, dropoff_place, flight, phones,
    content = 'segments', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
);
CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments BEGIN
    INSERT INTO segments_fts (rowid, passenger, refs, pickup_place, dropoff_place, flight, phones)
    VALUES (new.id, new.passenger, new.refs, new.pickup_place, new.dropoff_place, new.flight, new.phones);
END;
CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
    INSERT INTO segments_fts (segments_fts, rowid, passenger, refs, pickup_place, dropoff_place, flight, phones)
    VALUES ('delete', old.id, old.passenger, old.refs, old.pickup_place, old.dropoff_place, old.flight, old.phones);
END;
CREATE TRIGGER segments_fts_update AFTER UPDATE ON segments BEGIN
    INSERT INTO segments_fts (segments_fts, rowid, passenger, refs, pickup_place, dropoff_place, flight, phones)
    VALUES ('delete', old.id, old.passenger, old.refs, old.pickup_place, old.dropoff_place, old.flight, old.phones);
    INSERT INTO segments_fts (rowid, passenger, refs, pickup_place, dropoff_place, flight, phones)
    VALUES (new.id, new.passenger, new.refs, new.pickup_place, new.dropoff_place, new.flight, new.phones);
END;

-- The attempt journal: every call that changes something at a supplier, written (committed)
-- before it is sent, and moved through its steps as replies come.
CREATE TABLE attempts (
    id                 INTEGER PRIMARY KEY,
    profile            TEXT NOT NULL,
    supplier           TEXT NOT NULL CHECK (supplier IN ('ftbook', 'fasttrak')),
    kind               TEXT NOT NULL CHECK (kind IN ('book', 'cancel_segment', 'cancel_booking')),
    state              TEXT NOT NULL CHECK (state IN ('pending', 'unknown', 'confirmed', 'rejected', 'not_made')),
    draft              TEXT NOT NULL CHECK (json_valid(draft)),
    booking_reference  TEXT,
    segment_ref        TEXT,
    locator            TEXT,
    fault              TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX attempts_open ON attempts (state) WHERE state IN ('pending', 'unknown');
CREATE INDEX attempts_reference ON attempts (booking_reference);

-- What happened to each attempt, in order.
CREATE TABLE attempt_events (
    id          INTEGER PRIMARY KEY,
    attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    event       TEXT NOT NULL,
    detail      TEXT
);
CREATE INDEX attempt_events_attempt ON attempt_events (attempt_id);

-- Every refresh from a supplier, and whether it reached it.
CREATE TABLE sync_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    profile   TEXT NOT NULL,
    supplier  TEXT NOT NULL,
    scope     TEXT NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('ok', 'offline', 'failed')),
    detail    TEXT
);
"#;
