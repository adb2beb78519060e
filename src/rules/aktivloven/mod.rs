//! Lov om aktiv socialpolitik (aktivloven).

pub mod tjek;

// The calculators' rule and text modules in this folder (`regel`, `tekst` of content/beregnere.toml):
// >>> Written by the build script from content/beregnere.toml. Do not edit: change the registry.
pub mod ferie;
pub mod ferietekst;
pub mod ressourceforloebsydelse;
pub mod udbetalinger;
pub mod udbetalingstekst;
pub mod ydelsestekst;
// <<< End of the lines written from the registry.
