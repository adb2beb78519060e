//! The klage helper's letter: a draft complaint in plain Danish, put together from what the user typed. Pure
//! text: the app shows it to copy or print; it is never sent or stored.

use crate::rules::tid::{dato_tekst, parse_iso};
use chrono::NaiveDate;

/// What the user typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Klagefelter {
    /// The date of the decision, "ÅÅÅÅ-MM-DD" (as `<input type="date">` gives it).
    pub dato: String,
    /// What the decision is about.
    pub emne: String,
    /// Why the user disagrees.
    pub grund: String,
    /// The user's name (optional).
    pub navn: String,
    /// Also ask for aktindsigt.
    pub aktindsigt: bool,
}

/// A field the user has to fix, with the Danish message to show next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Felt {
    /// The decision date.
    Dato,
    /// What the decision is about.
    Emne,
    /// Why the user disagrees.
    Grund,
}

impl Felt {
    /// The `id` of the field's input in the form.
    pub fn id(self) -> &'static str {
        match self {
            Felt::Dato => "klage-dato",
            Felt::Emne => "klage-emne",
            Felt::Grund => "klage-grund",
        }
    }
}

/// Checks the fields; on success the decision date. `i_dag` is today's date on the user's device.
pub fn tjek(f: &Klagefelter, i_dag: NaiveDate) -> Result<NaiveDate, Vec<(Felt, &'static str)>> {
    let mut fejl = Vec::new();
    let dato = if f.dato.trim().is_empty() {
        fejl.push((Felt::Dato, "Skriv datoen på afgørelsen."));
        None
    } else {
        match parse_iso(&f.dato) {
            None => {
                fejl.push((
                    Felt::Dato,
                    "Datoen kan ikke læses. Skriv den som dag, måned og år.",
                ));
                None
            }
            Some(d) if d > i_dag => {
                fejl.push((
                    Felt::Dato,
                    "Datoen ligger i fremtiden. Skriv den dato, der står på afgørelsen.",
                ));
                None
            }
            Some(d) => Some(d),
        }
    };
    if f.emne.trim().is_empty() {
        fejl.push((
            Felt::Emne,
            "Skriv, hvad afgørelsen handler om, fx «min ressourceforløbsydelse».",
        ));
    }
    if f.grund.trim().is_empty() {
        fejl.push((
            Felt::Grund,
            "Skriv, hvorfor du er uenig. Dine egne ord er gode nok.",
        ));
    }
    match dato {
        Some(d) if fejl.is_empty() => Ok(d),
        _ => Err(fejl),
    }
}

/// The letter. `afgoerelse` is the decision date, `i_dag` the date the letter is written.
pub fn klagebrev(f: &Klagefelter, afgoerelse: NaiveDate, i_dag: NaiveDate) -> String {
    let dato = dato_tekst(afgoerelse);
    let navn = f.navn.trim();
    let mut brev = format!(
        "Til [Kommunens navn]\n\n\
         Klage over afgørelse af {dato}\n\
         Sagsnummer: [Sagsnummer fra brevet, hvis der er et]\n\
         CPR-nummer: [Dit CPR-nummer – skriv det kun, hvis du sender klagen i Digital Post]\n\n\
         Jeg klager over kommunens afgørelse af {dato} om {emne}.\n\n\
         Jeg er uenig i afgørelsen, fordi:\n{grund}\n\n\
         Jeg beder kommunen om at se på sagen igen. Hvis kommunen fastholder afgørelsen, beder jeg om, \
         at klagen bliver sendt videre til Ankestyrelsen.\n\n\
         Send mig venligst en kvittering for, at I har modtaget klagen.\n",
        emne = f.emne.trim().trim_end_matches('.'),
        grund = f.grund.trim(),
    );
    if f.aktindsigt {
        brev.push_str("\nJeg beder også om aktindsigt i min sag, så jeg kan se de papirer, afgørelsen bygger på. Jeg forbeholder mig ret til at uddybe klagen, når jeg har fået aktindsigt.\n");
    }
    brev.push_str(&format!(
        "\nVenlig hilsen\n{}\n{}\n",
        if navn.is_empty() {
            "[Skriv dit navn]"
        } else {
            navn
        },
        dato_tekst(i_dag)
    ));
    brev
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dag).unwrap_or_default()
    }

    fn felter() -> Klagefelter {
        Klagefelter {
            dato: "2026-02-05".into(),
            emne: "min ressourceforløbsydelse for marts".into(),
            grund: "Kommunen har trukket min løn to gange.".into(),
            navn: String::new(),
            aktindsigt: false,
        }
    }

    #[test]
    fn the_letter_has_the_date_the_subject_the_reason_and_a_name_placeholder() {
        let f = felter();
        let afg = tjek(&f, d(2026, 3, 1));
        assert_eq!(afg, Ok(d(2026, 2, 5)));
        let brev = klagebrev(&f, d(2026, 2, 5), d(2026, 3, 1));
        assert!(
            brev.contains("afgørelse af 5. februar 2026 om min ressourceforløbsydelse for marts.")
        );
        assert!(brev.contains("Kommunen har trukket min løn to gange."));
        assert!(brev.contains("Ankestyrelsen"));
        assert!(brev.contains("[Skriv dit navn]"));
        assert!(brev.contains("1. marts 2026"));
        assert!(!brev.contains("aktindsigt"));
        // Identification to fill in, and a request for a receipt (M-09).
        assert!(brev.starts_with("Til [Kommunens navn]"));
        assert!(brev.contains("Sagsnummer: [") && brev.contains("CPR-nummer: ["));
        assert!(brev.contains("kvittering"));
        let brev = klagebrev(
            &Klagefelter {
                navn: " Kim Hansen ".into(),
                aktindsigt: true,
                ..f
            },
            d(2026, 2, 5),
            d(2026, 3, 1),
        );
        assert!(brev.contains("\nKim Hansen\n"));
        assert!(brev.contains("aktindsigt"));
    }

    #[test]
    fn missing_or_wrong_fields_get_danish_messages() {
        let i_dag = d(2026, 3, 1);
        let tom = Klagefelter::default();
        let fejl = tjek(&tom, i_dag).err().unwrap_or_default();
        let hvilke: Vec<Felt> = fejl.iter().map(|(f, _)| *f).collect();
        assert_eq!(hvilke, vec![Felt::Dato, Felt::Emne, Felt::Grund]);
        assert!(fejl.iter().all(|(_, m)| m.ends_with('.')));

        let fremtid = Klagefelter {
            dato: "2026-03-02".into(),
            ..felter()
        };
        let fejl = tjek(&fremtid, i_dag).err().unwrap_or_default();
        assert_eq!(fejl.len(), 1);
        assert!(fejl[0].1.contains("fremtiden"));

        let skrald = Klagefelter {
            dato: "5/2".into(),
            ..felter()
        };
        assert_eq!(tjek(&skrald, i_dag).err().map(|f| f[0].0), Some(Felt::Dato));
    }
}
