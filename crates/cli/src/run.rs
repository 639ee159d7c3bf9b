//! What each command does, on the desk core.

use desk::{Core, Error, Said};

use crate::args::{Cli, Command, PnrCommand, TboCommand};
use crate::input::Failure;
use crate::input::{direction_of, time, trip, usage};
use crate::output::{SEGMENT_HEADER, cell, history_row, json, print_booking, table};
use crate::words::{self, t};

/// Runs the command.
pub async fn run(cli: Cli) -> Result<(), Failure> {
    let global = &cli.global;
    if let Command::Sandbox { port, state } = &cli.command {
        return run_sandbox(*port, state.clone()).await;
    }
    // Reading a PNR needs no supplier.
    if let Command::Pnr { command: PnrCommand::Parse { file } } = &cli.command {
        return crate::pnr::parse(file, global.json);
    }
    let (core, _lock) = crate::open::open(global).await?;
    let profile = core.profile().name();
    match &cli.command {
        Command::Sandbox { .. } => Ok(()),
        Command::Services { connection, direction, date } => {
            let arrival = direction_of(direction)? == ftbook::model::Direction::Arrival;
            let services = core.services(connection, arrival, time(date)?).await?;
            if global.json {
                json(&services);
            } else {
                let rows = services
                    .iter()
                    .map(|s| {
                        let to = t(if s.to_address { "cli-to-address" } else { "cli-to-stops" });
                        vec![s.name.clone(), to, cell(s.description.as_ref())]
                    })
                    .collect::<Vec<_>>();
                table(&["cli-col-service", "cli-col-to", "cli-col-description"], &rows);
            }
            Ok(())
        }
        Command::Streets { search } => {
            // Ranked as the app ranks a regular taxi's field, with the home city from Settings.
            let home = desk::AppPaths::resolve()
                .map(|paths| desk::settings::stored(&paths.settings_file()).home_city)
                .unwrap_or_default();
            let asked =
                desk::places::Search { text: search, offset: 0, field: Default::default(), home_city: &home };
            let found = core.search_places(&asked).await?;
            if global.json {
                json(&found);
            } else {
                let rows = found
                    .hits
                    .iter()
                    .map(|hit| vec![hit.label.clone(), hit.detail.clone(), hit.kind.clone()])
                    .collect::<Vec<_>>();
                table(&["cli-col-place", "cli-col-where", "cli-col-kind"], &rows);
                if found.more {
                    say!("{}", t("cli-more-results"));
                }
            }
            Ok(())
        }
        Command::Locations { connection, direction, date, service } => {
            let arrival = direction_of(direction)? == ftbook::model::Direction::Arrival;
            let found = core.service_locations(connection, arrival, time(date)?, service).await?;
            if global.json {
                json(&found);
            } else {
                let rows = found
                    .iter()
                    .map(|stop| vec![stop.name.clone(), stop.code.clone(), cell(stop.product.as_ref())])
                    .collect::<Vec<_>>();
                table(&["cli-col-name", "cli-col-code", "cli-col-product"], &rows);
            }
            Ok(())
        }
        Command::Availability(args) | Command::Quote(args) => {
            let request = trip(args)?;
            let mut offers = core.quotes(&request).await;
            if matches!(cli.command, Command::Availability(_)) {
                offers.offers.retain(|o| o.supplier == desk::view::Supplier::Ftbook);
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
                        "cli-col-supplier",
                        "cli-col-code",
                        "cli-col-product",
                        "cli-col-max",
                        "cli-col-price-incl",
                        "cli-col-price-excl",
                        "cli-col-pickup",
                        "cli-col-cancel-by",
                        "cli-col-rules",
                    ],
                    &rows,
                );
            }
            if offers.offers.is_empty() && !offers.problems.is_empty() {
                let setup = offers.problems.iter().all(|p| p.not_configured);
                return Err(Failure::new(if setup { 1 } else { 3 }, Said::new("cli-no-offers")));
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
        Command::Segments { reference } => match core.sync_one(reference).await {
            Ok(view) => {
                if global.json {
                    json(&view);
                } else {
                    table(SEGMENT_HEADER, &view.segments.iter().map(history_row).collect::<Vec<_>>());
                }
                Ok(())
            }
            Err(error @ Error::Offline { .. }) => {
                eprintln!("{}", error.message(words::language()));
                show(&core, reference, global.json)?;
                Err(Failure::from(error))
            }
            Err(error) => Err(error.into()),
        },
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
                            .ok_or_else(|| usage(Said::new("cli-supplier-one-of")))?,
                    ),
                },
                statuses: history::state_statuses(status.as_deref().unwrap_or_default()),
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
                        let said = Said::new("cli-refreshed")
                            .with("refreshed", report.refreshed.len())
                            .with("failed", report.failed.len());
                        say!("{}", words::say(&said));
                        for (reference, why) in &report.failed {
                            say!("  {reference}: {why}");
                        }
                    }
                    if report.offline {
                        Err(Failure::from(Error::Offline {
                            supplier: "",
                            message: report.message.unwrap_or_default(),
                        }))
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
                table(
                    &[
                        "cli-col-attempt",
                        "cli-col-supplier",
                        "cli-col-kind",
                        "cli-col-state",
                        "cli-col-booking",
                    ],
                    &rows,
                );
            }
            Ok(())
        }
        Command::Tbo { command: TboCommand::Balance } => {
            let balance = core.tbo_balance().await?;
            if global.json {
                json(&balance);
            } else {
                let rows = [
                    ("cli-balance-agency-type", format!("{:?}", balance.agency_type)),
                    ("cli-balance-cash", balance.cash_balance.to_string()),
                    ("cli-balance-credit", balance.credit_balance.to_string()),
                ];
                let labels: Vec<String> = rows.iter().map(|(id, _)| t(id)).collect();
                let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or_default();
                for (label, (_, value)) in labels.iter().zip(&rows) {
                    say!("{label:<width$}  {value}");
                }
            }
            Ok(())
        }
        Command::Voucher { reference, out, language } => {
            crate::documents::voucher(&core, reference, out, language.as_deref(), global.json)
        }
        Command::Export { format, out, query, supplier, status, limit } => {
            let supplier = match supplier.as_deref() {
                None => None,
                Some(name) => Some(desk::view::Supplier::from(
                    history::Supplier::parse(name).ok_or_else(|| usage(Said::new("cli-supplier-one-of")))?,
                )),
            };
            let query = desk::lookup::HistoryQuery {
                text: query.clone().unwrap_or_default(),
                supplier,
                status: status.clone(),
                limit: Some(*limit),
                ..Default::default()
            };
            crate::documents::export(&core, format, out, query, global.json)
        }
        Command::Pnr { command: PnrCommand::Parse { file } } => crate::pnr::parse(file, global.json),
        Command::Pnr { command: PnrCommand::Suggest { file } } => {
            crate::pnr::suggest(&core, file, global.json).await
        }
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
        None => Err(Failure::new(1, Said::new("desk-not-in-history-fetch").with("reference", reference))),
    }
}

async fn run_sandbox(port: u16, state: Option<std::path::PathBuf>) -> Result<(), Failure> {
    let mut config = sandbox::Config { port, ..Default::default() };
    config.ftbook.state_file = state;
    let running = sandbox::start(config).await.map_err(|e| Failure::from(Error::Sandbox(e.to_string())))?;
    let root = format!("http://{}", running.address());
    say!("{}", words::say(&Said::new("cli-sandbox-on").with("root", &root)));
    say!("FTBook    {}", running.ftbook_url());
    say!("FASTTRAK  {}", running.fasttrak_url());
    say!("TBO       {}", running.tbo_url());
    say!("{:<9} {}", t("cli-sandbox-counters"), running.stats_url());
    say!("{}", t("cli-sandbox-stop"));
    let _ = tokio::signal::ctrl_c().await;
    running.stop().await;
    Ok(())
}
