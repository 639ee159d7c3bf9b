//! The documented rules a create call must pass, checked before it leaves the machine.
//!
//! Each check yields the fault code the server would answer with, so a bad value gets the same
//! clear sentence at once, tied to its field, and nothing is sent. Lengths count characters, not
//! bytes (`Öberg` is five). Rules the documentation states without a fault code (prices) use our
//! local codes (see `catalogue::FIRST_LOCAL_CODE`).

use chrono::Duration;
use rust_decimal::Decimal;

use crate::catalogue;
use crate::model::{
    AccountDebitMethod, AccountRequest, Booking, Complete, Connection, DebitMethod, Passenger, Price,
    Product, Reference, SabreXmlRequest, Segment,
};
use crate::{Fault, model::Time};

/// How far from now a booking date may be before it is "too far in the past/future" (1105,
/// 1106). The documentation gives no figure; a day allows for clock skew and time zones.
const BOOKING_DATE_TOLERANCE: Duration = Duration::hours(24);

/// Card types a FOID may start with: `CC` followed by the type.
pub const FOID_CARD_TYPES: [&str; 10] = ["CC", "AX", "CA", "CO", "DC", "EC", "IC", "MC", "ST", "VI"];

/// Characters a passenger's phone number may hold.
const PHONE_CHARACTERS: &str = "+0123456789() -";

/// Collects the faults of one object.
#[derive(Default)]
struct Check {
    faults: Vec<Fault>,
}

impl Check {
    fn fault(&mut self, code: i32) {
        // For the log; the agent reads the code's message (`locales/*/ftbook.ftl`).
        let message = match catalogue::field(code) {
            Some(field) => format!("{field} breaks a documented rule"),
            None => "a documented rule is broken".to_owned(),
        };
        self.faults.push(Fault::new(code, message));
    }

    fn when(&mut self, failed: bool, code: i32) {
        if failed {
            self.fault(code);
        }
    }

    /// A required text: `empty` when blank, `invalid` when outside `min..=max` characters.
    fn required(&mut self, value: &str, empty: i32, invalid: i32, min: usize, max: usize) {
        if value.trim().is_empty() {
            self.fault(empty);
        } else {
            self.when(!length_in(value, min, max), invalid);
        }
    }

    /// An optional text: `invalid` when given but blank or outside `min..=max` characters.
    fn optional(&mut self, value: Option<&str>, invalid: i32, min: usize, max: usize) {
        if let Some(value) = value {
            self.when(value.trim().is_empty() || !length_in(value, min, max), invalid);
        }
    }

    fn done(self) -> Result<(), Vec<Fault>> {
        if self.faults.is_empty() { Ok(()) } else { Err(self.faults) }
    }
}

fn length_in(value: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&value.chars().count())
}

/// Whether `value` looks like an e-mail address: text, one `@`, a domain with a dot.
pub fn is_email(value: &str) -> bool {
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Whether `value` is a phone number FTBook accepts: 5–64 of the characters `+0-9() -`, with
/// at least one digit.
pub fn is_phone(value: &str) -> bool {
    length_in(value, 5, 64)
        && value.chars().all(|c| PHONE_CHARACTERS.contains(c))
        && value.chars().any(|c| c.is_ascii_digit())
}

/// Whether `value` is a FOID: `CC`, a card type, and the card number (digits, or `X` where
/// masked), 14–32 characters in all.
pub fn is_foid(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("CC") else {
        return false;
    };
    let card_type_known = FOID_CARD_TYPES.iter().any(|card_type| rest.starts_with(card_type));
    let number = rest.get(2..).unwrap_or_default();
    length_in(value, 14, 32)
        && card_type_known
        && number.chars().any(|c| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || c == 'X')
}

/// Masks the card number of a FOID as PCI DSS allows: the first 6 and last 4 digits stay, the
/// rest become `X` (`CCVI1234567890123456` → `CCVI123456XXXXXX3456`). Anything that is not a
/// FOID is masked whole but for its last 4 characters, so nothing card-like is ever kept.
pub fn mask_foid(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let mask_from_to = |start: usize, keep_tail: usize| -> String {
        chars
            .iter()
            .enumerate()
            .map(|(i, c)| if i >= start && i + keep_tail < chars.len() { 'X' } else { *c })
            .collect()
    };
    if value.starts_with("CC") && chars.len() >= 4 + 10 {
        mask_from_to(4 + 6, 4)
    } else {
        mask_from_to(0, 4.min(chars.len() / 2))
    }
}

/// A booking before `create_booking`. `now` is injected so tests can fix the clock.
pub fn booking(booking: &Booking, now: Time) -> Result<(), Vec<Fault>> {
    let mut check = Check::default();
    check.when(booking.booking_reference.is_some(), 1103);
    match booking.booking_date {
        None => check.fault(1104),
        Some(date) => {
            check.when(date < now - BOOKING_DATE_TOLERANCE, 1105);
            check.when(date > now + BOOKING_DATE_TOLERANCE, 1106);
        }
    }
    check.optional(booking.comment.as_deref(), 1107, 1, 256);
    check.required(&booking.agency_office_id, 1110, 1111, 1, 32);
    check.optional(booking.agency_iata_number.as_deref(), 1112, 1, 32);
    check.optional(booking.agency_customer_id.as_deref(), 1113, 1, 32);
    match &booking.debit_method {
        None => check.fault(1114),
        Some(DebitMethod::Other(text)) if text.trim().is_empty() => check.fault(1114),
        Some(method) => check.when(!method.is_known(), 1115),
    }
    let needs_reference =
        matches!(booking.debit_method, Some(DebitMethod::AgentCustomer | DebitMethod::FlygtaxiCustomer));
    match booking.debit_reference.as_deref() {
        None if needs_reference => check.fault(1116),
        reference => check.optional(reference, 1117, 1, 32),
    }
    match &booking.invoice_address {
        None => check.when(booking.debit_method == Some(DebitMethod::Invoice), 1120),
        Some(address) => {
            check.required(address.name.as_deref().unwrap_or_default(), 1121, 1122, 2, 64);
            check.required(address.address1.as_deref().unwrap_or_default(), 1123, 1124, 1, 64);
            check.optional(address.address2.as_deref(), 1125, 1, 64);
            check.required(address.zip_code.as_deref().unwrap_or_default(), 1126, 1127, 1, 64);
            check.required(address.city.as_deref().unwrap_or_default(), 1128, 1129, 1, 64);
            check.optional(address.state.as_deref(), 1130, 1, 64);
            let country = address.country_code.as_deref().unwrap_or_default();
            check.required(country, 1131, 1132, 2, 32);
            check.when(!country.is_empty() && !country.chars().all(|c| c.is_ascii_uppercase()), 1132);
            if let Some(email) = address.email.as_deref() {
                check.when(!length_in(email, 2, 64) || !is_email(email), 1133);
            }
        }
    }
    if let Some(update) = &booking.amadeus_update {
        match update.suffix.as_str() {
            "" => check.fault(1142),
            _ => check.when(!update.suffix.is_known(), 1143),
        }
        let has_amadeus = booking.identities.iter().any(|id| id.system.eq_ignore_ascii_case("AMADEUS"));
        check.when(!has_amadeus, 1144);
    }
    check.done()
}

/// A segment before `create_segment`. `offered` is the product as availability described it
/// (its requirement flags); without it only the segment's own fields are checked.
pub fn segment(segment: &Segment, offered: Option<&Product>) -> Result<(), Vec<Fault>> {
    let mut check = Check::default();
    check.optional(segment.comment.as_deref(), 1202, 1, 256);
    check.when(segment.start_node.street.is_none(), 1210);
    check.when(segment.cancelled, 1230);
    check.when(segment.ftresid.is_some(), 1231);
    check.when(segment.booking_date.is_none(), 1232);
    check.optional(segment.info_to_driver.as_deref(), 1233, 1, 256);
    passenger(&mut check, &segment.passenger, offered);
    product(&mut check, &segment.product);
    if let Some(connection) = &segment.connection {
        self::connection(&mut check, connection);
    }
    for reference in &segment.references {
        self::reference(&mut check, reference);
    }
    if let Some(fee) = &segment.fee_price {
        price(&mut check, fee);
    }
    if let Some(offered) = offered {
        check.when(offered.connection_required == Some(true) && segment.connection.is_none(), 1264);
        // `childAgeRequired` is the age of the child who travels: asked when the passenger is a
        // child (title `CHD`), never of an adult on a bus with child prices.
        let child = segment.passenger.title.as_deref().is_some_and(|t| t.trim().eq_ignore_ascii_case("CHD"));
        check.when(
            offered.child_age_required == Some(true) && child && segment.passenger.child_age.is_none(),
            1265,
        );
        let needs_count = offered.number_of_passengers_required == Some(true);
        check.when(needs_count && segment.passenger.number_of_passengers.is_none(), 1266);
        check.when(offered.foid_required == Some(true) && segment.passenger.foid.is_none(), 1268);
    }
    check.done()
}

fn passenger(check: &mut Check, passenger: &Passenger, offered: Option<&Product>) {
    check.required(&passenger.first_name, 1241, 1242, 1, 32);
    check.required(&passenger.last_name, 1243, 1244, 1, 32);
    check.optional(passenger.title.as_deref(), 1245, 1, 16);
    if passenger.phone.trim().is_empty() {
        check.fault(1246);
    } else {
        check.when(!is_phone(&passenger.phone), 1247);
    }
    if let Some(email) = passenger.email.as_deref() {
        check.when(!length_in(email, 1, 64) || !is_email(email), 1248);
    }
    // A child is under 18.
    check.when(passenger.child_age.is_some_and(|age| age > 17), 1249);
    let most = offered.and_then(|product| product.max_passengers).unwrap_or(u32::MAX);
    check.when(passenger.number_of_passengers.is_some_and(|n| n == 0 || n > most), 1250);
    check.when(passenger.foid.as_deref().is_some_and(|foid| !is_foid(foid)), 1251);
    check.optional(passenger.unique_src.as_deref(), 1252, 1, 32);
    check.optional(passenger.unique_id.as_deref(), 1253, 1, 32);
}

fn product(check: &mut Check, product: &Product) {
    check.required(&product.code, 1261, 1262, 4, 32);
    check.optional(product.name.as_deref(), 1263, 1, 64);
}

fn connection(check: &mut Check, connection: &Connection) {
    match connection.kind.as_str() {
        "" => check.fault(1281),
        _ => check.when(!connection.kind.is_known(), 1282),
    }
    check.required(&connection.number, 1283, 1284, 1, 32);
    check.when(connection.departure_date.is_none(), 1286);
    check.required(&connection.departure_code, 1287, 1288, 1, 32);
    check.optional(connection.departure_name.as_deref(), 1289, 1, 64);
    check.when(connection.arrival_date.is_none(), 1290);
    check.required(&connection.arrival_code, 1291, 1292, 1, 32);
    check.optional(connection.arrival_name.as_deref(), 1293, 1, 64);
}

fn reference(check: &mut Check, reference: &Reference) {
    match reference.kind.as_str() {
        "" => check.fault(1310),
        _ => check.when(!reference.kind.is_known(), 1311),
    }
    check.required(&reference.value, 1312, 1313, 1, 64);
    check.optional(reference.name.as_deref(), 1315, 1, 64);
}

fn price(check: &mut Check, price: &Price) {
    let rate_ok = (Decimal::ZERO..=Decimal::new(25, 2)).contains(&price.vat_percent);
    check.when(!rate_ok, 90_001);
    check.when(price.including_vat < price.excluding_vat || price.excluding_vat.is_sign_negative(), 90_002);
    let currency_ok =
        price.currency_code.len() == 3 && price.currency_code.chars().all(|c| c.is_ascii_uppercase());
    check.when(!currency_ok, 90_003);
}

/// A `Complete` before `complete_booking`.
pub fn complete(complete: &Complete) -> Result<(), Vec<Fault>> {
    let mut check = Check::default();
    check.when(complete.booking_reference.trim().is_empty(), 4901);
    for identity in &complete.identities {
        check.required(&identity.system, 4902, 4903, 1, 64);
        check.required(&identity.number, 4904, 4905, 1, 64);
    }
    check.done()
}

/// An account request before `request_account`.
pub fn account_request(request: &AccountRequest) -> Result<(), Vec<Fault>> {
    let mut check = Check::default();
    let text = |value: &Option<String>| value.as_deref().unwrap_or_default().to_owned();
    check.required(&request.name, 4502, 4503, 1, 128);
    check.required(&request.address1, 4504, 4505, 1, 64);
    check.optional(request.address2.as_deref(), 4506, 1, 64);
    check.required(&text(&request.zipcode), 4507, 4508, 1, 64);
    check.required(&text(&request.city), 4509, 4510, 1, 64);
    check.optional(request.vat_number.as_deref(), 4512, 1, 64);
    check.required(&text(&request.country), 4513, 4514, 1, 64);
    check.required(&text(&request.office_id), 4515, 4516, 1, 64);
    let phone = text(&request.contact_phone);
    check.required(&phone, 4517, 4518, 1, 64);
    check.when(!phone.trim().is_empty() && !is_phone(&phone), 4518);
    let email = text(&request.contact_email);
    check.required(&email, 4519, 4520, 1, 64);
    check.when(!email.trim().is_empty() && !is_email(&email), 4520);
    match &request.debit_method {
        None => check.fault(4521),
        Some(method) => check.when(!method.is_known(), 4522),
    }
    if let Some(email) = request.debit_email.as_deref() {
        check.when(!length_in(email, 1, 64) || !is_email(email), 4524);
    } else {
        check.when(request.debit_method == Some(AccountDebitMethod::Pdf), 4523);
    }
    if request.debit_method == Some(AccountDebitMethod::TravelAccount) {
        match &request.travel_account_type {
            None => check.fault(4525),
            Some(kind) => check.when(!kind.is_known(), 4526),
        }
        check.required(&text(&request.travel_account_number), 4527, 4528, 1, 64);
    }
    check.done()
}

/// A Sabre PNR before `decode_sabre_pnr`.
pub fn sabre(request: &SabreXmlRequest) -> Result<(), Vec<Fault>> {
    let mut check = Check::default();
    let xml = request.xml_message.trim();
    check.required(xml, 4802, 4803, 1, 64_000);
    check.when(!xml.is_empty() && !xml.starts_with('<'), 4803);
    check.done()
}

/// The current time in Swedish local time, whole seconds, for [`booking`].
pub fn now() -> Time {
    crate::model::time::now()
}

#[cfg(test)]
mod tests;
