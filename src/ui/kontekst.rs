//! What the whole app shares: the context every page can read ([`Kontekst`], provided by `ui::App`) and the
//! version. A module of its own, below the pages and `deling`, so they need not import the app shell
//! (`ui/mod.rs`).

use leptos::prelude::*;

/// App-wide state shared by the pages.
#[derive(Clone, Copy)]
pub struct Kontekst {
    /// Meeting mode: nothing is stored on the device, larger type, inputs and result side by side.
    pub moede: RwSignal<bool>,
    /// The user has opted in to saving answers on this device.
    pub gemmer: RwSignal<bool>,
    /// The last message about storage (saved, deleted, could not be read).
    pub lager_fejl: RwSignal<Option<String>>,
    /// Bumped by «Ryd alt»: the page is created anew with empty fields.
    pub nulstil: RwSignal<u32>,
    /// Embed mode (`#/indlejr/<beregner>` in a host's iframe): no site chrome, nothing stored.
    pub indlejret: bool,
    /// The full app (not the embed route) shown inside another page's frame: no save or delete controls,
    /// storage never touched (a hidden frame could trick the user into clicking them).
    pub indrammet: bool,
    /// The browser gives us storage (false when it is blocked, and always in embed and framed mode).
    pub lager_mulig: bool,
}

/// The app version shown in the footer and on printouts.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
