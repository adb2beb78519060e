//! Lov om retssikkerhed og administration på det sociale område (retssikkerhedsloven) §§ 66–67: the klagefrist
//! and the kommune's genvurdering. The rule computes the dates and decides what is said ([`beregn_uden_tekst`]:
//! dates, kinds and warnings as typed values); every sentence is in `klagefristtekst`.

use super::forklaring::Forklaring;
use super::helligdage::{hverdage_efter, ikke_hverdag, saerlig_dag};
use super::klagefristtekst as tekst;
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

/// What the app shows: the dates of [`Frister`] and the reservation in words.
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

/// When the decision counts as received (F18), as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Modtagelse {
    /// The day it counts as received.
    pub dag: NaiveDate,
    /// The earliest day under every reading (an ordinary letter: Saturdays and helligdage counted).
    pub sikker: NaiveDate,
    /// An ordinary letter: the days not counted as hverdage, with their names (empty otherwise).
    pub sprunget: Vec<(NaiveDate, &'static str)>,
}

/// Whether a complaint that arrived on a known day was in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rettidighed {
    /// On or before the safe last day.
    Rettidig,
    /// After the safe last day, not after the last day: in time under one reading only.
    EfterSikkerDag,
    /// After the last day.
    ForSent,
}

/// § 66: the complaint's arrival and the kommune's genvurdering deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Genvurdering {
    pub klage_modtaget: NaiveDate,
    pub senest: NaiveDate,
    pub klage: Rettidighed,
}

/// The klagefrist as data, without any sentence: what [`beregn`] words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frister {
    pub modtagelse: Modtagelse,
    /// Receipt + 4 weeks (the same weekday), before any move to a hverdag.
    pub udloeb: NaiveDate,
    /// `udloeb`, moved to the next hverdag when it is not one (F19).
    pub sidste_dag: NaiveDate,
    /// The earliest last day under every reading (the headline).
    pub sikker_sidste_dag: NaiveDate,
    /// `udloeb` is not a hverdag: the name of the day the deadline moved from (F19).
    pub sidste_dag_fridag: Option<&'static str>,
    /// `udloeb` is a special day that is not a helligdag (e.g. juleaftensdag): the deadline does not move.
    pub saerlig_dag: Option<&'static str>,
    /// When the complaint's arrival is known.
    pub genvurdering: Option<Genvurdering>,
}

impl Frister {
    /// Whether Saturdays count in the 6 hverdage is not settled, and it matters here (F18).
    pub fn loerdag_uafklaret(&self) -> bool {
        self.modtagelse.sikker < self.modtagelse.dag
    }
}

/// Input the deadline cannot be computed from, as data; [`tekst::fejl`] words it and gives the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fejl {
    /// The decision's date is so far out that a date after it does not exist.
    DatoUdenForKalenderen,
    /// The same for the day the complaint arrived.
    KlageUdenForKalenderen,
    /// The complaint arrived before the decision was received.
    KlageFoerAfgoerelsen,
}

/// Input that stopped the computation, and how far it got (the trace shows what was found before the stop).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stop {
    pub fejl: Fejl,
    pub naaet: Naaet,
}

/// How far the computation got before it stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Naaet {
    /// Nothing: the day of receipt does not exist.
    Intet,
    /// The day of receipt, not the deadline.
    Modtaget(Modtagelse),
    /// The deadline, not the genvurdering.
    Frist(Box<Frister>),
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
/// the complaint. The dates come from [`beregn_uden_tekst`]; the sentences are written by
/// [`klagefristtekst`](super::klagefristtekst).
pub fn beregn(input: &KlagefristInput) -> Resultat {
    match udregn(input) {
        Ok(f) => Resultat {
            forklaring: tekst::forklaring(input, &f),
            udfald: Udfald::Beregnet(Klagefrist {
                modtaget: f.modtagelse.dag,
                udloeb: f.udloeb,
                sidste_dag: f.sidste_dag,
                sikker_sidste_dag: f.sikker_sidste_dag,
                sidste_dag_fridag: f.sidste_dag_fridag,
                forbehold: tekst::forbehold(&f),
                genvurdering_senest: f.genvurdering.map(|g| g.senest),
            }),
        },
        Err(s) => {
            let (felt, t) = tekst::fejl(s.fejl);
            Resultat {
                udfald: Udfald::Ugyldig {
                    felt,
                    tekst: t.into(),
                },
                forklaring: tekst::forklaring_ved_stop(input, &s.naaet),
            }
        }
    }
}

/// The same deadline without building any text: the dates, the kinds of day and the warnings as typed
/// values, or what to correct (what a check over many months needs). Always agrees with [`beregn`] (tested).
pub fn beregn_uden_tekst(input: &KlagefristInput) -> Result<Frister, Fejl> {
    udregn(input).map_err(|s| s.fejl)
}

/// The steps of [`beregn`]; a stop says what to correct and how far the computation got.
fn udregn(input: &KlagefristInput) -> Result<Frister, Stop> {
    let stop = |fejl, naaet| Stop { fejl, naaet };
    let m = modtaget(input).ok_or(stop(Fejl::DatoUdenForKalenderen, Naaet::Intet))?;
    let Some((udloeb, sikker, sidste, flyttet_over)) = fire_uger(&m) else {
        return Err(stop(Fejl::DatoUdenForKalenderen, Naaet::Modtaget(m)));
    };
    // A last day on a weekend or helligdag moves to the next hverdag (F19); a special day that is not a
    // helligdag (e.g. juleaftensdag) does not.
    let sidste_dag_fridag = flyttet_over.first().map(|(_, g)| *g);
    let saerlig = match sidste_dag_fridag {
        Some(_) => None,
        None => saerlig_dag(udloeb),
    };
    let mut f = Frister {
        modtagelse: m,
        udloeb,
        sidste_dag: sidste,
        sikker_sidste_dag: sikker,
        sidste_dag_fridag,
        saerlig_dag: saerlig,
        genvurdering: None,
    };
    match input.klage_modtaget {
        Some(k) if k < f.modtagelse.dag => {
            Err(stop(Fejl::KlageFoerAfgoerelsen, Naaet::Frist(Box::new(f))))
        }
        Some(k) => match genvurdering(k, &f) {
            Some(g) => {
                f.genvurdering = Some(g);
                Ok(f)
            }
            None => Err(stop(
                Fejl::KlageUdenForKalenderen,
                Naaet::Frist(Box::new(f)),
            )),
        },
        None => Ok(f),
    }
}

/// `n` weeks after `d` (the same weekday).
fn uger(n: u32, d: NaiveDate) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(u64::from(n) * 7))
}

/// When the decision counts as received: the day, and the earliest day under every reading (F18).
fn modtaget(input: &KlagefristInput) -> Option<Modtagelse> {
    let post = Regelvaerdi::altid(vaerdier::ALMINDELIG_POST_HVERDAGE);
    Some(match input.levering {
        Levering::DigitalPost | Levering::Personligt => Modtagelse {
            dag: input.dato,
            sikker: input.dato,
            sprunget: Vec::new(),
        },
        Levering::AlmindeligPost => {
            let (m, sprunget) = hverdage_efter(input.dato, post.vaerdi, false, true)?;
            let tidlig = hverdage_efter(input.dato, post.vaerdi, true, false)
                .map(|x| x.0)
                .unwrap_or(m);
            Modtagelse {
                dag: m,
                sikker: tidlig,
                sprunget,
            }
        }
    })
}

/// Receipt + 4 weeks (`udloeb`), the same from the safe day of receipt, and the next hverdag on or after
/// `udloeb` with the days passed over (F19).
type FireUger = (
    NaiveDate,
    NaiveDate,
    NaiveDate,
    Vec<(NaiveDate, &'static str)>,
);

fn fire_uger(m: &Modtagelse) -> Option<FireUger> {
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let udloeb = uger(frist.vaerdi, m.dag)?;
    let sikker = uger(frist.vaerdi, m.sikker)?;
    let (sidste, flyttet_over) = naeste_hverdag(udloeb)?;
    Some((udloeb, sikker, sidste, flyttet_over))
}

/// § 66: the kommune reassesses within 4 weeks of receiving the complaint on `k`; whether it came in time.
fn genvurdering(k: NaiveDate, f: &Frister) -> Option<Genvurdering> {
    let genv = Regelvaerdi::altid(vaerdier::GENVURDERING_UGER);
    let senest = uger(genv.vaerdi, k)?;
    let klage = if k > f.sidste_dag {
        Rettidighed::ForSent
    } else if k > f.sikker_sidste_dag {
        Rettidighed::EfterSikkerDag
    } else {
        Rettidighed::Rettidig
    };
    Some(Genvurdering {
        klage_modtaget: k,
        senest,
        klage,
    })
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
            Udfald::Ugyldig { felt, tekst } => besked = crate::gylden::ugyldig(&mut m, felt, tekst),
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
