//! The letter draft of «Tjek dine udbetalinger» and its calendar file: plain text made on the device from the
//! check's result. The letter asks the kommune to recompute the months that differ, lists them with both
//! amounts and the § of each rule behind our amount, asks for a written, reasoned decision with a
//! klagevejledning and optionally for aktindsigt. Name, CPR-nummer, sagsnummer and date are placeholders the
//! citizen fills in; nothing is stored.

use super::kalender::{ics, Begivenhed};
use crate::rules::aktivloven::udbetalinger::{
    Dom, Frist, Udbetalinger, AKTINDSIGT, KLAG_INDEN_FRISTEN, SKRIFTLIG_AFGOERELSE,
};
use crate::rules::penge::kr;
use crate::rules::tid::{dato_tekst, iso};
use chrono::NaiveDateTime;

/// What the citizen writes in the letter's head (empty → a placeholder in brackets).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Afsender {
    pub navn: String,
    pub cpr: String,
    pub sagsnummer: String,
    pub dato: String,
}

fn eller(s: &str, pladsholder: &str) -> String {
    if s.trim().is_empty() {
        format!("[{pladsholder}]")
    } else {
        s.trim().to_string()
    }
}

/// The months the letter lists: those that differ, in order.
pub fn brevets_maaneder(u: &Udbetalinger) -> Vec<String> {
    u.maaneder
        .iter()
        .filter(|m| m.dom == Dom::Afviger)
        .map(|m| m.maaned.tekst())
        .collect()
}

/// The letter, or `None` when no month differs.
pub fn brev(u: &Udbetalinger, a: &Afsender, aktindsigt: bool) -> Option<String> {
    let afviger: Vec<_> = u
        .maaneder
        .iter()
        .filter(|m| m.dom == Dom::Afviger)
        .collect();
    if afviger.is_empty() {
        return None;
    }
    let mut b = String::new();
    b.push_str(&format!(
        "Til kommunen\n\nFra: {}\nCPR-nummer: {}\nSagsnummer: {}\nDato: {}\n\n",
        eller(&a.navn, "dit navn"),
        eller(&a.cpr, "dit CPR-nummer"),
        eller(&a.sagsnummer, "sagsnummer, hvis du har det"),
        eller(&a.dato, "dagens dato")
    ));
    b.push_str("Om: Min ressourceforløbsydelse – beregning af udbetalingerne\n\n");
    b.push_str("Jeg mener, at min ydelse er beregnet forkert i disse måneder. Jeg beder jer regne dem om.\n\n");
    for m in &afviger {
        let (Some(v), Some(k), Some(f)) = (m.vores, m.kommunens, m.forskel) else {
            continue;
        };
        b.push_str(&format!(
            "- {}: I har udbetalt {} kr. før skat. Efter reglerne skulle jeg have {} kr. Forskel: {} kr.\n",
            m.maaned.tekst(),
            kr(k),
            kr(v),
            kr(f)
        ));
        if let Some(a) = &m.aarsag {
            b.push_str(&format!("  Mulig årsag: {a}\n"));
        }
        if !m.paragraffer.is_empty() {
            b.push_str(&format!("  Regler: {}.\n", m.paragraffer.join("; ")));
        }
    }
    if u.efterbetaling > rust_decimal::Decimal::ZERO {
        b.push_str(&format!(
            "\nI alt mener jeg, at jeg har fået {} kr. for lidt.\n",
            kr(u.efterbetaling)
        ));
    }
    b.push_str(&format!(
        "\nJeg beder om en skriftlig afgørelse for hver af månederne med en begrundelse og en klagevejledning ({}).\n",
        SKRIFTLIG_AFGOERELSE.paragraf
    ));
    if aktindsigt {
        b.push_str(&format!(
            "\nJeg beder også om aktindsigt i min sag: de oplysninger og beregninger, I har brugt for månederne ovenfor ({}).\n",
            AKTINDSIGT.paragraf
        ));
    }
    b.push_str("\nMed venlig hilsen\n");
    b.push_str(&eller(&a.navn, "dit navn"));
    b.push('\n');
    Some(b)
}

/// One calendar reminder for each open klagefrist (the safe last day), or `None` when none is open.
pub fn kalenderfil(u: &Udbetalinger, nu: NaiveDateTime) -> Option<String> {
    let begivenheder: Vec<Begivenhed> = u
        .maaneder
        .iter()
        .filter(|m| m.dom == Dom::Afviger)
        .filter_map(|m| match m.frist {
            Frist::Aaben {
                sikker_sidste_dag, ..
            } => Some(Begivenhed {
                uid: format!(
                    "udbetaling-{}-{}@ressourceguiden",
                    m.maaned,
                    iso(sikker_sidste_dag)
                ),
                dato: sikker_sidste_dag,
                titel: format!(
                    "Sidste frist: klag over udbetalingen for {}",
                    m.maaned.tekst()
                ),
                beskrivelse: format!(
                    "Din klage skal være nået frem til kommunen senest {}. Kilde: {} ({})",
                    dato_tekst(sikker_sidste_dag),
                    KLAG_INDEN_FRISTEN.paragraf,
                    KLAG_INDEN_FRISTEN.kilder.join(" ")
                ),
            }),
            _ => None,
        })
        .collect();
    (!begivenheder.is_empty()).then(|| ics(&begivenheder, nu))
}
