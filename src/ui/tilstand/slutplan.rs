//! The plan page «Når dit forløb slutter»: its fields and how they become a [`SlutInput`].

use super::felt::{dato, heltal, laes, Fejl};
use super::{Art, Noegle, Skema, Tilstand};
use crate::rules::lab::forloebsslut::SlutInput;
use crate::rules::lovdata::Forloebstype;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slutplan;

impl Skema for Slutplan {
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::ForloebetSlutter;
    const NOEGLER: &'static [Noegle] = &[
        Noegle {
            k: "f",
            navn: "Forløb",
            art: Art::Valg(&["r", "j"]),
            standard: "r",
        },
        Noegle {
            k: "s",
            navn: "Startdato",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "lm",
            navn: "Længde i måneder",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "sl",
            navn: "Slutdato",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "fd",
            navn: "Fødselsdato",
            art: Art::Tekst,
            standard: "",
        },
    ];
}

/// The rule input, or every problem with the fields.
pub fn til_input(t: &Tilstand<Slutplan>) -> Result<SlutInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let start = laes(&mut fejl, "s", dato(t.hent("s")));
    let laengde = laes(&mut fejl, "lm", heltal(t.hent("lm"), 120, "måneder"));
    let slut = laes(&mut fejl, "sl", dato(t.hent("sl")));
    let foedt = laes(&mut fejl, "fd", dato(t.hent("fd")));
    if slut.is_none() && !fejl.iter().any(|f| matches!(f.felt, "s" | "lm" | "sl")) {
        if start.is_none() {
            fejl.push(Fejl::ny(
                "s",
                "Skriv forløbets startdato fra din afgørelse (eller slutdatoen).",
            ));
        } else if laengde.is_none() {
            fejl.push(Fejl::ny(
                "lm",
                "Skriv forløbets længde i måneder (3 år = 36), eller slutdatoen.",
            ));
        }
    }
    const ORDEN: &[&str] = &["f", "s", "lm", "sl", "fd"];
    fejl.sort_by_key(|f| ORDEN.iter().position(|k| *k == f.felt));
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(SlutInput {
        forloeb: if t.hent("f") == "j" {
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
            .med("s", "1.4.2024")
            .med("lm", "36")
            .med("fd", "12.5.1968");
        let i = til_input(&t).unwrap();
        assert_eq!(i.laengde_maaneder, Some(36));
        assert!(i.foedselsdato.is_some());
        let e = til_input(&Tilstand::<Slutplan>::default()).unwrap_err();
        assert_eq!(e[0].felt, "s");
        let e = til_input(&Tilstand::<Slutplan>::default().med("s", "1.4.2024")).unwrap_err();
        assert_eq!(e[0].felt, "lm");
        let i = til_input(&Tilstand::<Slutplan>::default().med("sl", "31.3.2027")).unwrap();
        assert!(i.start.is_none());
        let e = til_input(&t.clone().med("fd", "32.1.1968")).unwrap_err();
        assert_eq!(e[0].felt, "fd");
    }
}
