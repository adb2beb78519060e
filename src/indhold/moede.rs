//! The meeting kit «Møde med kommunen» (`#/moede`) as data: what kind of meeting it is, the citizen's rights,
//! what to bring and the questions to ask — each chosen by the meeting's purpose — and the letter after the
//! meeting. Every statement comes from `content/law/moede.toml` with its § and sources; the build refuses one
//! without (`src/build/moede.rs`). Pure Rust, no web calls.
//!
//! The letter asks the kommune to confirm in writing what was said, agreed and promised, and carries the
//! klagefrist for a decision handed over at the meeting: retssikkerhedsloven § 67 as computed by
//! [`crate::rules::retssikkerhedsloven::beregn`] (a decision handed over counts as received that day), never
//! a date the user types.

use crate::rules::forklaring::Forklaring;
use crate::rules::lovdata::Status;
use crate::rules::retssikkerhedsloven::{self as rsl, KlagefristInput, Levering};
use crate::rules::tid::{dato_tekst, dato_tekst_lang};
use chrono::NaiveDate;

/// Which part of the kit a statement belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moedeafsnit {
    /// What kind of meeting it is (one per purpose).
    Moedet,
    /// A right of the citizen.
    Ret,
    /// Something to bring.
    Medbring,
    /// A question to ask.
    Spoergsmaal,
    /// About the letter after the meeting.
    Brev,
}

/// One sourced statement of the meeting kit (from `content/law/moede.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moedeudsagn {
    pub id: &'static str,
    pub afsnit: Moedeafsnit,
    /// The purposes it belongs to; empty = every purpose.
    pub formaal: &'static [&'static str],
    pub titel: Option<&'static str>,
    pub tekst: &'static str,
    pub paragraf: &'static str,
    pub status: Status,
    pub kilder: &'static [&'static str],
}

impl Moedeudsagn {
    /// Whether it belongs to a meeting with this purpose.
    pub fn gaelder(&self, formaal: &str) -> bool {
        self.formaal.is_empty() || self.formaal.contains(&formaal)
    }
}

include!(concat!(env!("OUT_DIR"), "/moede.rs"));

/// The statements of one part of the kit for a meeting with this purpose, in the order of the data file.
/// An unknown purpose gets only the statements that belong to every purpose.
pub fn udsagn(afsnit: Moedeafsnit, formaal: &str) -> Vec<&'static Moedeudsagn> {
    ALLE.iter()
        .filter(|u| u.afsnit == afsnit && u.gaelder(formaal))
        .collect()
}

/// The label of a purpose code.
pub fn formaal_navn(kode: &str) -> Option<&'static str> {
    FORMAAL.iter().find(|(k, _)| *k == kode).map(|(_, n)| *n)
}

/// What the user wrote down at the meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Noter {
    /// The purpose code (see [`FORMAAL`]).
    pub formaal: String,
    pub dato: Option<NaiveDate>,
    /// Who was there.
    pub deltagere: String,
    /// What was said.
    pub sagt: String,
    /// What was agreed.
    pub aftalt: String,
    /// What was promised, by whom and by when.
    pub lovet: String,
    /// The citizen's name (optional).
    pub navn: String,
}

/// The letter after the meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct Moedebrev {
    pub tekst: String,
    /// The last day to complain about a decision handed over at the meeting (the safe date of § 67).
    pub klagefrist: Option<NaiveDate>,
    /// How the klagefrist was computed.
    pub forklaring: Forklaring,
}

/// Placeholder for a part the user has not written.
const TOM: &str = "[skriv her]";

fn afsnit(tekst: &mut String, overskrift: &str, indhold: &str) {
    let indhold = indhold.trim();
    tekst.push_str(overskrift);
    tekst.push('\n');
    tekst.push_str(if indhold.is_empty() { TOM } else { indhold });
    tekst.push_str("\n\n");
}

/// The letter draft: the notes, the request to confirm them in writing, and the klagefrist for a decision
/// handed over at the meeting (retssikkerhedsloven § 67, computed by the rules from the meeting date).
pub fn brev(n: &Noter) -> Moedebrev {
    let (klagefrist, forklaring) = match n.dato {
        Some(d) => {
            let r = rsl::beregn(&KlagefristInput {
                dato: d,
                levering: Levering::Personligt,
                klage_modtaget: None,
            });
            match r.udfald {
                rsl::Udfald::Beregnet(k) => (Some(k.sikker_sidste_dag), r.forklaring),
                rsl::Udfald::Ugyldig { .. } => (None, r.forklaring),
            }
        }
        None => (None, Forklaring::default()),
    };
    let dato = n.dato.map(dato_tekst).unwrap_or_else(|| "[dato]".into());
    let mut t = String::new();
    t.push_str(&format!(
        "Emne: Bekræftelse af aftaler fra mødet den {dato}\n\n"
    ));
    t.push_str("Kære sagsbehandler\n\n");
    t.push_str(&format!("Tak for mødet den {dato}"));
    if let Some(navn) = formaal_navn(&n.formaal) {
        t.push_str(&format!(" («{}»)", navn.to_lowercase()));
    }
    t.push_str(".\n");
    if !n.deltagere.trim().is_empty() {
        t.push_str(&format!("Til stede: {}\n", n.deltagere.trim()));
    }
    t.push_str(
        "\nHer er, hvad jeg har skrevet ned. Vil du bekræfte på skrift, at det er rigtigt? \
         Er noget forkert eller mangler noget, så skriv venligst, hvad.\n\n",
    );
    afsnit(&mut t, "Det blev sagt:", &n.sagt);
    afsnit(&mut t, "Det aftalte vi:", &n.aftalt);
    afsnit(&mut t, "Det blev lovet (hvem, hvad og hvornår):", &n.lovet);
    t.push_str(
        "Har kommunen truffet en afgørelse på mødet, beder jeg om at få den på skrift med begrundelse og klagevejledning.\n\n",
    );
    if let Some(k) = klagefrist {
        let frist = crate::rules::lovdata::Regelvaerdi::altid(
            crate::rules::lovdata::vaerdier::KLAGEFRIST_UGER,
        );
        t.push_str(&format!(
            "Fik jeg en afgørelse udleveret på mødet, skal en klage være hos kommunen senest {} \
             ({} {}, retssikkerhedsloven § 67).\n\n",
            dato_tekst_lang(k),
            frist.vaerdi,
            frist.enhed.tekst()
        ));
    }
    t.push_str("Med venlig hilsen\n");
    t.push_str(if n.navn.trim().is_empty() {
        "[dit navn]"
    } else {
        n.navn.trim()
    });
    t.push('\n');
    Moedebrev {
        tekst: t,
        klagefrist,
        forklaring,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_purpose_has_its_description_rights_and_its_own_questions() {
        assert!(FORMAAL.len() >= 4);
        for (kode, _) in FORMAAL {
            assert_eq!(udsagn(Moedeafsnit::Moedet, kode).len(), 1, "{kode}");
            assert!(udsagn(Moedeafsnit::Ret, kode).len() >= 4, "{kode}");
            assert!(!udsagn(Moedeafsnit::Medbring, kode).is_empty(), "{kode}");
            assert!(
                udsagn(Moedeafsnit::Spoergsmaal, kode)
                    .iter()
                    .any(|u| !u.formaal.is_empty()),
                "{kode}"
            );
        }
        // The purposes choose different questions.
        let sp = |k| udsagn(Moedeafsnit::Spoergsmaal, k);
        assert_ne!(sp("slut"), sp("tilbud"));
        assert_ne!(sp("tilbud"), sp("ydelse"));
        // Bisidder (fvl § 8), aktindsigt (§ 9), partshøring (§ 19) for every meeting.
        for id in ["ret_bisidder", "ret_aktindsigt", "ret_partshoering"] {
            let u = ALLE.iter().find(|u| u.id == id).unwrap();
            assert!(u.formaal.is_empty() && u.paragraf.contains("forvaltningsloven"));
        }
        for u in ALLE {
            assert!(!u.kilder.is_empty() && !u.paragraf.is_empty(), "{}", u.id);
        }
    }

    #[test]
    fn the_letter_has_the_notes_and_the_klagefrist_from_the_rules() {
        let n = Noter {
            formaal: "slut".into(),
            // Thursday 4 March 2027: handed over that day, 4 weeks later is Thursday 1 April 2027.
            dato: NaiveDate::from_ymd_opt(2027, 3, 4),
            deltagere: "Sagsbehandler Anne, min bisidder Bo".into(),
            sagt: "Kommunen vil se på fleksjob.".into(),
            aftalt: "Ny samtale i april.".into(),
            lovet: "Anne sender den samlede beskrivelse senest 15.3.".into(),
            navn: "".into(),
        };
        let b = brev(&n);
        assert_eq!(b.klagefrist, NaiveDate::from_ymd_opt(2027, 4, 1));
        for del in [
            "4. marts 2027",
            "Kommunen vil se på fleksjob.",
            "Ny samtale i april.",
            "Anne sender den samlede beskrivelse senest 15.3.",
            "Til stede: Sagsbehandler Anne, min bisidder Bo",
            "torsdag 1. april 2027",
            "retssikkerhedsloven § 67",
            "[dit navn]",
        ] {
            assert!(b.tekst.contains(del), "{del}\n{}", b.tekst);
        }
        assert!(!b.forklaring.linjer.is_empty());
        // No date: no deadline, a placeholder, no panic.
        let b = brev(&Noter::default());
        assert_eq!(b.klagefrist, None);
        assert!(b.tekst.contains("[dato]") && b.tekst.contains(TOM));
    }

    #[test]
    fn a_meeting_on_a_holiday_counts_that_day_and_the_calendar_edge_never_panics() {
        // Skærtorsdag 29 March 2029: handed over that day all the same; + 4 weeks = Thursday 26 April 2029.
        let b = brev(&Noter {
            dato: NaiveDate::from_ymd_opt(2029, 3, 29),
            ..Default::default()
        });
        assert_eq!(b.klagefrist, NaiveDate::from_ymd_opt(2029, 4, 26));
        // The far edge of the calendar never panics.
        let b = brev(&Noter {
            dato: Some(NaiveDate::MAX),
            ..Default::default()
        });
        assert_eq!(b.klagefrist, None);
    }
}
