//! Supplier objects as history records: the columns the app queries, beside the whole reply.

use chrono::{DateTime, FixedOffset};
use history::{BookingRecord, SegmentRecord, Supplier};
use serde_json::Value;

/// A street or terminal on one line: `Drottningholmsvägen 37, Kungsholmen (Stockholm)`.
pub fn place(node: Option<&ftbook::model::Node>) -> Option<String> {
    let street = node?.street.as_ref()?;
    let mut text = street.name.clone().unwrap_or_default();
    if let Some(number) = street.number {
        text += &format!(" {number}{}", street.letter.as_deref().unwrap_or(""));
    }
    if let Some(location) = street.location.as_ref().and_then(|l| l.name.as_deref())
        && !text.contains(location)
    {
        text = if text.is_empty() { location.to_owned() } else { format!("{text}, {location}") };
    }
    (!text.is_empty()).then_some(text)
}

/// The status recorded for an FTBook segment that FTBook gave none. `status` is optional in the
/// documentation, and its own createSegment reply leaves it out; FTBook calls a segment on hold
/// only when it says `PENDING`, so a segment it created without saying is booked.
pub const BOOKED: &str = "BOOKED";

/// The status word of an FTBook segment: `CANCELLED`, FTBook's own, or [`BOOKED`].
fn ftbook_status(segment: &ftbook::model::Segment) -> String {
    if segment.cancelled {
        "CANCELLED".into()
    } else {
        segment.status.as_ref().map_or_else(|| BOOKED.into(), |s| s.as_str().to_owned())
    }
}

/// An FTBook segment as a history row.
pub fn ftbook_segment(segment: &ftbook::model::Segment) -> SegmentRecord {
    let passenger = &segment.passenger;
    let name = [passenger.first_name.trim(), passenger.last_name.trim()].join(" ").trim().to_owned();
    SegmentRecord {
        segment_ref: segment.ftresid.clone().unwrap_or_default(),
        status: ftbook_status(segment),
        cancelled: segment.cancelled,
        passenger: name,
        phone: Some(passenger.phone.clone()).filter(|p| !p.is_empty()),
        email: passenger.email.clone(),
        pickup_time: segment.start_node.time,
        pickup_place: place(Some(&segment.start_node)),
        dropoff_place: place(segment.end_node.as_ref()),
        flight: segment.connection.as_ref().map(|c| c.number.clone()),
        product: segment.product.name.clone().unwrap_or_else(|| segment.product.code.clone()),
        price: segment.customer_price.as_ref().map(|p| p.including_vat),
        currency: segment.customer_price.as_ref().map(|p| p.currency_code.clone()),
        latest_cancel_time: segment.latest_cancel_time,
        references: segment.references.iter().map(|r| r.value.clone()).collect(),
        reply: serde_json::to_value(segment).unwrap_or(Value::Null),
    }
}

/// An FTBook booking (with the segments known so far) as history records.
pub fn ftbook_booking(
    profile: &str,
    booking: &ftbook::model::Booking,
    segments: &[ftbook::model::Segment],
) -> (BookingRecord, Vec<SegmentRecord>) {
    let locator = |system: &str| {
        booking.identities.iter().find(|i| i.system.eq_ignore_ascii_case(system)).map(|i| i.number.clone())
    };
    // A booking is cancelled when all its trips are; on hold while any open trip is; else its
    // open trips' status.
    let open: Vec<String> = segments.iter().filter(|s| !s.cancelled).map(ftbook_status).collect();
    let status = if segments.is_empty() {
        BOOKED.to_owned()
    } else if open.is_empty() {
        "CANCELLED".to_owned()
    } else if open.iter().any(|s| s == "PENDING") {
        "PENDING".to_owned()
    } else {
        open[0].clone()
    };
    let record = BookingRecord {
        profile: profile.into(),
        supplier: Supplier::Ftbook,
        reference: booking.booking_reference.clone().unwrap_or_default(),
        amadeus: locator("AMADEUS"),
        sabre: locator("SABRE"),
        status,
        reply: serde_json::to_value(booking).unwrap_or(Value::Null),
    };
    (record, segments.iter().map(ftbook_segment).collect())
}

/// A FASTTRAK location on one line.
fn fasttrak_place(location: Option<&fasttrak::model::Location>) -> Option<String> {
    let location = location?;
    if let Some(address) = &location.address
        && let Some(text) = address.display_address.clone().or_else(|| address.street1.clone())
    {
        return Some(text);
    }
    location.airport_airline_flight_info.as_ref().and_then(|f| f.airport_code.clone())
}

/// A FASTTRAK reservation as history records: one booking with one segment, both named by the
/// reservation id. Its times are the operator's local time in `zone` (summer time included).
pub fn fasttrak_reservation(
    profile: &str,
    reservation: &fasttrak::model::Reservation,
    currency: &str,
    zone: chrono_tz::Tz,
) -> (BookingRecord, Vec<SegmentRecord>) {
    let reference = reservation.reservation_id.to_string();
    let status = reservation.reservation_status.as_str().to_owned();
    // The reply is kept for display. Its amounts pass through serde_json's Value as the JSON
    // numbers they are on the wire; the amount the app uses is the exact `price` column.
    let reply = serde_json::to_string(reservation).ok().and_then(|text| serde_json::from_str(&text).ok());
    let reply = reply.unwrap_or(Value::Null);
    let pickup_time: Option<DateTime<FixedOffset>> = reservation
        .scheduled_pickup_time
        .and_then(|t| t.and_local_timezone(zone).earliest())
        .map(|t| t.fixed_offset());
    let flight = [&reservation.from_location, &reservation.to_location]
        .into_iter()
        .flatten()
        .filter_map(|l| l.airport_airline_flight_info.as_ref())
        .find_map(|f| Some(format!("{}{}", f.airline_code.clone()?, f.flight_number.clone()?)));
    let passenger = reservation.primary_passenger.clone().unwrap_or_default();
    let segment = SegmentRecord {
        segment_ref: reference.clone(),
        status: status.clone(),
        cancelled: reservation.reservation_status == fasttrak::model::ReservationStatus::Cancelled,
        passenger: passenger.name,
        phone: passenger.phone_number,
        email: passenger.email_address,
        pickup_time,
        pickup_place: fasttrak_place(reservation.from_location.as_ref()),
        dropoff_place: fasttrak_place(reservation.to_location.as_ref()),
        flight,
        product: reservation
            .vehicle_type_summary
            .as_ref()
            .map(|v| v.vehicle_type_name.clone())
            .unwrap_or_default(),
        price: reservation.total_charges.or(reservation.pricing_information.as_ref().map(|p| p.total_charge)),
        currency: Some(currency.to_owned()),
        latest_cancel_time: None,
        references: [reservation.reference_po.clone(), reservation.cost_code.clone()]
            .into_iter()
            .flatten()
            .collect(),
        reply: reply.clone(),
    };
    let record = BookingRecord {
        profile: profile.into(),
        supplier: Supplier::Fasttrak,
        reference,
        amadeus: None,
        sabre: None,
        status,
        reply,
    };
    (record, vec![segment])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed's own createSegment reply: it has no `status`.
    fn seed_reply() -> ftbook::model::Segment {
        serde_json::from_value(serde_json::json!({
            "cancelled": false, "ftresid": "R000000048", "bookingReference": "2014000000058",
            "clientName": "FLYGTAXI Test Client",
            "passenger": {"firstName": "Mikael", "lastName": "Kjellström", "phone": "0730123456"},
            "product": {"code": "VTAX", "name": "Egen TAXI"},
            "startNode": {"time": "2014-04-30T07:30:00+02:00"},
            "latestCancelTime": "2014-04-30T06:40:00+02:00"
        }))
        .unwrap()
    }

    #[test]
    fn a_segment_ftbook_gave_no_status_is_booked_not_on_hold() {
        let segment = seed_reply();
        assert!(segment.status.is_none(), "the seed's reply has no status");
        assert_eq!(ftbook_segment(&segment).status, BOOKED, "PENDING would mean on hold, not sent");
        let booking =
            ftbook::model::Booking { booking_reference: Some("2014000000058".into()), ..Default::default() };
        let (record, _) = ftbook_booking("sandbox", &booking, std::slice::from_ref(&segment));
        assert_eq!(record.status, BOOKED);

        let mut pending = segment.clone();
        pending.status = Some(ftbook::model::SegmentStatus::Pending);
        assert_eq!(ftbook_segment(&pending).status, "PENDING", "FTBook's own word is kept");
        let (record, _) = ftbook_booking("sandbox", &booking, &[segment.clone(), pending]);
        assert_eq!(record.status, "PENDING", "a booking with a trip on hold is on hold");

        let mut cancelled = segment;
        cancelled.cancelled = true;
        let (record, _) = ftbook_booking("sandbox", &booking, &[cancelled]);
        assert_eq!(record.status, "CANCELLED");
    }
}
