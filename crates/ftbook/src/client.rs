//! One method per FTBook call.
//!
//! Create calls are validated locally first (nothing is sent when a rule fails). Nothing here
//! retries: whether a call may be sent again is the booking flow's decision, and a create that
//! got no reply must be reconciled first (see `Error::outcome_unknown`).

use std::time::Duration;

use reqwest::{Method, Url};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::decode::{NoContent, reply};
use crate::error::{Error, Result};
use crate::model::{
    AccountRequest, AuthenticateResponse, Availability, Booking, Complete, LocatorType, Product, Profile,
    ReferenceType, SabreXmlRequest, SabreXmlResponse, Segment, Service, ServiceLocation, StreetSearchResult,
};
use crate::query::{
    AvailabilityQuery, Pairs, ProfileQuery, ServiceAvailabilityQuery, ServiceLocationsQuery, ServicesQuery,
    StreetSearch,
};
use crate::validate;

/// Flygtaxi's production service.
pub const PRODUCTION_URL: &str = "https://ftbook-prod.api.flygtaxi.se/rest/v1/";

/// How to reach FTBook.
#[derive(Debug, Clone)]
pub struct Config {
    /// The API root, ending in `/rest/v1/`: production, a test host or the sandbox.
    pub base_url: Url,
    /// Basic-auth user name.
    pub username: String,
    /// Basic-auth password (never logged; redacted in `Debug`).
    pub password: SecretString,
    /// Longest a whole call may take.
    pub timeout: Duration,
    /// Longest connecting may take.
    pub connect_timeout: Duration,
    /// Sent as `User-Agent`: the app's name and version.
    pub user_agent: String,
}

impl Config {
    /// A configuration with the default timeouts (30 s in all, 5 s to connect).
    pub fn new(base_url: Url, username: impl Into<String>, password: SecretString) -> Self {
        Config {
            base_url,
            username: username.into(),
            password,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(5),
            user_agent: concat!("TransferDesk/", env!("CARGO_PKG_VERSION")).to_owned(),
        }
    }
}

/// A client for one FTBook account. Cheap to clone; clones share connections.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    username: String,
    password: SecretString,
}

impl Client {
    /// Builds a client; fails when the base URL cannot take paths or TLS cannot be set up.
    pub fn new(config: Config) -> Result<Self> {
        let (base, http) =
            reply::connection(config.base_url, config.timeout, config.connect_timeout, &config.user_agent)
                .map_err(Error::Config)?;
        Ok(Client { http, base, username: config.username, password: config.password })
    }

    /// The API root this client calls.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    fn url(&self, segments: &[&str], query: Option<Pairs>) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        if let Some(Pairs(pairs)) = query
            && !pairs.is_empty()
        {
            url.query_pairs_mut().extend_pairs(pairs);
        }
        url
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<Vec<u8>>,
        no_content: NoContent<T>,
    ) -> Result<T> {
        let mut request = self
            .http
            .request(method.clone(), url.clone())
            .basic_auth(&self.username, Some(self.password.expose_secret()))
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(body) = body {
            request = request.header(reqwest::header::CONTENT_TYPE, "application/json").body(body);
        }
        let started = std::time::Instant::now();
        let response = request.send().await.map_err(transport_error)?;
        let status = response.status().as_u16();
        let body = reply::body(response).await.map_err(|problem| match problem {
            reply::Problem::Redirected { status, location } => Error::Redirected { status, location },
            reply::Problem::TooLarge { status } => Error::Decode { status, message: problem.describe() },
            reply::Problem::Transport(error) => transport_error(error),
        })?;
        tracing::debug!(%method, path = url.path(), status, ms = started.elapsed().as_millis() as u64, "ftbook call");
        reply(status, &body, no_content)
    }

    async fn get<T: DeserializeOwned>(&self, url: Url, no_content: NoContent<T>) -> Result<T> {
        self.call(Method::GET, url, None, no_content).await
    }

    async fn send<B: Serialize, T: DeserializeOwned>(&self, method: Method, url: Url, body: &B) -> Result<T> {
        let body = serde_json::to_vec(body).map_err(|error| Error::Config(error.to_string()))?;
        self.call(method, url, Some(body), NoContent::Unexpected).await
    }

    // --- Connections: services, service locations, service availability -----------------------

    /// `GET service`: the services a connection offers. No match is an empty list.
    pub async fn services(&self, query: &ServicesQuery) -> Result<Vec<Service>> {
        self.get(self.url(&["service"], Some(query.pairs())), NoContent::Empty(Vec::new())).await
    }

    /// `GET servicelocation`: the stops of a bus or train service. No match is an empty list.
    pub async fn service_locations(&self, query: &ServiceLocationsQuery) -> Result<Vec<ServiceLocation>> {
        self.get(self.url(&["servicelocation"], Some(query.pairs())), NoContent::Empty(Vec::new())).await
    }

    /// `GET serviceavailability`: products of services at a connection. No match is empty.
    pub async fn service_availability(&self, query: &ServiceAvailabilityQuery) -> Result<Vec<Availability>> {
        self.get(self.url(&["serviceavailability"], Some(query.pairs())), NoContent::Empty(Vec::new())).await
    }

    // --- Places and prices ---------------------------------------------------------------------

    /// `GET street`: one page of streets, POIs and locations (see `StreetSearch::next_page`).
    pub async fn search_streets(&self, search: &StreetSearch) -> Result<StreetSearchResult> {
        self.get(self.url(&["street"], Some(search.pairs())), NoContent::Empty(StreetSearchResult::default()))
            .await
    }

    /// `GET availability`: products and prices between two places. No match is an empty list.
    pub async fn availability(&self, query: &AvailabilityQuery) -> Result<Vec<Availability>> {
        self.get(self.url(&["availability"], Some(query.pairs())), NoContent::Empty(Vec::new())).await
    }

    // --- Bookings ------------------------------------------------------------------------------

    /// `POST booking`: creates a booking; the reply carries its `bookingReference`.
    pub async fn create_booking(&self, booking: &Booking) -> Result<Booking> {
        validate::booking(booking, validate::now()).map_err(Error::Invalid)?;
        self.send(Method::POST, self.url(&["booking"], None), booking).await
    }

    /// `GET booking/{reference}`.
    pub async fn booking(&self, booking_reference: &str) -> Result<Booking> {
        self.get(self.url(&["booking", booking_reference], None), NoContent::Unexpected).await
    }

    /// `GET booking/{AMADEUS|SABRE}/{locator}`: a booking by its GDS record locator.
    pub async fn booking_by_locator(&self, kind: &LocatorType, locator: &str) -> Result<Booking> {
        self.get(self.url(&["booking", kind.as_str(), locator], None), NoContent::Unexpected).await
    }

    /// `DELETE booking/{reference}`: cancels every cancellable segment; returns those cancelled.
    pub async fn cancel_booking(&self, booking_reference: &str) -> Result<Vec<Segment>> {
        self.call(
            Method::DELETE,
            self.url(&["booking", booking_reference], None),
            None,
            NoContent::Unexpected,
        )
        .await
    }

    /// `POST booking/complete`: PENDING segments become COMPLETE; identities may be added.
    pub async fn complete_booking(&self, complete: &Complete) -> Result<Complete> {
        validate::complete(complete).map_err(Error::Invalid)?;
        self.send(Method::POST, self.url(&["booking", "complete"], None), complete).await
    }

    // --- Segments ------------------------------------------------------------------------------

    /// `POST booking/segment/{reference}`: adds a trip to a booking. `offered` is the product as
    /// availability described it, so its requirements are checked before sending.
    pub async fn create_segment(
        &self,
        booking_reference: &str,
        segment: &Segment,
        offered: Option<&Product>,
    ) -> Result<Segment> {
        validate::segment(segment, offered).map_err(Error::Invalid)?;
        self.send(Method::POST, self.url(&["booking", "segment", booking_reference], None), segment).await
    }

    /// `GET booking/segment/{ftresid}`.
    pub async fn segment(&self, ftresid: &str) -> Result<Segment> {
        self.get(self.url(&["booking", "segment", ftresid], None), NoContent::Unexpected).await
    }

    /// `DELETE booking/segment/{ftresid}`: cancels a trip; returns it as cancelled.
    pub async fn cancel_segment(&self, ftresid: &str) -> Result<Segment> {
        self.call(
            Method::DELETE,
            self.url(&["booking", "segment", ftresid], None),
            None,
            NoContent::Unexpected,
        )
        .await
    }

    /// `GET booking/segment/reference/{type}/{value}`: a trip by a reference such as its
    /// Amadeus transaction id.
    pub async fn segment_by_reference(&self, kind: &ReferenceType, value: &str) -> Result<Segment> {
        let url = self.url(&["booking", "segment", "reference", kind.as_str(), value], None);
        self.get(url, NoContent::Unexpected).await
    }

    /// `GET booking/segments/{reference}`: every trip of a booking.
    pub async fn segments(&self, booking_reference: &str) -> Result<Vec<Segment>> {
        self.get(self.url(&["booking", "segments", booking_reference], None), NoContent::Empty(Vec::new()))
            .await
    }

    /// `GET booking/segments/{AMADEUS|SABRE}/{locator}`: every trip of a GDS record.
    pub async fn segments_by_locator(&self, kind: &LocatorType, locator: &str) -> Result<Vec<Segment>> {
        let url = self.url(&["booking", "segments", kind.as_str(), locator], None);
        self.get(url, NoContent::Empty(Vec::new())).await
    }

    // --- Travellers, accounts, Sabre -------------------------------------------------------------

    /// `GET profile/trips/{uniqueSrc}/{uniqueId}`: a traveller's last trips. None is empty.
    pub async fn profile_trips(
        &self,
        unique_src: &str,
        unique_id: &str,
        query: &ProfileQuery,
    ) -> Result<Vec<Profile>> {
        let url = self.url(&["profile", "trips", unique_src, unique_id], Some(query.pairs()));
        self.get(url, NoContent::Empty(Vec::new())).await
    }

    /// `POST account/request`: asks to be registered; the reply carries the request's id.
    pub async fn request_account(&self, request: &AccountRequest) -> Result<AccountRequest> {
        validate::account_request(request).map_err(Error::Invalid)?;
        self.send(Method::POST, self.url(&["account", "request"], None), request).await
    }

    /// `GET account/authenticate`: checks the credentials and says whose they are.
    pub async fn authenticate(&self) -> Result<AuthenticateResponse> {
        self.get(self.url(&["account", "authenticate"], None), NoContent::Unexpected).await
    }

    /// `POST decode/sabre/pnr`: passengers, references and debit methods of a Sabre PNR.
    pub async fn decode_sabre_pnr(&self, request: &SabreXmlRequest) -> Result<SabreXmlResponse> {
        validate::sabre(request).map_err(Error::Invalid)?;
        self.send(Method::POST, self.url(&["decode", "sabre", "pnr"], None), request).await
    }
}

/// A transport failure: `Unreachable` when nothing left this machine, otherwise `NoReply`.
fn transport_error(error: reqwest::Error) -> Error {
    // Never the URL's query in messages: it may hold a passenger's name.
    let error = error.without_url();
    if error.is_connect() { Error::Unreachable(error.to_string()) } else { Error::NoReply(error.to_string()) }
}
