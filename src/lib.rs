//! Ressourceguiden: what citizens in a ressourceforløb or jobafklaringsforløb are entitled to, and why.
//!
//! * [`rules`] — the law as pure Rust (no web dependencies).
//! * [`ui`] — the Leptos components; thin, they call the rules and hold no law.

pub mod rules;
pub mod ui;
