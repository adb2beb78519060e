//! The basic types of a forløb that both the limits ([`super::forloebsgraenser`]) and the timeline
//! ([`super::tidslinje`]) use. They live here so neither of those modules imports the other's types
//! (`forloebsgraenser` → `tidslinje` → `forloeb`, no circle); `forloebsgraenser` re-exports them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One earlier forløb, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Periode {
    pub fra: NaiveDate,
    pub til: NaiveDate,
}

/// Which set of rules applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regelsaet {
    /// Ressourceforløb decided 2013 – 31 December 2021.
    Foer2022,
    /// Ressourceforløb decided from 1 January 2022.
    Fra2022,
    /// Jobafklaringsforløb.
    Jobafklaring,
}
