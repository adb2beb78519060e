//! The law as code. Pure Rust: no web, no I/O, no floating point. Each module is named after the law it
//! implements, and each rule's doc comment cites its §. Dated figures come from [`lovdata`], generated at build
//! time from `content/law/` by this crate's build script (`build.rs`). Every calculation returns its result together
//! with a [`forklaring::Forklaring`].
//!
//! This is its own crate (`regler`, manifest `Cargo.toml` next to this file): the compiler enforces that the
//! rules have no web dependencies. The app re-exports it as `ressourceguiden::rules`.

pub mod aktivloven;
pub mod forklaring;
pub mod fortolkninger;
pub mod gylden;
pub mod helligdage;
pub mod lab;
pub mod lovdata;
pub mod penge;
pub mod pensionsloven;
pub mod sortering;
pub mod tid;

// The calculators' rule and text modules at the crate root (`regel`, `tekst` of content/beregnere.toml):
// >>> Written by the build script from content/beregnere.toml. Do not edit: change the registry.
pub mod klagefristtekst;
pub mod retssikkerhedsloven;
// <<< End of the lines written from the registry.

/// Temporary shim while the rule files still say `crate::…` (from the time the rules were a module of the
/// app): here `crate::rules` is this crate itself. To be removed by rewriting those paths to `crate::…`.
#[doc(hidden)]
pub use crate as rules;
