//! What the agent typed into a place field, understood before FTBook is asked: a pasted
//! `Sveavägen 44, 111 34 Stockholm` is the street and number, a postcode and a city. FTBook's
//! search takes `street number, location`, and a postcode in it finds nothing, so the postcode
//! is taken out of the search and kept to rank the hits by.

/// A place field's text, understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    /// What FTBook is asked (`Sveavägen 44, Stockholm`).
    pub search: String,
    /// The name typed, without house number or location, folded (`sveavagen`).
    pub name: String,
    /// A Swedish postcode typed with it (`111 34` → 11134).
    pub zip: Option<u32>,
    /// A city or district typed after the name (`Stockholm`).
    pub within: Option<String>,
}

/// A Swedish postcode: `11134` or `111 34` (the words given, as split on spaces).
fn postcode(words: &[&str]) -> Option<(u32, usize)> {
    match words {
        [first, second, ..] if digits(first, 3) && digits(second, 2) => {
            Some((format!("{first}{second}").parse().ok()?, 2))
        }
        [first, ..] if digits(first, 5) => Some((first.parse().ok()?, 1)),
        _ => None,
    }
}

fn digits(word: &str, count: usize) -> bool {
    word.len() == count && word.chars().all(|c| c.is_ascii_digit())
}

/// Country names a pasted address may end with; FTBook's places are all in Sweden.
const COUNTRIES: &[&str] = &["sverige", "sweden", "se"];

/// Understands `text` as an agent types or pastes it.
pub fn understand(text: &str) -> Typed {
    let mut parts: Vec<&str> = text.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    parts.retain(|part| !COUNTRIES.contains(&fold(part).as_str()));
    let mut zip = None;
    let mut within = Vec::new();
    // The first part is the street and number, unless a postcode follows them without a comma
    // (`Sveavägen 44 111 34 Stockholm`).
    let first = parts.first().copied().unwrap_or_default();
    let words: Vec<&str> = first.split_whitespace().collect();
    let mut street = words.clone();
    if let Some(at) = (2..words.len()).find(|&i| postcode(&words[i..]).is_some())
        && let Some((code, used)) = postcode(&words[at..])
    {
        zip = Some(code);
        street = words[..at].to_vec();
        let rest = words[at + used..].join(" ");
        if !rest.is_empty() {
            within.push(rest);
        }
    }
    for part in parts.iter().skip(1) {
        let words: Vec<&str> = part.split_whitespace().collect();
        match postcode(&words) {
            Some((code, used)) => {
                zip = Some(code);
                let rest = words[used..].join(" ");
                if !rest.is_empty() {
                    within.push(rest);
                }
            }
            None => within.push((*part).to_owned()),
        }
    }
    let within = within.into_iter().next();
    let street = street.join(" ");
    let search = match &within {
        Some(place) => format!("{street}, {place}"),
        None => street.clone(),
    };
    let name_words: Vec<&str> = street.split_whitespace().collect();
    let name = match name_words.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.starts_with(|c: char| c.is_ascii_digit()) => {
            rest.join(" ")
        }
        _ => street.clone(),
    };
    Typed { search, name: fold(&name), zip, within }
}

/// Folds case and Swedish letters for comparing (`Ärnagatan` → `arnagatan`), so an agent who
/// types without å, ä and ö still matches.
pub fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' => 'u',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_address_is_its_street_and_city_with_the_postcode_kept_aside() {
        let typed = understand("Sveavägen 44, 111 34 Stockholm");
        assert_eq!(typed.search, "Sveavägen 44, Stockholm");
        assert_eq!(typed.zip, Some(11134));
        assert_eq!(typed.name, "sveavagen");
        assert_eq!(typed.within.as_deref(), Some("Stockholm"));
        for same in [
            "Sveavägen 44, 11134 Stockholm",
            "Sveavägen 44 111 34 Stockholm",
            "Sveavägen 44, 111 34 Stockholm, Sverige",
        ] {
            assert_eq!(understand(same).search, "Sveavägen 44, Stockholm", "{same}");
            assert_eq!(understand(same).zip, Some(11134), "{same}");
        }
        let bare = understand("Sveavägen 44, 111 34");
        assert_eq!((bare.search.as_str(), bare.zip), ("Sveavägen 44", Some(11134)));
    }

    #[test]
    fn what_is_typed_plainly_is_asked_as_typed() {
        for text in ["arl", "ARN", "Kungsgatan 10", "Grand", "Drottningholmsvägen 37, Stockholm"] {
            let typed = understand(text);
            assert_eq!(typed.search, text);
            assert_eq!(typed.zip, None);
        }
        assert_eq!(understand("Kungsgatan 10").name, "kungsgatan");
        assert_eq!(understand("ARN").name, "arn");
        // A house number is not a postcode: the postcode comes after the street and number.
        assert_eq!(understand("Gatan 111 34").zip, None);
        assert_eq!(understand("Väg 11134").zip, None);
    }
}
