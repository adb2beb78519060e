//! The klagefrist calculator's fields and how they become a [`KlagefristInput`].

use super::felt::{dato, laes, Fejl};
use super::{Art, Skema, Tilstand};
use crate::rules::retssikkerhedsloven::{KlagefristInput, Levering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Klagefrist;

felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum KlagefristFelt {
        Dato = ("d", "Dato", Art::Tekst, ""),
        Levering = ("l", "Sådan fik du afgørelsen", Art::Valg(&["d", "p", "u"]), "d"),
        Modtaget = ("k", "Kommunen modtog klagen", Art::Tekst, ""),
    }
}
use KlagefristFelt as F;

impl Skema for Klagefrist {
    type Felt = KlagefristFelt;
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Klagefrist;
}

/// The rule input, or the problems.
pub fn til_input(t: &Tilstand<Klagefrist>) -> Result<KlagefristInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let d = laes(&mut fejl, F::Dato, dato(t.hent(F::Dato)));
    let k = laes(&mut fejl, F::Modtaget, dato(t.hent(F::Modtaget)));
    if d.is_none() && fejl.iter().all(|f| !f.gaelder(F::Dato)) {
        fejl.insert(0, Fejl::ny(F::Dato, "Skriv datoen for afgørelsen."));
    }
    match d {
        Some(dato) if fejl.is_empty() => Ok(KlagefristInput {
            dato,
            levering: match t.hent(F::Levering) {
                "p" => Levering::AlmindeligPost,
                "u" => Levering::Personligt,
                _ => Levering::DigitalPost,
            },
            klage_modtaget: k,
        }),
        _ => Err(fejl),
    }
}
