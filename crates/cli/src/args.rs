//! The command line, as `desk --help` documents it.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Transfer Desk on the command line: the same core as the app, for scripts and support staff.
///
/// On the sandbox profile (the default) the simulated suppliers start inside the command, with
/// their bookings in the app's data directory, so `desk` needs no credentials to try. Other
/// profiles read credentials from the secret store or from DESK_FTBOOK_USER,
/// DESK_FTBOOK_PASSWORD, DESK_FASTTRAK_USER, DESK_FASTTRAK_PASSWORD, DESK_FASTTRAK_ACCESS_KEY,
/// DESK_FASTTRAK_SYSTEM_ID, DESK_TBO_USER and DESK_TBO_PASSWORD.
///
/// Exit codes: 0 success, 1 refused by a supplier (faults printed with their codes and
/// sentences), 2 usage, 3 offline or outcome unknown (the journal keeps it; it is reconciled
/// before anything is sent again).
#[derive(Debug, Parser)]
#[command(name = "desk", version, about, long_about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "\
Examples (sandbox profile):
  desk streets 'Drottningholmsvägen 37, Stockholm'
  desk services --connection ARN --direction departure --date 2026-12-01T09:00+01:00
  desk quote --from 'Drottningholmsvägen 37, Stockholm' --to ARN --departure 2026-12-01T09:00+01:00
  desk book --from 'Drottningholmsvägen 37, Stockholm' --to ARN --departure 2026-12-01T09:00+01:00 \\
       --product VTAX --first-name Karin --last-name Öberg --phone '+46 70-123 45 67' \\
       --flight SK1415 --flight-to GOT --flight-time 2026-12-01T10:00+01:00 --amadeus QX7Z2K
  desk book --from ARN --stop CST --service Train --arrival 2026-12-01T09:00+01:00 --passengers 2 \\
       --product AEXP --first-name Karin --last-name Öberg --phone 0701234567 --foid CCVI4111111111111111
  desk book --taxi --from 'Sveavägen 10, Stockholm' --to 'Hornsgatan 20, Stockholm' \\
       --pickup 2026-12-01T14:00+01:00 --product STAX --first-name Per --last-name Ek --phone 0701112233
  desk book --supplier fasttrak --vehicle Van --from 'Sveavägen 10, Stockholm' --to ARN \\
       --pickup 2026-12-01T07:00+01:00 --first-name Olof --last-name Sjöberg --phone +46701112233
  desk history oberg
  desk show QX7Z2K
  desk cancel R000000001
  desk tbo balance
  desk pnr parse pnr.txt        desk pnr suggest pnr.txt --json
  desk sandbox --port 18080      (then: desk --sandbox-url http://127.0.0.1:18080 quote ...)";

/// Options for every command.
#[derive(Debug, Args)]
pub struct Global {
    /// sandbox, test or production.
    #[arg(long, global = true, default_value = "sandbox", env = "DESK_PROFILE")]
    pub profile: String,
    /// Print what the desk returns as JSON (the suppliers' whole replies included).
    #[arg(long, global = true)]
    pub json: bool,
    /// Sentences in sv or en (default: the language chosen in the app's Settings, Swedish on a
    /// new install).
    #[arg(long, global = true, env = "DESK_LANG")]
    pub lang: Option<String>,
    /// FTBook's API root instead of the profile's.
    #[arg(long, global = true, env = "DESK_FTBOOK_URL")]
    pub ftbook_url: Option<String>,
    /// FASTTRAK's API root instead of the profile's.
    #[arg(long, global = true, env = "DESK_FASTTRAK_URL")]
    pub fasttrak_url: Option<String>,
    /// TBO's REST root instead of the profile's.
    #[arg(long, global = true, env = "DESK_TBO_URL")]
    pub tbo_url: Option<String>,
    /// A running `desk sandbox` (http://127.0.0.1:PORT) for all three suppliers.
    #[arg(long, global = true, env = "DESK_SANDBOX_URL")]
    pub sandbox_url: Option<String>,
}

/// Trip options shared by availability, quote and book.
#[derive(Debug, Args, Clone)]
pub struct Trip {
    /// Pickup: an airport or station code (ARN) or an address ('Drottningholmsvägen 37, Stockholm').
    #[arg(long)]
    pub from: Option<String>,
    /// Drop-off, the same way.
    #[arg(long)]
    pub to: Option<String>,
    /// Pickup time (ISO 8601 with offset).
    #[arg(long, conflicts_with_all = ["departure", "arrival"])]
    pub pickup: Option<String>,
    /// The flight or train departs at this time.
    #[arg(long, conflicts_with = "arrival")]
    pub departure: Option<String>,
    /// The flight or train arrives at this time.
    #[arg(long)]
    pub arrival: Option<String>,
    /// Passengers.
    #[arg(long, default_value_t = 1)]
    pub passengers: u32,
    /// Bags.
    #[arg(long, default_value_t = 1)]
    pub bags: u32,
    /// A regular taxi (Sverigetaxi) rather than a connection service.
    #[arg(long, conflicts_with_all = ["service", "stop"])]
    pub taxi: bool,
    /// The FTBook service at the connection: Taxi (the default), Bus, Train, Transfer or Ticket
    /// (see desk services). Only its products are offered.
    #[arg(long)]
    pub service: Option<String>,
    /// A service location (bus stop or station, see desk locations) as the end that is not the
    /// connection: `--from ARN --stop CTY --service Bus`.
    #[arg(long, requires = "service")]
    pub stop: Option<String>,
    /// The flight or train is international (else: a flight whose other end is not a Swedish
    /// airport is).
    #[arg(long)]
    pub international: bool,
    /// The connection is a train even though the terminal has an airport's code (else a
    /// station makes it a train).
    #[arg(long)]
    pub train: bool,
}

/// Which supplier to book with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BookSupplier {
    /// Flygtaxi / Sverigetaxi.
    Ftbook,
    /// The FASTTRAK operator.
    Fasttrak,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the simulated suppliers (FTBook, FASTTRAK, TBO) on loopback until Ctrl+C.
    Sandbox {
        /// Port on 127.0.0.1 (0: any free port).
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Keep FTBook bookings in this file between runs.
        #[arg(long)]
        state: Option<std::path::PathBuf>,
    },
    /// FTBook services at a connection (airport or station).
    Services {
        /// Airport or station code (ARN).
        #[arg(long)]
        connection: String,
        /// departure or arrival.
        #[arg(long, default_value = "departure")]
        direction: String,
        /// The connection's time (ISO 8601 with offset).
        #[arg(long)]
        date: String,
    },
    /// FTBook street, POI, airport and station search.
    Streets {
        /// What the agent typed ('Drottningholmsvägen 37, Stockholm').
        search: String,
    },
    /// FTBook service locations (bus stops, stations) of a service at a connection.
    Locations {
        /// Airport or station code.
        #[arg(long)]
        connection: String,
        /// departure or arrival.
        #[arg(long, default_value = "arrival")]
        direction: String,
        /// The connection's time.
        #[arg(long)]
        date: String,
        /// The service (Bus, Train ...).
        #[arg(long, default_value = "Bus")]
        service: String,
    },
    /// FTBook products and prices for a trip.
    Availability(Trip),
    /// Offers for a trip from FTBook and FASTTRAK at once, cheapest first.
    Quote(Trip),
    /// Book: an FTBook product or a FASTTRAK vehicle type for a trip, or a draft from a file.
    Book(Box<Book>),
    /// The segments of an FTBook booking (from the supplier; from history when offline).
    Segments {
        /// Booking reference.
        reference: String,
    },
    /// Cancel a segment (ftresid or FASTTRAK reservation id), or with --booking a whole booking.
    Cancel {
        /// The ftresid, reservation id or (with --booking) booking reference.
        reference: String,
        /// Cancel every segment of the booking.
        #[arg(long)]
        booking: bool,
    },
    /// Complete an FTBook booking (PENDING segments become COMPLETE).
    Complete {
        /// Booking reference.
        reference: String,
    },
    /// Search the local history (offline), newest first.
    History {
        /// Passenger, reference, locator, address, flight or phone; empty lists the newest.
        query: Option<String>,
        /// Only this supplier (ftbook, fasttrak).
        #[arg(long)]
        supplier: Option<String>,
        /// Only this status.
        #[arg(long)]
        status: Option<String>,
        /// At most this many rows.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// A booking from the local history, with its segments and journal.
    Show {
        /// Booking reference, ftresid, GDS locator or reservation id.
        reference: String,
    },
    /// Refresh one booking, or every recent one, from the suppliers into history.
    Sync {
        /// Booking reference, ftresid or reservation id; none: every booking picked up in the last 30 days or later.
        reference: Option<String>,
    },
    /// Reconcile attempts left pending or unknown (the app does this at start-up).
    Reconcile,
    /// TBO.
    Tbo {
        #[command(subcommand)]
        command: TboCommand,
    },
    /// A booking's voucher for the traveller, as a one-page PDF (from the local history).
    Voucher {
        /// Booking reference, ftresid, GDS locator or reservation id.
        reference: String,
        /// Where to write the PDF.
        #[arg(long)]
        out: std::path::PathBuf,
        /// The voucher's language, the traveller's (sv, en); the desk's when not given.
        #[arg(long)]
        language: Option<String>,
    },
    /// The history, as a search finds it, as CSV or an Excel workbook (offline).
    Export {
        /// csv or xlsx.
        #[arg(long)]
        format: String,
        /// Where to write it.
        #[arg(long)]
        out: std::path::PathBuf,
        /// Passenger, reference, locator, address, flight or phone; empty exports the newest.
        query: Option<String>,
        /// Only this supplier (ftbook, fasttrak).
        #[arg(long)]
        supplier: Option<String>,
        /// Only this state or status.
        #[arg(long)]
        status: Option<String>,
        /// At most this many trips (500 at most).
        #[arg(long, default_value_t = 500)]
        limit: u32,
    },
    /// A traveller's PNR as copied from Amadeus (the RT display).
    Pnr {
        #[command(subcommand)]
        command: PnrCommand,
    },
}

/// PNR commands.
#[derive(Debug, Subcommand)]
pub enum PnrCommand {
    /// What the PNR holds: locator, passengers, flights, contacts, and the lines not read.
    Parse {
        /// The PNR as copied (`-`: standard input).
        file: std::path::PathBuf,
    },
    /// The transfers its flights need, with pickups from the lead times in Settings.
    Suggest {
        /// The PNR as copied (`-`: standard input).
        file: std::path::PathBuf,
    },
}

/// TBO commands.
#[derive(Debug, Subcommand)]
pub enum TboCommand {
    /// The agency's cash and credit balance.
    Balance,
}

/// `desk book`.
#[derive(Debug, Args)]
pub struct Book {
    /// A draft in JSON: an FTBook draft ({booking, segment, offered}) or {"fasttrak": {...}}.
    #[arg(long, conflicts_with_all = ["from", "product", "vehicle"])]
    pub file: Option<std::path::PathBuf>,
    /// Which supplier.
    #[arg(long, value_enum, default_value = "ftbook")]
    pub supplier: BookSupplier,
    /// FTBook product code (VTAX, TAXI, ...).
    #[arg(long)]
    pub product: Option<String>,
    /// FASTTRAK vehicle type (Sedan, Van, ...).
    #[arg(long)]
    pub vehicle: Option<String>,
    #[command(flatten)]
    pub trip: Trip,
    /// Passenger's first name.
    #[arg(long)]
    pub first_name: Option<String>,
    /// Passenger's last name.
    #[arg(long)]
    pub last_name: Option<String>,
    /// Passenger's phone.
    #[arg(long)]
    pub phone: Option<String>,
    /// Passenger's e-mail.
    #[arg(long)]
    pub email: Option<String>,
    /// Flight or train number, for products that need the connection.
    #[arg(long)]
    pub flight: Option<String>,
    /// Where a departing flight goes (GOT), for products that need the connection.
    #[arg(long)]
    pub flight_to: Option<String>,
    /// Where an arriving flight comes from (LHR), for products that need the connection.
    #[arg(long)]
    pub flight_from: Option<String>,
    /// When the flight or train reaches --flight-to, or leaves --flight-from (ISO 8601 with
    /// offset). FTBook needs both ends' times.
    #[arg(long)]
    pub flight_time: Option<String>,
    /// The passenger's title (MR, MRS, CHD for a child ...).
    #[arg(long)]
    pub title: Option<String>,
    /// A child's age, for products that ask it when a child travels.
    #[arg(long)]
    pub child_age: Option<u32>,
    /// The card the ticket is paid with (FOID: CC, the card type, the number), for Arlanda
    /// Express. Masked before it is stored.
    #[arg(long)]
    pub foid: Option<String>,
    /// The debit method: REVERSE, AGENT, AGENT_CUSTOMER, FLYGTAXI_CUSTOMER or INVOICE (the
    /// profile's default when not given).
    #[arg(long)]
    pub debit_method: Option<String>,
    /// The debit reference (the customer number for AGENT_CUSTOMER and FLYGTAXI_CUSTOMER).
    #[arg(long)]
    pub debit_reference: Option<String>,
    /// The Amadeus record locator (lets a lost reply be found).
    #[arg(long)]
    pub amadeus: Option<String>,
    /// Cost centre.
    #[arg(long)]
    pub cost_centre: Option<String>,
}
