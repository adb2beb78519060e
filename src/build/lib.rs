//! The content pipeline of Ressourceguiden, as one crate (see `Cargo.toml` next to this file).
//!
//! With the feature `generator` (native only):
//! * [`law`]: the dated law data in `content/law/` (TOML) → the Rust tables of the rules crate
//!   (`src/rules/build.rs` writes them; `src/rules/lovdata.rs` includes them);
//! * [`slutplan`]: the plan page's statements (`content/law/slutplan.toml`) → Rust constants
//!   (`src/rules/lab/forloebsslut.rs` includes them);
//! * [`beregnere`]: the calculator registry (`content/beregnere.toml`) → the app's `enum Beregner` (the app's
//!   build script), and the calculator names and link texts the rights guide checks its links against;
//! * [`moede`]: the meeting kit's statements (`content/law/moede.toml`) → Rust constants
//!   (`src/indhold/moede.rs` includes them);
//! * [`udsagn`]: the validation `slutplan` and `moede` share (id, section, status, text, §, sources);
//! * [`rettigheder`]: the rights guide (`content/rettigheder/*.md`) → the app's page table (the app's build
//!   script, `main.rs`), the static pages and app fragments (the `rg-statisk` tool, `statisk.rs`).
//!
//! Always, without dependencies, shared with the app at run time so build and app agree:
//! * [`normaliser`]: text normalisation (search index, heading anchors, search queries);
//! * [`dato`]: Danish month names and date text;
//! * [`html`]: HTML escaping (the rights guide's pages and the app's prerendered front page);
//! * [`FOD_SKILLE`]: the marker between a page's top and foot in its app fragment.

pub mod dato;
pub mod html;
pub mod normaliser;

#[cfg(feature = "generator")]
pub mod beregnere;
#[cfg(feature = "generator")]
pub mod law;
#[cfg(feature = "generator")]
pub mod moede;
#[cfg(feature = "generator")]
pub mod rettigheder;
#[cfg(feature = "generator")]
pub mod slutplan;
#[cfg(feature = "generator")]
pub mod udsagn;

/// The separator between a page's top and foot in its app fragment (`rettigheder::app_fragment`; the app
/// splits the fetched fragment there).
pub const FOD_SKILLE: &str = "<!-- rg:fod -->";
