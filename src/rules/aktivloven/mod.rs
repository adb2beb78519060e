//! Lov om aktiv socialpolitik (aktivloven).

pub mod ressourceforloebsydelse;
