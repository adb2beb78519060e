//! «Når dit forløb slutter»: the plan for the end of a running ressourceforløb or jobafklaringsforløb.
//!
//! From the start date and length in the decision (or its end date) the plan gives the end date and a dated
//! list of steps: reminders to ask the kommune in writing (6, 3 and 1 month before the end: our advice, data in
//! `content/law/regler.toml`, `vaerdier.slutplan_*`), the last day, the day after (check the decision and the
//! money; the klagefrist of retssikkerhedsloven § 67), for a jobafklaringsforløb the renewal (LAB kapitel 18)
//! and, with a birth date, the folkepension day and the 6-year line (LAB § 112, stk. 3). What the kommune must
//! do before the end comes from Ankestyrelsen's principafgørelse 82-16 and STAR's 2017 skrivelse (LAB § 68 a,
//! stk. 7 as numbered then). Every sentence of the page is a [`Udsagn`] from `content/law/slutplan.toml` with
//! its § and sources; the build refuses one without (`src/build/slutplan.rs`). The rule decides the dates and
//! which statement applies ([`plan_uden_tekst`]: typed steps, no sentence); `slutplantekst` writes the
//! sentences that join them (trace lines, titles, messages).

use super::slutplantekst as tekst;
use crate::forklaring::Forklaring;
use crate::lovdata::{vaerdier, Forloebstype, Regelvaerdi, Status};
use crate::pensionsloven::{self, Folkepension};
use crate::tid::{samme_dato_senere, slutdato};
use chrono::{Days, Months, NaiveDate};

/// Which part of the page a statement belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Afsnit {
    /// What the kommune must do before the end.
    Pligt,
    /// A dated step (our advice) or a note about the dates.
    Skridt,
    /// A possible next step.
    Mulighed,
    /// An open question, with what to do meanwhile.
    Aaben,
}

/// One sourced statement of the plan page (from `content/law/slutplan.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Udsagn {
    pub id: &'static str,
    pub afsnit: Afsnit,
    pub titel: Option<&'static str>,
    pub tekst: &'static str,
    /// For a next step: who decides, what the citizen can do, what changes for the money.
    pub hvem: Option<&'static str>,
    pub du_kan: Option<&'static str>,
    pub penge: Option<&'static str>,
    /// For an open question: what to do meanwhile.
    pub imens: Option<&'static str>,
    /// An official calculator or page: (URL, link text).
    pub link: Option<(&'static str, &'static str)>,
    pub paragraf: &'static str,
    pub status: Status,
    pub kilder: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/slutplan.rs"));

/// What the plan needs. Either `slut`, or `laengde_maaneder` with `start`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlutInput {
    pub forloeb: Forloebstype,
    pub start: Option<NaiveDate>,
    pub laengde_maaneder: Option<u32>,
    /// The end date in the decision; wins over start + length.
    pub slut: Option<NaiveDate>,
    pub foedselsdato: Option<NaiveDate>,
}

/// What kind of date a step is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skridtart {
    /// Ask the kommune (a reminder; in the calendar file).
    Paamindelse,
    /// Ask whether a jobafklaringsforløb is granted again (in the calendar file).
    Fornyelse,
    /// The last day of the forløb (in the calendar file).
    Slut,
    /// The day after the end (in the calendar file).
    Efter,
    /// The 6-month rule: the first indsats should have begun by this day (information only).
    SeksMaaneder,
    /// 6 years before folkepension (information only).
    SeksAar,
    /// The folkepension day (information only).
    Folkepension,
}

/// One dated step of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skridt {
    pub dato: NaiveDate,
    pub art: Skridtart,
    /// A short title (the calendar event's summary).
    pub titel: String,
    pub tekst: String,
    pub paragraf: &'static str,
    pub kilder: &'static [&'static str],
    pub status: Status,
}

impl Skridt {
    /// Whether the step belongs in the citizen's calendar.
    pub fn i_kalender(&self) -> bool {
        matches!(
            self.art,
            Skridtart::Paamindelse | Skridtart::Fornyelse | Skridtart::Slut | Skridtart::Efter
        )
    }
}

/// The plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub forloeb: Forloebstype,
    pub slutdato: NaiveDate,
    /// In date order.
    pub skridt: Vec<Skridt>,
    pub folkepension: Option<Folkepension>,
    /// What the kommune must do (for this kind of forløb).
    pub pligter: Vec<&'static Udsagn>,
    /// The possible next steps.
    pub muligheder: Vec<&'static Udsagn>,
    /// The open questions.
    pub aabne: Vec<&'static Udsagn>,
}

/// The result: a plan, or the field to correct.
#[derive(Clone, Debug, PartialEq)]
pub enum Udfald {
    Plan(Box<Plan>),
    Ugyldig { felt: &'static str, tekst: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub udfald: Udfald,
    pub forklaring: Forklaring,
}

/// Input the plan cannot be made from, as data; [`tekst::fejl`] words it and gives the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fejl {
    SlutFoerStart,
    StartUdenForKalenderen,
    LaengdeUdenForGraenserne,
    IngenDato,
    IngenLaengde,
    FoedselsdatoEfterSlut,
}

/// How the end date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slutkilde {
    /// The end date in the decision.
    Afgoerelse,
    /// Start + length − 1 day (F20).
    Laengde { start: NaiveDate, maaneder: u32 },
}

/// What a dated step rests on, as data; `slutplantekst` titles and words it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hvad {
    /// A reminder (for a jobafklaringsforløb the middle one asks about the renewal): `maaneder` before the end.
    Paamindelse {
        udsagn: &'static Udsagn,
        maaneder: &'static Regelvaerdi,
    },
    /// The last day.
    Slut,
    /// The day after the end, with the klagefrist in force that day (retssikkerhedsloven § 67), if any.
    Efter {
        klagefrist: Option<&'static Regelvaerdi>,
    },
    /// The 6-month rule: `maaneder` after `start`.
    SeksMaaneder {
        start: NaiveDate,
        maaneder: &'static Regelvaerdi,
    },
    /// `aar` years before folkepension, before or after the end.
    SeksAar { aar: u32, foer_slut: bool },
    /// The folkepension day, before the end (an open question) or after it.
    Folkepension { fp: Folkepension, foer_slut: bool },
}

/// One dated step of the plan as data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trin {
    pub dato: NaiveDate,
    pub art: Skridtart,
    pub hvad: Hvad,
}

impl Trin {
    /// The statement of `content/law/slutplan.toml` the step rests on.
    pub fn udsagn(&self) -> &'static Udsagn {
        match self.hvad {
            Hvad::Paamindelse { udsagn, .. } => udsagn,
            Hvad::Slut => &SKRIDT_SLUT,
            Hvad::Efter { .. } => &SKRIDT_EFTER,
            Hvad::SeksMaaneder { .. } => &SEKS_MAANEDER,
            Hvad::SeksAar { .. } => &SEKS_AAR,
            Hvad::Folkepension {
                foer_slut: true, ..
            } => &FOLKEPENSION_FOER_SLUT,
            Hvad::Folkepension { .. } => &FOLKEPENSION,
        }
    }
}

/// The plan as data, without any sentence: what [`plan`] words.
#[derive(Clone, Debug, PartialEq)]
pub struct Slutplan {
    pub forloeb: Forloebstype,
    pub slutdato: NaiveDate,
    pub slutkilde: Slutkilde,
    /// In date order.
    pub trin: Vec<Trin>,
    pub folkepension: Option<Folkepension>,
    pub pligter: Vec<&'static Udsagn>,
    pub muligheder: Vec<&'static Udsagn>,
    pub aabne: Vec<&'static Udsagn>,
}

/// Input that stopped the plan, and the end date if it was found before the stop (the trace shows it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop {
    pub fejl: Fejl,
    pub slut: Option<(NaiveDate, Slutkilde)>,
}

fn maaneder(v: &'static [Regelvaerdi], d: NaiveDate) -> Option<&'static Regelvaerdi> {
    Regelvaerdi::gaeldende(v, d)
}

/// `n` months before `d`; a day that does not exist in that month becomes the month's last day (31 March
/// − 6 months = 30 September). Fortolkning F20 counts forward the other way; for a reminder the earlier day is
/// the safe one.
pub fn maaneder_foer(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    d.checked_sub_months(Months::new(n))
}

/// Builds the plan (see the module doc): the dates from [`plan_uden_tekst`], the sentences from
/// `slutplantekst`.
pub fn plan(i: &SlutInput) -> Resultat {
    match udregn(i) {
        Ok(p) => Resultat {
            forklaring: tekst::forklaring(i, &p),
            udfald: Udfald::Plan(Box::new(Plan {
                forloeb: p.forloeb,
                slutdato: p.slutdato,
                skridt: p.trin.iter().map(skridt).collect(),
                folkepension: p.folkepension,
                pligter: p.pligter,
                muligheder: p.muligheder,
                aabne: p.aabne,
            })),
        },
        Err(s) => {
            let (felt, t) = tekst::fejl(s.fejl);
            Resultat {
                udfald: Udfald::Ugyldig {
                    felt,
                    tekst: t.into(),
                },
                forklaring: tekst::forklaring_ved_stop(s.slut),
            }
        }
    }
}

/// The same plan without building any text: the end date, the dated steps as typed values and the
/// statements, or what to correct. Always agrees with [`plan`] (tested).
pub fn plan_uden_tekst(i: &SlutInput) -> Result<Slutplan, Fejl> {
    udregn(i).map_err(|s| s.fejl)
}

/// A step with its title and text (`slutplantekst`), §, sources and status. The folkepension day takes its §
/// and sources from the folkepensionsalder table, its status too unless it falls before the end.
fn skridt(t: &Trin) -> Skridt {
    let u = t.udsagn();
    let (titel, tekst) = tekst::titel_og_tekst(t);
    let (paragraf, kilder, status) = match t.hvad {
        Hvad::Folkepension { fp, foer_slut } => (
            fp.raekke.paragraf,
            fp.raekke.kilder,
            if foer_slut {
                u.status
            } else {
                fp.raekke.status
            },
        ),
        _ => (u.paragraf, u.kilder, u.status),
    };
    Skridt {
        dato: t.dato,
        art: t.art,
        titel,
        tekst,
        paragraf,
        kilder,
        status,
    }
}

/// The steps of [`plan`]; a stop says what to correct.
fn udregn(i: &SlutInput) -> Result<Slutplan, Stop> {
    let (slut, slutkilde) = slutdato_for(i).map_err(|fejl| Stop { fejl, slut: None })?;
    tjek_foedselsdato(i, slut).map_err(|fejl| Stop {
        fejl,
        slut: Some((slut, slutkilde)),
    })?;
    let job = i.forloeb == Forloebstype::Jobafklaring;
    let mut trin = paamindelser(job, slut);
    trin.extend(slut_og_dagen_efter(slut));
    trin.extend(seks_maaneder(i, job));
    let fp = i.foedselsdato.and_then(pensionsloven::folkepensionsalder);
    if let Some(fp) = fp {
        if !job {
            trin.extend(seks_aar(&fp, slut));
        }
        trin.push(folkepension(fp, slut));
    }
    crate::sortering::efter_dato(&mut trin, |s| s.dato);
    let (pligter, muligheder, aabne) = udsagn(job);
    Ok(Slutplan {
        forloeb: i.forloeb,
        slutdato: slut,
        slutkilde,
        trin,
        folkepension: fp,
        pligter,
        muligheder,
        aabne,
    })
}

/// The end date: the one in the decision, or start + length − 1 day.
fn slutdato_for(i: &SlutInput) -> Result<(NaiveDate, Slutkilde), Fejl> {
    match (i.slut, i.start, i.laengde_maaneder) {
        (Some(sl), start, _) => {
            if start.is_some_and(|s| s > sl) {
                return Err(Fejl::SlutFoerStart);
            }
            Ok((sl, Slutkilde::Afgoerelse))
        }
        (None, Some(start), Some(n)) if (1..=120).contains(&n) => {
            let sl = slutdato(start, n).ok_or(Fejl::StartUdenForKalenderen)?;
            Ok((sl, Slutkilde::Laengde { start, maaneder: n }))
        }
        (None, Some(_), Some(_)) => Err(Fejl::LaengdeUdenForGraenserne),
        (None, None, _) => Err(Fejl::IngenDato),
        (None, Some(_), None) => Err(Fejl::IngenLaengde),
    }
}

/// A birth date on or after the end date is a typing error.
fn tjek_foedselsdato(i: &SlutInput, slut: NaiveDate) -> Result<NaiveDate, Fejl> {
    match i.foedselsdato {
        Some(f) if f >= slut => Err(Fejl::FoedselsdatoEfterSlut),
        _ => Ok(slut),
    }
}

/// The three reminders: 6, 3 and 1 month before the end (data; our advice, not deadlines in the law). For a
/// jobafklaringsforløb the middle one asks about the renewal.
fn paamindelser(job: bool, slut: NaiveDate) -> Vec<Trin> {
    let (anden, anden_art) = if job {
        (&SKRIDT_FORNYELSE, Skridtart::Fornyelse)
    } else {
        (&SKRIDT_ANDEN, Skridtart::Paamindelse)
    };
    let tabeller: [(&'static [Regelvaerdi], &'static Udsagn, Skridtart); 3] = [
        (
            vaerdier::SLUTPLAN_FOERSTE_MAANEDER,
            &SKRIDT_FOERSTE,
            Skridtart::Paamindelse,
        ),
        (vaerdier::SLUTPLAN_ANDEN_MAANEDER, anden, anden_art),
        (
            vaerdier::SLUTPLAN_SIDSTE_MAANEDER,
            &SKRIDT_SIDSTE,
            Skridtart::Paamindelse,
        ),
    ];
    let mut trin = Vec::new();
    for (tabel, udsagn, art) in tabeller {
        let Some(v) = maaneder(tabel, slut) else {
            continue;
        };
        let Some(dato) = maaneder_foer(slut, v.vaerdi) else {
            continue;
        };
        trin.push(Trin {
            dato,
            art,
            hvad: Hvad::Paamindelse {
                udsagn,
                maaneder: v,
            },
        });
    }
    trin
}

/// The last day, and the day after with the klagefrist (retssikkerhedsloven § 67).
fn slut_og_dagen_efter(slut: NaiveDate) -> Vec<Trin> {
    let mut trin = vec![Trin {
        dato: slut,
        art: Skridtart::Slut,
        hvad: Hvad::Slut,
    }];
    if let Some(efter) = slut.checked_add_days(Days::new(1)) {
        trin.push(Trin {
            dato: efter,
            art: Skridtart::Efter,
            hvad: Hvad::Efter {
                klagefrist: Regelvaerdi::gaeldende(vaerdier::KLAGEFRIST_UGER, efter),
            },
        });
    }
    trin
}

/// The 6-month rule (LAB § 113, stk. 2; forløb from 2022): same day 6 months after the start. Not for a
/// jobafklaringsforløb.
fn seks_maaneder(i: &SlutInput, job: bool) -> Option<Trin> {
    let start = i.start.filter(|_| !job)?;
    let r = maaneder(vaerdier::INDSATS_SENEST_MAANEDER, start)?;
    let dato = samme_dato_senere(start, r.vaerdi)?;
    Some(Trin {
        dato,
        art: Skridtart::SeksMaaneder,
        hvad: Hvad::SeksMaaneder { start, maaneder: r },
    })
}

/// The line 6 years before folkepension (LAB § 112, stk. 3), before or after the end.
fn seks_aar(fp: &Folkepension, slut: NaiveDate) -> Option<Trin> {
    let seks = maaneder(vaerdier::AAR_FOER_FOLKEPENSION, slut)
        .or_else(|| vaerdier::AAR_FOER_FOLKEPENSION.last())?;
    let dato = fp.dato.checked_sub_months(Months::new(seks.vaerdi * 12))?;
    Some(Trin {
        dato,
        art: Skridtart::SeksAar,
        hvad: Hvad::SeksAar {
            aar: seks.vaerdi,
            foer_slut: dato <= slut,
        },
    })
}

/// The folkepension day (from the folkepensionsalder table); an open question when it falls before the end.
fn folkepension(fp: Folkepension, slut: NaiveDate) -> Trin {
    Trin {
        dato: fp.dato,
        art: Skridtart::Folkepension,
        hvad: Hvad::Folkepension {
            fp,
            foer_slut: fp.dato <= slut,
        },
    }
}

/// The kommune's duties, the possible next steps and the open questions for this kind of forløb.
type Lister = (
    Vec<&'static Udsagn>,
    Vec<&'static Udsagn>,
    Vec<&'static Udsagn>,
);

fn udsagn(job: bool) -> Lister {
    let pligter = if job {
        vec![&PLIGT_JOBAFKLARING]
    } else {
        vec![&PLIGT_82_16, &PLIGT_VURDERING]
    };
    let muligheder = vec![
        &MULIGHED_FLEKSJOB,
        &MULIGHED_FOERTIDSPENSION,
        &MULIGHED_KONTANTHJAELP,
        &MULIGHED_SYGEDAGPENGE,
        &MULIGHED_LEDIGHEDSYDELSE,
        &MULIGHED_JOB,
    ];
    let aabne = if job {
        vec![&AABEN_JOBAFKLARING_2027, &AABEN_OVERGANG]
    } else {
        vec![&AABEN_82_16, &AABEN_OVERGANG]
    };
    (pligter, muligheder, aabne)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    fn plan_for(i: SlutInput) -> Plan {
        match plan(&i).udfald {
            Udfald::Plan(p) => *p,
            Udfald::Ugyldig { tekst, .. } => panic!("{tekst}"),
        }
    }

    #[test]
    fn jens_gets_his_end_date_and_dated_steps() {
        // 1.4.2024 + 36 months − 1 day = 31.3.2027. 6 months before: 31 September does not exist → 30.9.2026;
        // 3 months before: 31.12.2026; 1 month before: 31 February does not exist → 28.2.2027; the day after: 1.4.2027.
        let p = plan_for(SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start: Some(d(2024, 4, 1)),
            laengde_maaneder: Some(36),
            slut: None,
            foedselsdato: Some(d(1968, 5, 12)),
        });
        assert_eq!(p.slutdato, d(2027, 3, 31));
        let kal: Vec<_> = p
            .skridt
            .iter()
            .filter(|s| s.i_kalender())
            .map(|s| s.dato)
            .collect();
        assert_eq!(
            kal,
            vec![
                d(2026, 9, 30),
                d(2026, 12, 31),
                d(2027, 2, 28),
                d(2027, 3, 31),
                d(2027, 4, 1)
            ]
        );
        // Born 12.5.1968: folkepension at 69 (pensionsloven § 1 a) = 12.5.2037; 6 years before: 12.5.2031.
        let seks = p
            .skridt
            .iter()
            .find(|s| s.art == Skridtart::SeksAar)
            .unwrap();
        assert_eq!(seks.dato, d(2031, 5, 12));
        // The 6-month rule: 1.4.2024 + 6 months = 1.10.2024.
        let seks_md = p
            .skridt
            .iter()
            .find(|s| s.art == Skridtart::SeksMaaneder)
            .unwrap();
        assert_eq!(seks_md.dato, d(2024, 10, 1));
        assert!(seks.tekst.starts_with("Det er efter dit forløb"));
        assert_eq!(p.folkepension.unwrap().dato, d(2037, 5, 12));
        assert!(p.aabne.contains(&&AABEN_82_16));
        // The same plan from the end date in the decision.
        let q = plan_for(SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start: Some(d(2024, 4, 1)),
            laengde_maaneder: None,
            slut: Some(d(2027, 3, 31)),
            foedselsdato: Some(d(1968, 5, 12)),
        });
        assert_eq!(q.skridt, p.skridt);
    }

    #[test]
    fn jobafklaring_gets_the_renewal_step_and_no_six_year_line() {
        let p = plan_for(SlutInput {
            forloeb: Forloebstype::Jobafklaring,
            start: Some(d(2025, 6, 15)),
            laengde_maaneder: Some(24),
            slut: None,
            foedselsdato: None,
        });
        assert_eq!(p.slutdato, d(2027, 6, 14));
        let forny = p
            .skridt
            .iter()
            .find(|s| s.art == Skridtart::Fornyelse)
            .unwrap();
        assert_eq!(forny.dato, d(2027, 3, 14));
        assert!(p
            .skridt
            .iter()
            .all(|s| !matches!(s.art, Skridtart::SeksAar | Skridtart::SeksMaaneder)));
        assert_eq!(p.pligter, vec![&PLIGT_JOBAFKLARING]);
    }

    #[test]
    fn folkepension_before_the_end_is_an_open_question() {
        // Born 1.6.1960: folkepension at 67 (pensionsloven § 1 a, born 1.7.1955–31.12.1962) on 1.6.2027,
        // before the end 31.3.2028 of a forløb from 1.4.2025 for 36 months.
        let p = plan_for(SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start: Some(d(2025, 4, 1)),
            laengde_maaneder: Some(36),
            slut: None,
            foedselsdato: Some(d(1960, 6, 1)),
        });
        let fp = p
            .skridt
            .iter()
            .find(|s| s.art == Skridtart::Folkepension)
            .unwrap();
        assert_eq!(fp.dato, d(2027, 6, 1));
        assert_eq!(fp.status, Status::IkkeEfterproevet);
        assert!(fp.tekst.contains("ikke afklaret"));
        let seks = p
            .skridt
            .iter()
            .find(|s| s.art == Skridtart::SeksAar)
            .unwrap();
        assert_eq!(seks.dato, d(2021, 6, 1));
        assert!(seks.tekst.starts_with("Det er før dit forløb slutter."));
    }

    #[test]
    fn any_dates_give_a_plan_or_a_message_with_steps_in_order() {
        let mut start = d(1990, 1, 1);
        while start < d(2100, 1, 1) {
            for n in [1, 11, 12, 24, 36, 120] {
                for forloeb in [Forloebstype::Ressourceforloeb, Forloebstype::Jobafklaring] {
                    let r = plan(&SlutInput {
                        forloeb,
                        start: Some(start),
                        laengde_maaneder: Some(n),
                        slut: None,
                        foedselsdato: Some(d(1900, 2, 28)),
                    });
                    if let Udfald::Plan(p) = r.udfald {
                        assert!(p.skridt.windows(2).all(|w| w[0].dato <= w[1].dato));
                        assert!(p
                            .skridt
                            .iter()
                            .filter(|s| s.art == Skridtart::Paamindelse)
                            .all(|s| s.dato < p.slutdato));
                    }
                }
            }
            start = start + Days::new(47);
        }
    }

    #[test]
    fn bad_input_is_a_message_not_a_panic() {
        let r = plan(&SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start: Some(d(2027, 4, 1)),
            laengde_maaneder: None,
            slut: Some(d(2027, 3, 31)),
            foedselsdato: None,
        });
        assert!(matches!(r.udfald, Udfald::Ugyldig { felt: "sl", .. }));
        let r = plan(&SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start: None,
            laengde_maaneder: Some(36),
            slut: None,
            foedselsdato: None,
        });
        assert!(matches!(r.udfald, Udfald::Ugyldig { felt: "s", .. }));
    }

    /// Added for mutation testing: what the citizen reads in the plan and the calendar file (the step titles,
    /// the klagefrist joined to the day after), and the edges of the input checks.
    #[test]
    fn jens_reads_these_titles_and_the_klagefrist() {
        let p = plan_for(SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start: Some(d(2024, 4, 1)),
            laengde_maaneder: Some(36),
            slut: None,
            foedselsdato: Some(d(1968, 5, 12)),
        });
        let titler: Vec<(NaiveDate, &str)> = p
            .skridt
            .iter()
            .map(|s| (s.dato, s.titel.as_str()))
            .collect();
        assert_eq!(
            titler,
            vec![
                (d(2024, 10, 1), "6-måneders-reglen"),
                (d(2026, 9, 30), "Bed om et møde (6 måneder før slutdatoen)"),
                (
                    d(2026, 12, 31),
                    "Bed om en skriftlig afgørelse (3 måneder før slutdatoen)"
                ),
                (
                    d(2027, 2, 28),
                    "Mangler du stadig en afgørelse? (1 måned før slutdatoen)"
                ),
                (d(2027, 3, 31), "Sidste dag i dit forløb"),
                (d(2027, 4, 1), "Tjek afgørelse og penge"),
                (d(2031, 5, 12), "6 år før din folkepension"),
                (d(2037, 5, 12), "Du når folkepensionsalderen (69 år)"),
            ]
        );
        let efter = p.skridt.iter().find(|s| s.art == Skridtart::Efter).unwrap();
        assert_eq!(
            efter.tekst,
            "Tjek, at du har fået en skriftlig afgørelse, og at du får penge fra i dag. Er du uenig i \
             afgørelsen, kan du klage. Klagefristen er 4 uger fra den dag, du fik afgørelsen."
        );
    }

    #[test]
    fn the_input_checks_stop_exactly_at_their_edges() {
        let i = |start, laengde_maaneder, slut, foedselsdato| SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start,
            laengde_maaneder,
            slut,
            foedselsdato,
        };
        let felt = |i: SlutInput| match plan(&i).udfald {
            Udfald::Ugyldig { felt, .. } => Some(felt),
            Udfald::Plan(_) => None,
        };
        let (start, slut) = (d(2024, 4, 1), d(2027, 3, 31));
        // A one-day forløb (start = end) is a plan; a start after the end is not.
        assert_eq!(felt(i(Some(slut), None, Some(slut), None)), None);
        assert_eq!(
            felt(i(Some(d(2027, 4, 1)), None, Some(slut), None)),
            Some("sl")
        );
        // Lengths 1 to 120 months.
        assert_eq!(felt(i(Some(start), Some(1), None, None)), None);
        assert_eq!(felt(i(Some(start), Some(120), None, None)), None);
        assert_eq!(felt(i(Some(start), Some(0), None, None)), Some("lm"));
        assert_eq!(felt(i(Some(start), Some(121), None, None)), Some("lm"));
        assert_eq!(felt(i(Some(start), None, None, None)), Some("lm"));
        // A birth date on the end date is a typing error; the day before is not.
        assert_eq!(felt(i(None, None, Some(slut), Some(slut))), Some("fd"));
        assert_eq!(felt(i(None, None, Some(slut), Some(d(2027, 3, 30)))), None);
    }

    /// Added for mutation testing (after the text-free entry point): the trace of a plan in its order (end
    /// date, reminders, 6-month rule, folkepensionsalder), the trace of a plan stopped by a birth date on the
    /// end date (only the end date), and the folkepension step's § and sources from the folkepensionsalder
    /// table, not from the statement.
    #[test]
    fn the_trace_and_the_folkepension_sources_of_jens_plan() {
        let jens = SlutInput {
            forloeb: Forloebstype::Ressourceforloeb,
            start: Some(d(2024, 4, 1)),
            laengde_maaneder: Some(36),
            slut: None,
            foedselsdato: Some(d(1968, 5, 12)),
        };
        let r = plan(&jens);
        let linjer: Vec<&str> = r
            .forklaring
            .linjer
            .iter()
            .map(|l| l.tekst.as_str())
            .collect();
        assert_eq!(
            linjer,
            vec![
                "Et forløb fra 1. april 2024 på 3 år slutter 31. marts 2027 (startdato + længde − 1 dag).",
                "Bed om et møde: 6 måneder før 31. marts 2027 er 30. september 2026.",
                "Bed om en skriftlig afgørelse: 3 måneder før 31. marts 2027 er 31. december 2026.",
                "Mangler du stadig en afgørelse?: 1 måned før 31. marts 2027 er 28. februar 2027.",
                "6-måneders-reglen: 6 måneder efter starten 1. april 2024 er 1. oktober 2024.",
                "Du er født 12. maj 1968 (født 1. januar 1967 – 31. december 1970), så din folkepensionsalder \
                 er 69 år. Du når den 12. maj 2037.",
            ]
        );
        let Udfald::Plan(p) = r.udfald else {
            panic!("a plan")
        };
        let raekke = p.folkepension.unwrap().raekke;
        let fp = p
            .skridt
            .iter()
            .find(|s| s.art == Skridtart::Folkepension)
            .unwrap();
        assert_eq!(
            (fp.paragraf, fp.kilder, fp.status),
            (raekke.paragraf, raekke.kilder, raekke.status)
        );
        assert_ne!(fp.paragraf, FOLKEPENSION.paragraf);
        let stoppet = plan(&SlutInput {
            start: None,
            laengde_maaneder: None,
            slut: Some(d(2027, 3, 31)),
            foedselsdato: Some(d(2027, 3, 31)),
            ..jens
        });
        assert!(matches!(stoppet.udfald, Udfald::Ugyldig { felt: "fd", .. }));
        let linjer: Vec<&str> = stoppet
            .forklaring
            .linjer
            .iter()
            .map(|l| l.tekst.as_str())
            .collect();
        assert_eq!(
            linjer,
            vec!["Dit forløb slutter 31. marts 2027 (slutdatoen i din afgørelse)."]
        );
    }

    #[test]
    fn every_statement_has_a_paragraph_and_a_source() {
        // The build refuses these already (src/build/slutplan.rs); this guards the generated table.
        assert!(ALLE.len() >= 15);
        for u in ALLE {
            assert!(!u.tekst.is_empty() && !u.paragraf.is_empty(), "{}", u.id);
            assert!(!u.kilder.is_empty(), "{} has no source", u.id);
            assert!(u.kilder.iter().all(|k| k.starts_with("http")), "{}", u.id);
            if u.afsnit == Afsnit::Mulighed {
                assert!(
                    u.hvem.is_some() && u.du_kan.is_some() && u.penge.is_some(),
                    "{}",
                    u.id
                );
            }
            if u.afsnit == Afsnit::Aaben {
                assert!(u.imens.is_some(), "{}", u.id);
            }
        }
    }
}
