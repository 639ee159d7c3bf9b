//! A booking's voucher: one A4 page the traveller carries (or the agent e-mails), with a title,
//! a line under it, the booking's fields as label and value, and notes at the foot (the
//! supplier's contact line). Made with krilla, in DejaVu Sans (embedded, subset: Swedish letters
//! and every Latin one print), with the text kept as text so it can be searched and read back.

use std::sync::{Arc, LazyLock};

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::{Error, Result};

/// What a voucher says, in the language it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voucher {
    /// The document's language (`sv`, `en`), for readers and screen readers.
    pub language: String,
    /// `Resebevis` / `Travel voucher`.
    pub title: String,
    /// Under the title: the product and the reference.
    pub subtitle: String,
    /// The booking's fields, label and value, in order.
    pub rows: Vec<(String, String)>,
    /// At the foot: the supplier's contact line, and anything the traveller should know.
    pub notes: Vec<String>,
}

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// The fonts, read once.
static FONTS: LazyLock<Option<(Font, Font)>> = LazyLock::new(|| {
    let regular = Font::new(Arc::new(REGULAR.to_vec()).into(), 0)?;
    let bold = Font::new(Arc::new(BOLD.to_vec()).into(), 0)?;
    Some((regular, bold))
});

/// A4, in points.
const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
/// Where values start, right of their labels.
const VALUE_X: f32 = 220.0;
const VALUE_SIZE: f32 = 12.0;
const LABEL_SIZE: f32 = 10.0;
/// DejaVu Sans's characters are about this wide for their size, on average: enough to wrap a
/// long address before the margin without measuring each glyph.
const AVERAGE_WIDTH: f32 = 0.56;

/// The voucher as a PDF file.
pub fn pdf(voucher: &Voucher) -> Result<Vec<u8>> {
    let (regular, bold) = FONTS.clone().ok_or_else(|| Error::Pdf("embedded font unreadable".into()))?;
    let mut document = Document::new();
    document.set_metadata(Metadata::new().title(voucher.title.clone()).language(voucher.language.clone()));
    let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| Error::Pdf("no A4 page".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();

    band(&mut surface, 0.0, 0.0, WIDTH, 110.0, rgb::Color::new(18, 52, 86));
    surface.set_fill(Some(fill(rgb::Color::new(255, 255, 255))));
    text(&mut surface, &bold, 24.0, MARGIN, 62.0, &voucher.title);
    text(&mut surface, &regular, 12.0, MARGIN, 88.0, &voucher.subtitle);

    let mut y = 150.0;
    let value_chars = chars_that_fit(WIDTH - MARGIN - VALUE_X, VALUE_SIZE);
    for (label, value) in &voucher.rows {
        surface.set_fill(Some(fill(rgb::Color::new(95, 105, 115))));
        text(&mut surface, &regular, LABEL_SIZE, MARGIN, y, label);
        surface.set_fill(Some(fill(rgb::Color::new(20, 25, 30))));
        for line in wrap(value, value_chars) {
            text(&mut surface, &regular, VALUE_SIZE, VALUE_X, y, &line);
            y += VALUE_SIZE * 1.45;
        }
        y += 6.0;
    }

    band(&mut surface, MARGIN, y + 8.0, WIDTH - 2.0 * MARGIN, 0.8, rgb::Color::new(200, 205, 210));
    y += 32.0;
    surface.set_fill(Some(fill(rgb::Color::new(20, 25, 30))));
    let note_chars = chars_that_fit(WIDTH - 2.0 * MARGIN, LABEL_SIZE + 1.0);
    for note in &voucher.notes {
        for line in wrap(note, note_chars) {
            text(&mut surface, &regular, LABEL_SIZE + 1.0, MARGIN, y, &line);
            y += (LABEL_SIZE + 1.0) * 1.5;
        }
    }
    surface.finish();
    page.finish();
    document.finish().map_err(|error| Error::Pdf(format!("{error:?}")))
}

fn fill(color: rgb::Color) -> Fill {
    Fill { paint: color.into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn text(surface: &mut Surface<'_>, font: &Font, size: f32, x: f32, y: f32, line: &str) {
    surface.draw_text(Point::from_xy(x, y), font.clone(), size, line, false, TextDirection::Auto);
}

/// A filled rectangle (the title's band, the rule above the notes).
fn band(surface: &mut Surface<'_>, x: f32, y: f32, width: f32, height: f32, color: rgb::Color) {
    let mut path = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(x, y, width, height) {
        path.push_rect(rect);
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(fill(color)));
        surface.draw_path(&path);
    }
}

fn chars_that_fit(width: f32, size: f32) -> usize {
    // A page's width in characters: a small positive number, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let chars = (width / (size * AVERAGE_WIDTH)).floor().max(8.0) as usize;
    chars
}

/// `text` in lines of at most `width` characters, broken between words (a word longer than a
/// line is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_owned();
        while word.chars().count() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let cut: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(cut);
        }
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voucher() -> Voucher {
        Voucher {
            language: "sv".into(),
            title: "Resebevis".into(),
            subtitle: "Egen TAXI · 2026000000001".into(),
            rows: vec![
                ("Bokningsnummer".into(), "2026000000001".into()),
                ("Resans referens".into(), "R000000001".into()),
                ("Resenär".into(), "Karin Öberg".into()),
                (
                    "Hämtning".into(),
                    "2026-12-12 03:55 · Drottningholmsvägen 37, Kungsholmen (Stockholm)".into(),
                ),
                ("Pris inkl. moms".into(), "679,00 kr".into()),
            ],
            notes: vec!["Frågor om resan: Flygtaxi, info@flygtaxi.se".into()],
        }
    }

    #[test]
    fn the_text_of_the_pdf_holds_every_field_in_swedish_letters() {
        let bytes = pdf(&voucher()).expect("a PDF");
        assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
        let text = pdf_extract::extract_text_from_mem(&bytes).expect("its text");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "Resebevis",
            "Egen TAXI · 2026000000001",
            "Resans referens R000000001",
            "Resenär Karin Öberg",
            "Drottningholmsvägen 37",
            "679,00 kr",
            "Frågor om resan: Flygtaxi, info@flygtaxi.se",
        ] {
            assert!(flat.contains(expected), "{expected:?} is not in {flat:?}");
        }
    }

    #[test]
    fn long_values_wrap_between_words() {
        assert_eq!(
            wrap("Drottningholmsvägen 37, Kungsholmen (Stockholm)", 24),
            ["Drottningholmsvägen 37,", "Kungsholmen (Stockholm)"]
        );
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("abcdefghijkl", 5), ["abcde", "fghij", "kl"]);
    }
}
