//! The FTBook sandbox's bookings and segments, in memory and, with a state file, on disk.
//!
//! Records are kept as the JSON the sandbox answered with, so a look-up returns exactly what
//! creation returned. The file is rewritten whole after each change, through a temporary file
//! and a rename, so a crash leaves the old state or the new one, never half of each.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Everything the FTBook sandbox remembers.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Store {
    /// Serial number of the last booking (its reference is the year and this, 13 digits).
    last_booking: u64,
    /// Serial number of the last segment (`R` and 9 digits).
    last_segment: u64,
    /// Serial number of the last account request.
    last_account_request: u64,
    /// Bookings by reference.
    bookings: BTreeMap<String, Value>,
    /// Segments by ftresid, each with its `bookingReference`.
    segments: BTreeMap<String, Value>,
    #[serde(skip)]
    file: Option<PathBuf>,
}

impl Store {
    /// An empty store kept only in memory.
    pub fn in_memory() -> Self {
        Store::default()
    }

    /// The store in `file`, created empty when the file does not exist yet.
    pub fn open(file: &Path) -> anyhow::Result<Self> {
        let mut store: Store = crate::state_file::read(file)?;
        store.file = Some(file.to_owned());
        Ok(store)
    }

    /// Writes the store to its file, if it has one.
    pub fn save(&self) -> std::io::Result<()> {
        let Some(file) = &self.file else { return Ok(()) };
        crate::state_file::write(file, self)
    }

    /// A new booking reference: the year and a serial, 13 digits (`2026000000001`).
    pub fn next_booking_reference(&mut self, year: i32) -> String {
        self.last_booking += 1;
        format!("{year}{:09}", self.last_booking)
    }

    /// A new ftresid: `R` and 9 digits (`R000000001`).
    pub fn next_ftresid(&mut self) -> String {
        self.last_segment += 1;
        format!("R{:09}", self.last_segment)
    }

    /// A new account request id.
    pub fn next_account_request(&mut self) -> u64 {
        self.last_account_request += 1;
        self.last_account_request
    }

    /// A booking by reference.
    pub fn booking(&self, reference: &str) -> Option<&Value> {
        self.bookings.get(reference)
    }

    /// Keeps a booking.
    pub fn put_booking(&mut self, reference: String, booking: Value) {
        self.bookings.insert(reference, booking);
    }

    /// A booking by an identity (`SABRE`, `XYZ123`), case-insensitively.
    pub fn booking_by_identity(&self, system: &str, number: &str) -> Option<&Value> {
        self.bookings_by_identity(system, number).into_iter().next()
    }

    /// Every booking under a GDS locator, oldest first: one PNR often holds the outbound and the
    /// return trip as two bookings.
    pub fn bookings_by_identity(&self, system: &str, number: &str) -> Vec<&Value> {
        self.bookings
            .values()
            .filter(|booking| {
                booking["identities"].as_array().is_some_and(|ids| {
                    ids.iter().any(|id| {
                        id["system"].as_str().is_some_and(|s| s.eq_ignore_ascii_case(system))
                            && id["number"].as_str().is_some_and(|n| n.eq_ignore_ascii_case(number))
                    })
                })
            })
            .collect()
    }

    /// A segment by ftresid.
    pub fn segment(&self, ftresid: &str) -> Option<&Value> {
        self.segments.get(ftresid)
    }

    /// A segment to change.
    pub fn segment_mut(&mut self, ftresid: &str) -> Option<&mut Value> {
        self.segments.get_mut(ftresid)
    }

    /// Keeps a segment.
    pub fn put_segment(&mut self, ftresid: String, segment: Value) {
        self.segments.insert(ftresid, segment);
    }

    /// The segments of a booking, oldest first.
    pub fn segments_of(&self, reference: &str) -> Vec<&Value> {
        self.segments.values().filter(|s| s["bookingReference"] == reference).collect()
    }

    /// Every segment, oldest first.
    pub fn segments(&self) -> impl Iterator<Item = &Value> {
        self.segments.values()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn references_are_shaped_like_ftbooks() {
        let mut store = Store::in_memory();
        assert_eq!(store.next_booking_reference(2014), "2014000000001");
        assert_eq!(store.next_ftresid(), "R000000001");
        assert_eq!(store.next_booking_reference(2014).len(), 13, "bookingReference is at most 13");
        assert_eq!(store.next_ftresid().len(), 10, "ftresid is at most 10");
    }

    #[test]
    fn a_state_file_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ftbook.json");
        {
            let mut store = Store::open(&file).unwrap();
            let reference = store.next_booking_reference(2026);
            store.put_booking(reference.clone(), json!({"bookingReference": reference}));
            store.save().unwrap();
        }
        let mut again = Store::open(&file).unwrap();
        assert!(again.booking("2026000000001").is_some(), "the booking must survive");
        assert_eq!(again.next_booking_reference(2026), "2026000000002", "numbering goes on");
        assert!(!file.with_extension("tmp").exists(), "no temporary file is left behind");
    }

    #[test]
    fn a_damaged_state_file_is_reported_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ftbook.json");
        std::fs::write(&file, b"{ truncated").unwrap();
        let error = Store::open(&file).unwrap_err().to_string();
        assert!(error.contains("damaged"), "{error}");
        assert_eq!(std::fs::read(&file).unwrap(), b"{ truncated", "the file is left for a person to look at");
    }
}
