//! The period facts that the ydelse calculator and «Tjek dine udbetalinger» both ask for (the same share-link
//! keys and meanings in both): the trait their field enums implement, and how the facts are read.

use super::felt::{beloeb, dato, laes, Fejl};
use super::{Felt, Skema, Tilstand};
use crate::rules::aktivloven::ressourceforloebsydelse::Niveau;
use crate::rules::lovdata::Forloebstype;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::marker::PhantomData;

/// Niveau codes in the link. "ja" (came from a jobafklaringsforløb) is kontanthjælp level, as "k".
pub const NIVEAUER: &[&str] = &["k", "ja", "s", "l", "lk", "p"];
/// The largest plausible monthly amount in any money field.
pub fn maks_maaned() -> Decimal {
    Decimal::from(500_000)
}

/// The period facts that the ydelse calculator and «Tjek dine udbetalinger» both ask for, with the same
/// share-link keys and meanings: each calculator's field enum names its own variant for each.
pub trait Periodefelt: Felt {
    const FORLOEB: Self;
    const START: Self;
    const NIVEAU: Self;
    const FORSOERGER: Self;
    const BARN_FOEDT: Self;
    const HJEMMEBOENDE: Self;
    const FOEDSELSDATO: Self;
    const SDP_UGE: Self;
    const SDP_STOP: Self;
    const LEDIGHEDSYDELSE_UGE: Self;
}

/// Implements [`Periodefelt`] for a field enum that names the period facts with the ydelse calculator's
/// variant names (one list of them, here).
macro_rules! periodefelter {
    ($navn:ident) => {
        impl $crate::ui::tilstand::periode::Periodefelt for $navn {
            const FORLOEB: Self = $navn::Forloeb;
            const START: Self = $navn::Start;
            const NIVEAU: Self = $navn::Niveau;
            const FORSOERGER: Self = $navn::Forsoerger;
            const BARN_FOEDT: Self = $navn::BarnFoedt;
            const HJEMMEBOENDE: Self = $navn::Hjemmeboende;
            const FOEDSELSDATO: Self = $navn::Foedselsdato;
            const SDP_UGE: Self = $navn::SdpUge;
            const SDP_STOP: Self = $navn::SdpStop;
            const LEDIGHEDSYDELSE_UGE: Self = $navn::LedighedsydelseUge;
        }
    };
}
pub(crate) use periodefelter;

/// The period facts as read (each `None` when empty or wrong; a wrong one is in the errors).
pub struct Periodefakta<P: Periodefelt> {
    pub jobafklaring: bool,
    /// The level: in a jobafklaringsforløb always kontanthjælp level (§ 69 j, stk. 2): the question about the
    /// earlier benefit is not shown, and an answer left from a ressourceforløb does not count.
    pub niveau: Niveau,
    start: Option<NaiveDate>,
    /// «Et barn under 18 bor hos mig» is ticked.
    pub barn_bor_hos: bool,
    pub hjemmeboende: bool,
    pub foedt: Option<NaiveDate>,
    pub barn: Option<NaiveDate>,
    pub sdp: Option<Decimal>,
    pub sdp_stop: Option<NaiveDate>,
    pub ly: Option<Decimal>,
    felt: PhantomData<P>,
}

impl<P: Periodefelt> Periodefakta<P> {
    /// The start of the forløb, or `None` with the error «write it» first (unless the field already has an
    /// error).
    pub fn start(&self, fejl: &mut Vec<Fejl>) -> Option<NaiveDate> {
        if self.start.is_none() && !fejl.iter().any(|e| e.gaelder(P::START)) {
            fejl.insert(
                0,
                Fejl::ny(P::START, "Skriv datoen, hvor dit forløb begyndte."),
            );
        }
        self.start
    }

    /// The kind of forløb.
    pub fn forloeb(&self) -> Forloebstype {
        if self.jobafklaring {
            Forloebstype::Jobafklaring
        } else {
            Forloebstype::Ressourceforloeb
        }
    }
}

/// Reads the period facts; their problems are added to `fejl`.
pub fn periodefakta<S: Skema>(t: &Tilstand<S>, fejl: &mut Vec<Fejl>) -> Periodefakta<S::Felt>
where
    S::Felt: Periodefelt,
{
    let maks = maks_maaned();
    let felt = |f: S::Felt| t.hent(f);
    let start = laes(fejl, S::Felt::START, dato(felt(S::Felt::START)));
    let foedt = laes(
        fejl,
        S::Felt::FOEDSELSDATO,
        dato(felt(S::Felt::FOEDSELSDATO)),
    );
    let barn = laes(fejl, S::Felt::BARN_FOEDT, dato(felt(S::Felt::BARN_FOEDT)));
    let sdp = laes(fejl, S::Felt::SDP_UGE, beloeb(felt(S::Felt::SDP_UGE), maks));
    let sdp_stop = laes(fejl, S::Felt::SDP_STOP, dato(felt(S::Felt::SDP_STOP)));
    let ly = laes(
        fejl,
        S::Felt::LEDIGHEDSYDELSE_UGE,
        beloeb(felt(S::Felt::LEDIGHEDSYDELSE_UGE), maks),
    );
    let jobafklaring = felt(S::Felt::FORLOEB) == "j";
    let niveau = match felt(S::Felt::NIVEAU) {
        _ if jobafklaring => Niveau::Kontanthjaelp,
        "s" => Niveau::Sygedagpenge,
        "l" => Niveau::Ledighedsydelse,
        "lk" => Niveau::LedighedsydelseKontanthjaelp,
        "p" => Niveau::Foertidspension,
        _ => Niveau::Kontanthjaelp,
    };
    Periodefakta {
        jobafklaring,
        niveau,
        start,
        barn_bor_hos: t.ja(S::Felt::FORSOERGER),
        hjemmeboende: t.ja(S::Felt::HJEMMEBOENDE),
        foedt,
        barn,
        sdp,
        sdp_stop,
        ly,
        felt: PhantomData,
    }
}
