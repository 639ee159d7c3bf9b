//! `bookings`: one row per booking (or FASTTRAK reservation), with the supplier's whole reply.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

use super::attempts::Attempt;
use super::segments::SegmentRow;
use super::{json, parsed};
use crate::redact::mask_foids;
use crate::{Result, Supplier, Tx, now};

/// A booking to store (insert or update by profile, supplier and reference).
#[derive(Debug, Clone, PartialEq)]
pub struct BookingRecord {
    /// The profile it was made on (sandbox bookings never mix with real ones).
    pub profile: String,
    /// The supplier.
    pub supplier: Supplier,
    /// FTBook's booking reference, or FASTTRAK's reservation id.
    pub reference: String,
    /// The Amadeus record locator, if any.
    pub amadeus: Option<String>,
    /// The Sabre record locator, if any.
    pub sabre: Option<String>,
    /// The supplier's status word.
    pub status: String,
    /// The supplier's whole reply.
    pub reply: Value,
}

/// A booking with everything known about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BookingView {
    /// The profile.
    pub profile: String,
    /// The supplier.
    pub supplier: Supplier,
    /// Its reference.
    pub reference: String,
    /// Amadeus locator.
    pub amadeus: Option<String>,
    /// Sabre locator.
    pub sabre: Option<String>,
    /// Its status.
    pub status: String,
    /// The supplier's reply for the booking.
    pub reply: Value,
    /// Its segments, oldest first.
    pub segments: Vec<SegmentRow>,
    /// The journal of what was attempted for it.
    pub attempts: Vec<Attempt>,
    /// When it was first stored.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// Inserts or updates a booking (by profile, supplier and reference), its reply's FOIDs masked;
/// returns its row id.
pub fn upsert(tx: &Tx<'_>, booking: &BookingRecord) -> Result<i64> {
    let mut reply = booking.reply.clone();
    mask_foids(&mut reply);
    tx.execute(
        "INSERT INTO bookings (profile, supplier, reference, amadeus, sabre, status, reply, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
         ON CONFLICT (profile, supplier, reference) DO UPDATE SET
            amadeus = COALESCE(excluded.amadeus, amadeus), sabre = COALESCE(excluded.sabre, sabre),
            status = excluded.status, reply = excluded.reply, updated_at = excluded.updated_at",
        params![
            booking.profile,
            booking.supplier.as_str(),
            booking.reference,
            booking.amadeus,
            booking.sabre,
            booking.status,
            reply.to_string(),
            now()
        ],
    )?;
    Ok(tx.query_row(
        "SELECT id FROM bookings WHERE profile = ?1 AND supplier = ?2 AND reference = ?3",
        params![booking.profile, booking.supplier.as_str(), booking.reference],
        |row| row.get("id"),
    )?)
}

/// A booking by its reference, one of its segments' references, or a GDS locator, exactly: its
/// row id and the view without segments and attempts.
pub fn find(db: &Connection, profile: &str, reference: &str) -> Result<Option<(i64, BookingView)>> {
    Ok(db
        .query_row(
            "SELECT id, profile, supplier, reference, amadeus, sabre, status, reply, created_at, updated_at
             FROM bookings
             WHERE profile = ?1 AND (reference = ?2 OR amadeus = ?2 OR sabre = ?2
                OR id IN (SELECT booking_id FROM segments WHERE segment_ref = ?2))
             ORDER BY id DESC LIMIT 1",
            params![profile, reference],
            |row| {
                Ok((
                    row.get("id")?,
                    BookingView {
                        profile: row.get("profile")?,
                        supplier: parsed(row, "supplier", Supplier::parse)?,
                        reference: row.get("reference")?,
                        amadeus: row.get("amadeus")?,
                        sabre: row.get("sabre")?,
                        status: row.get("status")?,
                        reply: json(row, "reply")?,
                        segments: Vec::new(),
                        attempts: Vec::new(),
                        created_at: row.get("created_at")?,
                        updated_at: row.get("updated_at")?,
                    },
                ))
            },
        )
        .optional()?)
}
