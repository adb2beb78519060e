//! The meeting kit's fields (purpose, date, notes) and how they become [`Noter`]. The notes are free text: a
//! value may hold [`NOTE_MAKS`] characters, so this page reads longer queries than a calculator.

use super::felt::{dato, laes, Fejl};
use super::{Art, Noegle, Skema, Tilstand};
use crate::indhold::moede::Noter;

/// The most characters a note field holds (the textarea's `maxlength`).
pub const NOTE_MAKS: usize = 2000;
/// The longest query of this page: five free-text fields of [`NOTE_MAKS`] characters, each percent-encoded
/// (at most 12 characters for a 4-byte character), and the short fields.
pub const LAENGDE: usize = 5 * NOTE_MAKS * 12 + 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moede;

const fn tekst(k: &'static str, navn: &'static str) -> Noegle {
    Noegle {
        k,
        navn,
        art: Art::Tekst,
        standard: "",
    }
}

impl Skema for Moede {
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Moede;
    const NOEGLER: &'static [Noegle] = &[
        Noegle {
            k: "fo",
            navn: "Hvad handler mødet om",
            art: Art::Valg(&["slut", "tilbud", "ydelse", "opfoelgning"]),
            standard: "slut",
        },
        tekst("d", "Mødets dato"),
        tekst("del", "Hvem var med"),
        tekst("sagt", "Det blev sagt"),
        tekst("aft", "Det aftalte I"),
        tekst("lov", "Det blev lovet"),
        tekst("n", "Dit navn"),
    ];
    const LAENGDE_MAKS: usize = LAENGDE;
    const VAERDI_MAKS: usize = NOTE_MAKS;
}

/// The notes, or the problem with the date.
pub fn til_noter(t: &Tilstand<Moede>) -> Result<Noter, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let d = laes(&mut fejl, "d", dato(t.hent("d")));
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(Noter {
        formaal: t.hent("fo").to_string(),
        dato: d,
        deltagere: t.hent("del").to_string(),
        sagt: t.hent("sagt").to_string(),
        aftalt: t.hent("aft").to_string(),
        lovet: t.hent("lov").to_string(),
        navn: t.hent("n").to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indhold::moede::FORMAAL;
    use crate::ui::tilstand::{fra_fragment, til_fragment};

    #[test]
    fn the_codes_match_the_data_and_long_notes_survive_the_round_trip() {
        let Art::Valg(koder) = Moede::NOEGLER[0].art else {
            panic!("fo is a choice");
        };
        assert_eq!(
            koder.to_vec(),
            FORMAAL.iter().map(|(k, _)| *k).collect::<Vec<_>>()
        );
        let lang = "æøå 😀 ".repeat(NOTE_MAKS / 6);
        let t = Tilstand::<Moede>::default()
            .med("fo", "ydelse")
            .med("d", "4.3.2027")
            .med("sagt", &lang)
            .med("aft", &lang)
            .med("lov", &lang)
            .med("del", &lang)
            .med("n", &lang);
        let q = til_fragment(&t);
        let ind = fra_fragment::<Moede>(&q);
        assert!(ind.problemer.is_empty(), "{:?}", ind.problemer);
        assert_eq!(ind.tilstand, t);
        let n = til_noter(&t).unwrap();
        assert_eq!(n.formaal, "ydelse");
        assert!(n.dato.is_some());
        assert!(til_noter(&t.clone().med("d", "32.3.2027")).is_err());
        assert!(til_noter(&Tilstand::<Moede>::default())
            .unwrap()
            .dato
            .is_none());
    }
}
