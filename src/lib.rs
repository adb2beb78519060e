//! Ressourceguiden: what citizens in a ressourceforløb or jobafklaringsforløb are entitled to, and why.
//!
//! * [`rules`] — the law as pure Rust (no web dependencies): the workspace crate `regler` (`src/rules/`).
//! * [`indhold`] — the rights guide: pages rendered from markdown at build time, their sources, and search.
//! * [`ui`] — the Leptos components; thin, they call the rules and hold no law.

pub mod indhold;
pub mod ui;

/// The rules crate (`src/rules/`), under the name the app's modules use (`crate::rules::…`).
pub use regler as rules;
