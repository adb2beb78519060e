//! The klagefrist calculator's fields and how they become a [`KlagefristInput`].

use super::felt::{dato, laes, Fejl};
use super::{Art, Noegle, Skema, Tilstand};
use crate::rules::retssikkerhedsloven::{KlagefristInput, Levering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Klagefrist;

impl Skema for Klagefrist {
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Klagefrist;
    const NOEGLER: &'static [Noegle] = &[
        Noegle {
            k: "d",
            navn: "Dato",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "l",
            navn: "Sådan fik du afgørelsen",
            art: Art::Valg(&["d", "p", "u"]),
            standard: "d",
        },
        Noegle {
            k: "k",
            navn: "Kommunen modtog klagen",
            art: Art::Tekst,
            standard: "",
        },
    ];
}

/// The rule input, or the problems.
pub fn til_input(t: &Tilstand<Klagefrist>) -> Result<KlagefristInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let d = laes(&mut fejl, "d", dato(t.hent("d")));
    let k = laes(&mut fejl, "k", dato(t.hent("k")));
    if d.is_none() && fejl.iter().all(|f| f.felt != "d") {
        fejl.insert(0, Fejl::ny("d", "Skriv datoen for afgørelsen."));
    }
    match d {
        Some(dato) if fejl.is_empty() => Ok(KlagefristInput {
            dato,
            levering: match t.hent("l") {
                "p" => Levering::AlmindeligPost,
                "u" => Levering::Personligt,
                _ => Levering::DigitalPost,
            },
            klage_modtaget: k,
        }),
        _ => Err(fejl),
    }
}
