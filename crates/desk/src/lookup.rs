//! History search as the agent's screen asks for it: the text typed so far and the filters.

use chrono::{Local, NaiveDate, TimeZone, Utc};
use history::{BookingView, Filter, SegmentRow};

use crate::view::Supplier;
use serde::Deserialize;
use ts_rs::TS;

use crate::{Core, Error, Result};

/// A history search.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryQuery {
    /// What the agent typed: names, references, locators, addresses, flights, phones.
    #[serde(default)]
    pub text: String,
    /// Only this supplier.
    #[serde(default)]
    #[ts(optional)]
    pub supplier: Option<Supplier>,
    /// Only this state: `confirmed`, `booked`, `cancelled` (whichever supplier's word for it), or
    /// a supplier's own status code.
    #[serde(default)]
    #[ts(optional)]
    pub status: Option<String>,
    /// Pickups from this day (`2026-12-01`, the agent's local day).
    #[serde(default)]
    #[ts(optional)]
    pub from: Option<String>,
    /// Pickups until this day, inclusive.
    #[serde(default)]
    #[ts(optional)]
    pub until: Option<String>,
    /// At most this many rows (50 when not given, 500 at most).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
}

fn day(text: &str, field: &str) -> Result<chrono::DateTime<Utc>> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| Error::Invalid {
        said: crate::error::Said::new("desk-not-a-date").with("text", text),
        field: Some(field.into()),
    })?;
    let midnight = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    Ok(Local
        .from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc)))
}

impl Core {
    /// Searches the local history (works offline), newest first.
    pub fn search_history(&self, query: &HistoryQuery) -> Result<Vec<SegmentRow>> {
        let filter = Filter {
            from: query
                .from
                .as_deref()
                .filter(|d| !d.is_empty())
                .map(|d| day(d, "history.from"))
                .transpose()?,
            until: query
                .until
                .as_deref()
                .filter(|d| !d.is_empty())
                .map(|d| day(d, "history.until").map(|t| t + chrono::TimeDelta::days(1)))
                .transpose()?,
            supplier: query.supplier.map(history::Supplier::from),
            statuses: history::state_statuses(query.status.as_deref().unwrap_or_default()),
        };
        let limit = query.limit.unwrap_or(50).clamp(1, 500) as usize;
        Ok(self.db(|h| h.search(self.profile.name(), &query.text, &filter, limit))?)
    }

    /// A booking from the local history, by any of its references.
    pub fn booking(&self, reference: &str) -> Result<Option<BookingView>> {
        Ok(self.db(|h| h.booking(self.profile.name(), reference.trim()))?)
    }

    /// A booking's page: the booking by any of its references, or an error on the reference
    /// field saying the history does not have it.
    pub fn booking_page(&self, reference: &str) -> Result<BookingView> {
        self.booking(reference)?.ok_or_else(|| Error::Validation {
            message: i18n::text(
                self.language(),
                "desk-not-in-history",
                &[("reference", reference.trim().to_owned())],
            ),
            field: Some("reference".into()),
        })
    }
}
