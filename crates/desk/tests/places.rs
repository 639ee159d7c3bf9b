//! The place type-ahead against the sandbox's FTBook, over real sockets: the examples agents
//! gave (issue 13), ranked by the desk over what the street search returns.

use desk::places::{Field, Search};

mod common;
use common::desk;

async fn labels(core: &desk::Core, text: &str, field: Field) -> Vec<String> {
    let asked = Search { text, offset: 0, field, home_city: "Stockholm" };
    let found = core.search_places(&asked).await.expect("a search");
    found.hits.into_iter().map(|hit| format!("{} | {}", hit.label, hit.detail)).collect()
}

#[tokio::test]
async fn the_places_agents_mean_come_first() {
    let desk = desk(|_| {}).await;
    let core = &desk.core;
    for (typed, field) in [("arl", Field::Terminal), ("ARN", Field::Any), ("ARN", Field::Terminal)] {
        let hits = labels(core, typed, field).await;
        assert!(hits[0].starts_with("Stockholm Arlanda Flygplats (ARN)"), "{typed}: {hits:?}");
    }
    let pasted = labels(core, "Sveavägen 44, 111 34 Stockholm", Field::Any).await;
    assert!(pasted.first().is_some_and(|hit| hit.starts_with("Sveavägen 44")), "the postcode: {pasted:?}");
    let grand = labels(core, "Grand", Field::Any).await;
    assert!(grand.iter().any(|hit| hit.starts_with("Grand Hôtel Stockholm")), "by its own name: {grand:?}");
    let kungsgatan = labels(core, "Kungsgatan 10", Field::Any).await;
    assert!(kungsgatan.len() > 1, "several cities have one: {kungsgatan:?}");
    assert!(kungsgatan[0].contains("Stockholm"), "the home city first: {kungsgatan:?}");
}
