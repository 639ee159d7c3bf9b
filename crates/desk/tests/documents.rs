//! A booking made at the sandbox, handed out: its voucher as a PDF (text read back from the
//! file) and as an e-mail, in Swedish and in English; and the history as CSV and as an Excel
//! workbook, read back, in the agent's language (English here).

mod common;

use calamine::{Data, Reader, Xlsx};
use desk::Language;
use desk::documents::ExportFormat;
use desk::lookup::HistoryQuery;

/// Karin Öberg's Egen TAXI to Arlanda under `QX7Z2K`, booked; its booking as the history has it.
async fn booked() -> (common::Desk, desk::history::BookingView) {
    let desk = common::desk(|_| {}).await;
    let draft = common::egen_taxi(&desk.core, "QX7Z2K").await;
    let booked = desk.core.book_ftbook(draft).await.expect("booked");
    let view = desk.core.booking_page(&booked.booking.reference).expect("in the history");
    (desk, view)
}

/// The PDF's text, its words separated by single spaces.
fn text_of(pdf: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(pdf).expect("the text of the PDF");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn the_voucher_holds_the_bookings_fields_in_the_travellers_language() {
    let (desk, booking) = booked().await;
    let segment = booking.segments.first().expect("a trip");
    let pickup = chrono::DateTime::parse_from_rfc3339(segment.pickup_time.as_deref().expect("a pickup"))
        .expect("a time")
        .with_timezone(&chrono_tz::Europe::Stockholm)
        .format("%Y-%m-%d %H:%M")
        .to_string();

    // Found by the trip's reference as well as the booking's.
    let voucher = desk.core.voucher(&segment.segment_ref, Language::Swedish).expect("a voucher");
    assert_eq!(voucher.file_name, format!("resebevis-{}.pdf", booking.reference));
    let text = text_of(&voucher.pdf);
    for expected in [
        "Resebevis".to_owned(),
        format!("Bokningsnummer {}", booking.reference),
        format!("Resans referens {}", segment.segment_ref),
        "Resenär Karin Öberg".to_owned(),
        format!("Hämtning {pickup} · Drottningholmsvägen 37"),
        "Till Stockholm Arlanda Flygplats".to_owned(),
        "Produkt Egen TAXI".to_owned(),
        "Pris inkl. moms 679,00 SEK".to_owned(),
        "Sista avbokning".to_owned(),
        "Frågor om resan: Flygtaxi, info@flygtaxi.se".to_owned(),
        "Amadeus QX7Z2K".to_owned(),
    ] {
        assert!(text.contains(&expected), "{expected:?} is not on the voucher: {text}");
    }
    assert!(
        voucher.email.body.contains(&format!("Resans referens: {}", segment.segment_ref)),
        "{}",
        voucher.email.body
    );
    assert!(voucher.email.subject.contains(&pickup) && voucher.email.subject.contains(&booking.reference));
    assert!(voucher.email.mailto().starts_with("mailto:"), "{}", voucher.email.mailto());

    let english = desk.core.voucher(&booking.reference, Language::English).expect("a voucher");
    let text = text_of(&english.pdf);
    assert!(text.contains("Travel voucher") && text.contains("Price incl. VAT 679.00 SEK"), "{text}");
    assert_eq!(english.file_name, format!("voucher-{}.pdf", booking.reference));

    let error = desk.core.voucher("2099000000001", Language::Swedish).expect_err("not in the history");
    assert!(
        matches!(&error, desk::Error::Validation { field: Some(f), .. } if f == "reference"),
        "{error:?}"
    );
}

#[tokio::test]
async fn the_history_exports_to_csv_and_excel_with_money_as_numbers_and_swedish_times() {
    let (desk, booking) = booked().await;
    let segment = booking.segments.first().expect("a trip");
    let query = HistoryQuery { text: "öberg".into(), ..Default::default() };

    let csv = desk.core.export_history(&query, ExportFormat::Csv).expect("a CSV");
    assert_eq!((csv.file_name.as_str(), csv.rows), ("bookings.csv", 1));
    let mut reader = csv::Reader::from_reader(&csv.bytes[..]);
    let headers: Vec<String> = reader.headers().expect("headers").iter().map(str::to_owned).collect();
    assert_eq!(headers[0], "Pickup (Swedish time)");
    let row = reader.records().next().expect("a row").expect("readable");
    let column = |name: &str| {
        row.get(headers.iter().position(|h| h == name).expect(name)).unwrap_or_default().to_owned()
    };
    assert_eq!(column("Passenger"), "Karin Öberg");
    assert_eq!(column("Price incl. VAT"), "679.00", "the supplier's exact amount");
    assert_eq!(column("Currency"), "SEK");
    assert_eq!(column("Booking reference"), booking.reference);
    assert_eq!(column("Trip reference"), segment.segment_ref);
    assert_eq!(column("Amadeus"), "QX7Z2K");
    let pickup = chrono::DateTime::parse_from_rfc3339(segment.pickup_time.as_deref().expect("a pickup"))
        .expect("a time")
        .with_timezone(&chrono_tz::Europe::Stockholm)
        .naive_local();
    assert_eq!(column("Pickup (Swedish time)"), pickup.format("%Y-%m-%d %H:%M").to_string());

    let xlsx = desk.core.export_history(&query, ExportFormat::Xlsx).expect("a workbook");
    assert_eq!(xlsx.file_name, "bookings.xlsx");
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx.bytes)).expect("opened");
    let range = book.worksheet_range("Bookings").expect("the sheet");
    let at = |name: &str| range.get((1, headers.iter().position(|h| h == name).expect(name)));
    assert_eq!(at("Price incl. VAT"), Some(&Data::Float(679.0)), "money is a number");
    assert_eq!(at("Passenger"), Some(&Data::String("Karin Öberg".into())));
    let Some(Data::DateTime(when)) = at("Pickup (Swedish time)") else { panic!("a date-time") };
    assert_eq!(when.as_datetime(), Some(pickup), "the pickup in Swedish time");

    let none = desk
        .core
        .export_history(&HistoryQuery { text: "nobody".into(), ..Default::default() }, ExportFormat::Csv);
    assert_eq!(none.expect("an empty export").rows, 0);
}
