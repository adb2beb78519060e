//! Every sentence of «Tjek dine udbetalinger»: the trace of the whole check, the line of each month, the
//! verdict words, why a month cannot be decided, the klagefrist sentence and the messages for input to
//! correct. [`super::udbetalinger`] compares the amounts and decides; this module words it (the sourced
//! statements themselves are data in `content/law/udbetalinger.toml`). A second language would replace this
//! module only.

use super::udbetalinger::{
    Dom, Frist, MaanedsTjek, Optaelling, FEJL_RETTES, SAMMENLIGNING, SKRIFTLIG_AFGOERELSE,
    TOLERANCE,
};
use crate::forklaring::{Alvor, Forklaring, Linje, Linjeart};
use crate::fortolkninger::Fortolkning;
use crate::lab::forloebsslut::Udsagn;
use crate::lovdata::Status;
use crate::penge::{kr, kr_kort};
use crate::tid::dato_tekst;
use rust_decimal::Decimal;

/// Input that makes the whole check impossible, as data; [`fejl`] words it and gives the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fejl {
    IngenMaaneder,
    ForMange,
    IkkeEfterHinanden,
    KommunensNegativ,
    AndenNegativ,
    SdpUdenForMaaneden,
    BarnUdenForMaaneden,
    FlereSdpDage,
}

/// The field to correct and the message.
pub fn fejl(f: Fejl) -> (&'static str, &'static str) {
    const UDEN_FOR: &str = "Datoen skal ligge i den måned, du skriver den ved.";
    match f {
        Fejl::IngenMaaneder => ("maaneder", "Skriv mindst én måned."),
        Fejl::ForMange => (
            "maaneder",
            "Du kan tjekke højst 24 måneder ad gangen. Del perioden op.",
        ),
        Fejl::IkkeEfterHinanden => ("maaned", "Månederne skal følge lige efter hinanden."),
        Fejl::KommunensNegativ => ("kommunens", "Kommunens beløb kan ikke være negativt."),
        Fejl::AndenNegativ => ("anden_indtaegt", "Beløbet kan ikke være negativt."),
        Fejl::SdpUdenForMaaneden => ("sdp_ophoer", UDEN_FOR),
        Fejl::BarnUdenForMaaneden => ("barn_foedt", UDEN_FOR),
        Fejl::FlereSdpDage => (
            "sdp_ophoer",
            "Skriv kun én dag, hvor din ret til sygedagpenge stoppede.",
        ),
    }
}

/// Why a month cannot be decided, when the ydelse rule itself gave no reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KanIkke {
    IngenKommunebeloeb,
    Foertidspension,
    Foreloebig,
    Ukendt,
}

/// The reason shown at the month.
pub fn kan_ikke(k: KanIkke) -> String {
    match k {
        KanIkke::IngenKommunebeloeb => "Skriv kommunens beløb før skat. Det står på udbetalingsspecifikationen i din Digital Post.",
        KanIkke::Foertidspension => "Du beholder din førtidspension under forløbet og får ikke ressourceforløbsydelse.",
        KanIkke::Foreloebig => "Vores beløb er foreløbigt, fordi årets satser ikke er i appen endnu.",
        KanIkke::Ukendt => "Vi kan ikke regne måneden ud.",
    }
    .into()
}

/// The short word of a verdict, shown in the table.
pub fn dom(d: &Dom) -> &'static str {
    match d {
        Dom::Passer => "Passer",
        Dom::Afviger => "Afviger",
        Dom::KanIkkeAfgoeres(_) => "Kan ikke afgøres",
    }
}

/// A sourced statement as a trace line.
pub fn linje(u: &Udsagn) -> Linje {
    Linje::regel(
        Linjeart::Oplysning,
        u.tekst.to_string(),
        None,
        u.paragraf,
        u.kilder,
        u.status,
    )
}

/// A derived line of the comparison, with its § and source.
fn sammenligning_linje(art: Linjeart, tekst: String, beloeb: Option<Decimal>) -> Linje {
    Linje::regel(
        art,
        tekst,
        beloeb,
        SAMMENLIGNING.post().paragraf,
        SAMMENLIGNING.post().kilder,
        Status::Afledt,
    )
}

/// The trace of the whole check: the tolerance, one line per month, the total and the warnings.
pub(super) fn forklaring(maaneder: &[MaanedsTjek], t: &Optaelling) -> Forklaring {
    let mut fk = Forklaring::default();
    fk.linje(
        sammenligning_linje(
            Linjeart::Oplysning,
            format!(
                "Vi regner hver måned ud med de samme regler som «Beregn din ydelse» og sammenligner med kommunens beløb før skat. En forskel på højst {} kr. regner vi som afrunding: så passer måneden.",
                kr_kort(TOLERANCE)
            ),
            None,
        )
        .med_fortolkning(Fortolkning::Afrunding),
    );
    for m in maaneder {
        fk.linje(sammenligning_linje(
            Linjeart::Oplysning,
            maaned_linje(m),
            m.forskel,
        ));
    }
    fk.linje(sammenligning_linje(
        Linjeart::Resultat,
        format!(
            "Kommunen har måske udbetalt {} kr. for lidt i alt ({}). Det er summen af forskellene i de måneder, der afviger – ikke et beløb, du er sikker på at få.",
            kr(t.efterbetaling),
            antal_tekst(t.for_lidt, "måned", "måneder")
        ),
        Some(t.efterbetaling),
    ));
    if t.overbetaling > Decimal::ZERO {
        fk.advar(
            Alvor::Advarsel,
            format!(
                "I nogle måneder har kommunen udbetalt {} kr. mere, end vi regner med. Det kan være, vi mangler en oplysning (fx særlig støtte). Kommunen kan kræve for meget udbetalt hjælp tilbage i nogle tilfælde, så spørg kommunen, før du bruger pengene.",
                kr(t.overbetaling)
            ),
            &[],
            None,
        );
    }
    if t.kan_ikke > 0 {
        fk.advar(
            Alvor::Info,
            format!(
                "{} kan ikke afgøres og er ikke med i summen. Se hvorfor ved måneden.",
                antal_tekst(t.kan_ikke, "måned", "måneder")
            ),
            &[],
            None,
        );
    }
    if t.afviger > 0 {
        fk.linje(linje(&SKRIFTLIG_AFGOERELSE));
        fk.linje(linje(&FEJL_RETTES));
    }
    fk
}

/// «1 måned», «3 måneder».
pub fn antal_tekst(n: usize, ental: &str, flertal: &str) -> String {
    format!("{n} {}", if n == 1 { ental } else { flertal })
}

fn maaned_linje(m: &MaanedsTjek) -> String {
    let mt = m.maaned.tekst();
    match (&m.dom, m.vores, m.kommunens, m.forskel) {
        (Dom::KanIkkeAfgoeres(grund), ..) => format!("{mt}: kan ikke afgøres. {grund}"),
        (d, Some(v), Some(k), Some(f)) => format!(
            "{mt}: vi regner {} kr., kommunen har udbetalt {} kr. Forskel {} kr.: {}.",
            kr(v),
            kr(k),
            kr(f),
            d.tekst().to_lowercase()
        ),
        _ => format!("{mt}: {}.", m.dom.tekst().to_lowercase()),
    }
}

/// What to do about a month, in one sentence (the klagefrist part).
pub fn frist_tekst(f: &Frist) -> String {
    match f {
        Frist::Aaben {
            sikker_sidste_dag,
            sidste_dag,
        } if sikker_sidste_dag == sidste_dag => format!(
            "Du kan stadig klage. Klagen skal være nået frem senest {}.",
            dato_tekst(*sikker_sidste_dag)
        ),
        Frist::Aaben {
            sikker_sidste_dag,
            sidste_dag,
        } => format!(
            "Du kan stadig klage. Send klagen, så den er nået frem senest {} (fristen er måske først {}).",
            dato_tekst(*sikker_sidste_dag),
            dato_tekst(*sidste_dag)
        ),
        Frist::Udloebet { sidste_dag } => format!(
            "Klagefristen udløb {}, hvis brevet havde en klagevejledning. Du kan stadig bede kommunen om at se på sagen igen.",
            dato_tekst(*sidste_dag)
        ),
        Frist::Ukendt => "Du har ikke skrevet, hvornår du fik brevet om udbetalingen. Bed kommunen om en skriftlig afgørelse med klagevejledning.".into(),
    }
}
