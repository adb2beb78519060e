//! Lov om retssikkerhed og administration på det sociale område (retssikkerhedsloven) §§ 66–67: the klagefrist
//! and the kommune's genvurdering. The rule computes the dates and decides what is said; every sentence is in
//! `klagefristtekst`.

use super::forklaring::Forklaring;
use super::helligdage::{hverdage_efter, ikke_hverdag, saerlig_dag};
use super::klagefristtekst::{self as tekst, Fejl};
use super::lovdata::{vaerdier, Regelvaerdi};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

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
    /// The day the decision counts as received (an ordinary letter: 6 hverdage without Saturdays, F18).
    pub modtaget: NaiveDate,
    /// Receipt + 4 weeks (the same weekday), before any move to a hverdag.
    pub udloeb: NaiveDate,
    /// The last day under Justitsministeriets method as we read it: `udloeb`, moved to the next hverdag when it
    /// is a Saturday, Sunday or helligdag (F19). The latest date we show; never the headline alone.
    pub sidste_dag: NaiveDate,
    /// The date the citizen can safely rely on, and the headline: the earliest last day under every reading
    /// (Saturdays and helligdage counted in «6 hverdage», no move to a hverdag). Equal to `sidste_dag` when
    /// the readings agree.
    pub sikker_sidste_dag: NaiveDate,
    /// `udloeb` is a Saturday, Sunday or helligdag (the reason it is moved, F19).
    pub sidste_dag_fridag: Option<&'static str>,
    /// When `sikker_sidste_dag < sidste_dag`: one plain sentence on why the deadline may be later.
    pub forbehold: Option<String>,
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

/// The first hverdag on or after `d` (Saturdays, Sundays and helligdage are not hverdage), and the days
/// passed over.
fn naeste_hverdag(d: NaiveDate) -> Option<(NaiveDate, Vec<(NaiveDate, &'static str)>)> {
    let mut dag = d;
    let mut sprunget = Vec::new();
    while let Some(g) = ikke_hverdag(dag, false) {
        sprunget.push((dag, g));
        dag = dag.checked_add_days(Days::new(1))?;
    }
    Some((dag, sprunget))
}

/// Retssikkerhedsloven § 67: a complaint must have arrived within 4 weeks of receiving the decision (same
/// weekday 4 weeks later; a digital complaint until 23:59). Digital Post and a decision handed over count as
/// received that day, also a Saturday or helligdag; an ordinary letter 6 hverdage after its date (Saturdays
/// and helligdage not counted, F18). Justitsministeriets vejledning nr. 9533 af 26. juni 2018: a deadline
/// ending on a Saturday, Sunday or helligdag moves to the next hverdag (F19). The headline is the earliest
/// date under every reading (`sikker_sidste_dag`). § 66: the kommune reassesses within 4 weeks of receiving
/// the complaint. The sentences are written by [`klagefristtekst`](super::klagefristtekst).
pub fn beregn(input: &KlagefristInput) -> Resultat {
    let mut fk = Forklaring::default();
    match klagefrist(input, &mut fk) {
        Ok(k) => Resultat {
            udfald: Udfald::Beregnet(k),
            forklaring: fk,
        },
        Err(f) => {
            let (felt, tekst) = tekst::fejl(f);
            ugyldig(fk, felt, tekst)
        }
    }
}

/// The steps of [`beregn`]; an error is what to correct.
fn klagefrist(input: &KlagefristInput, fk: &mut Forklaring) -> Result<Klagefrist, Fejl> {
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let post = Regelvaerdi::altid(vaerdier::ALMINDELIG_POST_HVERDAGE);
    let (modtaget, sikker_modtaget) =
        modtaget(input, post, fk).ok_or(Fejl::DatoUdenForKalenderen)?;
    let (Some(udloeb), Some(sikker)) = (
        uger(frist.vaerdi, modtaget),
        uger(frist.vaerdi, sikker_modtaget),
    ) else {
        return Err(Fejl::DatoUdenForKalenderen);
    };
    let (sidste, flyttet_over) = naeste_hverdag(udloeb).ok_or(Fejl::DatoUdenForKalenderen)?;
    fk.linje(tekst::klagefrist(frist, udloeb));
    let fridag = fristen_paa_fridag(udloeb, sidste, &flyttet_over, frist, fk);
    let loerdag_uafklaret = sikker_modtaget < modtaget;
    let forbehold = tekst::forbehold(sidste, sikker, loerdag_uafklaret, fridag);
    if loerdag_uafklaret {
        tekst::loerdag_uafklaret(fk, sikker, post);
    }
    if fridag.is_some() {
        tekst::fridag_uafklaret(fk, sikker, frist);
    }
    if input.levering == Levering::AlmindeligPost {
        tekst::klage_med_post(fk, frist);
    }
    tekst::klagevejledning(fk);
    let genvurdering_senest = match input.klage_modtaget {
        Some(k) if k < modtaget => return Err(Fejl::KlageFoerAfgoerelsen),
        Some(k) => Some(genvurdering(k, sidste, sikker, fk)?),
        None => None,
    };
    Ok(Klagefrist {
        modtaget,
        udloeb,
        sidste_dag: sidste,
        sikker_sidste_dag: sikker,
        sidste_dag_fridag: fridag,
        forbehold,
        genvurdering_senest,
    })
}

/// `n` weeks after `d` (the same weekday).
fn uger(n: u32, d: NaiveDate) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(u64::from(n) * 7))
}

/// When the decision counts as received: (the day, the earliest day under every reading, F18).
fn modtaget(
    input: &KlagefristInput,
    post: &'static Regelvaerdi,
    fk: &mut Forklaring,
) -> Option<(NaiveDate, NaiveDate)> {
    Some(match input.levering {
        Levering::DigitalPost | Levering::Personligt => {
            tekst::modtaget_samme_dag(fk, input.levering, input.dato, post);
            (input.dato, input.dato)
        }
        Levering::AlmindeligPost => {
            let (m, sprunget) = hverdage_efter(input.dato, post.vaerdi, false, true)?;
            let tidlig = hverdage_efter(input.dato, post.vaerdi, true, false)
                .map(|x| x.0)
                .unwrap_or(m);
            fk.linje(tekst::modtaget_med_post(input.dato, m, &sprunget, post));
            (m, tidlig)
        }
    })
}

/// A last day on a weekend or helligdag moves to the next hverdag (F19); a special day that is not a
/// helligdag (e.g. juleaftensdag) does not. Returns the name of the day the deadline moved from.
fn fristen_paa_fridag(
    udloeb: NaiveDate,
    sidste: NaiveDate,
    flyttet_over: &[(NaiveDate, &'static str)],
    frist: &'static Regelvaerdi,
    fk: &mut Forklaring,
) -> Option<&'static str> {
    let fridag = flyttet_over.first().map(|(_, g)| *g);
    if let Some(g) = fridag {
        fk.linje(tekst::fristen_rykket(udloeb, g, sidste, frist));
    } else if let Some(navn) = saerlig_dag(udloeb) {
        tekst::saerlig_dag(fk, navn, frist);
    }
    fridag
}

/// § 66: the kommune reassesses within 4 weeks of receiving the complaint; a complaint after the deadline.
fn genvurdering(
    k: NaiveDate,
    sidste: NaiveDate,
    sikker: NaiveDate,
    fk: &mut Forklaring,
) -> Result<NaiveDate, Fejl> {
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let genv = Regelvaerdi::altid(vaerdier::GENVURDERING_UGER);
    let g = uger(genv.vaerdi, k).ok_or(Fejl::KlageUdenForKalenderen)?;
    fk.linje(tekst::genvurdering(genv, k, g));
    if k > sidste {
        tekst::klage_for_sent(fk, k, sidste);
    } else if k > sikker {
        tekst::klage_efter_sikker_dag(fk, k, sikker, sidste, frist);
    }
    Ok(g)
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

/// The golden cases' adapter of this rule (`calc = "klagefrist"` in tests/golden/; [`crate::gylden`]).
pub struct GyldenKald;

impl crate::gylden::Gylden for GyldenKald {
    type Input = KlagefristInput;
    fn koer(i: &KlagefristInput) -> crate::gylden::Gyldent {
        use crate::gylden::{iso_opt, linjer, spor, Gyldent};
        let r = beregn(i);
        let mut m = std::collections::BTreeMap::new();
        let mut besked = None;
        match &r.udfald {
            Udfald::Ugyldig { felt, tekst } => {
                m.insert("status", "ugyldig".into());
                m.insert("felt", (*felt).into());
                besked = Some(tekst.as_str());
            }
            Udfald::Beregnet(k) => {
                m.insert("status", "beregnet".into());
                m.insert("modtaget", crate::tid::iso(k.modtaget));
                m.insert("udloeb", crate::tid::iso(k.udloeb));
                m.insert("sidste_dag", crate::tid::iso(k.sidste_dag));
                m.insert("sikker_sidste_dag", crate::tid::iso(k.sikker_sidste_dag));
                m.insert("genvurdering_senest", iso_opt(k.genvurdering_senest));
                m.insert(
                    "sidste_dag_fridag",
                    k.sidste_dag_fridag.unwrap_or("-").into(),
                );
            }
        }
        // The reservation the page shows under the date (not a trace line).
        let forbehold = match &r.udfald {
            Udfald::Beregnet(k) => k
                .forbehold
                .as_ref()
                .map(|f| format!("FORBEHOLD: {f}\n"))
                .unwrap_or_default(),
            _ => String::new(),
        };
        Gyldent {
            faktisk: m,
            linjer: linjer(&r.forklaring),
            spor: spor(&r.forklaring, besked) + &forbehold,
        }
    }
}

#[cfg(test)]
mod tests {
    //! The edges of the warnings about a late complaint, and the wording of the reservation (found by mutation
    //! testing: no golden case had a complaint arriving exactly on the last or the safe day).
    use super::*;

    fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dag).unwrap()
    }

    fn frist(i: &KlagefristInput) -> (Klagefrist, Vec<String>) {
        let r = beregn(i);
        match r.udfald {
            Udfald::Beregnet(k) => (
                k,
                r.forklaring
                    .advarsler
                    .into_iter()
                    .map(|a| a.tekst)
                    .collect(),
            ),
            u => panic!("{u:?}"),
        }
    }

    #[test]
    fn a_complaint_on_the_last_day_is_in_time_and_the_day_after_is_late() {
        // Digital Post on Thursday 5 February 2026: 4 weeks later is Thursday 5 March, a hverdag.
        let mut i = KlagefristInput {
            dato: d(2026, 2, 5),
            levering: Levering::DigitalPost,
            klage_modtaget: None,
        };
        let (k, _) = frist(&i);
        assert_eq!(
            (k.sidste_dag, k.sikker_sidste_dag),
            (d(2026, 3, 5), d(2026, 3, 5))
        );
        i.klage_modtaget = Some(d(2026, 3, 5));
        let (_, a) = frist(&i);
        assert!(
            !a.iter()
                .any(|t| t.contains("efter fristen") || t.contains("sikre frist")),
            "{a:?}"
        );
        i.klage_modtaget = Some(d(2026, 3, 6));
        let (_, a) = frist(&i);
        assert!(
            a.iter()
                .any(|t| t.contains("Klagen kom frem 6. marts 2026, efter fristen")),
            "{a:?}"
        );
    }

    #[test]
    fn between_the_safe_day_and_the_last_day_the_complaint_is_in_time_with_a_reservation() {
        // Digital Post on Friday 28 November 2025: 4 weeks later is Friday 26 December, 2. juledag; the last
        // day moves to Monday 29 December, the safe day is 26 December itself.
        let mut i = KlagefristInput {
            dato: d(2025, 11, 28),
            levering: Levering::DigitalPost,
            klage_modtaget: None,
        };
        let (k, _) = frist(&i);
        assert_eq!(k.sidste_dag, d(2025, 12, 29));
        assert!(k.sikker_sidste_dag < k.sidste_dag);
        let forbehold = k.forbehold.unwrap_or_default();
        assert!(
            forbehold.contains("sidste dag er 2. juledag og rykkes"),
            "{forbehold}"
        );
        assert!(!forbehold.contains("lørdage tæller med"), "{forbehold}");
        i.klage_modtaget = Some(k.sikker_sidste_dag);
        let (_, a) = frist(&i);
        assert!(
            !a.iter()
                .any(|t| t.contains("sikre frist") || t.contains("efter fristen")),
            "{a:?}"
        );
        i.klage_modtaget = Some(k.sidste_dag);
        let (_, a) = frist(&i);
        assert!(
            a.iter().any(|t| t.contains("efter den sikre frist")),
            "{a:?}"
        );
        assert!(!a.iter().any(|t| t.contains("efter fristen")), "{a:?}");
    }

    #[test]
    fn a_weekend_day_takes_its_article_in_the_reservation() {
        // Digital Post on Saturday 7 February 2026: 4 weeks later is Saturday 7 March.
        let (k, _) = frist(&KlagefristInput {
            dato: d(2026, 2, 7),
            levering: Levering::DigitalPost,
            klage_modtaget: None,
        });
        let forbehold = k.forbehold.unwrap_or_default();
        assert!(
            forbehold.contains("sidste dag er en lørdag og rykkes"),
            "{forbehold}"
        );
    }
}
