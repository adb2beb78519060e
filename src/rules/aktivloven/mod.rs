//! Lov om aktiv socialpolitik (aktivloven).

pub mod ferie;
pub mod ferietekst;
pub mod ressourceforloebsydelse;
pub mod tjek;
pub mod udbetalinger;
pub mod udbetalingstekst;
pub mod ydelsestekst;
