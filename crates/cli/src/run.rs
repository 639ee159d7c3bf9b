//! What each command does, on the desk core.

use desk::{Core, Error, Language};

use crate::args::{Cli, Command, TboCommand};
use crate::input::Failure;
use crate::input::{direction_of, time, trip, usage};
use crate::output::{SEGMENT_HEADER, cell, history_row, json, print_booking, segment_row, table};

/// Runs the command.
pub async fn run(cli: Cli) -> Result<(), Failure> {
    let global = &cli.global;
    if let Command::Sandbox { port, state } = &cli.command {
        return run_sandbox(*port, state.clone()).await;
    }
    let (core, _lock) = crate::open::open(global).await?;
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
            let booked = crate::book::book(&core, book).await?;
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
