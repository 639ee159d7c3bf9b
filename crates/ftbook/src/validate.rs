//! Local validation (next).
