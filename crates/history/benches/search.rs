//! How fast the agent's searches are at 100 000 and 1 000 000 bookings, against the same
//! searches as a `LIKE` scan.
//!
//!     cargo bench -p history --bench search                 # both sizes
//!     cargo bench -p history --bench search -- 100000       # one size
//!
//! Fills a history file in a temporary directory with realistic Swedish bookings (names with
//! å/ä/ö, Stockholm addresses, flights, phones, references), then times typical searches:
//! a surname prefix, a booking reference, a flight number and two words. Prints p50/p95/p99
//! per search and the LIKE scan's p50 beside it, as a ratio. Targets (issue 5): p95 ≤ 3 ms at
//! 100 000 rows, ≤ 20 ms at 1 000 000, and at least 50× faster than LIKE at 1 000 000.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta};
use history::{BookingRecord, Filter, History, SegmentRecord, Supplier};
use rust_decimal::Decimal;
use serde_json::json;

const FIRST: [&str; 24] = [
    "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per", "Kristina", "Mikael",
    "Lena", "Karl", "Emma", "Jonas", "Ingrid", "Björn", "Åsa", "Göran", "Linnéa", "Oskar", "Märta", "Sven",
];
const LAST: [&str; 32] = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Olofsson",
    "Lindström",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Öberg",
    "Åberg",
    "Sjöberg",
    "Ekström",
    "Nyström",
];
const STREETS: [&str; 16] = [
    "Drottningholmsvägen",
    "Sveavägen",
    "Kungsgatan",
    "Hornsgatan",
    "Götgatan",
    "Birger Jarlsgatan",
    "Fleminggatan",
    "Sankt Eriksgatan",
    "Valhallavägen",
    "Odengatan",
    "Ringvägen",
    "Folkungagatan",
    "Strandvägen",
    "Hamngatan",
    "Vasagatan",
    "Östermalmsgatan",
];
const AIRPORTS: [&str; 4] =
    ["Stockholm Arlanda Flygplats", "Bromma Stockholm Airport", "Göteborg Landvetter", "Malmö Airport"];
const AIRLINES: [&str; 4] = ["SK", "DY", "BA", "LH"];

/// xorshift: reproducible data without a dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

fn booking(n: u64, random: &mut Random, start: DateTime<FixedOffset>) -> (BookingRecord, Vec<SegmentRecord>) {
    let reference = format!("2026{n:09}");
    let ftresid = format!("R{n:09}");
    let passenger = format!("{} {}", random.pick(&FIRST), random.pick(&LAST));
    let street = format!("{} {}", random.pick(&STREETS), 1 + random.next() % 120);
    let airport = random.pick(&AIRPORTS);
    let flight = format!("{}{}", random.pick(&AIRLINES), 100 + random.next() % 9000);
    let phone = format!("+4670{:07}", random.next() % 10_000_000);
    let pickup = start + TimeDelta::minutes((n * 7 % 525_600) as i64);
    let to_airport = random.next().is_multiple_of(2);
    let (from, to) =
        if to_airport { (street.clone(), airport.to_owned()) } else { (airport.to_owned(), street) };
    let record = BookingRecord {
        profile: "bench".into(),
        supplier: if n.is_multiple_of(5) { Supplier::Fasttrak } else { Supplier::Ftbook },
        reference: reference.clone(),
        amadeus: n.is_multiple_of(3).then(|| format!("{:06X}", random.next() % 0xFFFFFF)),
        sabre: None,
        status: "PENDING".into(),
        reply: json!({"bookingReference": reference}),
    };
    let segment = SegmentRecord {
        segment_ref: ftresid.clone(),
        status: if n.is_multiple_of(17) { "CANCELLED".into() } else { "CONFIRMED".into() },
        cancelled: n.is_multiple_of(17),
        passenger,
        phone: Some(phone),
        email: None,
        pickup_time: Some(pickup),
        pickup_place: Some(from),
        dropoff_place: Some(to),
        flight: Some(flight),
        product: "Egen TAXI".into(),
        price: Some(Decimal::new(45_000 + (random.next() % 60_000) as i64, 2)),
        currency: Some("SEK".into()),
        latest_cancel_time: Some(pickup - TimeDelta::minutes(50)),
        references: vec![format!("KST-{}", 1000 + random.next() % 9000)],
        reply: json!({"ftresid": ftresid, "product": {"code": "TAXI", "name": "Egen TAXI"}}),
    };
    (record, vec![segment])
}

fn fill(history: &History, rows: u64) {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let start = DateTime::parse_from_rfc3339("2026-01-01T06:00:00+01:00").expect("a time");
    let chunk = 20_000;
    let mut n = 1;
    while n <= rows {
        let batch: Vec<_> = (n..(n + chunk).min(rows + 1)).map(|i| booking(i, &mut random, start)).collect();
        history.save_bookings(&batch).expect("saved");
        n += chunk;
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn ms(duration: Duration) -> String {
    format!("{:.3}", duration.as_secs_f64() * 1000.0)
}

/// Times `search` over `queries`, `runs` times each; the sorted durations.
fn time(queries: &[String], runs: usize, mut search: impl FnMut(&str) -> usize) -> (Vec<Duration>, usize) {
    let mut durations = Vec::new();
    let mut found = 0;
    for _ in 0..runs {
        for query in queries {
            let started = Instant::now();
            found += search(query);
            durations.push(started.elapsed());
        }
    }
    durations.sort();
    (durations, found)
}

fn run(rows: u64) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let history = History::open(&dir.path().join("bench.sqlite3")).expect("a history");
    let started = Instant::now();
    fill(&history, rows);
    println!("\n{rows} bookings filled in {:.1} s", started.elapsed().as_secs_f64());
    let mut random = Random(42);
    let references: Vec<String> = (0..20).map(|_| format!("2026{:09}", 1 + random.next() % rows)).collect();
    let searches: [(&str, Vec<String>); 4] = [
        ("surname prefix", ["öb", "lindq", "sjöb", "nyst", "berg", "ekstr"].map(String::from).to_vec()),
        ("reference", references),
        ("flight number", ["SK1415", "DY4321", "BA812", "LH2417"].map(String::from).to_vec()),
        ("two words", ["anna lind", "erik sjö", "åsa berg", "per öb"].map(String::from).to_vec()),
    ];
    println!(
        "{:<16} {:>9} {:>9} {:>9}   {:>11}   {:>7}",
        "search", "p50 ms", "p95 ms", "p99 ms", "LIKE p50 ms", "ratio"
    );
    for (name, queries) in searches {
        let (fts, found) = time(&queries, 50, |q| {
            history.search("bench", q, &Filter::default(), 50).expect("a search").len()
        });
        let like_runs = if rows > 200_000 { 2 } else { 5 };
        let (like, _) =
            time(&queries, like_runs, |q| history.search_like("bench", q, 50).expect("a search").len());
        assert!(found > 0, "{name}: the searches must find something");
        let ratio = percentile(&like, 0.5).as_secs_f64() / percentile(&fts, 0.5).as_secs_f64();
        println!(
            "{name:<16} {:>9} {:>9} {:>9}   {:>11}   {:>6.0}×",
            ms(percentile(&fts, 0.5)),
            ms(percentile(&fts, 0.95)),
            ms(percentile(&fts, 0.99)),
            ms(percentile(&like, 0.5)),
            ratio
        );
    }
}

fn main() {
    let sizes: Vec<u64> = std::env::args().skip(1).filter_map(|arg| arg.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![100_000, 1_000_000] } else { sizes };
    for rows in sizes {
        run(rows);
    }
}
