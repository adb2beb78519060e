//! Save on this device: off until the user opts in; one localStorage key ([`LAGER_NOEGLE`]); deleted with one
//! click. Every failure (storage switched off, full, corrupt data) becomes a Danish message, never a crash.

use crate::ui::tilstand::{fra_lager, til_lager, Lager, FORMAT, LAGER_NOEGLE};
use gloo_storage::{LocalStorage, Storage};

/// What is stored: `Ok(None)` when nothing is (the user has not opted in), `Err` with a message when the
/// stored data cannot be read.
pub fn laes() -> Result<Option<Lager>, String> {
    match LocalStorage::raw().get_item(LAGER_NOEGLE) {
        Ok(None) => Ok(None),
        Ok(Some(json)) => fra_lager(&json).map(Some),
        Err(_) => Err("Din browser tillader ikke, at der gemmes noget på enheden.".into()),
    }
}

/// Whether the user has opted in (something, even unreadable, is stored).
pub fn slaaet_til() -> bool {
    matches!(LocalStorage::raw().get_item(LAGER_NOEGLE), Ok(Some(_)))
}

/// Opts in: writes an empty envelope (or keeps what is there if it is readable).
pub fn slaa_til() -> Result<(), String> {
    let l = laes().ok().flatten().unwrap_or(Lager {
        v: FORMAT,
        ..Default::default()
    });
    skriv(&l)
}

/// Saves one calculator's state (only call after opt-in).
pub fn gem(navn: &str, forespoergsel: &str) -> Result<(), String> {
    let mut l = laes().ok().flatten().unwrap_or(Lager {
        v: FORMAT,
        ..Default::default()
    });
    if l.sider.get(navn).map(String::as_str) == Some(forespoergsel) {
        return Ok(());
    }
    l.sider.insert(navn.to_string(), forespoergsel.to_string());
    skriv(&l)
}

/// Deletes everything the app has stored.
pub fn slet() {
    let _ = LocalStorage::raw().remove_item(LAGER_NOEGLE);
}

fn skriv(l: &Lager) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(LAGER_NOEGLE, &til_lager(l))
        .map_err(|_| {
            "Dine svar kunne ikke gemmes på enheden (lageret er fuldt eller slået fra).".into()
        })
}
