//! What each command does, on the desk core.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use desk::booking::{FasttrakDraft, FtbookDraft};
use desk::quotes::{OfferKey, Place, TripRequest, When};
use desk::request::{BookingRequest, ConnectionInput, PassengerInput, ReferenceInput};
use desk::secrets::{self, EncryptedFile, Keychain, Memory, SecretStore, SecretStoreKind};
use desk::{AppPaths, Core, Error, Language, Options, Profile, Sandbox, UrlOverrides};
use secrecy::SecretString;

use crate::args::{Book, BookSupplier, Cli, Command, Global, TboCommand, Trip};
use crate::output::{cell, json, table};

/// Why the command failed: the exit code and what to print.
pub struct Failure {
    pub code: u8,
    pub text: String,
}

fn usage(text: impl Into<String>) -> Failure {
    Failure { code: 2, text: format!("desk: {}", text.into()) }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        match error {
            Error::Rejected { supplier, faults } => {
                let lines: Vec<String> = faults
                    .iter()
                    .map(|f| {
                        let code = f.code.map(|c| format!("{c} ")).unwrap_or_default();
                        let field = f.field.as_deref().map(|f| format!("[{f}] ")).unwrap_or_default();
                        format!("  {code}{field}{}", f.sentence)
                    })
                    .collect();
                Failure { code: 1, text: format!("{supplier} refused:\n{}", lines.join("\n")) }
            }
            Error::Offline { .. } | Error::Unknown { .. } => Failure { code: 3, text: error.to_string() },
            Error::Validation { message, field } => Failure {
                code: 1,
                text: match field {
                    Some(field) => format!("{message} [{field}]"),
                    None => message,
                },
            },
            other => Failure { code: 1, text: other.to_string() },
        }
    }
}

/// A time as agents type it: `2026-12-01T09:00+01:00` or with seconds.
fn time(text: &str) -> Result<DateTime<FixedOffset>, Failure> {
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%:z"))
        .map_err(|_| usage(format!("{text} is not a time; write it as 2026-12-01T09:00+01:00")))
}

/// A place: a three-letter code is a terminal, anything else an address `Street 12B, City`.
pub fn place(text: &str) -> Place {
    let text = text.trim();
    if text.len() == 3 && text.chars().all(|c| c.is_ascii_alphabetic()) {
        return Place::Terminal { code: text.to_uppercase() };
    }
    let (main, city) = match text.split_once(',') {
        Some((main, city)) => (main.trim(), Some(city.trim().to_owned()).filter(|c| !c.is_empty())),
        None => (text, None),
    };
    let mut words: Vec<&str> = main.split_whitespace().collect();
    let (mut number, mut letter) = (None, None);
    if words.len() > 1
        && let Some(last) = words.last()
    {
        let digits: String = last.chars().take_while(char::is_ascii_digit).collect();
        let rest: String = last.chars().skip(digits.len()).collect();
        if !digits.is_empty() && rest.chars().count() <= 1 {
            number = Some(digits);
            letter = Some(rest.to_uppercase()).filter(|l| !l.is_empty());
            words.pop();
        }
    }
    Place::Street { name: words.join(" "), number, letter, city }
}

fn trip(trip: &Trip) -> Result<TripRequest, Failure> {
    let from = trip.from.as_deref().ok_or_else(|| usage("--from is needed"))?;
    let to = trip.to.as_deref().ok_or_else(|| usage("--to is needed"))?;
    let when = match (&trip.pickup, &trip.departure, &trip.arrival) {
        (Some(at), _, _) => When::Pickup { at: time(at)? },
        (_, Some(at), _) => When::Connection { at: time(at)?, arrival: false },
        (_, _, Some(at)) => When::Connection { at: time(at)?, arrival: true },
        _ => return Err(usage("say when: --pickup, --departure or --arrival")),
    };
    Ok(TripRequest {
        from: place(from),
        to: place(to),
        when,
        passengers: trip.passengers,
        bags: trip.bags,
        regular_taxi: trip.taxi,
        service: None,
    })
}

fn secret_store(profile: Profile, paths: &AppPaths) -> Result<Arc<dyn SecretStore>, Failure> {
    if profile == Profile::Sandbox {
        return Ok(Arc::new(Memory::default()));
    }
    if secrets::detect() == SecretStoreKind::Keychain {
        return Ok(Arc::new(Keychain::new()));
    }
    match std::env::var("DESK_SECRETS_PASSPHRASE") {
        Ok(passphrase) if !passphrase.is_empty() => {
            let file = EncryptedFile::open(
                &paths.data_dir.join(secrets::file::FILE_NAME),
                &SecretString::from(passphrase),
            )
            .map_err(|e| Failure { code: 1, text: e.to_string() })?;
            Ok(Arc::new(file))
        }
        _ => {
            eprintln!(
                "desk: no working keychain here and DESK_SECRETS_PASSPHRASE is not set: using credentials from DESK_* variables only"
            );
            Ok(Arc::new(Memory::default()))
        }
    }
}

async fn open(global: &Global) -> Result<Core, Failure> {
    let profile = Profile::parse(&global.profile).map_err(|e| usage(e.to_string()))?;
    let language = Language::parse(&global.lang).map_err(|e| usage(e.to_string()))?;
    let paths = AppPaths::resolve().map_err(Failure::from)?;
    paths.create().map_err(Failure::from)?;
    let mut overrides = UrlOverrides {
        ftbook: global.ftbook_url.clone(),
        fasttrak: global.fasttrak_url.clone(),
        tbo: global.tbo_url.clone(),
    };
    if let Some(root) = &global.sandbox_url {
        let root = root.trim_end_matches('/');
        overrides.ftbook.get_or_insert(format!("{root}{}/", sandbox::ftbook::PREFIX));
        overrides.fasttrak.get_or_insert(format!("{root}{}/", sandbox::fasttrak::PREFIX));
        overrides.tbo.get_or_insert(format!("{root}{}/", sandbox::tbo::PREFIX));
    }
    let external = overrides.ftbook.is_some() || overrides.fasttrak.is_some() || overrides.tbo.is_some();
    let sandbox = if profile == Profile::Sandbox && !external {
        Some(Sandbox::start(&paths).await.map_err(Failure::from)?)
    } else {
        None
    };
    let secrets = secret_store(profile, &paths)?;
    Core::open(Options { paths, profile, language, overrides, secrets, credentials_from_env: true, sandbox })
        .map_err(Failure::from)
}

/// Runs the command.
pub async fn run(cli: Cli) -> Result<(), Failure> {
    let global = &cli.global;
    if let Command::Sandbox { port, state } = &cli.command {
        return run_sandbox(*port, state.clone()).await;
    }
    let core = open(global).await?;
    let profile = core.profile().name();
    match &cli.command {
        Command::Sandbox { .. } => Ok(()),
        Command::Services { connection, direction, date } => {
            let query = ftbook::query::ServicesQuery {
                connection_code: connection.to_uppercase(),
                direction: direction_of(direction)?,
                date: time(date)?,
                language: Some(ftbook_language(core.language())),
            };
            let services =
                core.ftbook_client()?.services(&query).await.map_err(|e| ftbook_failure(&e, &core))?;
            if global.json {
                json(&services);
            } else {
                let rows = services
                    .iter()
                    .map(|s| {
                        vec![s.name.to_string(), cell(s.address_type.as_ref()), cell(s.description.as_ref())]
                    })
                    .collect::<Vec<_>>();
                table(&["service", "address", "description"], &rows);
            }
            Ok(())
        }
        Command::Streets { search } => {
            let query = ftbook::query::StreetSearch { search: Some(search.clone()), ..Default::default() };
            let found =
                core.ftbook_client()?.search_streets(&query).await.map_err(|e| ftbook_failure(&e, &core))?;
            if global.json {
                json(&found);
            } else {
                let rows = found
                    .streets
                    .iter()
                    .map(|s| {
                        vec![
                            cell(s.name.as_ref()),
                            cell(s.number),
                            cell(s.location.as_ref().and_then(|l| l.name.as_ref())),
                            cell(s.location.as_ref().and_then(|l| l.code.as_ref())),
                            cell(s.zipcode),
                        ]
                    })
                    .collect::<Vec<_>>();
                table(&["name", "number", "location", "code", "zip"], &rows);
                if found.more_results_available {
                    say!("(more results: narrow the search)");
                }
            }
            Ok(())
        }
        Command::Locations { connection, direction, date, service } => {
            let query = ftbook::query::ServiceLocationsQuery {
                connection: ftbook::query::ServicesQuery {
                    connection_code: connection.to_uppercase(),
                    direction: direction_of(direction)?,
                    date: time(date)?,
                    language: Some(ftbook_language(core.language())),
                },
                service_name: ftbook::model::ServiceName::from(service.as_str()),
            };
            let found = core
                .ftbook_client()?
                .service_locations(&query)
                .await
                .map_err(|e| ftbook_failure(&e, &core))?;
            if global.json {
                json(&found);
            } else {
                let rows = found
                    .iter()
                    .map(|l| {
                        vec![
                            cell(l.name.as_ref()),
                            cell(l.location_code.as_ref()),
                            cell(l.product_code.as_ref()),
                            cell(l.product_name.as_ref()),
                        ]
                    })
                    .collect::<Vec<_>>();
                table(&["name", "code", "product", "product name"], &rows);
            }
            Ok(())
        }
        Command::Availability(args) | Command::Quote(args) => {
            let request = trip(args)?;
            let mut offers = core.quotes(&request).await;
            if matches!(cli.command, Command::Availability(_)) {
                offers.offers.retain(|o| o.supplier == history::Supplier::Ftbook);
                offers.problems.retain(|p| p.supplier == desk::suppliers::FTBOOK);
            }
            if global.json {
                json(&offers);
            } else {
                for problem in &offers.problems {
                    say!("{}: {}", problem.supplier, problem.message);
                }
                let rows = offers
                    .offers
                    .iter()
                    .map(|o| {
                        vec![
                            format!("{:?}", o.supplier).to_lowercase(),
                            o.code.clone(),
                            o.name.clone(),
                            cell(o.capacity),
                            format!("{} {}", o.price_including_vat, o.currency),
                            cell(o.price_excluding_vat),
                            cell(o.pickup_time.map(|t| t.format("%Y-%m-%d %H:%M").to_string())),
                            cell(o.latest_cancel_time.map(|t| t.format("%Y-%m-%d %H:%M").to_string())),
                            o.rules.join("; "),
                        ]
                    })
                    .collect::<Vec<_>>();
                table(
                    &[
                        "supplier",
                        "code",
                        "product",
                        "max",
                        "price incl. VAT",
                        "excl. VAT",
                        "pickup",
                        "cancel by",
                        "rules",
                    ],
                    &rows,
                );
            }
            if offers.offers.is_empty() && !offers.problems.is_empty() {
                let setup = offers.problems.iter().all(|p| p.not_configured);
                return Err(Failure {
                    code: if setup { 1 } else { 3 },
                    text: "desk: no supplier gave offers".into(),
                });
            }
            Ok(())
        }
        Command::Book(book) => {
            core.reconcile_open().await?;
            let booked = self::book(&core, book).await?;
            if global.json {
                json(&booked);
            } else {
                print_booking(&booked.booking);
            }
            Ok(())
        }
        Command::Segments { reference } => {
            let client = core.ftbook_client()?;
            match client.segments(reference).await {
                Ok(segments) => {
                    if global.json {
                        json(&segments);
                    } else {
                        let rows = segments
                            .iter()
                            .map(desk::records::ftbook_segment)
                            .map(|s| segment_row(&s))
                            .collect::<Vec<_>>();
                        table(SEGMENT_HEADER, &rows);
                    }
                    Ok(())
                }
                Err(error @ (ftbook::Error::Unreachable(_) | ftbook::Error::NoReply(_))) => {
                    eprintln!(
                        "{}",
                        desk::suppliers::offline_sentence(desk::suppliers::FTBOOK, core.language())
                    );
                    show(&core, reference, global.json)?;
                    Err(Failure { code: 3, text: error.to_string() })
                }
                Err(error) => Err(ftbook_failure(&error, &core)),
            }
        }
        Command::Cancel { reference, booking } => {
            core.reconcile_open().await?;
            let view = if *booking {
                core.cancel_booking(reference).await?
            } else {
                core.cancel_segment(reference).await?
            };
            if global.json {
                json(&view);
            } else {
                print_booking(&view);
            }
            Ok(())
        }
        Command::Complete { reference } => {
            let view = core.complete(reference).await?;
            if global.json {
                json(&view)
            } else {
                print_booking(&view)
            }
            Ok(())
        }
        Command::History { query, supplier, status, limit } => {
            let filter = history::Filter {
                supplier: match supplier.as_deref() {
                    None => None,
                    Some(name) => Some(
                        history::Supplier::parse(name)
                            .ok_or_else(|| usage("--supplier is ftbook or fasttrak"))?,
                    ),
                },
                status: status.clone(),
                ..Default::default()
            };
            let rows = core
                .history()
                .search(profile, query.as_deref().unwrap_or(""), &filter, *limit)
                .map_err(Error::from)?;
            if global.json {
                json(&rows);
            } else {
                table(SEGMENT_HEADER, &rows.iter().map(history_row).collect::<Vec<_>>());
            }
            Ok(())
        }
        Command::Show { reference } => show(&core, reference, global.json),
        Command::Sync { reference } => {
            core.reconcile_open().await?;
            match reference {
                Some(reference) => {
                    let view = core.sync_one(reference).await?;
                    if global.json {
                        json(&view)
                    } else {
                        print_booking(&view)
                    }
                    Ok(())
                }
                None => {
                    let report = core.sync_recent().await?;
                    if global.json {
                        json(&report);
                    } else {
                        say!("refreshed {}, not refreshed {}", report.refreshed.len(), report.failed.len());
                        for (reference, why) in &report.failed {
                            say!("  {reference}: {why}");
                        }
                    }
                    if report.offline {
                        Err(Failure { code: 3, text: report.message.unwrap_or_default() })
                    } else {
                        Ok(())
                    }
                }
            }
        }
        Command::Reconcile => {
            let attempts = core.reconcile_open().await?;
            if global.json {
                json(&attempts);
            } else {
                let rows = attempts
                    .iter()
                    .map(|a| {
                        vec![
                            a.id.to_string(),
                            format!("{:?}", a.supplier).to_lowercase(),
                            format!("{:?}", a.kind),
                            a.state.as_str().to_owned(),
                            cell(a.booking_reference.as_ref()),
                        ]
                    })
                    .collect::<Vec<_>>();
                table(&["attempt", "supplier", "kind", "state", "booking"], &rows);
            }
            Ok(())
        }
        Command::Tbo { command: TboCommand::Balance } => {
            let balance = core.tbo_balance().await?;
            if global.json {
                json(&balance);
            } else {
                say!("agency type  {:?}", balance.agency_type);
                say!("cash         {}", balance.cash_balance);
                say!("credit       {}", balance.credit_balance);
            }
            Ok(())
        }
    }
}

fn ftbook_failure(error: &ftbook::Error, core: &Core) -> Failure {
    Failure::from(desk::suppliers::ftbook_error(error, core.language()))
}

fn ftbook_language(language: Language) -> ftbook::model::Language {
    match language {
        Language::Swedish => ftbook::model::Language::Swedish,
        Language::English => ftbook::model::Language::English,
    }
}

fn direction_of(text: &str) -> Result<ftbook::model::Direction, Failure> {
    match text.to_lowercase().as_str() {
        "departure" | "d" => Ok(ftbook::model::Direction::Departure),
        "arrival" | "a" => Ok(ftbook::model::Direction::Arrival),
        _ => Err(usage("--direction is departure or arrival")),
    }
}

async fn book(core: &Core, book: &Book) -> Result<desk::booking::Booked, Failure> {
    if let Some(file) = &book.file {
        let text = std::fs::read_to_string(file).map_err(|e| usage(format!("{}: {e}", file.display())))?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| usage(format!("{}: {e}", file.display())))?;
        if let Some(fasttrak) = value.get("fasttrak") {
            let draft: FasttrakDraft = serde_json::from_value(fasttrak.clone())
                .map_err(|e| usage(format!("the FASTTRAK draft: {e}")))?;
            return Ok(core.book_fasttrak(draft).await?);
        }
        let draft: FtbookDraft =
            serde_json::from_value(value).map_err(|e| usage(format!("the FTBook draft: {e}")))?;
        return Ok(core.book_ftbook(draft).await?);
    }
    let request = trip(&book.trip)?;
    let first = book.first_name.clone().ok_or_else(|| usage("--first-name is needed"))?;
    let last = book.last_name.clone().ok_or_else(|| usage("--last-name is needed"))?;
    let phone = book.phone.clone().ok_or_else(|| usage("--phone is needed"))?;
    let offers = core.quotes(&request).await;
    let wanted = match book.supplier {
        BookSupplier::Ftbook => {
            book.product.as_deref().ok_or_else(|| usage("--product is needed (see desk availability)"))?
        }
        BookSupplier::Fasttrak => {
            book.vehicle.as_deref().ok_or_else(|| usage("--vehicle is needed (see desk quote)"))?
        }
    };
    let offer = offers
        .offers
        .iter()
        .find(|o| match (&o.key, book.supplier) {
            (OfferKey::Ftbook { availability }, BookSupplier::Ftbook) => {
                availability.product.code.eq_ignore_ascii_case(wanted)
            }
            (OfferKey::Fasttrak { .. }, BookSupplier::Fasttrak) => o.name.eq_ignore_ascii_case(wanted),
            _ => false,
        })
        .ok_or_else(|| offer_missing(&offers, wanted))?;
    let connection = book.flight.as_ref().map(|number| ConnectionInput {
        number: number.clone(),
        other_code: book.flight_to.clone().or_else(|| book.flight_from.clone()).unwrap_or_default(),
        international: false,
        other_time: None,
    });
    let request = BookingRequest {
        trip: request,
        offer: offer.key.clone(),
        passenger: PassengerInput {
            first_name: first,
            last_name: last,
            phone,
            email: book.email.clone(),
            ..Default::default()
        },
        connection,
        info_to_driver: None,
        references: book
            .cost_centre
            .iter()
            .map(|value| ReferenceInput { kind: "COSTCENTER".into(), value: value.clone() })
            .collect(),
        debit_method: None,
        debit_reference: None,
        invoice_address: None,
        amadeus: book.amadeus.clone(),
        sabre: None,
    };
    Ok(core.book(&request).await?)
}

fn offer_missing(offers: &desk::quotes::Offers, wanted: &str) -> Failure {
    let problems: Vec<String> =
        offers.problems.iter().map(|p| format!("{}: {}", p.supplier, p.message)).collect();
    let offered: Vec<String> = offers.offers.iter().map(|o| format!("{} ({})", o.code, o.name)).collect();
    Failure {
        code: if problems.is_empty() { 1 } else { 3 },
        text: format!(
            "desk: {wanted} is not offered for this trip. Offered: {}. {}",
            offered.join(", "),
            problems.join(" ")
        ),
    }
}

const SEGMENT_HEADER: &[&str] =
    &["pickup", "passenger", "from", "to", "product", "price", "status", "booking", "segment"];

fn segment_row(s: &history::SegmentRecord) -> Vec<String> {
    vec![
        cell(s.pickup_time.map(|t| t.format("%Y-%m-%d %H:%M").to_string())),
        s.passenger.clone(),
        cell(s.pickup_place.as_ref()),
        cell(s.dropoff_place.as_ref()),
        s.product.clone(),
        cell(s.price.map(|p| format!("{p} {}", s.currency.clone().unwrap_or_default()))),
        s.status.clone(),
        String::new(),
        s.segment_ref.clone(),
    ]
}

fn history_row(s: &history::SegmentRow) -> Vec<String> {
    vec![
        cell(
            s.pickup_time
                .as_deref()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.format("%Y-%m-%d %H:%M").to_string()),
        ),
        s.passenger.clone(),
        cell(s.pickup_place.as_ref()),
        cell(s.dropoff_place.as_ref()),
        s.product.clone(),
        cell(s.price.as_ref().map(|p| format!("{p} {}", s.currency.clone().unwrap_or_default()))),
        s.status.clone(),
        s.booking_reference.clone(),
        s.segment_ref.clone(),
    ]
}

fn print_booking(view: &history::BookingView) {
    say!(
        "{} booking {}  status {}",
        format!("{:?}", view.supplier).to_lowercase(),
        view.reference,
        view.status
    );
    if let Some(amadeus) = &view.amadeus {
        say!("Amadeus {amadeus}");
    }
    table(SEGMENT_HEADER, &view.segments.iter().map(history_row).collect::<Vec<_>>());
    for segment in &view.segments {
        if let Some(latest) = &segment.latest_cancel_time {
            say!("{}: cancel by {latest}", segment.segment_ref);
        }
    }
    for attempt in &view.attempts {
        let events: Vec<&str> = attempt.events.iter().map(|e| e.event.as_str()).collect();
        say!("journal #{} {:?} {}: {}", attempt.id, attempt.kind, attempt.state.as_str(), events.join(" → "));
    }
}

fn show(core: &Core, reference: &str, as_json: bool) -> Result<(), Failure> {
    let view = core.history().booking(core.profile().name(), reference).map_err(Error::from)?;
    match view {
        Some(view) if as_json => {
            json(&view);
            Ok(())
        }
        Some(view) => {
            print_booking(&view);
            Ok(())
        }
        None => Err(Failure {
            code: 1,
            text: format!("desk: {reference} is not in the history (desk sync {reference} fetches it)"),
        }),
    }
}

async fn run_sandbox(port: u16, state: Option<std::path::PathBuf>) -> Result<(), Failure> {
    let mut config = sandbox::Config { port, ..Default::default() };
    config.ftbook.state_file = state;
    let running = sandbox::start(config)
        .await
        .map_err(|e| Failure { code: 1, text: format!("desk: the sandbox could not start: {e}") })?;
    let root = format!("http://{}", running.address());
    say!("Sandbox on {root} (use: desk --sandbox-url {root} ...)");
    say!("FTBook    {}", running.ftbook_url());
    say!("FASTTRAK  {}", running.fasttrak_url());
    say!("TBO       {}", running.tbo_url());
    say!("Counters  {}", running.stats_url());
    say!("Stop with Ctrl+C.");
    let _ = tokio::signal::ctrl_c().await;
    running.stop().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_as_agents_type_them() {
        assert_eq!(place("arn"), Place::Terminal { code: "ARN".into() });
        assert_eq!(
            place("Drottningholmsvägen 37B, Stockholm"),
            Place::Street {
                name: "Drottningholmsvägen".into(),
                number: Some("37".into()),
                letter: Some("B".into()),
                city: Some("Stockholm".into())
            }
        );
        assert_eq!(
            place("Sankt Eriksgatan"),
            Place::Street { name: "Sankt Eriksgatan".into(), number: None, letter: None, city: None }
        );
    }

    #[test]
    fn times_with_or_without_seconds() {
        assert!(time("2026-12-01T09:00+01:00").is_ok());
        assert!(time("2026-12-01T09:00:00+01:00").is_ok());
        assert_eq!(time("tomorrow").err().map(|f| f.code), Some(2), "a bad time is a usage error");
    }
}
