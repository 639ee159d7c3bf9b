//! `desk pnr parse` and `desk pnr suggest`: a PNR as the agent copied it from Amadeus, read as
//! the app reads a paste — what was read and what was not, and the transfers it needs.

use std::io::Read as _;
use std::path::Path;

use desk::{Core, Said};
use serde::Serialize;

use crate::input::{Failure, unreadable, usage};
use crate::output::{cell, json, table};
use crate::words::{say, t};

/// The text of `file` (`-`: standard input).
fn text_of(file: &Path) -> Result<String, Failure> {
    let unreadable = |error: std::io::Error| usage(unreadable(file, error));
    if file == Path::new("-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(unreadable)?;
        return Ok(text);
    }
    std::fs::read_to_string(file).map_err(unreadable)
}

/// A value's name as it is serialised (`notAnElement`): the tail of its message id.
fn name_of(value: &impl Serialize) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn local(time: &Option<chrono::DateTime<chrono::FixedOffset>>, naive: chrono::NaiveDateTime) -> String {
    time.map_or_else(
        || naive.format("%Y-%m-%d %H:%M").to_string(),
        |t| t.format("%Y-%m-%d %H:%M %:z").to_string(),
    )
}

fn print_unread(pnr: &pnr::Pnr) {
    if pnr.unread.is_empty() {
        return;
    }
    say!();
    say!("{}", t("cli-pnr-unread"));
    let rows = pnr
        .unread
        .iter()
        .map(|u| {
            vec![
                u.line.to_string(),
                u.text.clone(),
                say(&Said::new(format!("pnr-unread-{}", name_of(&u.why)))),
            ]
        })
        .collect::<Vec<_>>();
    table(&["cli-col-line", "cli-col-text", "cli-col-why"], &rows);
}

/// `desk pnr parse FILE`: what the PNR holds.
pub fn parse(file: &Path, as_json: bool) -> Result<(), Failure> {
    let pnr = desk::pnr::read(&text_of(file)?);
    if as_json {
        json(&pnr);
        return Ok(());
    }
    say!(
        "{} {}  {} {}",
        t("cli-pnr-locator"),
        cell(pnr.locator.as_ref()),
        t("cli-pnr-office"),
        cell(pnr.office.as_ref())
    );
    let passengers = pnr
        .passengers
        .iter()
        .map(|p| {
            vec![
                p.element.to_string(),
                format!("{} {}", p.first_name, p.last_name),
                cell(p.title.as_ref()),
                say(&Said::new(format!("pnr-traveller-{}", name_of(&p.traveller)))),
                cell(p.born),
            ]
        })
        .collect::<Vec<_>>();
    table(
        &["cli-col-element", "cli-col-passenger", "cli-col-title", "cli-col-traveller", "cli-col-born"],
        &passengers,
    );
    say!();
    let flights = pnr
        .flights
        .iter()
        .map(|f| {
            vec![
                f.element.to_string(),
                f.number.clone(),
                f.from.clone(),
                local(&f.departs_at, f.departs),
                f.to.clone(),
                local(&f.arrives_at, f.arrives),
                f.status.clone(),
            ]
        })
        .collect::<Vec<_>>();
    table(
        &[
            "cli-col-element",
            "cli-col-flight",
            "cli-col-from",
            "cli-col-departs",
            "cli-col-to",
            "cli-col-arrives",
            "cli-col-status",
        ],
        &flights,
    );
    say!();
    let contacts = pnr
        .contacts
        .iter()
        .map(|c| {
            let kind = say(&Said::new(format!("pnr-contact-{}", name_of(&c.kind))));
            vec![c.element.to_string(), kind, c.value.clone(), c.source.clone()]
        })
        .collect::<Vec<_>>();
    table(&["cli-col-element", "cli-col-kind", "cli-col-contact", "cli-col-source"], &contacts);
    print_unread(&pnr);
    Ok(())
}

/// `desk pnr suggest FILE`: the transfers the PNR's flights need, with the lead times of the
/// app's Settings.
pub async fn suggest(core: &Core, file: &Path, as_json: bool) -> Result<(), Failure> {
    let lead = desk::AppPaths::resolve()
        .map(|paths| desk::settings::stored(&paths.settings_file()).lead_times)
        .unwrap_or_default();
    let suggestion = core.suggest_transfers(&text_of(file)?, &lead).await?;
    if as_json {
        json(&suggestion);
        return Ok(());
    }
    if let Some(traveller) = &suggestion.traveller {
        say!(
            "{} {} {}  {}",
            t("cli-col-passenger"),
            traveller.first_name,
            traveller.last_name,
            traveller.phone
        );
    }
    let legs = suggestion
        .legs
        .iter()
        .map(|leg| {
            vec![
                leg.flight.clone(),
                t(if leg.arrival { "cli-pnr-from-airport" } else { "cli-pnr-to-airport" }),
                leg.airport.clone(),
                leg.at.format("%Y-%m-%d %H:%M").to_string(),
                leg.pickup.format("%Y-%m-%d %H:%M").to_string(),
                leg.lead_minutes.to_string(),
            ]
        })
        .collect::<Vec<_>>();
    table(
        &[
            "cli-col-flight",
            "cli-col-leg",
            "cli-col-airport",
            "cli-col-flight-time",
            "cli-col-pickup",
            "cli-col-lead",
        ],
        &legs,
    );
    if !suggestion.left.is_empty() {
        say!();
        let rows = suggestion
            .left
            .iter()
            .map(|left| {
                let why = Said::new(format!("pnr-left-{}", name_of(&left.why)))
                    .with("airport", left.airport.clone().unwrap_or_default());
                vec![left.flight.clone(), say(&why)]
            })
            .collect::<Vec<_>>();
        table(&["cli-col-flight", "cli-col-no-transfer"], &rows);
    }
    print_unread(&suggestion.pnr);
    Ok(())
}
