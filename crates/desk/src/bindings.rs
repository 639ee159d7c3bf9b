//! TypeScript declarations of every type that crosses IPC.
//!
//! The generated files are committed under `ui/src/bindings/`, so the UI is type-checked against
//! exactly what Rust sends. `tests/bindings.rs` fails when regenerating them would change
//! anything; `make bindings` rewrites them.

use std::path::PathBuf;

use ts_rs::{Config, ExportError, TS};

use crate::documents::{ExportFormat, Saved};
use crate::lookup::HistoryQuery;
use crate::places::{Field as PlaceField, PlaceHit, PlaceHits};
use crate::pnr::{LeadTimes, Left, Leg, Minutes, NoTransfer, Suggestion};
use crate::profile::{FasttrakSettings, FtbookSettings, ProfileSettings, TboSettings};
use crate::quotes::{Needs, Offer, Offers, Place, SupplierProblem, TripRequest, When};
use crate::rebook::{Rebook, Rebooking};
use crate::request::{BookingRequest, ConnectionInput, InvoiceAddressInput, PassengerInput, ReferenceInput};
use crate::secrets::SecretStoreKind;
use crate::services::{ServiceView, StopView};
use crate::setup::{DeskSettings, ProfileView, SecretStatus};
use crate::view::{
    Attempt, AttemptKind, AttemptState, Booked, BookingView, Event, JournalEvent, SegmentRow, Supplier,
};
use crate::{AppInfo, CommandError, ErrorCode, FaultLine, Language, Profile, Settings};

/// One generated declaration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// File name relative to the bindings directory (`AppInfo.ts`).
    pub file: PathBuf,
    /// The file's whole text.
    pub contents: String,
}

/// The declarations of every IPC type. Add a type here when a command starts to use it.
pub fn all() -> Result<Vec<Binding>, ExportError> {
    let cfg = Config::new().with_large_int("number");
    let mut bindings = vec![
        binding::<AppInfo>(&cfg)?,
        binding::<CommandError>(&cfg)?,
        binding::<ErrorCode>(&cfg)?,
        binding::<Language>(&cfg)?,
        binding::<Profile>(&cfg)?,
        binding::<FaultLine>(&cfg)?,
        binding::<SecretStoreKind>(&cfg)?,
        binding::<Settings>(&cfg)?,
        binding::<Attempt>(&cfg)?,
        binding::<AttemptKind>(&cfg)?,
        binding::<AttemptState>(&cfg)?,
        binding::<BookingView>(&cfg)?,
        binding::<Event>(&cfg)?,
        binding::<JournalEvent>(&cfg)?,
        binding::<HistoryQuery>(&cfg)?,
        binding::<SegmentRow>(&cfg)?,
        binding::<Supplier>(&cfg)?,
        binding::<Booked>(&cfg)?,
        binding::<BookingRequest>(&cfg)?,
        binding::<ConnectionInput>(&cfg)?,
        binding::<InvoiceAddressInput>(&cfg)?,
        binding::<Needs>(&cfg)?,
        binding::<Offer>(&cfg)?,
        binding::<Offers>(&cfg)?,
        binding::<PassengerInput>(&cfg)?,
        binding::<Place>(&cfg)?,
        binding::<PlaceField>(&cfg)?,
        binding::<PlaceHit>(&cfg)?,
        binding::<PlaceHits>(&cfg)?,
        binding::<ReferenceInput>(&cfg)?,
        binding::<SupplierProblem>(&cfg)?,
        binding::<TripRequest>(&cfg)?,
        binding::<When>(&cfg)?,
        binding::<DeskSettings>(&cfg)?,
        binding::<FasttrakSettings>(&cfg)?,
        binding::<FtbookSettings>(&cfg)?,
        binding::<ProfileSettings>(&cfg)?,
        binding::<ProfileView>(&cfg)?,
        binding::<SecretStatus>(&cfg)?,
        binding::<TboSettings>(&cfg)?,
        binding::<ServiceView>(&cfg)?,
        binding::<StopView>(&cfg)?,
        binding::<LeadTimes>(&cfg)?,
        binding::<Minutes>(&cfg)?,
        binding::<Suggestion>(&cfg)?,
        binding::<Leg>(&cfg)?,
        binding::<Left>(&cfg)?,
        binding::<NoTransfer>(&cfg)?,
        binding::<pnr::Pnr>(&cfg)?,
        binding::<pnr::Gds>(&cfg)?,
        binding::<pnr::Passenger>(&cfg)?,
        binding::<pnr::Traveller>(&cfg)?,
        binding::<pnr::Flight>(&cfg)?,
        binding::<pnr::SegmentState>(&cfg)?,
        binding::<pnr::Contact>(&cfg)?,
        binding::<pnr::ContactKind>(&cfg)?,
        binding::<pnr::Remark>(&cfg)?,
        binding::<pnr::Unread>(&cfg)?,
        binding::<pnr::UnreadWhy>(&cfg)?,
        binding::<ExportFormat>(&cfg)?,
        binding::<Saved>(&cfg)?,
        binding::<Rebook>(&cfg)?,
        binding::<Rebooking>(&cfg)?,
    ];
    bindings.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(bindings)
}

fn binding<T: TS + 'static>(cfg: &Config) -> Result<Binding, ExportError> {
    let file = T::output_path().ok_or(ExportError::CannotBeExported(std::any::type_name::<T>()))?;
    Ok(Binding { file, contents: T::export_to_string(cfg)? })
}
