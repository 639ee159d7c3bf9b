//! A clear sentence, instead of a toolkit panic, when there is no display to open a window on.

/// Says why no window can be opened, or `None` when a display is available.
pub fn missing(language: desk::Language) -> Option<String> {
    missing_in(|name| std::env::var_os(name).filter(|value| !value.is_empty()).is_some(), language)
}

/// The check itself, with the environment injected so it can be tested.
fn missing_in(is_set: impl Fn(&str) -> bool, language: desk::Language) -> Option<String> {
    if !cfg!(all(unix, not(target_os = "macos"))) || is_set("DISPLAY") || is_set("WAYLAND_DISPLAY") {
        return None;
    }
    Some(desk::Said::new("desk-no-display").text(language))
}

#[cfg(all(test, unix, not(target_os = "macos")))]
mod tests {
    use super::missing_in;
    use desk::Language;

    #[test]
    fn a_display_of_either_kind_is_enough() {
        assert_eq!(missing_in(|name| name == "DISPLAY", Language::English), None, "X11 display");
        assert_eq!(missing_in(|name| name == "WAYLAND_DISPLAY", Language::English), None, "Wayland display");
    }

    #[test]
    fn no_display_is_one_sentence_that_says_how_to_use_xvfb() {
        for language in Language::ALL {
            let sentence = missing_in(|_| false, language).expect("no display must be reported");
            assert!(sentence.contains("xvfb-run"), "the sentence must say how to run under Xvfb");
            assert!(!sentence.contains('\n'), "one sentence, one line");
        }
    }
}
