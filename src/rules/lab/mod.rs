//! `lab` is **LAB, lov om en aktiv beskæftigelsesindsats** (the Danish act on active employment measures),
//! not a laboratory. This module holds the forløb themselves: how long a ressourceforløb (LAB kapitel 19,
//! §§ 112–115 a; before 2020 LAB § 68 a–c) or a jobafklaringsforløb (kapitel 18) may last, who can be granted
//! one, and what happens around it — and a timeline model the app can draw. The ydelse paid during a forløb
//! is in [`super::aktivloven`] (lov om aktiv socialpolitik).
//!
//! * [`forloebsgraenser`]: can a forløb be granted, for how long, until when — and why; its sentences in
//!   [`forloebstekst`].
//! * [`tidslinje`]: the timeline of that assessment (pure data; the UI draws it).
//! * [`forloebsslut`]: the plan for a running forløb's end; its sentences in [`slutplantekst`].
//! * [`forloeb`]: the types the first two share (no import circle between them).

pub mod forloeb;
pub mod tidslinje;

// The calculators' rule and text modules in this folder (`regel`, `tekst` of content/beregnere.toml):
// >>> Written by the build script from content/beregnere.toml. Do not edit: change the registry.
pub mod forloebsgraenser;
pub mod forloebsslut;
pub mod forloebstekst;
pub mod slutplantekst;
// <<< End of the lines written from the registry.
