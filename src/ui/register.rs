//! The calculator registry in the app: `Beregner`, `BEREGNERE`, `AFSNIT` and `HOVEDMENU`, generated at build
//! time from `content/beregnere.toml` (the one list of calculators; its header says who else reads it). The
//! router, the menu, the front page, the embed list, the page headings and the share-link names all come
//! from here, and every `match` on [`Beregner`] is exhaustive, so a new calculator that is not wired in
//! fails to compile.

use crate::rules::lovdata::datoer;
use crate::rules::tid::dato_tekst;

include!(concat!(env!("OUT_DIR"), "/beregnere.rs"));

impl Beregner {
    /// The front page's card text, with every `{{dato:<id>}}` replaced by that key date of the law data
    /// (the build has checked that each id exists).
    pub fn beskrivelse(self) -> String {
        udfyld_datoer(self.beskrivelse_skabelon())
    }

    /// The route of the calculator's page.
    pub fn href(self) -> String {
        format!("#/{}", self.navn())
    }
}

/// Replaces `{{dato:<id>}}` with the key date `<id>` of `content/law/regler.toml`, written as in Danish prose
/// («1. februar 2026»).
pub fn udfyld_datoer(tekst: &str) -> String {
    let mut ud = String::with_capacity(tekst.len());
    let mut rest = tekst;
    while let Some(i) = rest.find("{{dato:") {
        ud.push_str(&rest[..i]);
        let efter = &rest[i + "{{dato:".len()..];
        let Some(j) = efter.find("}}") else {
            break;
        };
        let id = efter[..j].trim();
        match datoer::ALLE.iter().find(|(n, _)| *n == id) {
            Some((_, d)) => ud.push_str(&dato_tekst(d.dato)),
            None => ud.push_str(&efter[..j]),
        }
        rest = &efter[j + 2..];
    }
    ud.push_str(rest);
    ud
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_consistent_and_its_dates_are_filled_in() {
        for b in BEREGNERE {
            assert_eq!(Beregner::fra_navn(b.navn()), Some(b));
            assert!(!b.beskrivelse().contains("{{"), "{b:?}");
        }
        assert_eq!(Beregner::fra_navn("findes-ikke"), None);
        assert!(Beregner::Forloeb
            .beskrivelse()
            .contains(&dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato)));
        let menu: Vec<&str> = HOVEDMENU.iter().map(|(h, _)| *h).collect();
        assert!(menu.contains(&"#/ydelse") && !menu.contains(&"#/forloebet-slutter"));
        assert_eq!(menu.last(), Some(&"#/om"));
    }
}
