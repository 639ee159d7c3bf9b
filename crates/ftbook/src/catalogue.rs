//! Every FTBook fault code, as a sentence for the agent in Swedish and English, and the form
//! field it concerns.
//!
//! Field paths name our model's fields (`segment.passenger.phone`), spelled correctly even where
//! the supplier's fault text is not (`depatureDate`). Query parameters of the search calls are
//! named after the call: `streetSearch.limit`, `services.date`, `availability.startStreetName`.

use crate::Fault;

/// The language of a sentence for the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Swedish.
    Sv,
    /// English.
    En,
}

/// What the catalogue knows about one fault code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The supplier's fault code.
    pub code: i32,
    /// The form field it concerns, when it names one.
    pub field: Option<&'static str>,
    text: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text {
    /// "<label> is missing."
    Missing { en: &'static str, sv: &'static str },
    /// "<label> is not valid."
    Invalid { en: &'static str, sv: &'static str },
    /// A sentence of its own.
    Say { en: &'static str, sv: &'static str },
}

impl Entry {
    const fn missing(code: i32, field: &'static str, en: &'static str, sv: &'static str) -> Self {
        Entry { code, field: Some(field), text: Text::Missing { en, sv } }
    }
    const fn invalid(code: i32, field: &'static str, en: &'static str, sv: &'static str) -> Self {
        Entry { code, field: Some(field), text: Text::Invalid { en, sv } }
    }
    const fn say(code: i32, field: Option<&'static str>, en: &'static str, sv: &'static str) -> Self {
        Entry { code, field, text: Text::Say { en, sv } }
    }

    /// The sentence for the agent.
    pub fn sentence(&self, lang: Lang) -> String {
        match (self.text, lang) {
            (Text::Missing { en, .. }, Lang::En) => format!("{} is missing.", capitalise(en)),
            (Text::Missing { sv, .. }, Lang::Sv) => format!("{} saknas.", capitalise(sv)),
            (Text::Invalid { en, .. }, Lang::En) => format!("{} is not valid.", capitalise(en)),
            (Text::Invalid { sv, .. }, Lang::Sv) => format!("{} godtas inte.", capitalise(sv)),
            (Text::Say { en, .. }, Lang::En) => en.to_owned(),
            (Text::Say { sv, .. }, Lang::Sv) => sv.to_owned(),
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The catalogue entry of a code.
pub fn lookup(code: i32) -> Option<&'static Entry> {
    ENTRIES.binary_search_by_key(&code, |entry| entry.code).ok().map(|index| &ENTRIES[index])
}

/// A sentence for the agent about a fault: the catalogue's, or for a code it does not know, one
/// that quotes the supplier's own words.
pub fn sentence(fault: &Fault, lang: Lang) -> String {
    match lookup(fault.code) {
        Some(entry) => entry.sentence(lang),
        None => match lang {
            Lang::En => format!("Flygtaxi refused the request (fault {}: {}).", fault.code, fault.message),
            Lang::Sv => format!("Flygtaxi avvisade begäran (fel {}: {}).", fault.code, fault.message),
        },
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
    E::invalid(90_001, "segment.feePrice.vatPercent", "the fee's VAT rate (0.00 to 0.25)", "avgiftens momssats (0,00 till 0,25)"),
    E::invalid(90_002, "segment.feePrice.includingVat", "the fee including VAT (at least the amount excluding VAT)", "avgiften inklusive moms (minst beloppet exklusive moms)"),
    E::invalid(90_003, "segment.feePrice.currencyCode", "the fee's currency (three letters, such as SEK)", "avgiftens valuta (tre bokstäver, till exempel SEK)"),
];

use Entry as E;

#[rustfmt::skip]
const ENTRIES: &[Entry] = &[
    E::say(500, None, "Flygtaxi's system had an internal error; try again in a moment, and call Flygtaxi if it happens again.", "Flygtaxis system fick ett internt fel; försök igen om en stund och ring Flygtaxi om det händer igen."),
    E::say(666, None, "Your Flygtaxi account may not see or change this.", "Ditt Flygtaxi-konto får inte se eller ändra detta."),

    // Bookings.
    E::say(1100, Some("booking.bookingReference"), "No booking with that reference was found.", "Ingen bokning med det bokningsnumret hittades."),
    E::say(1101, Some("booking.bookingReference"), "Your account may not open this booking.", "Ditt konto får inte öppna den här bokningen."),
    E::say(1102, None, "The booking was sent empty.", "Bokningen skickades tom."),
    E::say(1103, Some("booking.bookingReference"), "A new booking cannot already have a booking reference.", "En ny bokning kan inte redan ha ett bokningsnummer."),
    E::missing(1104, "booking.bookingDate", "the booking date", "bokningsdatumet"),
    E::say(1105, Some("booking.bookingDate"), "The booking date is too far in the past; check the computer's clock.", "Bokningsdatumet ligger för långt tillbaka i tiden; kontrollera datorns klocka."),
    E::say(1106, Some("booking.bookingDate"), "The booking date is too far in the future; check the computer's clock.", "Bokningsdatumet ligger för långt fram i tiden; kontrollera datorns klocka."),
    E::invalid(1107, "booking.comment", "the booking's comment", "bokningens kommentar"),
    E::missing(1108, "booking.bookingReference", "the booking reference", "bokningsnumret"),
    E::invalid(1109, "booking.bookingReference", "the booking reference", "bokningsnumret"),
    E::missing(1110, "booking.agencyOfficeId", "the agency's office id", "byråns office-id"),
    E::invalid(1111, "booking.agencyOfficeId", "the agency's office id", "byråns office-id"),
    E::invalid(1112, "booking.agencyIataNumber", "the agency's IATA number", "byråns IATA-nummer"),
    E::invalid(1113, "booking.agencyCustomerId", "the agency's customer id", "byråns kund-id"),
    E::missing(1114, "booking.debitMethod", "the debit method", "debiteringssättet"),
    E::invalid(1115, "booking.debitMethod", "the debit method", "debiteringssättet"),
    E::missing(1116, "booking.debitReference", "the debit reference (customer number)", "debiteringsreferensen (kundnumret)"),
    E::invalid(1117, "booking.debitReference", "the debit reference (customer number)", "debiteringsreferensen (kundnumret)"),
    E::missing(1120, "booking.invoiceAddress", "the invoice address", "fakturaadressen"),
    E::missing(1121, "booking.invoiceAddress.name", "the name on the invoice address", "namnet i fakturaadressen"),
    E::invalid(1122, "booking.invoiceAddress.name", "the name on the invoice address", "namnet i fakturaadressen"),
    E::missing(1123, "booking.invoiceAddress.address1", "the first line of the invoice address", "första raden i fakturaadressen"),
    E::invalid(1124, "booking.invoiceAddress.address1", "the first line of the invoice address", "första raden i fakturaadressen"),
    E::invalid(1125, "booking.invoiceAddress.address2", "the second line of the invoice address", "andra raden i fakturaadressen"),
    E::missing(1126, "booking.invoiceAddress.zipCode", "the invoice address's postcode", "fakturaadressens postnummer"),
    E::invalid(1127, "booking.invoiceAddress.zipCode", "the invoice address's postcode", "fakturaadressens postnummer"),
    E::missing(1128, "booking.invoiceAddress.city", "the invoice address's city", "fakturaadressens ort"),
    E::invalid(1129, "booking.invoiceAddress.city", "the invoice address's city", "fakturaadressens ort"),
    E::invalid(1130, "booking.invoiceAddress.state", "the invoice address's state", "fakturaadressens delstat"),
    E::missing(1131, "booking.invoiceAddress.countryCode", "the invoice address's country code", "fakturaadressens landskod"),
    E::invalid(1132, "booking.invoiceAddress.countryCode", "the invoice address's country code (two letters, such as SE)", "fakturaadressens landskod (två bokstäver, till exempel SE)"),
    E::invalid(1133, "booking.invoiceAddress.email", "the invoice e-mail address", "fakturaadressens e-postadress"),
    E::invalid(1140, "booking.amadeusUpdate.addMis", "the choice to add MIS rows in Amadeus", "valet att lägga till MIS-rader i Amadeus"),
    E::invalid(1141, "booking.amadeusUpdate.addRmsur", "the choice to add RM*SUR rows in Amadeus", "valet att lägga till RM*SUR-rader i Amadeus"),
    E::missing(1142, "booking.amadeusUpdate.suffix", "the Amadeus suffix", "Amadeus-suffixet"),
    E::invalid(1143, "booking.amadeusUpdate.suffix", "the Amadeus suffix (SELLFT, SELLTT, TRANFT or TRANTT)", "Amadeus-suffixet (SELLFT, SELLTT, TRANFT eller TRANTT)"),
    E::say(1144, Some("booking.identities"), "Adding rows to the Amadeus PNR needs the Amadeus record locator among the booking's identities.", "För att lägga till rader i Amadeus-PNR:en behöver bokningen Amadeus-bokningsnumret (record locator) bland sina identiteter."),

    // Segments.
    E::say(1200, Some("segment.ftresid"), "No trip with that FTRESID was found.", "Ingen resa med det FTRESID:t hittades."),
    E::say(1201, None, "The trip was sent empty.", "Resan skickades tom."),
    E::invalid(1202, "segment.comment", "the trip's comment", "resans kommentar"),
    E::say(1203, Some("segment.ftresid"), "The trip is already cancelled.", "Resan är redan avbokad."),
    E::say(1204, Some("segment.ftresid"), "The trip can no longer be cancelled: its latest cancellation time has passed.", "Resan kan inte längre avbokas: sista avbokningstiden har passerat."),
    E::say(1210, Some("segment.startNode"), "The pickup address was not found; choose it from the search results.", "Upphämtningsadressen hittades inte; välj den bland sökträffarna."),
    E::say(1211, Some("segment.startNode"), "The pickup address matches more than one place; choose it from the search results.", "Upphämtningsadressen matchar flera platser; välj den bland sökträffarna."),
    E::say(1212, Some("segment.startNode.street.number"), "The pickup address needs a street number.", "Upphämtningsadressen behöver ett gatunummer."),
    E::invalid(1213, "segment.startNode.time", "the pickup time", "upphämtningstiden"),
    E::say(1220, Some("segment.endNode"), "The drop-off address was not found; choose it from the search results.", "Avlämningsadressen hittades inte; välj den bland sökträffarna."),
    E::say(1221, Some("segment.endNode"), "The drop-off address matches more than one place; choose it from the search results.", "Avlämningsadressen matchar flera platser; välj den bland sökträffarna."),
    E::say(1222, Some("segment.endNode.street.number"), "The drop-off address needs a street number.", "Avlämningsadressen behöver ett gatunummer."),
    E::invalid(1223, "segment.endNode.time", "the drop-off time", "avlämningstiden"),
    E::invalid(1230, "segment.cancelled", "the trip's cancelled flag", "resans avbokningsflagga"),
    E::say(1231, Some("segment.ftresid"), "A new trip cannot already have an FTRESID.", "En ny resa kan inte redan ha ett FTRESID."),
    E::missing(1232, "segment.bookingDate", "the trip's booking date", "resans bokningsdatum"),
    E::invalid(1233, "segment.infoToDriver", "the message to the driver", "meddelandet till föraren"),
    E::say(1234, Some("segment.product"), "There is no availability for this trip at that time; choose another product or time.", "Det finns ingen tillgänglighet för resan vid den tiden; välj en annan produkt eller tid."),
    E::missing(1240, "segment.passenger", "the passenger", "passageraren"),
    E::missing(1241, "segment.passenger.firstName", "the passenger's first name", "passagerarens förnamn"),
    E::invalid(1242, "segment.passenger.firstName", "the passenger's first name", "passagerarens förnamn"),
    E::missing(1243, "segment.passenger.lastName", "the passenger's last name", "passagerarens efternamn"),
    E::invalid(1244, "segment.passenger.lastName", "the passenger's last name", "passagerarens efternamn"),
    E::invalid(1245, "segment.passenger.title", "the passenger's title", "passagerarens titel"),
    E::missing(1246, "segment.passenger.phone", "the passenger's phone number", "passagerarens telefonnummer"),
    E::invalid(1247, "segment.passenger.phone", "the passenger's phone number (digits, spaces and + - ( ) only)", "passagerarens telefonnummer (bara siffror, mellanslag och + - ( ))"),
    E::invalid(1248, "segment.passenger.email", "the passenger's e-mail address", "passagerarens e-postadress"),
    E::invalid(1249, "segment.passenger.childAge", "the child's age", "barnets ålder"),
    E::invalid(1250, "segment.passenger.numberOfPassengers", "the number of passengers", "antalet passagerare"),
    E::invalid(1251, "segment.passenger.foid", "the passenger's card (FOID: CC, card type, card number)", "passagerarens kort (FOID: CC, korttyp, kortnummer)"),
    E::invalid(1252, "segment.passenger.uniqueSrc", "the passenger's profile source", "passagerarens profilkälla"),
    E::invalid(1253, "segment.passenger.uniqueId", "the passenger's profile id", "passagerarens profil-id"),
    E::missing(1260, "segment.product", "the product", "produkten"),
    E::missing(1261, "segment.product.code", "the product code", "produktkoden"),
    E::invalid(1262, "segment.product.code", "the product code", "produktkoden"),
    E::invalid(1263, "segment.product.name", "the product name", "produktnamnet"),
    E::say(1264, Some("segment.connection"), "This product needs the flight or train the traveller connects with.", "Produkten kräver flyget eller tåget som resenären ansluter till."),
    E::say(1265, Some("segment.passenger.childAge"), "This product needs the child's age.", "Produkten kräver barnets ålder."),
    E::say(1266, Some("segment.passenger.numberOfPassengers"), "This product needs the number of passengers.", "Produkten kräver antalet passagerare."),
    E::say(1267, Some("segment.startNode.time"), "This product has a fixed pickup time, which cannot be changed.", "Produkten har en fast upphämtningstid som inte kan ändras."),
    E::say(1268, Some("segment.passenger.foid"), "This product needs the passenger's card (FOID), which identifies the passenger on board.", "Produkten kräver passagerarens kort (FOID), som identifierar passageraren ombord."),
    E::missing(1280, "segment.connection", "the flight or train", "flyget eller tåget"),
    E::missing(1281, "segment.connection.type", "the kind of connection (flight or train)", "typen av anslutning (flyg eller tåg)"),
    E::invalid(1282, "segment.connection.type", "the kind of connection (flight or train)", "typen av anslutning (flyg eller tåg)"),
    E::missing(1283, "segment.connection.number", "the flight or train number", "flyg- eller tågnumret"),
    E::invalid(1284, "segment.connection.number", "the flight or train number", "flyg- eller tågnumret"),
    E::say(1285, Some("segment.connection.international"), "Say whether the flight or train is international.", "Ange om flyget eller tåget är utrikes."),
    E::invalid(1286, "segment.connection.departureDate", "the departure time", "avgångstiden"),
    E::missing(1287, "segment.connection.departureCode", "the departure airport or station code", "koden för avgångsflygplatsen eller -stationen"),
    E::invalid(1288, "segment.connection.departureCode", "the departure airport or station code", "koden för avgångsflygplatsen eller -stationen"),
    E::invalid(1289, "segment.connection.departureName", "the departure airport or station name", "namnet på avgångsflygplatsen eller -stationen"),
    E::invalid(1290, "segment.connection.arrivalDate", "the arrival time", "ankomsttiden"),
    E::missing(1291, "segment.connection.arrivalCode", "the arrival airport or station code", "koden för ankomstflygplatsen eller -stationen"),
    E::invalid(1292, "segment.connection.arrivalCode", "the arrival airport or station code", "koden för ankomstflygplatsen eller -stationen"),
    E::invalid(1293, "segment.connection.arrivalName", "the arrival airport or station name", "namnet på ankomstflygplatsen eller -stationen"),
    E::say(1302, Some("booking.bookingReference"), "Every trip of the booking that could be cancelled is already cancelled.", "Alla resor i bokningen som kunde avbokas är redan avbokade."),
    E::say(1303, Some("booking.bookingReference"), "No trip of the booking was cancelled: none of them can be cancelled any longer.", "Ingen resa i bokningen avbokades: ingen av dem kan avbokas längre."),
    E::missing(1310, "segment.references.type", "the reference type", "referenstypen"),
    E::invalid(1311, "segment.references.type", "the reference type", "referenstypen"),
    E::missing(1312, "segment.references.value", "the reference value", "referensvärdet"),
    E::invalid(1313, "segment.references.value", "the reference value", "referensvärdet"),
    E::missing(1314, "segment.references.name", "the reference name", "referensnamnet"),
    E::invalid(1315, "segment.references.name", "the reference name", "referensnamnet"),
    E::say(1316, Some("segment.references.value"), "No trip with that reference was found.", "Ingen resa med den referensen hittades."),

    // Street search.
    E::missing(4000, "streetSearch.type", "the search type", "söktypen"),
    E::invalid(4001, "streetSearch.type", "the search type", "söktypen"),
    E::invalid(4002, "streetSearch.code", "the location code", "platskoden"),
    E::invalid(4003, "streetSearch.search", "the search text", "söktexten"),
    E::missing(4004, "streetSearch.coordinateType", "the coordinate type", "koordinattypen"),
    E::invalid(4005, "streetSearch.coordinateType", "the coordinate type (RT90 or WGS84)", "koordinattypen (RT90 eller WGS84)"),
    E::invalid(4006, "streetSearch.coordinate", "the coordinate", "koordinaten"),
    E::invalid(4007, "streetSearch.exact", "the exact-match choice", "valet av exakt matchning"),
    E::missing(4008, "streetSearch.offset", "the result offset", "startpositionen i resultatet"),
    E::invalid(4009, "streetSearch.offset", "the result offset", "startpositionen i resultatet"),
    E::missing(4010, "streetSearch.limit", "the number of results", "antalet träffar"),
    E::invalid(4011, "streetSearch.limit", "the number of results", "antalet träffar"),
    E::missing(4012, "streetSearch.streetCoordinateType", "the street coordinate type", "gatukoordinatens typ"),
    E::invalid(4013, "streetSearch.streetCoordinateType", "the street coordinate type (RT90 or WGS84)", "gatukoordinatens typ (RT90 eller WGS84)"),
    E::invalid(4014, "streetSearch.streetCoordinate", "the street coordinate", "gatukoordinaten"),
    E::invalid(4015, "streetSearch.streetCoordinatePrecision", "the street coordinate precision", "gatukoordinatens precision"),
    E::invalid(4016, "streetSearch.sortCode", "the location code to sort by", "platskoden att sortera efter"),

    // Services of a connection.
    E::missing(4100, "services.connectionCode", "the airport or station code", "flygplatsens eller stationens kod"),
    E::invalid(4101, "services.connectionCode", "the airport or station code", "flygplatsens eller stationens kod"),
    E::missing(4102, "services.direction", "the direction (to or from the connection)", "riktningen (till eller från anslutningen)"),
    E::invalid(4103, "services.direction", "the direction (to or from the connection)", "riktningen (till eller från anslutningen)"),
    E::missing(4104, "services.date", "the date and time", "datum och tid"),
    E::invalid(4105, "services.date", "the date and time", "datum och tid"),
    E::invalid(4106, "services.language", "the language", "språket"),

    // Service locations of a connection.
    E::missing(4200, "serviceLocations.connectionCode", "the airport or station code", "flygplatsens eller stationens kod"),
    E::invalid(4201, "serviceLocations.connectionCode", "the airport or station code", "flygplatsens eller stationens kod"),
    E::missing(4202, "serviceLocations.direction", "the direction (to or from the connection)", "riktningen (till eller från anslutningen)"),
    E::invalid(4203, "serviceLocations.direction", "the direction (to or from the connection)", "riktningen (till eller från anslutningen)"),
    E::missing(4204, "serviceLocations.date", "the date and time", "datum och tid"),
    E::invalid(4205, "serviceLocations.date", "the date and time", "datum och tid"),
    E::missing(4206, "serviceLocations.serviceName", "the service", "tjänsten"),
    E::invalid(4207, "serviceLocations.serviceName", "the service", "tjänsten"),
    E::invalid(4208, "serviceLocations.language", "the language", "språket"),

    // Availability between two locations.
    E::say(4300, Some("availability.start"), "Give a pickup street or location.", "Ange en gata eller plats för upphämtning."),
    E::invalid(4301, "availability.startStreetName", "the pickup street", "upphämtningsgatan"),
    E::invalid(4302, "availability.startStreetNumber", "the pickup street number", "upphämtningsgatans nummer"),
    E::invalid(4303, "availability.startStreetLetter", "the pickup street letter", "upphämtningsgatans bokstav"),
    E::invalid(4304, "availability.startLocationCode", "the pickup location code", "upphämtningsplatsens kod"),
    E::say(4305, Some("availability.end"), "Give a drop-off street or location.", "Ange en gata eller plats för avlämning."),
    E::invalid(4306, "availability.endStreetName", "the drop-off street", "avlämningsgatan"),
    E::invalid(4307, "availability.endStreetNumber", "the drop-off street number", "avlämningsgatans nummer"),
    E::invalid(4308, "availability.endStreetLetter", "the drop-off street letter", "avlämningsgatans bokstav"),
    E::invalid(4309, "availability.endLocationCode", "the drop-off location code", "avlämningsplatsens kod"),
    E::invalid(4310, "availability.desiredDate", "the desired pickup time", "önskad upphämtningstid"),
    E::invalid(4311, "availability.connectionDate", "the time of the flight or train", "flygets eller tågets tid"),
    E::say(4312, Some("availability.international"), "Say whether the flight or train is international.", "Ange om flyget eller tåget är utrikes."),
    E::missing(4313, "availability.officeId", "the office id", "office-id:t"),
    E::missing(4314, "availability.customerId", "the customer id", "kund-id:t"),
    E::missing(4315, "availability.serviceType", "the service type", "tjänstetypen"),
    E::invalid(4316, "availability.serviceType", "the service type", "tjänstetypen"),
    E::invalid(4317, "availability.language", "the language", "språket"),
    E::say(4400, Some("availability.start"), "The pickup place was not found; choose it from the search results.", "Upphämtningsplatsen hittades inte; välj den bland sökträffarna."),
    E::say(4401, Some("availability.end"), "The drop-off place was not found; choose it from the search results.", "Avlämningsplatsen hittades inte; välj den bland sökträffarna."),
    E::say(4402, None, "No route could be planned between the two places.", "Ingen rutt kunde planeras mellan platserna."),
    E::say(4403, None, "Your agreement with Flygtaxi has no products for this trip.", "Ert avtal med Flygtaxi har inga produkter för den här resan."),

    // Account request.
    E::say(4501, None, "The account request was sent empty.", "Kontoansökan skickades tom."),
    E::missing(4502, "accountRequest.name", "the company name", "företagsnamnet"),
    E::invalid(4503, "accountRequest.name", "the company name", "företagsnamnet"),
    E::missing(4504, "accountRequest.address1", "the first address line", "första adressraden"),
    E::invalid(4505, "accountRequest.address1", "the first address line", "första adressraden"),
    E::invalid(4506, "accountRequest.address2", "the second address line", "andra adressraden"),
    E::missing(4507, "accountRequest.zipcode", "the postcode", "postnumret"),
    E::invalid(4508, "accountRequest.zipcode", "the postcode", "postnumret"),
    E::missing(4509, "accountRequest.city", "the city", "orten"),
    E::invalid(4510, "accountRequest.city", "the city", "orten"),
    E::invalid(4512, "accountRequest.vatNumber", "the VAT number", "momsregistreringsnumret"),
    E::missing(4513, "accountRequest.country", "the country", "landet"),
    E::invalid(4514, "accountRequest.country", "the country", "landet"),
    E::missing(4515, "accountRequest.officeId", "the office id or PCC", "office-id eller PCC"),
    E::invalid(4516, "accountRequest.officeId", "the office id or PCC", "office-id eller PCC"),
    E::missing(4517, "accountRequest.contactPhone", "the contact phone number", "kontaktens telefonnummer"),
    E::invalid(4518, "accountRequest.contactPhone", "the contact phone number", "kontaktens telefonnummer"),
    E::missing(4519, "accountRequest.contactEmail", "the contact e-mail address", "kontaktens e-postadress"),
    E::invalid(4520, "accountRequest.contactEmail", "the contact e-mail address", "kontaktens e-postadress"),
    E::missing(4521, "accountRequest.debitMethod", "the billing method", "faktureringssättet"),
    E::invalid(4522, "accountRequest.debitMethod", "the billing method (INVOICE, TRAVELACCOUNT or PDF)", "faktureringssättet (INVOICE, TRAVELACCOUNT eller PDF)"),
    E::missing(4523, "accountRequest.debitEmail", "the e-mail address for invoices", "e-postadressen för fakturor"),
    E::invalid(4524, "accountRequest.debitEmail", "the e-mail address for invoices", "e-postadressen för fakturor"),
    E::missing(4525, "accountRequest.travelAccountType", "the travel account type", "resekontots typ"),
    E::invalid(4526, "accountRequest.travelAccountType", "the travel account type", "resekontots typ"),
    E::missing(4527, "accountRequest.travelAccountNumber", "the travel account number", "resekontots nummer"),
    E::invalid(4528, "accountRequest.travelAccountNumber", "the travel account number", "resekontots nummer"),

    // Authentication.
    E::say(4701, None, "Flygtaxi has denied this login; contact Flygtaxi's support.", "Flygtaxi har nekat inloggningen; kontakta Flygtaxis support."),

    // Sabre PNR decoding.
    E::say(4801, Some("sabre.xmlMessage"), "The Sabre PNR was sent empty.", "Sabre-PNR:en skickades tom."),
    E::missing(4802, "sabre.xmlMessage", "the Sabre PNR's XML", "Sabre-PNR:ens XML"),
    E::say(4803, Some("sabre.xmlMessage"), "The Sabre PNR could not be read as Sabre XML.", "Sabre-PNR:en kunde inte läsas som Sabre-XML."),

    // Completing a booking.
    E::say(4900, Some("complete.bookingReference"), "No booking with that reference was found to complete.", "Ingen bokning med det bokningsnumret hittades att slutföra."),
    E::missing(4901, "complete.bookingReference", "the booking reference", "bokningsnumret"),
    E::missing(4902, "complete.identities.system", "the identity's system", "identitetens system"),
    E::invalid(4903, "complete.identities.system", "the identity's system", "identitetens system"),
    E::missing(4904, "complete.identities.number", "the identity's number", "identitetens nummer"),
    E::invalid(4905, "complete.identities.number", "the identity's number", "identitetens nummer"),
    E::say(4906, Some("complete.identities.unique"), "Say whether the identity is unique (true or false).", "Ange om identiteten är unik (sant eller falskt)."),

    // Service availability of a connection.
    E::missing(5500, "serviceAvailability.connectionCode", "the airport or station code", "flygplatsens eller stationens kod"),
    E::invalid(5501, "serviceAvailability.connectionCode", "the airport or station code", "flygplatsens eller stationens kod"),
    E::missing(5502, "serviceAvailability.direction", "the direction (to or from the connection)", "riktningen (till eller från anslutningen)"),
    E::invalid(5503, "serviceAvailability.direction", "the direction (to or from the connection)", "riktningen (till eller från anslutningen)"),
    E::missing(5504, "serviceAvailability.date", "the date and time", "datum och tid"),
    E::invalid(5505, "serviceAvailability.date", "the date and time", "datum och tid"),
    E::missing(5506, "serviceAvailability.serviceName", "the service", "tjänsten"),
    E::invalid(5507, "serviceAvailability.serviceName", "the service", "tjänsten"),
    E::invalid(5508, "serviceAvailability.language", "the language", "språket"),
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
    fn sentences_are_whole_sentences_in_both_languages() {
        for entry in ENTRIES.iter().chain(LOCAL_ENTRIES) {
            for lang in [Lang::Sv, Lang::En] {
                let sentence = entry.sentence(lang);
                let first = sentence.chars().next().unwrap();
                assert!(first.is_uppercase(), "{}: {sentence:?} must start with a capital", entry.code);
                assert!(sentence.ends_with('.'), "{}: {sentence:?} must end with a full stop", entry.code);
            }
        }
    }

    #[test]
    fn the_phone_fault_names_its_field_in_both_languages() {
        let entry = lookup(1246).unwrap();
        assert_eq!(entry.field, Some("segment.passenger.phone"));
        assert_eq!(entry.sentence(Lang::En), "The passenger's phone number is missing.");
        assert_eq!(entry.sentence(Lang::Sv), "Passagerarens telefonnummer saknas.");
    }

    #[test]
    fn an_unknown_code_quotes_the_supplier() {
        let fault = Fault { code: 9999, message: "Ny regel".into() };
        assert_eq!(sentence(&fault, Lang::Sv), "Flygtaxi avvisade begäran (fel 9999: Ny regel).");
        assert_eq!(field(9999), None);
    }
}
