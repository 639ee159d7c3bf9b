//! Query parameters as FTBook's search calls receive them.

use chrono::{DateTime, FixedOffset};

/// The query pairs of a request, in order (`serviceName` may repeat).
pub struct Params(pub Vec<(String, String)>);

/// A parameter's state: absent, present but blank, or a value.
pub enum Param<'a> {
    Absent,
    Blank,
    Value(&'a str),
}

impl Params {
    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Param<'_> {
        match self.0.iter().find(|(k, _)| k == name) {
            None => Param::Absent,
            Some((_, v)) if v.trim().is_empty() => Param::Blank,
            Some((_, v)) => Param::Value(v.trim()),
        }
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim()).collect()
    }

    /// The value of `name`, if present and not blank.
    pub fn value(&self, name: &str) -> Option<&str> {
        match self.get(name) {
            Param::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// Reads a time in FTBook's documented form (`2014-05-28T22:33:44+02:00`, 25 characters).
pub fn time(text: &str) -> Option<DateTime<FixedOffset>> {
    super::checks::documented_time(text)
}

/// Reads `true` or `false`.
pub fn boolean(text: &str) -> Option<bool> {
    match text {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}
