use super::*;
use crate::model::{AmadeusSuffix, AmadeusUpdate, Booking, Identity, Product, Segment};

fn example<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn at(text: &str) -> Time {
    chrono::DateTime::parse_from_rfc3339(text).unwrap()
}

/// The documentation's booking example, checked on the day it was made.
fn good_booking() -> (Booking, Time) {
    (example("create-booking-request.json"), at("2014-04-25T13:00:00+02:00"))
}

fn good_segment() -> Segment {
    example("create-segment-request.json")
}

fn codes(result: Result<(), Vec<Fault>>) -> Vec<i32> {
    result.err().unwrap_or_default().iter().map(|fault| fault.code).collect()
}

#[test]
fn the_documentation_examples_pass() {
    let (booking, now) = good_booking();
    assert_eq!(codes(super::booking(&booking, now)), Vec::<i32>::new(), "the booking example");
    assert_eq!(codes(super::segment(&good_segment(), None)), Vec::<i32>::new(), "the segment example");
}

#[test]
fn booking_rules_give_the_servers_codes() {
    type Change = fn(&mut Booking);
    let cases: &[(&str, Change, i32)] = &[
        ("reference set on a new booking", |b| b.booking_reference = Some("2014000000001".into()), 1103),
        ("no booking date", |b| b.booking_date = None, 1104),
        ("booking date a week ago", |b| b.booking_date = Some(at("2014-04-18T13:00:00+02:00")), 1105),
        ("booking date next week", |b| b.booking_date = Some(at("2014-05-02T13:00:00+02:00")), 1106),
        ("comment over 256", |b| b.comment = Some("x".repeat(257)), 1107),
        ("no office id", |b| b.agency_office_id = "  ".into(), 1110),
        ("office id over 32", |b| b.agency_office_id = "x".repeat(33), 1111),
        ("IATA number over 32", |b| b.agency_iata_number = Some("9".repeat(33)), 1112),
        ("no debit method", |b| b.debit_method = None, 1114),
        ("unknown debit method", |b| b.debit_method = Some(DebitMethod::Other("CASH".into())), 1115),
        ("agent customer without its number", |b| b.debit_method = Some(DebitMethod::AgentCustomer), 1116),
        ("invoice without an address", |b| b.invoice_address = None, 1120),
        ("invoice address without a name", |b| b.invoice_address.as_mut().unwrap().name = None, 1121),
        (
            "invoice address without a first line",
            |b| b.invoice_address.as_mut().unwrap().address1 = None,
            1123,
        ),
        ("invoice address without a postcode", |b| b.invoice_address.as_mut().unwrap().zip_code = None, 1126),
        ("invoice address without a city", |b| b.invoice_address.as_mut().unwrap().city = None, 1128),
        (
            "invoice address without a country",
            |b| b.invoice_address.as_mut().unwrap().country_code = None,
            1131,
        ),
        (
            "lower-case country code",
            |b| b.invoice_address.as_mut().unwrap().country_code = Some("se".into()),
            1132,
        ),
        (
            "invoice e-mail without @",
            |b| b.invoice_address.as_mut().unwrap().email = Some("ekonomi.flygtaxi.se".into()),
            1133,
        ),
        (
            "unknown Amadeus suffix",
            |b| {
                b.identities.push(Identity {
                    system: "AMADEUS".into(),
                    number: "ABC123".into(),
                    unique: None,
                });
                b.amadeus_update = Some(AmadeusUpdate {
                    add_mis: true,
                    add_rmsur: true,
                    suffix: AmadeusSuffix::Other("SELLXX".into()),
                });
            },
            1143,
        ),
        (
            "Amadeus update without an Amadeus locator",
            |b| {
                b.amadeus_update =
                    Some(AmadeusUpdate { add_mis: true, add_rmsur: false, suffix: AmadeusSuffix::SellFt });
            },
            1144,
        ),
    ];
    for (what, change, code) in cases {
        let (mut booking, now) = good_booking();
        change(&mut booking);
        assert_eq!(codes(super::booking(&booking, now)), vec![*code], "{what}");
    }
}

#[test]
fn segment_rules_give_the_servers_codes() {
    type Change = fn(&mut Segment);
    let cases: &[(&str, Change, i32)] = &[
        ("no pickup place", |s| s.start_node.street = None, 1210),
        ("already cancelled", |s| s.cancelled = true, 1230),
        ("ftresid set on a new segment", |s| s.ftresid = Some("R000000001".into()), 1231),
        ("no booking date", |s| s.booking_date = None, 1232),
        ("message to driver over 256", |s| s.info_to_driver = Some("å".repeat(257)), 1233),
        ("no first name", |s| s.passenger.first_name.clear(), 1241),
        ("first name over 32", |s| s.passenger.first_name = "Å".repeat(33), 1242),
        ("no last name", |s| s.passenger.last_name.clear(), 1243),
        ("title over 16", |s| s.passenger.title = Some("X".repeat(17)), 1245),
        ("no phone", |s| s.passenger.phone.clear(), 1246),
        ("letters in the phone", |s| s.passenger.phone = "070-ABC 12".into(), 1247),
        ("phone too short", |s| s.passenger.phone = "0701".into(), 1247),
        ("bad e-mail", |s| s.passenger.email = Some("info@flygtaxi".into()), 1248),
        ("a child of 18", |s| s.passenger.child_age = Some(18), 1249),
        ("no passengers", |s| s.passenger.number_of_passengers = Some(0), 1250),
        ("FOID without the CC prefix", |s| s.passenger.foid = Some("VI1234567890123456".into()), 1251),
        ("FOID of an unknown card type", |s| s.passenger.foid = Some("CCZZ1234567890123456".into()), 1251),
        ("FOID too short", |s| s.passenger.foid = Some("CCVI12345678".into()), 1251),
        ("no product code", |s| s.product.code.clear(), 1261),
        ("product code under 4", |s| s.product.code = "VTX".into(), 1262),
        ("unknown connection type", |s| s.connection.as_mut().unwrap().kind = "BOAT".into(), 1282),
        ("no flight number", |s| s.connection.as_mut().unwrap().number.clear(), 1283),
        ("no departure time", |s| s.connection.as_mut().unwrap().departure_date = None, 1286),
        ("no departure code", |s| s.connection.as_mut().unwrap().departure_code.clear(), 1287),
        ("no arrival time", |s| s.connection.as_mut().unwrap().arrival_date = None, 1290),
        ("no arrival code", |s| s.connection.as_mut().unwrap().arrival_code.clear(), 1291),
        ("unknown reference type", |s| s.references[0].kind = "INVOICE".into(), 1311),
        ("empty reference value", |s| s.references[0].value.clear(), 1312),
        ("fee VAT of 30 %", |s| s.fee_price.as_mut().unwrap().vat_percent = "0.30".parse().unwrap(), 90_001),
        (
            "fee VAT below zero",
            |s| s.fee_price.as_mut().unwrap().vat_percent = "-0.01".parse().unwrap(),
            90_001,
        ),
        (
            "fee below its net amount",
            |s| s.fee_price.as_mut().unwrap().including_vat = "9.99".parse().unwrap(),
            90_002,
        ),
        ("fee in no currency", |s| s.fee_price.as_mut().unwrap().currency_code = "kr".into(), 90_003),
    ];
    for (what, change, code) in cases {
        let mut segment = good_segment();
        change(&mut segment);
        assert_eq!(codes(super::segment(&segment, None)), vec![*code], "{what}");
    }
}

#[test]
fn the_offered_products_requirements_are_checked() {
    let offered = Product {
        code: "AEXP".into(),
        connection_required: Some(true),
        child_age_required: Some(true),
        number_of_passengers_required: Some(true),
        foid_required: Some(true),
        max_passengers: Some(4),
        ..Product::default()
    };
    let mut segment = good_segment();
    segment.connection = None;
    assert_eq!(
        codes(super::segment(&segment, Some(&offered))),
        vec![1264, 1266, 1268],
        "an adult is not asked a child's age"
    );
    segment.passenger.title = Some("CHD".into());
    assert_eq!(codes(super::segment(&segment, Some(&offered))), vec![1264, 1265, 1266, 1268], "a child is");

    segment.passenger.number_of_passengers = Some(5);
    assert!(codes(super::segment(&segment, Some(&offered))).contains(&1250), "more than the product takes");
}

#[test]
fn phone_numbers_take_the_documented_characters() {
    for good in ["0730123456", "+46 73-012 34 56", "(08) 123 45 67"] {
        assert!(is_phone(good), "{good}");
    }
    for bad in ["", "0730", "0730 12 34 56 ext. 2", "+46/730123456", "-----"] {
        assert!(!is_phone(bad), "{bad}");
    }
}

#[test]
fn foids_are_masked_as_pci_dss_allows() {
    assert_eq!(mask_foid("CCVI1234567890123456"), "CCVI123456XXXXXX3456", "the documentation's example");
    assert_eq!(mask_foid("CCVI123456XXXXXX3456"), "CCVI123456XXXXXX3456", "masking twice changes nothing");
    assert_eq!(mask_foid("CCAX371449635398431"), "CCAX371449XXXXX8431", "a 15-digit Amex");
    assert_eq!(mask_foid("4111111111111111"), "XXXXXXXXXXXX1111", "a bare card number is masked too");
    assert!(is_foid("CCVI123456XXXXXX3456"), "a masked FOID is still a FOID");
}

#[test]
fn a_complete_needs_its_reference_and_whole_identities() {
    let complete = Complete {
        booking_reference: " ".into(),
        identities: vec![Identity { system: String::new(), number: "X".repeat(65), unique: Some(true) }],
    };
    assert_eq!(codes(super::complete(&complete)), vec![4901, 4902, 4905]);
}

#[test]
fn an_account_request_needs_what_its_faults_name() {
    let request = AccountRequest {
        name: "Resebyrån AB".into(),
        address1: "Drottninggatan 1".into(),
        zipcode: Some("111 51".into()),
        city: Some("Stockholm".into()),
        country: Some("Sweden".into()),
        office_id: Some("STOS12345".into()),
        contact_phone: Some("08-123 456".into()),
        contact_email: Some("info@resebyran.se".into()),
        debit_method: Some(AccountDebitMethod::TravelAccount),
        ..AccountRequest::default()
    };
    assert_eq!(
        codes(super::account_request(&request)),
        vec![4525, 4527],
        "a travel account needs its type and number"
    );
    let invoice = AccountRequest { debit_method: Some(AccountDebitMethod::Invoice), ..request };
    assert_eq!(codes(super::account_request(&invoice)), Vec::<i32>::new());
}

#[test]
fn a_sabre_pnr_must_be_xml() {
    assert_eq!(codes(sabre(&SabreXmlRequest { xml_message: "  ".into() })), vec![4802]);
    assert_eq!(codes(sabre(&SabreXmlRequest { xml_message: "PNR ABC123".into() })), vec![4803]);
    assert_eq!(codes(sabre(&SabreXmlRequest { xml_message: "<PNR/>".into() })), Vec::<i32>::new());
}

/// A local fault is the catalogue's code (the agent reads its message, `tests/messages.rs`), and
/// its text names the field for the log.
#[test]
fn local_faults_carry_the_catalogue_code_and_name_the_field() {
    let mut segment = good_segment();
    segment.passenger.phone.clear();
    let faults = super::segment(&segment, None).unwrap_err();
    assert_eq!(faults[0].code, 1246);
    assert!(faults[0].message.contains("segment.passenger.phone"), "{}", faults[0].message);
}
