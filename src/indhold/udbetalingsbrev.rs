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

/// The klagefrist calculator's calendar file: the safe last day to complain and, when the complaint's arrival
/// is known, the kommune's genvurdering deadline (retssikkerhedsloven §§ 66–67).
pub fn klagefrist_kalenderfil(
    k: &crate::rules::retssikkerhedsloven::Klagefrist,
    nu: NaiveDateTime,
) -> String {
    let mut v = vec![Begivenhed {
        uid: format!("klagefrist-{}@ressourceguiden", iso(k.sikker_sidste_dag)),
        dato: k.sikker_sidste_dag,
        titel: "Sidste frist: din klage skal være fremme hos kommunen".into(),
        beskrivelse: format!(
            "Din klage skal være nået frem til kommunen senest {}. Kilde: {} ({})",
            dato_tekst(k.sikker_sidste_dag),
            KLAG_INDEN_FRISTEN.paragraf,
            KLAG_INDEN_FRISTEN.kilder.join(" ")
        ),
    }];
    if let Some(g) = k.genvurdering_senest {
        v.push(Begivenhed {
            uid: format!("genvurdering-{}@ressourceguiden", iso(g)),
            dato: g,
            titel: "Kommunen skal have genvurderet din klage".into(),
            beskrivelse: format!(
                "Kommunen skal have genvurderet sagen senest {}. Hører du ikke noget, så ryk kommunen. Kilde: {}",
                dato_tekst(g),
                KLAG_INDEN_FRISTEN.paragraf
            ),
        });
    }
    ics(&v, nu)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::aktivloven::ressourceforloebsydelse::Niveau;
    use crate::rules::aktivloven::udbetalinger::{
        beregn, Periode, Raekke, UdbetalingerInput, Udfald,
    };
    use crate::rules::lovdata::Forloebstype;
    use crate::rules::tid::{parse_iso, Maaned};
    use rust_decimal::Decimal;

    #[test]
    fn the_letter_lists_the_months_that_differ_and_the_calendar_the_open_frist() {
        let d = |s| parse_iso(s).unwrap();
        let mut marts = Raekke::ny(Maaned::ny(2024, 3).unwrap());
        marts.loen = Decimal::from(20000);
        marts.kommunens = Some(Decimal::new(1030365, 2));
        let mut april = marts.clone();
        april.maaned = Maaned::ny(2024, 4).unwrap();
        april.kommunens = Some(Decimal::new(540675, 2));
        april.meddelt = Some(d("2024-04-30"));
        let r = beregn(&UdbetalingerInput {
            periode: Periode {
                forloeb: Forloebstype::Ressourceforloeb,
                forloeb_start: d("2023-06-01"),
                afgoerelse: None,
                niveau: Niveau::Kontanthjaelp,
                forsoerger: false,
                hjemmeboende: false,
                foedselsdato: None,
                normalbidrag: None,
                sdp_uge: None,
                sdp_ophoer: None,
                ledighedsydelse_uge: None,
            },
            maaneder: vec![marts, april],
            i_dag: d("2024-05-10"),
        });
        let Udfald::Beregnet(u) = r.udfald else {
            panic!()
        };
        assert_eq!(brevets_maaneder(&u), vec!["april 2024".to_string()]);
        let b = brev(&u, &Afsender::default(), true).unwrap();
        assert!(b.contains("[dit navn]") && b.contains("[dit CPR-nummer]"));
        assert!(
            b.contains("- april 2024: I har udbetalt 5.406,75 kr."),
            "{b}"
        );
        assert!(b.contains("aktindsigt") && b.contains("klagevejledning"));
        assert!(!b.contains("marts 2024"));
        let nu = d("2024-05-10").and_hms_opt(8, 0, 0).unwrap();
        let k = kalenderfil(&u, nu).unwrap();
        assert!(k.contains("DTSTART;VALUE=DATE:20240528"), "{k}");
    }
}
