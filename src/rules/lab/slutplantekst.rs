//! Every sentence of «Når dit forløb slutter» that the rule writes itself: the trace lines, the titles and
//! texts of the dated steps and the messages for input to correct. The statements of the page (duties, next
//! steps, open questions and the core of each step's text) are data in `content/law/slutplan.toml`; this
//! module only joins them with the dates. [`super::forloebsslut`] decides what is said and when; a second
//! language would replace this module (and the data file) only.

use super::forloebsslut::{Fejl, Hvad, SlutInput, Slutkilde, Slutplan, Trin, Udsagn, SKRIDT_SLUT};
use crate::forklaring::{Forklaring, Linje, Linjeart};
use crate::fortolkninger::Fortolkning;
use crate::lovdata::{Regelvaerdi, Status};
use crate::pensionsloven::{self, Folkepension};
use crate::tid::{dato_tekst, varighed_tekst};
use chrono::NaiveDate;

/// The trace of a plan: the end date, each reminder, the 6-month rule and the folkepensionsalder.
pub fn forklaring(i: &SlutInput, p: &Slutplan) -> Forklaring {
    let mut fk = forklaring_ved_stop(Some((p.slutdato, p.slutkilde)));
    for t in &p.trin {
        if let Hvad::Paamindelse { udsagn, maaneder } = t.hvad {
            fk.linje(paamindelse_linje(udsagn, maaneder, p.slutdato, t.dato));
        }
    }
    for t in &p.trin {
        if let Hvad::SeksMaaneder { start, maaneder } = t.hvad {
            fk.linje(seks_maaneder_linje(maaneder, start, t.dato));
        }
    }
    if let (Some(foedt), Some(fp)) = (i.foedselsdato, p.folkepension.as_ref()) {
        fk.linje(pensionsloven::linje(foedt, fp));
    }
    fk
}

/// The trace of a plan stopped by its input: the end date, when it was found.
pub fn forklaring_ved_stop(slut: Option<(NaiveDate, Slutkilde)>) -> Forklaring {
    let mut fk = Forklaring::default();
    match slut {
        Some((sl, Slutkilde::Afgoerelse)) => fk.linje(slut_fra_afgoerelse(sl, &SKRIDT_SLUT)),
        Some((sl, Slutkilde::Laengde { start, maaneder })) => {
            fk.linje(slut_fra_laengde(start, maaneder, sl, &SKRIDT_SLUT));
        }
        None => {}
    }
    fk
}

/// A step's title (the calendar event's summary) and text.
pub fn titel_og_tekst(t: &Trin) -> (String, String) {
    let u = t.udsagn();
    match t.hvad {
        Hvad::Paamindelse { udsagn, maaneder } => (
            paamindelse_titel(udsagn, maaneder),
            udsagn.tekst.to_string(),
        ),
        Hvad::Efter { klagefrist } => (titel(u), dagen_efter(u, klagefrist)),
        Hvad::SeksAar { aar, foer_slut } => (seks_aar_titel(aar), seks_aar_tekst(u, foer_slut)),
        Hvad::Folkepension { fp, .. } => (folkepension_titel(&fp), u.tekst.to_string()),
        Hvad::Slut | Hvad::SeksMaaneder { .. } => (titel(u), u.tekst.to_string()),
    }
}

/// The field to correct and the message.
pub fn fejl(f: Fejl) -> (&'static str, &'static str) {
    match f {
        Fejl::SlutFoerStart => ("sl", "Slutdatoen ligger før startdatoen. Tjek datoerne."),
        Fejl::StartUdenForKalenderen => ("s", "Startdatoen ligger uden for kalenderen."),
        Fejl::LaengdeUdenForGraenserne => {
            ("lm", "Skriv længden i måneder, fra 1 til 120 (3 år = 36).")
        }
        Fejl::IngenDato => (
            "s",
            "Skriv forløbets startdato, eller slutdatoen fra din afgørelse.",
        ),
        Fejl::IngenLaengde => (
            "lm",
            "Skriv forløbets længde i måneder (3 år = 36), eller slutdatoen.",
        ),
        Fejl::FoedselsdatoEfterSlut => (
            "fd",
            "Fødselsdatoen skal ligge før slutdatoen. Tjek årstallet.",
        ),
    }
}

/// The end date as written in the decision (`u`: the statement of the last day, for its § and sources).
fn slut_fra_afgoerelse(sl: NaiveDate, u: &Udsagn) -> Linje {
    Linje::regel(
        Linjeart::Resultat,
        format!(
            "Dit forløb slutter {} (slutdatoen i din afgørelse).",
            dato_tekst(sl)
        ),
        None,
        u.paragraf,
        u.kilder,
        Status::Officiel,
    )
}

/// The end date computed from the start and the length in months.
fn slut_fra_laengde(start: NaiveDate, n: u32, sl: NaiveDate, u: &Udsagn) -> Linje {
    Linje::regel(
        Linjeart::Resultat,
        format!(
            "Et forløb fra {} på {} slutter {} (startdato + længde − 1 dag).",
            dato_tekst(start),
            varighed_tekst(n, 0),
            dato_tekst(sl)
        ),
        None,
        u.paragraf,
        u.kilder,
        Status::Afledt,
    )
    .med_fortolkning(Fortolkning::Slutdato)
}

/// A statement's title, or nothing.
fn titel(u: &Udsagn) -> String {
    u.titel.unwrap_or("").to_string()
}

/// The title of a reminder `v` months before the end.
fn paamindelse_titel(u: &Udsagn, v: &Regelvaerdi) -> String {
    format!(
        "{} ({} før slutdatoen)",
        u.titel.unwrap_or(""),
        varighed_tekst(v.vaerdi, 0)
    )
}

/// The trace line of a reminder on `d`, `v` months before the end `slut`.
fn paamindelse_linje(u: &Udsagn, v: &Regelvaerdi, slut: NaiveDate, d: NaiveDate) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "{}: {} før {} er {}.",
            u.titel.unwrap_or(""),
            varighed_tekst(v.vaerdi, 0),
            dato_tekst(slut),
            dato_tekst(d)
        ),
        v,
    )
}

/// The text of the day after the end, with the klagefrist in weeks when it is known for that day.
fn dagen_efter(u: &Udsagn, klagefrist: Option<&Regelvaerdi>) -> String {
    match klagefrist {
        Some(f) => format!(
            "{} Klagefristen er {} uger fra den dag, du fik afgørelsen.",
            u.tekst, f.vaerdi
        ),
        None => u.tekst.to_string(),
    }
}

/// The trace line of the 6-month rule: `r` months after the start is `d`.
fn seks_maaneder_linje(r: &Regelvaerdi, start: NaiveDate, d: NaiveDate) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "6-måneders-reglen: {} efter starten {} er {}.",
            varighed_tekst(r.vaerdi, 0),
            dato_tekst(start),
            dato_tekst(d)
        ),
        r,
    )
    .med_fortolkning(Fortolkning::Slutdato)
}

/// The title of the line `aar` years before folkepension.
fn seks_aar_titel(aar: u32) -> String {
    format!("{aar} år før din folkepension")
}

/// The text of that line: whether it falls before the end, then the statement.
fn seks_aar_tekst(u: &Udsagn, foer_slut: bool) -> String {
    let hvor = if foer_slut {
        "Det er før dit forløb slutter."
    } else {
        "Det er efter dit forløb, så grænsen ændrer ikke noget for det."
    };
    format!("{hvor} {}", u.tekst)
}

/// The title of the folkepension day.
fn folkepension_titel(fp: &Folkepension) -> String {
    format!("Du når folkepensionsalderen ({})", fp.alder_tekst())
}
