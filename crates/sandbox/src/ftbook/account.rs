//! FTBook's account calls and travellers' profiles.

use serde_json::{Value, json};

use super::checks::{Checks, is_email, is_phone};
use super::params::Params;
use super::reply::{Faults, Reply};
use super::store::Store;

/// A login the sandbox refuses with fault 4701, to train on it.
pub const LOCKED_LOGIN: &str = "locked";

/// A second agency's login: it cannot see the first agency's bookings (1101, 666), and its
/// agreement with Flygtaxi covers taxis only (4403 for other services).
pub const PARTNER_LOGIN: &str = "partner";

/// The agency a login books for.
pub fn agency_of(login: &str) -> &'static str {
    if login == PARTNER_LOGIN { "Partnerbyrån AB" } else { "Sandlådans Resebyrå AB" }
}

/// The services an agency's agreement covers; `None` is all of them.
pub fn agreement_of(agency: &str) -> Option<&'static [&'static str]> {
    (agency == agency_of(PARTNER_LOGIN)).then_some(&["Taxi"])
}

/// `GET account/authenticate`.
pub fn authenticate(login: &str) -> Reply {
    if login == LOCKED_LOGIN {
        return Faults::one(4701, "Login is denied - contact Flygtaxi support").into();
    }
    Reply::Json(json!({ "name": format!("{} ({login})", agency_of(login)), "type": "AGENT" }))
}

/// `POST account/request`.
pub fn request_account(store: &mut Store, body: &Value) -> Reply {
    if !body.is_object() {
        return Faults::one(4501, "accountRequest can not be empty").into();
    }
    let mut c = Checks::new(body);
    c.text("/name", "name", Some(4502), 4503, 1, 128);
    c.text("/address1", "address1", Some(4504), 4505, 1, 64);
    c.text("/address2", "address2", None, 4506, 1, 64);
    c.text("/zipcode", "zipcode", Some(4507), 4508, 1, 64);
    c.text("/city", "city", Some(4509), 4510, 1, 64);
    c.text("/vatNumber", "vatNumber", None, 4512, 1, 64);
    c.text("/country", "country", Some(4513), 4514, 1, 64);
    c.text("/officeId", "officeId", Some(4515), 4516, 1, 64);
    let phone = c.text("/contactPhone", "phone", Some(4517), 4518, 1, 64);
    c.when(phone.is_some_and(|p| !is_phone(p)), 4518, "phone is invalid");
    let email = c.text("/contactEmail", "contactEmail", Some(4519), 4520, 1, 64);
    c.when(email.is_some_and(|e| !is_email(e)), 4520, "contactEmail is invalid");
    let method = c.text("/debitMethod", "debitMethod", Some(4521), 4522, 1, 64);
    c.when(
        method.is_some_and(|m| !matches!(m, "INVOICE" | "TRAVELACCOUNT" | "PDF")),
        4522,
        "debitMethod is invalid",
    );
    let debit_email =
        c.text("/debitEmail", "debitEmail", (method == Some("PDF")).then_some(4523), 4524, 1, 64);
    c.when(debit_email.is_some_and(|e| !is_email(e)), 4524, "debitEmail is invalid");
    if method == Some("TRAVELACCOUNT") {
        let kind = c.text("/travelAccountType", "accountType", Some(4525), 4526, 1, 64);
        c.when(
            kind.is_some_and(|k| !matches!(k, "AMEX_BTA" | "FIRST_CARD" | "DINERS_CLUB_TAC")),
            4526,
            "accountType is invalid",
        );
        c.text("/travelAccountNumber", "accountNumber", Some(4527), 4528, 1, 64);
    }
    if let Err(faults) = c.result() {
        return faults.into();
    }
    let mut request = body.clone();
    request["id"] = json!(store.next_account_request());
    Reply::Json(request)
}

/// `GET profile/trips/{uniqueSrc}/{uniqueId}`: the traveller's latest trips, newest first.
pub fn profile_trips(store: &Store, unique_src: &str, unique_id: &str, params: &Params) -> Reply {
    let code_of = |node: &Value| node["street"]["location"]["code"].as_str().map(str::to_owned);
    let start_code = params.value("startCode");
    let end_code = params.value("endCode");
    let Ok(limit) = params.value("limit").map_or(Ok(5), str::parse::<usize>) else {
        return Faults::one(500, "Internal error").into();
    };
    let mut trips: Vec<&Value> = store
        .segments()
        .filter(|s| s["passenger"]["uniqueSrc"] == unique_src && s["passenger"]["uniqueId"] == unique_id)
        .filter(|s| {
            start_code.is_none_or(|c| code_of(&s["startNode"]).is_some_and(|s| s.eq_ignore_ascii_case(c)))
        })
        .filter(|s| {
            end_code.is_none_or(|c| code_of(&s["endNode"]).is_some_and(|e| e.eq_ignore_ascii_case(c)))
        })
        .collect();
    trips.reverse();
    Reply::list(
        trips
            .into_iter()
            .take(limit)
            .map(|s| json!({ "startNode": s["startNode"], "endNode": s["endNode"] }))
            .collect(),
    )
}
