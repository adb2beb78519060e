//! The meeting kit's fields (purpose, date, notes) and how they become [`Noter`]. The notes are free text: a
//! value may hold [`NOTE_MAKS`] characters, so this page reads longer queries than a calculator.

use super::felt::{dato, laes, Fejl};
use super::{Art, Skema, Tilstand};
use crate::indhold::moede::Noter;

/// The most characters a note field holds (the textarea's `maxlength`).
pub const NOTE_MAKS: usize = 2000;
/// The longest query of this page: five free-text fields of [`NOTE_MAKS`] characters, each percent-encoded
/// (at most 12 characters for a 4-byte character), and the short fields.
pub const LAENGDE: usize = 5 * NOTE_MAKS * 12 + 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moede;

felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum MoedeFelt {
        Formaal = ("fo", "Hvad handler mødet om", Art::Valg(&["slut", "tilbud", "ydelse", "opfoelgning"]), "slut"),
        Dato = ("d", "Mødets dato", Art::Tekst, ""),
        Deltagere = ("del", "Hvem var med", Art::Tekst, ""),
        Sagt = ("sagt", "Det blev sagt", Art::Tekst, ""),
        Aftalt = ("aft", "Det aftalte I", Art::Tekst, ""),
        Lovet = ("lov", "Det blev lovet", Art::Tekst, ""),
        Navn = ("n", "Dit navn", Art::Tekst, ""),
    }
}
use MoedeFelt as F;

impl Skema for Moede {
    type Felt = MoedeFelt;
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Moede;
    const LAENGDE_MAKS: usize = LAENGDE;
    const VAERDI_MAKS: usize = NOTE_MAKS;
}

/// The notes, or the problem with the date.
pub fn til_noter(t: &Tilstand<Moede>) -> Result<Noter, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let d = laes(&mut fejl, F::Dato, dato(t.hent(F::Dato)));
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(Noter {
        formaal: t.hent(F::Formaal).to_string(),
        dato: d,
        deltagere: t.hent(F::Deltagere).to_string(),
        sagt: t.hent(F::Sagt).to_string(),
        aftalt: t.hent(F::Aftalt).to_string(),
        lovet: t.hent(F::Lovet).to_string(),
        navn: t.hent(F::Navn).to_string(),
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
            .med(F::Formaal, "ydelse")
            .med(F::Dato, "4.3.2027")
            .med(F::Sagt, &lang)
            .med(F::Aftalt, &lang)
            .med(F::Lovet, &lang)
            .med(F::Deltagere, &lang)
            .med(F::Navn, &lang);
        let q = til_fragment(&t);
        let ind = fra_fragment::<Moede>(&q);
        assert!(ind.problemer.is_empty(), "{:?}", ind.problemer);
        assert_eq!(ind.tilstand, t);
        let n = til_noter(&t).unwrap();
        assert_eq!(n.formaal, "ydelse");
        assert!(n.dato.is_some());
        assert!(til_noter(&t.clone().med(F::Dato, "32.3.2027")).is_err());
        assert!(til_noter(&Tilstand::<Moede>::default())
            .unwrap()
            .dato
            .is_none());
    }
}
