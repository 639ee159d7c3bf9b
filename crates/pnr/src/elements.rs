//! The `RT` display cut into its elements. Amadeus numbers every element (`  3  SK1415 …`,
//! `  5 APM …`) and puts several names on one line (`  1.OBERG/KARIN MRS   2.OBERG/PER MR`); an
//! element too long for the screen goes on in indented lines without a number, which are joined
//! back here. Headers (`RP/…`), the `--- TST RLR ---` banner, the command echo (`RTQX7Z2K`) and
//! page marks (`)`, `>`) are recognised and dropped.

use regex_lite::Regex;
use std::sync::LazyLock;

/// The width of Amadeus's display: a line this long was cut by the screen, not at a word, so the
/// next one continues it without a space.
const SCREEN_WIDTH: usize = 64;

/// One piece of the display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// The `RP/` header, or the line under it (`STOS12345/0001AA/25NOV26`).
    Header(String),
    /// A name element: its number and `LAST/FIRST TITLE(…)`.
    Name { element: u32, text: String },
    /// Any other element: its number and its text after the number.
    Element { element: u32, text: String },
    /// A line that is none of these.
    Stray(String),
}

/// A piece and the line it starts on (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Located {
    pub line: u32,
    pub piece: Piece,
}

static NAME_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(\d{1,3})\.(\S)").expect("a pattern"));
static ELEMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,3})\s+(\S.*)$").expect("a pattern"));
static ECHO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:RT[A-Z0-9]{0,8}|RT\s+[A-Z0-9]{6}|IR|IG|ER|ET)$").expect("a pattern"));
static SUBHEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z]{3}[A-Z0-9]{2,6}/\d{4}[A-Z]{2}/\d{2}[A-Z]{3}\d{2}").expect("a pattern")
});

/// The line without what the terminal adds: tabs, the prompt `>`, and the page mark `)` (or
/// `)>`) that stands alone at a line's end — a `)` right after text closes the element's own
/// bracket (`(CHD/12MAR16)`).
fn clean(raw: &str) -> String {
    let line = raw.replace('\t', "    ");
    let line = line.trim_end();
    let line = line.strip_prefix('>').unwrap_or(line);
    let line = line.strip_suffix(">").unwrap_or(line).trim_end();
    let marked = line.strip_suffix(')').filter(|before| before.is_empty() || before.ends_with(' '));
    marked.unwrap_or(line).trim_end().to_owned()
}

/// Joins a wrapped line to its element: directly when the screen cut it, else with a space.
fn join(text: &mut String, previous_width: usize, more: &str) {
    if previous_width < SCREEN_WIDTH && !text.ends_with('/') && !more.starts_with('/') {
        text.push(' ');
    }
    text.push_str(more);
}

/// The display's pieces, each with the line it starts on.
pub(crate) fn split(text: &str) -> Vec<Located> {
    let mut pieces: Vec<Located> = Vec::new();
    let mut previous_width = 0;
    for (index, raw) in text.lines().enumerate() {
        let line_number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let line = clean(raw);
        let trimmed = line.trim_start();
        let width = line.chars().count();
        if trimmed.is_empty() || trimmed.starts_with("---") || ECHO.is_match(trimmed) {
            previous_width = 0;
            continue;
        }
        let indented = line.starts_with(' ');
        let at = |piece| Located { line: line_number, piece };
        if trimmed.starts_with("RP/") || SUBHEADER.is_match(trimmed) {
            pieces.push(at(Piece::Header(trimmed.to_owned())));
        } else if trimmed.chars().next().is_some_and(|c| c.is_ascii_digit())
            && NAME_START.find(trimmed).is_some_and(|m| m.start() == 0)
        {
            let starts: Vec<_> = NAME_START.captures_iter(trimmed).collect();
            for (i, name) in starts.iter().enumerate() {
                let (Some(number), Some(first)) = (name.get(1), name.get(2)) else { continue };
                let end = starts.get(i + 1).and_then(|next| next.get(0)).map_or(trimmed.len(), |m| m.start());
                let element = number.as_str().parse().unwrap_or(0);
                let text = trimmed[first.start()..end].trim().to_owned();
                pieces.push(at(Piece::Name { element, text }));
            }
        } else if let Some(element) = ELEMENT.captures(trimmed) {
            let number = element.get(1).map_or("0", |m| m.as_str()).parse().unwrap_or(0);
            let text = element.get(2).map_or("", |m| m.as_str()).trim().to_owned();
            pieces.push(at(Piece::Element { element: number, text }));
        } else if indented
            && let Some(last) = pieces.last_mut()
            && !matches!(last.piece, Piece::Stray(_))
        {
            match &mut last.piece {
                Piece::Header(text) | Piece::Name { text, .. } | Piece::Element { text, .. } => {
                    join(text, previous_width, trimmed)
                }
                Piece::Stray(_) => {}
            }
        } else {
            pieces.push(at(Piece::Stray(trimmed.to_owned())));
        }
        previous_width = width;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(display: &str) -> Vec<Piece> {
        split(display).into_iter().map(|l| l.piece).collect()
    }

    #[test]
    fn names_on_one_line_are_elements_of_their_own() {
        assert_eq!(
            texts("  1.OBERG/KARIN MRS   2.OBERG/PER MR\n  3.OBERG/ELSA MISS(CHD/12MAR16)"),
            vec![
                Piece::Name { element: 1, text: "OBERG/KARIN MRS".into() },
                Piece::Name { element: 2, text: "OBERG/PER MR".into() },
                Piece::Name { element: 3, text: "OBERG/ELSA MISS(CHD/12MAR16)".into() },
            ]
        );
    }

    #[test]
    fn a_wrapped_element_is_joined_and_echo_banner_and_page_marks_dropped() {
        let display = "RTQX7Z2K\n--- TST RLR ---\n  4 SSR DOCS SK HK1 P/SE/12345678/SE/12MAY80/F/31DEC30/OBERG/KARIN\n       /P1\n  5 RM PLEASE CALL\n       ON ARRIVAL )\n>";
        assert_eq!(
            texts(display),
            vec![
                Piece::Element {
                    element: 4,
                    text: "SSR DOCS SK HK1 P/SE/12345678/SE/12MAY80/F/31DEC30/OBERG/KARIN/P1".into()
                },
                Piece::Element { element: 5, text: "RM PLEASE CALL ON ARRIVAL".into() },
            ]
        );
    }

    #[test]
    fn a_line_cut_by_the_screen_goes_on_without_a_space() {
        let first = format!("  6 RM {}", "A".repeat(SCREEN_WIDTH - 7));
        let display = format!("{first}\n       BC");
        let Piece::Element { text, .. } = &texts(&display)[0] else { panic!("an element") };
        assert!(text.ends_with("AABC"), "{text}");
    }
}
