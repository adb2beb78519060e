//! Lov om aktiv socialpolitik (aktivloven).

pub mod tjek;

// The calculators' rule and text modules in this folder (`regel`, `tekst` in content/beregnere.toml; the
// rules crate's build.rs).
include!(concat!(env!("OUT_DIR"), "/moduler_aktivloven.rs"));
