//! Save on this device: off until the user opts in; one localStorage key ([`LAGER_NOEGLE`]); deleted with one
//! click. Every failure becomes a Danish message, never a crash and never a blank page:
//!
//! * All access goes through [`lager`], which treats anything that goes wrong — no window, a `localStorage`
//!   getter that throws (cookies blocked, a third-party iframe with third-party cookies blocked, an opaque
//!   origin), `null` — as "no storage on this device". Nothing here can throw into JavaScript.
//! * In embed mode and when the full app is shown inside another page's frame, storage is never touched at
//!   all ([`slaa_fra`]).
//! * What cannot be read (corrupt, from another version) is never written over: we write only after a
//!   successful read of what is there now, and only while the key exists (so «Slet alt» in another tab wins).
//!   Only the user's «Slet» removes unreadable data.

use crate::ui::tilstand::{fra_lager, til_lager, Lager, FORMAT, LAGER_NOEGLE};
use std::cell::Cell;

/// Shown (once, in the save panel) when the browser gives us no storage.
pub const INGEN_LAGER: &str =
    "Din browser tillader ikke, at der gemmes noget på enheden. Du kan stadig regne, lave et link og udskrive.";

/// Why the stored data cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LagerFejl {
    /// No storage on this device (blocked, unavailable, or switched off for embed/framed mode).
    Ingen,
    /// Something is stored but cannot be read; the Danish reason. It is kept until the user deletes it.
    Ulaeselig(String),
}

impl LagerFejl {
    /// The message for the user.
    pub fn besked(&self) -> String {
        match self {
            LagerFejl::Ingen => INGEN_LAGER.into(),
            LagerFejl::Ulaeselig(grund) => format!(
                "{grund} Vi lader dem ligge og gemmer ikke noget nyt oven i dem. Vil du gemme igen, så slet dem \
                 først med «Slet alt, der er gemt» nederst på siden."
            ),
        }
    }
}

thread_local! {
    /// Set once at start in embed mode and when framed: storage is never touched.
    static SLAAET_FRA: Cell<bool> = const { Cell::new(false) };
}

/// No storage access at all for the rest of this page's life (embed mode, framed full app).
pub fn slaa_fra() {
    SLAAET_FRA.with(|s| s.set(true));
}

/// The one way to the browser's localStorage: `None` for any failure.
fn lager() -> Option<web_sys::Storage> {
    if SLAAET_FRA.with(Cell::get) {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this device lets us store anything at all (does not read or write).
pub fn mulig() -> bool {
    lager().is_some()
}

/// The raw stored text: `Err(Ingen)` without storage.
fn raa() -> Result<Option<String>, LagerFejl> {
    lager()
        .ok_or(LagerFejl::Ingen)?
        .get_item(LAGER_NOEGLE)
        .map_err(|_| LagerFejl::Ingen)
}

/// What is stored: `Ok(None)` when nothing is (the user has not opted in).
pub fn laes() -> Result<Option<Lager>, LagerFejl> {
    match raa()? {
        None => Ok(None),
        Some(json) => fra_lager(&json).map(Some).map_err(LagerFejl::Ulaeselig),
    }
}

/// Whether the user has opted in and what is stored can be read (so saving goes on).
pub fn slaaet_til() -> bool {
    matches!(laes(), Ok(Some(_)))
}

/// Opts in: writes an empty envelope if nothing is stored; keeps what is there if it is readable; refuses
/// (with the message) to write over what cannot be read.
pub fn slaa_til() -> Result<(), String> {
    match laes() {
        Ok(Some(_)) => Ok(()),
        Ok(None) => skriv(&Lager {
            v: FORMAT,
            ..Default::default()
        }),
        Err(e) => Err(e.besked()),
    }
}

/// What [`gem`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gemt {
    /// Saved (or already saved).
    Ja,
    /// Nothing is stored any more (deleted, e.g. in another tab): saving has stopped.
    Slettet,
}

/// Saves one calculator's state — only into data that was read successfully just now; never creates the key
/// (that is [`slaa_til`]), so a deletion elsewhere stops saving.
pub fn gem(navn: &str, forespoergsel: &str) -> Result<Gemt, String> {
    let mut l = match laes() {
        Ok(Some(l)) => l,
        Ok(None) => return Ok(Gemt::Slettet),
        Err(e) => return Err(e.besked()),
    };
    if l.sider.get(navn).map(String::as_str) == Some(forespoergsel) {
        return Ok(Gemt::Ja);
    }
    l.sider.insert(navn.to_string(), forespoergsel.to_string());
    skriv(&l).map(|_| Gemt::Ja)
}

/// Deletes everything the app has stored (the user's «Slet»).
pub fn slet() {
    if let Some(s) = lager() {
        let _ = s.remove_item(LAGER_NOEGLE);
    }
}

fn skriv(l: &Lager) -> Result<(), String> {
    let Some(s) = lager() else {
        return Err(INGEN_LAGER.into());
    };
    s.set_item(LAGER_NOEGLE, &til_lager(l)).map_err(|_| {
        "Dine svar kunne ikke gemmes på enheden (lageret er fuldt eller slået fra).".into()
    })
}

/// Calls `ved_aendring` whenever another tab or window of this app changes or deletes the stored data (the
/// browser's `storage` event; it never fires for this page's own writes). Lives as long as the page.
pub fn lyt_paa_andre_faner(ved_aendring: impl Fn() + 'static) {
    use wasm_bindgen::JsCast;
    if SLAAET_FRA.with(Cell::get) {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let cb =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            // `key` is null when the whole storage was cleared.
            let noegle = js_sys::Reflect::get(&ev, &"key".into())
                .ok()
                .and_then(|k| k.as_string());
            if noegle.is_none() || noegle.as_deref() == Some(LAGER_NOEGLE) {
                ved_aendring();
            }
        });
    let _ = w.add_event_listener_with_callback("storage", cb.as_ref().unchecked_ref());
    cb.forget();
}
