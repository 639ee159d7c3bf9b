//! The FTBook sandbox: FTBook REST API v1 under `/ftbook/rest/v1/`.

pub mod catalog;
pub mod reply;
pub mod trips;
