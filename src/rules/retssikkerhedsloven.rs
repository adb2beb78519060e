//! Lov om retssikkerhed og administration på det sociale område (retssikkerhedsloven) §§ 66–67: the klagefrist
//! and the kommune's genvurdering.

use super::forklaring::{Alvor, Forklaring, Linje, Linjeart};
use super::fortolkninger::Fortolkning;
use super::helligdage::{hverdage_efter, ikke_hverdag};
use super::lovdata::{vaerdier, Regelvaerdi, Status};
use super::tid::{dato_tekst, dato_tekst_lang};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Ankestyrelsen on dispensation and the complaint's arrival.
const KILDE_KLAGEFRISTER: &str =
    "https://ast.dk/for-borgere-med-en-klagesag/klagefrister/klagefrister";
/// Ombudsmanden on what suspends a deadline (klagevejledning, begrundelse, aktindsigt).
const KILDE_OMBUDSMAND: &str =
    "https://ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/26-klagefrister";
/// A kommune's klagevejledning: where and how to complain.
const KILDE_HVOR: &str =
    "https://www.randers.dk/borger/socialt/psykiatri/om-psykiatrien/klagevejledning/";

/// How the decision reached the citizen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Levering {
    /// Digital Post: received the day it arrives in the mailbox.
    DigitalPost,
    /// An ordinary letter: received 6 hverdage after the date on the letter.
    AlmindeligPost,
    /// Handed over in person (e.g. at a meeting): received that day.
    Personligt,
}

/// Input. Field names match the golden case files (`calc = "klagefrist"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KlagefristInput {
    /// Digital Post / in person: the day it was delivered. Ordinary post: the date on the letter.
    pub dato: NaiveDate,
    pub levering: Levering,
    /// When the kommune received the complaint (for the genvurdering deadline).
    #[serde(default)]
    pub klage_modtaget: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Klagefrist {
    /// The day the decision counts as received.
    pub modtaget: NaiveDate,
    /// The last day the complaint may arrive (a digital complaint until 23:59).
    pub sidste_dag: NaiveDate,
    /// The earliest last day under the other reading of "hverdage" (Saturdays and helligdage counted);
    /// equal to `sidste_dag` when the readings agree.
    pub sikker_sidste_dag: NaiveDate,
    /// The last day falls on a weekend or helligdag (the deadline is not moved, F19).
    pub sidste_dag_fridag: Option<&'static str>,
    /// The kommune's genvurdering deadline, when the complaint's arrival is known.
    pub genvurdering_senest: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Udfald {
    Beregnet(Klagefrist),
    Ugyldig { felt: &'static str, tekst: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub udfald: Udfald,
    pub forklaring: Forklaring,
}

/// Retssikkerhedsloven § 67: a complaint must have arrived within 4 weeks of receiving the decision (same
/// weekday 4 weeks later; a digital complaint until 23:59). Digital Post and a decision handed over count as
/// received that day; an ordinary letter 6 hverdage after its date (Saturdays and helligdage not counted,
/// F18). § 66: the kommune reassesses within 4 weeks of receiving the complaint.
pub fn beregn(input: &KlagefristInput) -> Resultat {
    let mut fk = Forklaring::default();
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let post = Regelvaerdi::altid(vaerdier::ALMINDELIG_POST_HVERDAGE);
    let genv = Regelvaerdi::altid(vaerdier::GENVURDERING_UGER);
    let uger = |n: u32, d: NaiveDate| d.checked_add_days(Days::new(u64::from(n) * 7));

    let (modtaget, sikker_modtaget) = match input.levering {
        Levering::DigitalPost | Levering::Personligt => {
            fk.linje(Linje::fra_regelvaerdi(
                Linjeart::Oplysning,
                format!(
                    "{} regnes afgørelsen for modtaget samme dag: {}.",
                    if input.levering == Levering::DigitalPost {
                        "Med Digital Post"
                    } else {
                        "Når du får afgørelsen udleveret,"
                    },
                    dato_tekst_lang(input.dato)
                ),
                post,
            ));
            if input.levering == Levering::DigitalPost {
                fk.linje(Linje::fra_regelvaerdi(
                    Linjeart::Oplysning,
                    "Kan du vise, at brevet først kom senere i din digitale postkasse, tæller den senere dag.".into(),
                    post,
                ));
            }
            (input.dato, input.dato)
        }
        Levering::AlmindeligPost => {
            let Some((m, sprunget)) = hverdage_efter(input.dato, post.vaerdi, false, true) else {
                return ugyldig(fk, "dato", "Datoen ligger uden for kalenderen.");
            };
            let tidlig = hverdage_efter(input.dato, post.vaerdi, true, false)
                .map(|x| x.0)
                .unwrap_or(m);
            let oversprunget: Vec<String> = sprunget
                .iter()
                .filter(|(_, g)| !matches!(*g, "lørdag" | "søndag"))
                .map(|(d, g)| format!("{g} {}", dato_tekst(*d)))
                .collect();
            fk.linje(
                Linje::fra_regelvaerdi(
                    Linjeart::Oplysning,
                    format!(
                        "{}. Brevet er dateret {}, så det regnes for modtaget {} (lørdage, søndage og helligdage er ikke talt med{}).",
                        post.navn,
                        dato_tekst_lang(input.dato),
                        dato_tekst_lang(m),
                        if oversprunget.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", oversprunget.join(", "))
                        }
                    ),
                    post,
                )
                .med_fortolkning(Fortolkning::Hverdage),
            );
            (m, tidlig)
        }
    };
    let (Some(sidste), Some(sikker)) = (
        uger(frist.vaerdi, modtaget),
        uger(frist.vaerdi, sikker_modtaget),
    ) else {
        return ugyldig(fk, "dato", "Datoen ligger uden for kalenderen.");
    };
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!(
            "{}. Din klage skal være nået frem til kommunen senest {}. Sender du den digitalt (fx e-mail eller Digital Post), skal den være sendt senest kl. 23.59 den dag.",
            frist.navn,
            dato_tekst_lang(sidste)
        ),
        frist,
    ));
    if sikker < sidste {
        fk.advar(
            Alvor::Advarsel,
            format!(
                "Om lørdage og helligdage tæller som hverdage, er ikke afklaret. Gør de, er sidste frist allerede {}. Klag senest den dag for at være på den sikre side.",
                dato_tekst_lang(sikker)
            ),
            post.kilder,
            Some(Fortolkning::Hverdage),
        );
    }
    let fridag = ikke_hverdag(sidste, false);
    if let Some(g) = fridag {
        fk.advar(
            Alvor::Advarsel,
            format!(
                "Sidste dag er en {g}. Om fristen så rykker til næste hverdag, er ikke afklaret. Send klagen før, eller send den digitalt senest kl. 23.59 på dagen."
            ),
            frist.kilder,
            Some(Fortolkning::FristPaaFridag),
        );
    }
    if input.levering == Levering::AlmindeligPost {
        fk.advar(
            Alvor::Info,
            "Sender du klagen med almindelig post, skal den være nået frem inden fristen. Send den i god tid, eller klag digitalt.".into(),
            frist.kilder,
            None,
        );
    }
    fk.linje(Linje::regel(
        Linjeart::Oplysning,
        "Du klager til den kommune, der har truffet afgørelsen, mundtligt eller skriftligt. Der er ingen krav til formen. Klager en anden for dig, skal vedkommende have din skriftlige fuldmagt. En klage udsætter normalt ikke afgørelsen.".into(),
        None,
        "retssikkerhedsloven §§ 66–67",
        &[KILDE_HVOR],
        Status::Officiel,
    ));
    fk.linje(Linje::regel(
        Linjeart::Oplysning,
        "Fristen løber kun, hvis afgørelsen har en korrekt klagevejledning. Mangler begrundelsen, eller beder du om aktindsigt, før fristen udløber, kan fristen blive forlænget.".into(),
        None,
        "forvaltningsloven §§ 17 og 25",
        &[KILDE_OMBUDSMAND],
        Status::Sekundaer,
    ));
    fk.linje(Linje::regel(
        Linjeart::Oplysning,
        "Er fristen overskredet, kan der dispenseres, hvis der er en særlig grund, fx alvorlig sygdom i hele perioden.".into(),
        None,
        "retssikkerhedsloven § 67",
        &[KILDE_KLAGEFRISTER],
        Status::Officiel,
    ));
    let genvurdering_senest = match input.klage_modtaget {
        Some(k) if k < modtaget => {
            return ugyldig(
                fk,
                "klage_modtaget",
                "Klagen kan ikke være modtaget, før du fik afgørelsen.",
            )
        }
        Some(k) => {
            let Some(g) = uger(genv.vaerdi, k) else {
                return ugyldig(fk, "klage_modtaget", "Datoen ligger uden for kalenderen.");
            };
            fk.linje(Linje::fra_regelvaerdi(
                Linjeart::Resultat,
                format!(
                    "{}: kommunen modtog klagen {}, så den skal have genvurderet sagen senest {}. Fastholder den afgørelsen, sender den sagen videre til Ankestyrelsen.",
                    genv.navn,
                    dato_tekst_lang(k),
                    dato_tekst_lang(g)
                ),
                genv,
            ));
            if k > sidste {
                fk.advar(
                    Alvor::Advarsel,
                    format!(
                        "Klagen kom frem {}, efter fristen {}. Kommunen kan afvise den, medmindre der er en særlig grund til at se bort fra fristen.",
                        dato_tekst(k),
                        dato_tekst(sidste)
                    ),
                    &[KILDE_KLAGEFRISTER],
                    None,
                );
            }
            Some(g)
        }
        None => None,
    };
    Resultat {
        udfald: Udfald::Beregnet(Klagefrist {
            modtaget,
            sidste_dag: sidste,
            sikker_sidste_dag: sikker,
            sidste_dag_fridag: fridag,
            genvurdering_senest,
        }),
        forklaring: fk,
    }
}

fn ugyldig(forklaring: Forklaring, felt: &'static str, tekst: &str) -> Resultat {
    Resultat {
        udfald: Udfald::Ugyldig {
            felt,
            tekst: tekst.into(),
        },
        forklaring,
    }
}
