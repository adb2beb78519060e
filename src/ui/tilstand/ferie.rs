//! The ferie calculator's fields and how they become a [`FerieInput`].

use super::felt::Fejl;
use super::{Art, Skema, Tilstand};
use crate::rules::aktivloven::ferie::{FerieInput, Maanedsart, MAKS_MAANEDER};
use crate::rules::lovdata::Forloebstype;
use crate::rules::tid::Maaned;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ferie;

felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum FerieFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        FoersteMaaned = ("fra", "Første måned", Art::Tekst, ""),
        Maaneder = ("m", "Månederne", Art::Tekst, ""),
    }
}
use FerieFelt as F;

impl Skema for Ferie {
    type Felt = FerieFelt;
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Ferie;
}

/// A month's code in the link: h = hjælp, l = løntilskud, i = ingen hjælp.
pub fn art(c: char) -> Option<Maanedsart> {
    match c {
        'h' => Some(Maanedsart::Hjaelp),
        'l' => Some(Maanedsart::Loentilskud),
        'i' => Some(Maanedsart::Ingen),
        _ => None,
    }
}

pub fn kode(a: Maanedsart) -> char {
    match a {
        Maanedsart::Hjaelp => 'h',
        Maanedsart::Loentilskud => 'l',
        Maanedsart::Ingen => 'i',
    }
}

/// The rule input, or the problems.
pub fn til_input(t: &Tilstand<Ferie>) -> Result<FerieInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let fra = Maaned::parse(t.hent(F::FoersteMaaned));
    if fra.is_none() {
        fejl.push(Fejl::ny(
            F::FoersteMaaned,
            "Vælg den første måned, du fik hjælp.",
        ));
    }
    let koder = t.hent(F::Maaneder);
    let maaneder: Option<Vec<Maanedsart>> = koder.chars().map(art).collect();
    match &maaneder {
        None => fejl.push(Fejl::ny(
            F::Maaneder,
            "Månederne kunne ikke læses. Vælg dem igen.",
        )),
        Some(m) if m.is_empty() => fejl.push(Fejl::ny(F::Maaneder, "Vælg mindst én måned.")),
        Some(m) if m.len() > MAKS_MAANEDER => fejl.push(Fejl::ny(
            F::Maaneder,
            "Vi kan højst tælle 10 år (120 måneder).",
        )),
        _ => {}
    }
    match (fra, maaneder) {
        (Some(fra), Some(maaneder)) if fejl.is_empty() => Ok(FerieInput {
            forloeb: if t.hent(F::Forloeb) == "j" {
                Forloebstype::Jobafklaring
            } else {
                Forloebstype::Ressourceforloeb
            },
            fra,
            maaneder,
        }),
        _ => Err(fejl),
    }
}
