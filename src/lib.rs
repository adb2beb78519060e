//! Ressourceguiden: what citizens in a ressourceforløb or jobafklaringsforløb are entitled to, and why.
//!
//! * [`rules`] — the law as pure Rust (no web dependencies): the workspace crate `regler` (`src/rules/`).
//! * [`indhold`] — the rights guide: pages rendered from markdown at build time, their sources, and search.
//! * [`ui`] — the Leptos components; thin, they call the rules and hold no law.

// A build of one calculator (`RG_KUN`, src/ui/overdrag.rs) leaves most pages unused by design; the whole app's
// build, which CI lints, still reports dead code.
#![cfg_attr(rg_kun, allow(dead_code, unused_imports))]

pub mod indhold;
pub mod ui;

/// The rules crate (`src/rules/`), under the name the app's modules use (`crate::rules::…`).
pub use regler as rules;
