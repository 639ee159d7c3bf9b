use super::*;

#[test]
fn validation_errors_keep_their_field() {
    let error =
        Error::Validation { message: "Unknown language".into(), field: Some("settings.language".into()) };
    let json = serde_json::to_value(CommandError::new(error, Language::English)).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"code": "validation", "message": "Unknown language", "field": "settings.language"}),
        "a validation error must reach the UI with its code, sentence and field"
    );
}

#[test]
fn errors_without_a_field_leave_it_out() {
    let json = serde_json::to_value(CommandError::new(Error::NoDataDir, Language::English)).unwrap();
    assert_eq!(json["code"], "internal", "a local failure is an internal error");
    assert!(json.get("field").is_none(), "no field key when no field is concerned");
}

/// Every error made below the core's language, written in each language from `locales/`:
/// never a message id, never the other language, never a doubled lead.
#[test]
fn errors_made_without_a_language_are_written_in_the_agents() {
    use crate::secrets::SecretError;
    let io = || std::io::Error::other("disk full");
    let errors = [
        Error::Busy { dir: "/data".into() },
        Error::Io { action: "desk-io-read", path: "/data/profiles.json".into(), source: io() },
        Error::Io { action: "desk-io-write", path: "/data/profiles.json".into(), source: io() },
        Error::Io { action: "desk-io-create-data-dir", path: "/data".into(), source: io() },
        Error::Io { action: "desk-io-create-log-dir", path: "/logs".into(), source: io() },
        Error::Io { action: "desk-io-open-log", path: "/logs".into(), source: io() },
        Error::Io { action: "desk-io-open-lock", path: "/data/desk.lock".into(), source: io() },
        Error::Logging("taken".into()),
        Error::Sandbox("port in use".into()),
        Error::Document { action: "voucher-not-made", detail: "no font".into() },
        Error::Document { action: "export-not-made", detail: "full disk".into() },
        Error::NoDataDir,
        Error::Secret(SecretError::Failed("dbus".into())),
        Error::Secret(SecretError::Unavailable("no keychain".into())),
        Error::Secret(SecretError::WrongPassphrase),
        Error::Secret(SecretError::ShortPassphrase { min: 8 }),
        Error::Secret(SecretError::Damaged("bad base64".into())),
        Error::Invalid { said: Said::new("desk-no-such-profile").with("name", "live"), field: None },
    ];
    for error in &errors {
        let (sv, en) = (error.message(Language::Swedish), error.message(Language::English));
        assert!(
            !sv.starts_with("desk-") && !en.starts_with("desk-"),
            "{error:?} has its message: {sv} / {en}"
        );
        assert_ne!(sv, en, "{error:?} is written in each language");
        assert_eq!(error.to_string(), en, "the log's text is the English sentence");
    }
    let secret = Error::Secret(SecretError::Failed("dbus".into())).message(Language::English);
    assert_eq!(secret, "The secret store failed: dbus", "said once, not twice");
    let busy = CommandError::new(Error::Busy { dir: "/data".into() }, Language::Swedish);
    assert!(busy.message.starts_with("En annan Transfer Desk"), "{}", busy.message);
    assert!(!busy.message.contains("Another"), "one language at a time: {}", busy.message);
}

#[test]
fn a_wrong_passphrase_is_refused_on_its_field() {
    let error = Error::Secret(crate::secrets::SecretError::WrongPassphrase);
    let refused = CommandError::new(error, Language::English);
    assert_eq!(refused.code, ErrorCode::Validation);
    assert_eq!(refused.field.as_deref(), Some("secrets.passphrase"));
    assert_eq!(refused.message, "The passphrase does not open the secrets file.");
}
