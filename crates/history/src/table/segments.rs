//! `segments`: the trips of a booking, with what search and the booking page show of each.

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use super::bookings::BookingRecord;
use super::{json, parsed};
use crate::redact::mask_foids;
use crate::{Error, Result, Supplier, Tx, now};

/// A segment to store (insert or update by booking and segment reference).
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentRecord {
    /// FTBook's ftresid, or FASTTRAK's reservation id.
    pub segment_ref: String,
    /// The supplier's status word.
    pub status: String,
    /// Whether it is cancelled.
    pub cancelled: bool,
    /// The passenger's name as the agent reads it.
    pub passenger: String,
    /// Phone, as given.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Pickup time, with the pickup's offset.
    pub pickup_time: Option<DateTime<FixedOffset>>,
    /// Pickup, on one line.
    pub pickup_place: Option<String>,
    /// Drop-off, on one line.
    pub dropoff_place: Option<String>,
    /// Flight or train number.
    pub flight: Option<String>,
    /// Product or vehicle type.
    pub product: String,
    /// Price including VAT.
    pub price: Option<Decimal>,
    /// Its currency.
    pub currency: Option<String>,
    /// After this the segment cannot be cancelled.
    pub latest_cancel_time: Option<DateTime<FixedOffset>>,
    /// Other words to find it by: references, cost centres, locators.
    pub references: Vec<String>,
    /// The supplier's whole reply for the segment.
    pub reply: Value,
}

/// A stored segment with its booking, as search and look-ups return it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SegmentRow {
    /// Row id (newer rows have higher ids).
    pub id: i64,
    /// The profile.
    pub profile: String,
    /// The supplier.
    pub supplier: Supplier,
    /// The booking's reference.
    pub booking_reference: String,
    /// The Amadeus locator.
    pub amadeus: Option<String>,
    /// The Sabre locator.
    pub sabre: Option<String>,
    /// The segment's reference (ftresid or reservation id).
    pub segment_ref: String,
    /// The segment's status.
    pub status: String,
    /// Whether it is cancelled.
    pub cancelled: bool,
    /// Passenger.
    pub passenger: String,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Pickup time with its offset, ISO 8601.
    pub pickup_time: Option<String>,
    /// Pickup.
    pub pickup_place: Option<String>,
    /// Drop-off.
    pub dropoff_place: Option<String>,
    /// Flight or train.
    pub flight: Option<String>,
    /// Product or vehicle type.
    pub product: String,
    /// Price including VAT, as text (`"679.00"`).
    pub price: Option<String>,
    /// Currency.
    pub currency: Option<String>,
    /// Latest cancel time, ISO 8601.
    pub latest_cancel_time: Option<String>,
    /// The supplier's reply for the segment.
    pub reply: Value,
    /// When it was first stored.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// The columns [`row`] reads, for a query over `segments s JOIN bookings b`.
pub(crate) const COLUMNS: &str = "s.id AS id, b.profile AS profile, b.supplier AS supplier, \
    b.reference AS booking_reference, b.amadeus AS amadeus, b.sabre AS sabre, s.segment_ref AS segment_ref, \
    s.status AS status, s.cancelled AS cancelled, s.passenger AS passenger, s.phone AS phone, \
    s.email AS email, s.pickup_time AS pickup_time, s.pickup_place AS pickup_place, \
    s.dropoff_place AS dropoff_place, s.flight AS flight, s.product AS product, s.price AS price, \
    s.currency AS currency, s.latest_cancel_time AS latest_cancel_time, s.reply AS reply, \
    s.created_at AS created_at, s.updated_at AS updated_at";

/// A row of [`COLUMNS`].
pub(crate) fn row(row: &Row<'_>) -> rusqlite::Result<SegmentRow> {
    Ok(SegmentRow {
        id: row.get("id")?,
        profile: row.get("profile")?,
        supplier: parsed(row, "supplier", Supplier::parse)?,
        booking_reference: row.get("booking_reference")?,
        amadeus: row.get("amadeus")?,
        sabre: row.get("sabre")?,
        segment_ref: row.get("segment_ref")?,
        status: row.get("status")?,
        cancelled: row.get("cancelled")?,
        passenger: row.get("passenger")?,
        phone: row.get("phone")?,
        email: row.get("email")?,
        pickup_time: row.get("pickup_time")?,
        pickup_place: row.get("pickup_place")?,
        dropoff_place: row.get("dropoff_place")?,
        flight: row.get("flight")?,
        product: row.get("product")?,
        price: row.get("price")?,
        currency: row.get("currency")?,
        latest_cancel_time: row.get("latest_cancel_time")?,
        reply: json(row, "reply")?,
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
    })
}

/// The ways an agent writes a phone number, so any of them finds it: `+46 70-123 45 67` is found
/// as `46701234567`, `0701234567` and `701234567`.
pub fn phone_variants(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let mut variants = vec![digits.clone()];
    if let Some(national) = digits.strip_prefix("46") {
        variants.push(format!("0{national}"));
        variants.push(national.to_owned());
    } else if let Some(national) = digits.strip_prefix('0') {
        variants.push(national.to_owned());
    }
    variants.dedup();
    variants.join(" ")
}

/// Inserts or updates the segments of booking `booking_id` (by segment reference), their
/// replies' FOIDs masked, with the words search finds them by.
pub fn upsert(
    tx: &Tx<'_>,
    booking_id: i64,
    booking: &BookingRecord,
    segments: &[SegmentRecord],
) -> Result<()> {
    let at = now();
    for segment in segments {
        let mut reply = segment.reply.clone();
        mask_foids(&mut reply);
        let mut refs = vec![booking.reference.clone(), segment.segment_ref.clone()];
        refs.extend(booking.amadeus.iter().chain(&booking.sabre).cloned());
        refs.extend(segment.references.iter().cloned());
        let pickup_utc = segment.pickup_time.map(|t| t.with_timezone(&Utc).to_rfc3339());
        tx.execute(
            "INSERT INTO segments (booking_id, segment_ref, status, cancelled, passenger, phone, email,
                pickup_time, pickup_utc, pickup_place, dropoff_place, flight, product, price, currency,
                latest_cancel_time, refs, phones, reply, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20)
             ON CONFLICT (booking_id, segment_ref) DO UPDATE SET
                status = excluded.status, cancelled = excluded.cancelled, passenger = excluded.passenger,
                phone = excluded.phone, email = excluded.email, pickup_time = excluded.pickup_time,
                pickup_utc = excluded.pickup_utc, pickup_place = excluded.pickup_place,
                dropoff_place = excluded.dropoff_place, flight = excluded.flight, product = excluded.product,
                price = COALESCE(excluded.price, price), currency = COALESCE(excluded.currency, currency),
                latest_cancel_time = excluded.latest_cancel_time, refs = excluded.refs,
                phones = excluded.phones, reply = excluded.reply, updated_at = excluded.updated_at",
            params![
                booking_id,
                segment.segment_ref,
                segment.status,
                segment.cancelled,
                segment.passenger,
                segment.phone,
                segment.email,
                segment.pickup_time.map(|t| t.to_rfc3339()),
                pickup_utc,
                segment.pickup_place,
                segment.dropoff_place,
                segment.flight,
                segment.product,
                segment.price.map(|p| p.to_string()),
                segment.currency,
                segment.latest_cancel_time.map(|t| t.to_rfc3339()),
                refs.join(" "),
                segment.phone.as_deref().map(phone_variants).unwrap_or_default(),
                reply.to_string(),
                at
            ],
        )?;
    }
    Ok(())
}

/// The segments of booking `booking_id`, oldest first.
pub fn of_booking(db: &Connection, booking_id: i64) -> Result<Vec<SegmentRow>> {
    let mut statement = db.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM segments s JOIN bookings b ON b.id = s.booking_id WHERE s.booking_id = ?1 ORDER BY s.id"
    ))?;
    Ok(statement.query_map([booking_id], row)?.collect::<rusqlite::Result<_>>()?)
}

/// One segment by its reference (the newest, should two bookings share it).
pub fn by_reference(db: &Connection, profile: &str, segment_ref: &str) -> Result<Option<SegmentRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM segments s JOIN bookings b ON b.id = s.booking_id
         WHERE b.profile = ?1 AND s.segment_ref = ?2 ORDER BY s.id DESC LIMIT 1"
    );
    Ok(db.query_row(&sql, params![profile, segment_ref], row).optional()?)
}

/// References of bookings with a pickup from `since` on (for "sync all recent").
pub fn recent_references(
    db: &Connection,
    profile: &str,
    since: DateTime<Utc>,
) -> Result<Vec<(Supplier, String)>> {
    let mut statement = db.prepare(
        "SELECT DISTINCT b.supplier AS supplier, b.reference AS reference
         FROM bookings b JOIN segments s ON s.booking_id = b.id
         WHERE b.profile = ?1 AND (s.pickup_utc IS NULL OR s.pickup_utc >= ?2) ORDER BY b.id DESC",
    )?;
    let rows = statement.query_map(params![profile, since.to_rfc3339()], |row| {
        Ok((row.get::<_, String>("supplier")?, row.get::<_, String>("reference")?))
    })?;
    let mut references = Vec::new();
    for found in rows {
        let (supplier, reference) = found?;
        let supplier = Supplier::parse(&supplier).ok_or_else(|| Error::Corrupt(supplier.clone()))?;
        references.push((supplier, reference));
    }
    Ok(references)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_found_however_they_are_written() {
        assert_eq!(phone_variants("+46 70-123 45 67"), "46701234567 0701234567 701234567");
        assert_eq!(phone_variants("070-123 45 67"), "0701234567 701234567");
    }
}
