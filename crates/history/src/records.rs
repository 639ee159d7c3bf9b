//! Bookings and their segments: what is stored, and what a look-up returns.

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{OptionalExtension, Row, params};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::journal::Attempt;
use crate::redact::mask_foids;
use crate::{Error, History, Result, now};

/// Which supplier a row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Supplier {
    /// Flygtaxi / Sverigetaxi.
    Ftbook,
    /// A FASTTRAK operator.
    Fasttrak,
}

impl Supplier {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Supplier::Ftbook => "ftbook",
            Supplier::Fasttrak => "fasttrak",
        }
    }

    /// From what is stored.
    pub fn parse(text: &str) -> Option<Supplier> {
        match text {
            "ftbook" => Some(Supplier::Ftbook),
            "fasttrak" => Some(Supplier::Fasttrak),
            _ => None,
        }
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
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
    #[ts(type = "unknown")]
    pub reply: Value,
    /// When it was first stored.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// A booking with everything known about it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
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
    #[ts(type = "unknown")]
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

pub(crate) const SEGMENT_COLUMNS: &str = "s.id, b.profile, b.supplier, b.reference, b.amadeus, b.sabre, \
    s.segment_ref, s.status, s.cancelled, s.passenger, s.phone, s.email, s.pickup_time, s.pickup_place, \
    s.dropoff_place, s.flight, s.product, s.price, s.currency, s.latest_cancel_time, s.reply, s.created_at, \
    s.updated_at";

pub(crate) fn segment_row(row: &Row<'_>) -> rusqlite::Result<SegmentRow> {
    let supplier: String = row.get(2)?;
    let reply: String = row.get(20)?;
    Ok(SegmentRow {
        id: row.get(0)?,
        profile: row.get(1)?,
        supplier: Supplier::parse(&supplier).unwrap_or(Supplier::Ftbook),
        booking_reference: row.get(3)?,
        amadeus: row.get(4)?,
        sabre: row.get(5)?,
        segment_ref: row.get(6)?,
        status: row.get(7)?,
        cancelled: row.get(8)?,
        passenger: row.get(9)?,
        phone: row.get(10)?,
        email: row.get(11)?,
        pickup_time: row.get(12)?,
        pickup_place: row.get(13)?,
        dropoff_place: row.get(14)?,
        flight: row.get(15)?,
        product: row.get(16)?,
        price: row.get(17)?,
        currency: row.get(18)?,
        latest_cancel_time: row.get(19)?,
        reply: serde_json::from_str(&reply).unwrap_or(Value::Null),
        created_at: row.get(21)?,
        updated_at: row.get(22)?,
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

impl History {
    /// Stores a booking and its segments in one transaction; FOIDs are masked first. Returns the
    /// booking's row id.
    pub fn save_booking(&self, booking: &BookingRecord, segments: &[SegmentRecord]) -> Result<i64> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let id = save(&tx, booking, segments)?;
        tx.commit()?;
        Ok(id)
    }

    /// Stores many bookings in one transaction (a sync of all recent bookings, an import).
    pub fn save_bookings(&self, bookings: &[(BookingRecord, Vec<SegmentRecord>)]) -> Result<()> {
        let mut db = self.db();
        let tx = db.transaction()?;
        for (booking, segments) in bookings {
            save(&tx, booking, segments)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A booking by its reference, one of its segments' references, or a GDS locator, exactly.
    pub fn booking(&self, profile: &str, reference: &str) -> Result<Option<BookingView>> {
        let db = self.db();
        let found = db
            .query_row(
                "SELECT b.id, b.profile, b.supplier, b.reference, b.amadeus, b.sabre, b.status, b.reply,
                        b.created_at, b.updated_at
                 FROM bookings b
                 WHERE b.profile = ?1 AND (b.reference = ?2 OR b.amadeus = ?2 OR b.sabre = ?2
                    OR b.id IN (SELECT booking_id FROM segments WHERE segment_ref = ?2))
                 ORDER BY b.id DESC LIMIT 1",
                params![profile, reference],
                |row| {
                    let supplier: String = row.get(2)?;
                    let reply: String = row.get(7)?;
                    Ok((
                        row.get::<_, i64>(0)?,
                        BookingView {
                            profile: row.get(1)?,
                            supplier: Supplier::parse(&supplier).unwrap_or(Supplier::Ftbook),
                            reference: row.get(3)?,
                            amadeus: row.get(4)?,
                            sabre: row.get(5)?,
                            status: row.get(6)?,
                            reply: serde_json::from_str(&reply).unwrap_or(Value::Null),
                            segments: Vec::new(),
                            attempts: Vec::new(),
                            created_at: row.get(8)?,
                            updated_at: row.get(9)?,
                        },
                    ))
                },
            )
            .optional()?;
        let Some((id, mut view)) = found else { return Ok(None) };
        let mut statement =
            db.prepare(&format!("SELECT {SEGMENT_COLUMNS} FROM segments s JOIN bookings b ON b.id = s.booking_id WHERE s.booking_id = ?1 ORDER BY s.id"))?;
        view.segments = statement.query_map([id], segment_row)?.collect::<rusqlite::Result<_>>()?;
        drop(statement);
        drop(db);
        view.attempts = self.attempts_for(profile, view.supplier, &view.reference)?;
        Ok(Some(view))
    }

    /// One segment by its reference.
    pub fn segment(&self, profile: &str, segment_ref: &str) -> Result<Option<SegmentRow>> {
        let db = self.db();
        let sql = format!(
            "SELECT {SEGMENT_COLUMNS} FROM segments s JOIN bookings b ON b.id = s.booking_id
             WHERE b.profile = ?1 AND s.segment_ref = ?2 ORDER BY s.id DESC LIMIT 1"
        );
        Ok(db.query_row(&sql, params![profile, segment_ref], segment_row).optional()?)
    }

    /// References of bookings with a pickup from `since` on (for "sync all recent").
    pub fn recent_references(&self, profile: &str, since: DateTime<Utc>) -> Result<Vec<(Supplier, String)>> {
        let db = self.db();
        let mut statement = db.prepare(
            "SELECT DISTINCT b.supplier, b.reference FROM bookings b JOIN segments s ON s.booking_id = b.id
             WHERE b.profile = ?1 AND (s.pickup_utc IS NULL OR s.pickup_utc >= ?2) ORDER BY b.id DESC",
        )?;
        let rows = statement.query_map(params![profile, since.to_rfc3339()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut references = Vec::new();
        for row in rows {
            let (supplier, reference) = row?;
            let supplier = Supplier::parse(&supplier).ok_or_else(|| Error::Corrupt(supplier.clone()))?;
            references.push((supplier, reference));
        }
        Ok(references)
    }

    /// Notes a refresh from a supplier: `ok`, `offline` or `failed`.
    pub fn log_sync(
        &self,
        profile: &str,
        supplier: Supplier,
        scope: &str,
        outcome: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        self.db().execute(
            "INSERT INTO sync_log (at, profile, supplier, scope, outcome, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![now(), profile, supplier.as_str(), scope, outcome, detail],
        )?;
        Ok(())
    }

    /// The last sync's time and outcome for a profile, if any.
    pub fn last_sync(&self, profile: &str) -> Result<Option<(String, String)>> {
        Ok(self
            .db()
            .query_row(
                "SELECT at, outcome FROM sync_log WHERE profile = ?1 ORDER BY id DESC LIMIT 1",
                [profile],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?)
    }
}

/// Writes one booking and its segments inside `tx`.
pub(crate) fn save(
    tx: &rusqlite::Transaction<'_>,
    booking: &BookingRecord,
    segments: &[SegmentRecord],
) -> Result<i64> {
    let at = now();
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
            at
        ],
    )?;
    let booking_id: i64 = tx.query_row(
        "SELECT id FROM bookings WHERE profile = ?1 AND supplier = ?2 AND reference = ?3",
        params![booking.profile, booking.supplier.as_str(), booking.reference],
        |row| row.get(0),
    )?;
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
    Ok(booking_id)
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
