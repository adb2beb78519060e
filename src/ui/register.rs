//! The calculator registry in the app: `Beregner`, `BEREGNERE`, `AFSNIT` and `HOVEDMENU`, generated at build
//! time from `content/beregnere.toml` (the one list of calculators; its header says who else reads it). The
//! router, the menu, the front page, the embed list, the page headings and the share-link names all come
//! from here, and every `match` on [`Beregner`] is exhaustive, so a new calculator that is not wired in
//! fails to compile.

use crate::rules::lovdata::{datoer, vaerdier, Regelvaerdi, SENESTE_SATSAAR};
use crate::rules::tid::dato_tekst;

include!(concat!(env!("OUT_DIR"), "/beregnere.rs"));

impl Beregner {
    /// The front page's card text, with every `{{dato:<id>}}` replaced by that key date of the law data
    /// (the build has checked that each id exists).
    pub fn beskrivelse(self) -> String {
        udfyld(self.beskrivelse_skabelon())
    }

    /// The page's introduction under its heading, with its placeholders filled in from the law data. The page
    /// shows it, and the build writes it into the page's skeleton in `index.html` (`crate::indhold::forside`).
    pub fn indledning(self) -> String {
        udfyld(self.indledning_skabelon())
    }

    /// The route of the calculator's page.
    pub fn href(self) -> String {
        format!("#/{}", self.navn())
    }
}

/// Fills in the registry's placeholders from the law data (the build, `bygger::beregnere::PLADSHOLDERE`, has
/// checked every id): `{{dato:<id>}}` → the key date in Danish prose («1. februar 2026»), `{{år:<id>}}` → its
/// year, `{{værdi:<id>}}` → a counted rule value with its unit («4 uger»), `{{satsår}}` → the newest rate year.
pub fn udfyld(tekst: &str) -> String {
    let mut ud = String::with_capacity(tekst.len());
    let mut rest = tekst;
    while let Some(i) = rest.find("{{") {
        ud.push_str(&rest[..i]);
        let efter = &rest[i + 2..];
        let Some(j) = efter.find("}}") else {
            break;
        };
        let p = &efter[..j];
        let (art, id) = p.split_once(':').unwrap_or((p, ""));
        let dato = || {
            datoer::ALLE
                .iter()
                .find(|(n, _)| *n == id)
                .map(|(_, d)| d.dato)
        };
        let vaerdi = || {
            vaerdier::ALLE
                .iter()
                .find(|(n, _)| *n == id)
                .map(|(_, v)| Regelvaerdi::altid(v))
        };
        match art {
            "dato" if dato().is_some() => ud.push_str(&dato().map(dato_tekst).unwrap_or_default()),
            "år" if dato().is_some() => ud.push_str(
                &dato()
                    .map(|d| chrono::Datelike::year(&d).to_string())
                    .unwrap_or_default(),
            ),
            "værdi" if vaerdi().is_some() => {
                if let Some(v) = vaerdi() {
                    ud.push_str(&format!("{} {}", v.vaerdi, v.enhed.tekst()));
                }
            }
            "satsår" => ud.push_str(&SENESTE_SATSAAR.to_string()),
            _ => ud.push_str(p),
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
            assert!(
                !b.indledning().contains("{{") && !b.indledning().contains("}}"),
                "{b:?}"
            );
        }
        assert_eq!(Beregner::fra_navn("findes-ikke"), None);
        assert!(Beregner::Forloeb
            .beskrivelse()
            .contains(&dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato)));
        assert_eq!(
            udfyld("fra januar {{år:ressourceforloeb_start}}, senest {{værdi:klagefrist_uger}}, {{satsår}}"),
            format!("fra januar 2013, senest 4 uger, {SENESTE_SATSAAR}")
        );
        let menu: Vec<&str> = HOVEDMENU.iter().map(|(h, _)| *h).collect();
        assert!(menu.contains(&"#/ydelse") && !menu.contains(&"#/forloebet-slutter"));
        assert_eq!(menu.last(), Some(&"#/om"));
    }
}
