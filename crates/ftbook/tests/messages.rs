//! Every fault code the catalogue knows has its message in both languages (`locales/*/ftbook.ftl`),
//! as a whole sentence, and the field it concerns.

use ftbook::catalogue;
use i18n::Language;

#[test]
fn every_code_is_a_whole_sentence_in_both_languages() {
    for entry in catalogue::entries().iter().chain(catalogue::local_entries()) {
        for language in Language::ALL {
            let id = entry.message_id();
            let sentence = i18n::text(language, &id, &[]);
            assert_ne!(sentence, id, "{}: no message in {}", entry.code, language.code());
            let first = sentence.chars().next().unwrap_or_default();
            assert!(first.is_uppercase(), "{}: {sentence:?} must start with a capital", entry.code);
            assert!(sentence.ends_with('.'), "{}: {sentence:?} must end with a full stop", entry.code);
        }
    }
}

#[test]
fn the_phone_fault_names_its_field_in_both_languages() {
    let entry = catalogue::lookup(1246).expect("catalogued");
    assert_eq!(entry.field, Some("segment.passenger.phone"));
    assert_eq!(
        i18n::text(Language::English, &entry.message_id(), &[]),
        "The passenger's phone number is missing."
    );
    assert_eq!(
        i18n::text(Language::Swedish, &entry.message_id(), &[]),
        "Passagerarens telefonnummer saknas."
    );
}

#[test]
fn an_unknown_code_quotes_the_supplier() {
    let (id, args) = catalogue::message(&ftbook::Fault { code: 9999, message: "Ny regel".into() });
    assert_eq!(i18n::text(Language::Swedish, &id, &args), "Flygtaxi avvisade begäran (fel 9999: Ny regel).");
}
