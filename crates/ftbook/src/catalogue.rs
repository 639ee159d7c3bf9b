//! Every FTBook fault code and the form field it concerns. What the agent reads about each is in
//! `locales/*/ftbook.ftl` (`ftbook-fault-<code>`).
//!
//! Field paths name our model's fields (`segment.passenger.phone`), spelled correctly even where
//! the supplier's fault text is not (`depatureDate`). Query parameters of the search calls are
//! named after the call: `streetSearch.limit`, `services.date`, `availability.startStreetName`.

use crate::Fault;

/// What the catalogue knows about one fault code: the form field it concerns. What the agent
/// reads is the message `ftbook-fault-<code>` in `locales/*/ftbook.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The supplier's fault code.
    pub code: i32,
    /// The form field it concerns, when it names one.
    pub field: Option<&'static str>,
}

impl Entry {
    const fn at(code: i32, field: &'static str) -> Self {
        Entry { code, field: Some(field) }
    }
    const fn general(code: i32) -> Self {
        Entry { code, field: None }
    }

    /// The message id of this code in `locales/*/ftbook.ftl`.
    pub fn message_id(&self) -> String {
        format!("ftbook-fault-{}", self.code)
    }
}

/// The catalogue entry of a code.
pub fn lookup(code: i32) -> Option<&'static Entry> {
    ENTRIES.binary_search_by_key(&code, |entry| entry.code).ok().map(|index| &ENTRIES[index])
}

/// The message for the agent about a fault: the catalogue's code, or for a code it does not know,
/// one that quotes the supplier's own words.
pub fn message(fault: &Fault) -> (String, Vec<(&'static str, String)>) {
    match lookup(fault.code) {
        Some(entry) => (entry.message_id(), Vec::new()),
        None => (
            "ftbook-fault-unknown".to_owned(),
            vec![("code", fault.code.to_string()), ("said", fault.message.clone())],
        ),
    }
}

/// The form field a fault concerns, when its code names one.
pub fn field(code: i32) -> Option<&'static str> {
    lookup(code).and_then(|entry| entry.field)
}

/// Every code the supplier documents, sorted by code.
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

/// Our own codes for documented rules that have no supplier code, sorted by code.
pub fn local_entries() -> &'static [Entry] {
    LOCAL_ENTRIES
}

#[rustfmt::skip]
const LOCAL_ENTRIES: &[Entry] = &[
    E::at(90_001, "segment.feePrice.vatPercent"),
    E::at(90_002, "segment.feePrice.includingVat"),
    E::at(90_003, "segment.feePrice.currencyCode"),
];

use Entry as E;

#[rustfmt::skip]
const ENTRIES: &[Entry] = &[
    E::general(500),
    E::general(666),

    // Bookings.
    E::at(1100, "booking.bookingReference"),
    E::at(1101, "booking.bookingReference"),
    E::general(1102),
    E::at(1103, "booking.bookingReference"),
    E::at(1104, "booking.bookingDate"),
    E::at(1105, "booking.bookingDate"),
    E::at(1106, "booking.bookingDate"),
    E::at(1107, "booking.comment"),
    E::at(1108, "booking.bookingReference"),
    E::at(1109, "booking.bookingReference"),
    E::at(1110, "booking.agencyOfficeId"),
    E::at(1111, "booking.agencyOfficeId"),
    E::at(1112, "booking.agencyIataNumber"),
    E::at(1113, "booking.agencyCustomerId"),
    E::at(1114, "booking.debitMethod"),
    E::at(1115, "booking.debitMethod"),
    E::at(1116, "booking.debitReference"),
    E::at(1117, "booking.debitReference"),
    E::at(1120, "booking.invoiceAddress"),
    E::at(1121, "booking.invoiceAddress.name"),
    E::at(1122, "booking.invoiceAddress.name"),
    E::at(1123, "booking.invoiceAddress.address1"),
    E::at(1124, "booking.invoiceAddress.address1"),
    E::at(1125, "booking.invoiceAddress.address2"),
    E::at(1126, "booking.invoiceAddress.zipCode"),
    E::at(1127, "booking.invoiceAddress.zipCode"),
    E::at(1128, "booking.invoiceAddress.city"),
    E::at(1129, "booking.invoiceAddress.city"),
    E::at(1130, "booking.invoiceAddress.state"),
    E::at(1131, "booking.invoiceAddress.countryCode"),
    E::at(1132, "booking.invoiceAddress.countryCode"),
    E::at(1133, "booking.invoiceAddress.email"),
    E::at(1140, "booking.amadeusUpdate.addMis"),
    E::at(1141, "booking.amadeusUpdate.addRmsur"),
    E::at(1142, "booking.amadeusUpdate.suffix"),
    E::at(1143, "booking.amadeusUpdate.suffix"),
    E::at(1144, "booking.identities"),

    // Segments.
    E::at(1200, "segment.ftresid"),
    E::general(1201),
    E::at(1202, "segment.comment"),
    E::at(1203, "segment.ftresid"),
    E::at(1204, "segment.ftresid"),
    E::at(1210, "segment.startNode"),
    E::at(1211, "segment.startNode"),
    E::at(1212, "segment.startNode.street.number"),
    E::at(1213, "segment.startNode.time"),
    E::at(1220, "segment.endNode"),
    E::at(1221, "segment.endNode"),
    E::at(1222, "segment.endNode.street.number"),
    E::at(1223, "segment.endNode.time"),
    E::at(1230, "segment.cancelled"),
    E::at(1231, "segment.ftresid"),
    E::at(1232, "segment.bookingDate"),
    E::at(1233, "segment.infoToDriver"),
    E::at(1234, "segment.product"),
    E::at(1240, "segment.passenger"),
    E::at(1241, "segment.passenger.firstName"),
    E::at(1242, "segment.passenger.firstName"),
    E::at(1243, "segment.passenger.lastName"),
    E::at(1244, "segment.passenger.lastName"),
    E::at(1245, "segment.passenger.title"),
    E::at(1246, "segment.passenger.phone"),
    E::at(1247, "segment.passenger.phone"),
    E::at(1248, "segment.passenger.email"),
    E::at(1249, "segment.passenger.childAge"),
    E::at(1250, "segment.passenger.numberOfPassengers"),
    E::at(1251, "segment.passenger.foid"),
    E::at(1252, "segment.passenger.uniqueSrc"),
    E::at(1253, "segment.passenger.uniqueId"),
    E::at(1260, "segment.product"),
    E::at(1261, "segment.product.code"),
    E::at(1262, "segment.product.code"),
    E::at(1263, "segment.product.name"),
    E::at(1264, "segment.connection"),
    E::at(1265, "segment.passenger.childAge"),
    E::at(1266, "segment.passenger.numberOfPassengers"),
    E::at(1267, "segment.startNode.time"),
    E::at(1268, "segment.passenger.foid"),
    E::at(1280, "segment.connection"),
    E::at(1281, "segment.connection.type"),
    E::at(1282, "segment.connection.type"),
    E::at(1283, "segment.connection.number"),
    E::at(1284, "segment.connection.number"),
    E::at(1285, "segment.connection.international"),
    E::at(1286, "segment.connection.departureDate"),
    E::at(1287, "segment.connection.departureCode"),
    E::at(1288, "segment.connection.departureCode"),
    E::at(1289, "segment.connection.departureName"),
    E::at(1290, "segment.connection.arrivalDate"),
    E::at(1291, "segment.connection.arrivalCode"),
    E::at(1292, "segment.connection.arrivalCode"),
    E::at(1293, "segment.connection.arrivalName"),
    E::at(1302, "booking.bookingReference"),
    E::at(1303, "booking.bookingReference"),
    E::at(1310, "segment.references.type"),
    E::at(1311, "segment.references.type"),
    E::at(1312, "segment.references.value"),
    E::at(1313, "segment.references.value"),
    E::at(1314, "segment.references.name"),
    E::at(1315, "segment.references.name"),
    E::at(1316, "segment.references.value"),

    // Street search.
    E::at(4000, "streetSearch.type"),
    E::at(4001, "streetSearch.type"),
    E::at(4002, "streetSearch.code"),
    E::at(4003, "streetSearch.search"),
    E::at(4004, "streetSearch.coordinateType"),
    E::at(4005, "streetSearch.coordinateType"),
    E::at(4006, "streetSearch.coordinate"),
    E::at(4007, "streetSearch.exact"),
    E::at(4008, "streetSearch.offset"),
    E::at(4009, "streetSearch.offset"),
    E::at(4010, "streetSearch.limit"),
    E::at(4011, "streetSearch.limit"),
    E::at(4012, "streetSearch.streetCoordinateType"),
    E::at(4013, "streetSearch.streetCoordinateType"),
    E::at(4014, "streetSearch.streetCoordinate"),
    E::at(4015, "streetSearch.streetCoordinatePrecision"),
    E::at(4016, "streetSearch.sortCode"),

    // Services of a connection.
    E::at(4100, "services.connectionCode"),
    E::at(4101, "services.connectionCode"),
    E::at(4102, "services.direction"),
    E::at(4103, "services.direction"),
    E::at(4104, "services.date"),
    E::at(4105, "services.date"),
    E::at(4106, "services.language"),

    // Service locations of a connection.
    E::at(4200, "serviceLocations.connectionCode"),
    E::at(4201, "serviceLocations.connectionCode"),
    E::at(4202, "serviceLocations.direction"),
    E::at(4203, "serviceLocations.direction"),
    E::at(4204, "serviceLocations.date"),
    E::at(4205, "serviceLocations.date"),
    E::at(4206, "serviceLocations.serviceName"),
    E::at(4207, "serviceLocations.serviceName"),
    E::at(4208, "serviceLocations.language"),

    // Availability between two locations.
    E::at(4300, "availability.start"),
    E::at(4301, "availability.startStreetName"),
    E::at(4302, "availability.startStreetNumber"),
    E::at(4303, "availability.startStreetLetter"),
    E::at(4304, "availability.startLocationCode"),
    E::at(4305, "availability.end"),
    E::at(4306, "availability.endStreetName"),
    E::at(4307, "availability.endStreetNumber"),
    E::at(4308, "availability.endStreetLetter"),
    E::at(4309, "availability.endLocationCode"),
    E::at(4310, "availability.desiredDate"),
    E::at(4311, "availability.connectionDate"),
    E::at(4312, "availability.international"),
    E::at(4313, "availability.officeId"),
    E::at(4314, "availability.customerId"),
    E::at(4315, "availability.serviceType"),
    E::at(4316, "availability.serviceType"),
    E::at(4317, "availability.language"),
    E::at(4400, "availability.start"),
    E::at(4401, "availability.end"),
    E::general(4402),
    E::general(4403),

    // Account request.
    E::general(4501),
    E::at(4502, "accountRequest.name"),
    E::at(4503, "accountRequest.name"),
    E::at(4504, "accountRequest.address1"),
    E::at(4505, "accountRequest.address1"),
    E::at(4506, "accountRequest.address2"),
    E::at(4507, "accountRequest.zipcode"),
    E::at(4508, "accountRequest.zipcode"),
    E::at(4509, "accountRequest.city"),
    E::at(4510, "accountRequest.city"),
    E::at(4512, "accountRequest.vatNumber"),
    E::at(4513, "accountRequest.country"),
    E::at(4514, "accountRequest.country"),
    E::at(4515, "accountRequest.officeId"),
    E::at(4516, "accountRequest.officeId"),
    E::at(4517, "accountRequest.contactPhone"),
    E::at(4518, "accountRequest.contactPhone"),
    E::at(4519, "accountRequest.contactEmail"),
    E::at(4520, "accountRequest.contactEmail"),
    E::at(4521, "accountRequest.debitMethod"),
    E::at(4522, "accountRequest.debitMethod"),
    E::at(4523, "accountRequest.debitEmail"),
    E::at(4524, "accountRequest.debitEmail"),
    E::at(4525, "accountRequest.travelAccountType"),
    E::at(4526, "accountRequest.travelAccountType"),
    E::at(4527, "accountRequest.travelAccountNumber"),
    E::at(4528, "accountRequest.travelAccountNumber"),

    // Authentication.
    E::general(4701),

    // Sabre PNR decoding.
    E::at(4801, "sabre.xmlMessage"),
    E::at(4802, "sabre.xmlMessage"),
    E::at(4803, "sabre.xmlMessage"),

    // Completing a booking.
    E::at(4900, "complete.bookingReference"),
    E::at(4901, "complete.bookingReference"),
    E::at(4902, "complete.identities.system"),
    E::at(4903, "complete.identities.system"),
    E::at(4904, "complete.identities.number"),
    E::at(4905, "complete.identities.number"),
    E::at(4906, "complete.identities.unique"),

    // Service availability of a connection.
    E::at(5500, "serviceAvailability.connectionCode"),
    E::at(5501, "serviceAvailability.connectionCode"),
    E::at(5502, "serviceAvailability.direction"),
    E::at(5503, "serviceAvailability.direction"),
    E::at(5504, "serviceAvailability.date"),
    E::at(5505, "serviceAvailability.date"),
    E::at(5506, "serviceAvailability.serviceName"),
    E::at(5507, "serviceAvailability.serviceName"),
    E::at(5508, "serviceAvailability.language"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique_so_lookup_finds_every_one() {
        for pair in ENTRIES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} must come before {}", pair[0].code, pair[1].code);
        }
        for entry in ENTRIES {
            assert_eq!(lookup(entry.code), Some(entry));
        }
    }

    #[test]
    fn an_unknown_code_quotes_the_supplier() {
        let fault = Fault { code: 9999, message: "Ny regel".into() };
        let (id, args) = message(&fault);
        assert_eq!(id, "ftbook-fault-unknown");
        assert!(
            args.contains(&("said", "Ny regel".to_owned())) && args.contains(&("code", "9999".to_owned()))
        );
        assert_eq!(field(9999), None);
    }
}
