//! A Sabre PNR as its reservation XML (`GetReservationRS`, as Sabre's web services and agency
//! tools hand it out): the record locator and the air segments. The passengers, their contacts
//! and the references are FTBook's to decode (`decode/sabre/pnr`), so the desk asks it; what is
//! read here is what the decode does not give. Namespace prefixes (`stl19:`) are ignored, and an
//! air segment with a part missing is listed as not read, never guessed.
//!
//! ```xml
//! <BookingDetails><RecordLocator>XYZABC</RecordLocator></BookingDetails>
//! <Segment sequence="1"><Air id="5" sequence="1">
//!   <DepartureAirport>ARN</DepartureAirport><ArrivalAirport>LHR</ArrivalAirport>
//!   <MarketingAirline>SK</MarketingAirline><MarketingFlightNumber>0527</MarketingFlightNumber>
//!   <ClassOfService>M</ClassOfService><ActionCode>HK</ActionCode>
//!   <DepartureDateTime>2026-12-10T06:40:00</DepartureDateTime>
//!   <ArrivalDateTime>2026-12-10T08:40:00</ArrivalDateTime>
//! </Air></Segment>
//! ```

use chrono::NaiveDateTime;

use crate::{Flight, Gds, Pnr, Unread, UnreadWhy, airports, mask_card_numbers};

/// Whether pasted text is XML rather than a terminal display.
pub fn is_xml(text: &str) -> bool {
    text.trim_start().starts_with('<')
}

/// What a Sabre reservation XML says of its locator and flights.
pub fn read_sabre_xml(xml: &str) -> Pnr {
    let xml = without_prefixes(xml);
    let mut pnr = Pnr::empty(Gds::Sabre);
    pnr.locator = elements(&xml, "RecordLocator")
        .first()
        .map(|(_, body)| body.trim().to_uppercase())
        .filter(|l| l.len() == 6 && l.chars().all(|c| c.is_ascii_alphanumeric()));
    for (number, (_, air)) in (1u32..).zip(elements(&xml, "Air")) {
        match flight(number, air) {
            Some(flight) => pnr.flights.push(flight),
            None => pnr.unread.push(Unread {
                line: number,
                text: mask_card_numbers(&one_line(air)),
                why: UnreadWhy::FlightIncomplete,
            }),
        }
    }
    pnr
}

fn flight(element: u32, air: &str) -> Option<Flight> {
    let code = |tag: &str| text(air, tag).map(|t| t.to_uppercase()).filter(|t| t.len() == 3);
    let (from, to) = (code("DepartureAirport")?, code("ArrivalAirport")?);
    let airline = text(air, "MarketingAirline").or_else(|| text(air, "MarketingAirlineCode"))?;
    let number = text(air, "MarketingFlightNumber").or_else(|| text(air, "FlightNumber"))?;
    let number = number.trim_start_matches('0');
    if airline.len() != 2 || number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let time = |tag: &str| {
        text(air, tag)
            .and_then(|t| NaiveDateTime::parse_from_str(t.get(..19).unwrap_or(&t), "%Y-%m-%dT%H:%M:%S").ok())
    };
    let (departs, arrives) = (time("DepartureDateTime")?, time("ArrivalDateTime")?);
    let status = text(air, "ActionCode").unwrap_or_default().to_uppercase();
    Some(Flight {
        element,
        number: format!("{}{number}", airline.to_uppercase()),
        class: text(air, "ClassOfService").unwrap_or_default(),
        state: crate::air::state(&status),
        status,
        departs_at: airports::at(&from, departs),
        arrives_at: airports::at(&to, arrives),
        from,
        to,
        departs,
        arrives,
        airline_locator: text(air, "AirlineRefId").or_else(|| text(air, "SupplierRef")),
    })
}

/// An element's text on one line, its tags gone (what the agent is shown of it).
fn one_line(xml: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<stl19:Air>` read as `<Air>`.
fn without_prefixes(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let start = if rest.starts_with("</") { 2 } else { 1 };
        let end = rest[start..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .map_or(rest.len(), |i| i + start);
        let name = &rest[start..end];
        out.push_str(&rest[..start]);
        out.push_str(name.rsplit_once(':').map_or(name, |(_, local)| local));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Every `<tag ...>body</tag>` in `xml`: its attributes and its body.
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        if !after.starts_with([' ', '>', '\n', '\t', '\r']) {
            rest = after;
            continue;
        }
        let Some(head) = after.find('>') else { break };
        let body = &after[head + 1..];
        let Some(end) = body.find(&close) else { break };
        found.push((&after[..head], &body[..end]));
        rest = &body[end + close.len()..];
    }
    found
}

fn text(xml: &str, tag: &str) -> Option<String> {
    let body = elements(xml, tag).into_iter().next()?.1.trim();
    let text = body
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SegmentState;

    const RESERVATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<stl19:GetReservationRS xmlns:stl19="http://webservices.sabre.com/pnrbuilder/v1_19" Version="1.19.0">
  <stl19:Reservation>
    <stl19:BookingDetails><stl19:RecordLocator>xyzabc</stl19:RecordLocator></stl19:BookingDetails>
    <stl19:PassengerReservation>
      <stl19:Passengers><stl19:Passenger id="3" nameType="S">
        <stl19:LastName>ÖBERG</stl19:LastName><stl19:FirstName>KARIN MRS</stl19:FirstName>
      </stl19:Passenger></stl19:Passengers>
      <stl19:Segments>
        <stl19:Segment sequence="1"><stl19:Air id="5" sequence="1">
          <stl19:DepartureAirport>ARN</stl19:DepartureAirport><stl19:ArrivalAirport>LHR</stl19:ArrivalAirport>
          <stl19:MarketingAirline>SK</stl19:MarketingAirline><stl19:MarketingFlightNumber>0527</stl19:MarketingFlightNumber>
          <stl19:ClassOfService>M</stl19:ClassOfService><stl19:ActionCode>HK</stl19:ActionCode>
          <stl19:DepartureDateTime>2026-12-10T06:40:00</stl19:DepartureDateTime>
          <stl19:ArrivalDateTime>2026-12-10T08:40:00</stl19:ArrivalDateTime>
        </stl19:Air></stl19:Segment>
        <stl19:Segment sequence="2"><stl19:Air id="6" sequence="2">
          <stl19:DepartureAirport>LHR</stl19:DepartureAirport><stl19:ArrivalAirport>ARN</stl19:ArrivalAirport>
          <stl19:MarketingAirline>SK</stl19:MarketingAirline><stl19:MarketingFlightNumber>530</stl19:MarketingFlightNumber>
          <stl19:ClassOfService>M</stl19:ClassOfService><stl19:ActionCode>HL</stl19:ActionCode>
          <stl19:DepartureDateTime>2026-12-14T17:00:00</stl19:DepartureDateTime>
          <stl19:ArrivalDateTime>2026-12-14T20:35:00</stl19:ArrivalDateTime>
        </stl19:Air></stl19:Segment>
        <stl19:Segment sequence="3"><stl19:Air id="7" sequence="3">
          <stl19:DepartureAirport>ARN</stl19:DepartureAirport><stl19:MarketingAirline>SK</stl19:MarketingAirline>
        </stl19:Air></stl19:Segment>
      </stl19:Segments>
    </stl19:PassengerReservation>
  </stl19:Reservation>
</stl19:GetReservationRS>"#;

    #[test]
    fn the_locator_and_the_flights_are_read_and_a_broken_segment_is_listed() {
        assert!(is_xml(RESERVATION) && !is_xml("  1.OBERG/KARIN MRS"));
        let pnr = read_sabre_xml(RESERVATION);
        assert_eq!(pnr.gds, Gds::Sabre);
        assert_eq!(pnr.locator.as_deref(), Some("XYZABC"));
        assert!(pnr.passengers.is_empty(), "the passengers are FTBook's decode's");
        let flights: Vec<_> = pnr
            .flights
            .iter()
            .map(|f| {
                (
                    f.number.as_str(),
                    f.from.as_str(),
                    f.to.as_str(),
                    f.state,
                    f.departs_at.map(|t| t.to_rfc3339()),
                )
            })
            .collect();
        assert_eq!(
            flights,
            [
                (
                    "SK527",
                    "ARN",
                    "LHR",
                    SegmentState::Confirmed,
                    Some("2026-12-10T06:40:00+01:00".to_owned())
                ),
                ("SK530", "LHR", "ARN", SegmentState::Waiting, Some("2026-12-14T17:00:00+00:00".to_owned())),
            ]
        );
        assert_eq!(
            pnr.flights[1].arrives_at.map(|t| t.to_rfc3339()).as_deref(),
            Some("2026-12-14T20:35:00+01:00")
        );
        assert_eq!(pnr.unread.len(), 1);
        assert_eq!(
            (pnr.unread[0].line, pnr.unread[0].why, pnr.unread[0].text.as_str()),
            (3, UnreadWhy::FlightIncomplete, "ARN SK")
        );
    }

    #[test]
    fn xml_without_a_reservation_reads_as_nothing() {
        let pnr = read_sabre_xml("<Other><Thing>1</Thing></Other>");
        assert_eq!((pnr.locator, pnr.flights.len(), pnr.unread.len()), (None, 0, 0));
    }
}
