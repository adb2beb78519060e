//! The plan page «Når dit forløb slutter»: its fields and how they become a [`SlutInput`].

use super::felt::{dato, heltal, laes, Fejl};
use super::{Art, Skema, Tilstand};
use crate::rules::lab::forloebsslut::SlutInput;
use crate::rules::lovdata::Forloebstype;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slutplan;

felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum SlutplanFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        Start = ("s", "Startdato", Art::Tekst, ""),
        LaengdeMaaneder = ("lm", "Længde i måneder", Art::Tekst, ""),
        Slut = ("sl", "Slutdato", Art::Tekst, ""),
        Foedselsdato = ("fd", "Fødselsdato", Art::Tekst, ""),
    }
}
use SlutplanFelt as F;

impl Skema for Slutplan {
    type Felt = SlutplanFelt;
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::ForloebetSlutter;
}

/// The rule input, or every problem with the fields.
pub fn til_input(t: &Tilstand<Slutplan>) -> Result<SlutInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let start = laes(&mut fejl, F::Start, dato(t.hent(F::Start)));
    let laengde = laes(
        &mut fejl,
        F::LaengdeMaaneder,
        heltal(t.hent(F::LaengdeMaaneder), 120, "måneder"),
    );
    let slut = laes(&mut fejl, F::Slut, dato(t.hent(F::Slut)));
    let foedt = laes(&mut fejl, F::Foedselsdato, dato(t.hent(F::Foedselsdato)));
    if slut.is_none()
        && !fejl.iter().any(|f| {
            [F::Start, F::LaengdeMaaneder, F::Slut]
                .into_iter()
                .any(|k| f.gaelder(k))
        })
    {
        if start.is_none() {
            fejl.push(Fejl::ny(
                F::Start,
                "Skriv forløbets startdato fra din afgørelse (eller slutdatoen).",
            ));
        } else if laengde.is_none() {
            fejl.push(Fejl::ny(
                F::LaengdeMaaneder,
                "Skriv forløbets længde i måneder (3 år = 36), eller slutdatoen.",
            ));
        }
    }
    const ORDEN: &[F] = &[
        F::Forloeb,
        F::Start,
        F::LaengdeMaaneder,
        F::Slut,
        F::Foedselsdato,
    ];
    fejl.sort_by_key(|f| ORDEN.iter().position(|k| f.gaelder(*k)));
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(SlutInput {
        forloeb: if t.hent(F::Forloeb) == "j" {
            Forloebstype::Jobafklaring
        } else {
            Forloebstype::Ressourceforloeb
        },
        start,
        laengde_maaneder: laengde,
        slut,
        foedselsdato: foedt,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_and_length_or_end_date() {
        let t = Tilstand::<Slutplan>::default()
            .med(F::Start, "1.4.2024")
            .med(F::LaengdeMaaneder, "36")
            .med(F::Foedselsdato, "12.5.1968");
        let i = til_input(&t).unwrap();
        assert_eq!(i.laengde_maaneder, Some(36));
        assert!(i.foedselsdato.is_some());
        let e = til_input(&Tilstand::<Slutplan>::default()).unwrap_err();
        assert_eq!(e[0].felt, "s");
        let e = til_input(&Tilstand::<Slutplan>::default().med(F::Start, "1.4.2024")).unwrap_err();
        assert_eq!(e[0].felt, "lm");
        let i = til_input(&Tilstand::<Slutplan>::default().med(F::Slut, "31.3.2027")).unwrap();
        assert!(i.start.is_none());
        let e = til_input(&t.clone().med(F::Foedselsdato, "32.1.1968")).unwrap_err();
        assert_eq!(e[0].felt, "fd");
    }
}
