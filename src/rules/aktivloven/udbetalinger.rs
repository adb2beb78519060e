//! «Tjek dine udbetalinger»: month by month, what the kommune paid against what the rules give.
//!
//! Nothing here is a new rule for the amount. Each month is computed by the public ydelse entry point
//! [`ressourceforloebsydelse::beregn`] (aktivloven kapitel 6 a / 6 b) from the facts that hold for the whole
//! period and that month's own row, and compared with the kommune's amount by the existing diagnosis
//! [`tjek::sammenlign`]. What the citizen can do about a month comes from retssikkerhedsloven §§ 66–67 (the
//! klagefrist, computed by [`retssikkerhedsloven::beregn_uden_tekst`]) and from the sourced statements in
//! `content/law/udbetalinger.toml` (genoptagelse, a written decision, aktindsigt, dispensation); the build
//! refuses a statement without its § and source. Every sentence of the check is in `udbetalingstekst`.
//!
//! **Tolerance.** A month «passer», when the kommune's amount is within [`TOLERANCE`] (1 kr.) of ours: our
//! amounts are exact to the øre with half-up rounding (F1), and a kommune's system may round a step or the
//! result differently; a difference of less than a krone says nothing about a wrong rule (the same limit as
//! «Tjek din afgørelse», fortolkning F1). Larger differences are «afviger». A month is «kan ikke afgøres» when
//! the kommune's amount is missing, when we cannot compute the month (the reason is given), or when our
//! amount is *foreløbig* (the rates of its year are not in the app yet) and differs.
//!
//! **Totals.** The possible back-payment is the sum of the shortfalls of the «afviger» months (kommunen paid
//! less); what the kommune paid too much is summed separately. Months that cannot be decided are counted,
//! never guessed.
//!
//! **Changes within the period.** A day the sygedagpenge right ended, written in any row, holds for the whole
//! period (the rule itself compares each month with the date, § 68, stk. 4). A child born in a month makes
//! that month split by days (§ 68, stk. 2) and every later month forsørger. Feriepenge written in a row count
//! in that month and, for a holiday running into the next month, in the next (F9 spreads them by days).

use super::ressourceforloebsydelse::{self, Indtaegt, Indtaegtsart, Niveau, YdelseInput};
use super::tjek::{self, MuligAarsag};
use super::udbetalingstekst::{self as tekst, Fejl, KanIkke};
use crate::forklaring::{Forklaring, Linjeart};
use crate::lab::forloebsslut::{Afsnit, Udsagn};
use crate::lovdata::{Forloebstype, Hjemmel, Status};
use crate::retssikkerhedsloven::{self, KlagefristInput, Levering};
use crate::tid::Maaned;

/// The sentences of the check (re-exported: the page and the letter use them).
pub use super::udbetalingstekst::{antal_tekst, frist_tekst, linje};

/// The § and source of the comparison's own lines (content/law/hjemmel.toml); the lines are derived.
pub(super) const SAMMENLIGNING: Hjemmel = Hjemmel::AktivlovenKapitel6A6BSammenligning;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/udbetalinger.rs"));

/// The most months one check holds (two years).
pub const FLEST_MAANEDER: usize = 24;

/// Differences up to this (kroner, either way) count as rounding: see the module doc (F1).
pub const TOLERANCE: Decimal = Decimal::ONE;

/// The facts that hold for the whole period (the ydelse questions). Field names match the golden files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Periode {
    pub forloeb: Forloebstype,
    pub forloeb_start: NaiveDate,
    #[serde(default)]
    pub afgoerelse: Option<NaiveDate>,
    pub niveau: Niveau,
    #[serde(default)]
    pub forsoerger: bool,
    #[serde(default)]
    pub hjemmeboende: bool,
    #[serde(default)]
    pub foedselsdato: Option<NaiveDate>,
    #[serde(default)]
    pub normalbidrag: Option<Decimal>,
    #[serde(default)]
    pub sdp_uge: Option<Decimal>,
    #[serde(default)]
    pub sdp_ophoer: Option<NaiveDate>,
    #[serde(default)]
    pub ledighedsydelse_uge: Option<Decimal>,
}

/// One month: what happened that month and what the kommune paid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Raekke {
    pub maaned: Maaned,
    /// Wage paid out this month, before tax and AM-bidrag, with pension.
    #[serde(default)]
    pub loen: Decimal,
    /// Feriepenge (feriegodtgørelse) paid this month, with the first day of the holiday and its days.
    #[serde(default)]
    pub ferie_godtgoerelse: Decimal,
    #[serde(default)]
    pub ferie_start: Option<NaiveDate>,
    #[serde(default)]
    pub feriedage: u32,
    /// Pay in a tilbud this month and the hours worked.
    #[serde(default)]
    pub tilbud_indtaegt: Decimal,
    #[serde(default)]
    pub tilbud_timer: Decimal,
    /// Other income that is deducted krone for krone.
    #[serde(default)]
    pub anden_indtaegt: Decimal,
    /// The day the sygedagpenge right ended, when it ended this month.
    #[serde(default)]
    pub sdp_ophoer: Option<NaiveDate>,
    /// The day a child was born (or moved in), when it was this month.
    #[serde(default)]
    pub barn_foedt: Option<NaiveDate>,
    /// What the kommune paid for the month, before tax (the udbetalingsspecifikation's bruttobeløb).
    #[serde(default)]
    pub kommunens: Option<Decimal>,
    /// The day the kommune's decision or notice for the month came (Digital Post), for the klagefrist.
    #[serde(default)]
    pub meddelt: Option<NaiveDate>,
}

impl Raekke {
    pub fn ny(maaned: Maaned) -> Self {
        Raekke {
            maaned,
            loen: Decimal::ZERO,
            ferie_godtgoerelse: Decimal::ZERO,
            ferie_start: None,
            feriedage: 0,
            tilbud_indtaegt: Decimal::ZERO,
            tilbud_timer: Decimal::ZERO,
            anden_indtaegt: Decimal::ZERO,
            sdp_ophoer: None,
            barn_foedt: None,
            kommunens: None,
            meddelt: None,
        }
    }
}

/// The whole check. `i_dag` decides whether a klagefrist is still open (the rules never read the clock).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UdbetalingerInput {
    pub periode: Periode,
    pub maaneder: Vec<Raekke>,
    pub i_dag: NaiveDate,
}

/// The verdict for one month.
#[derive(Clone, Debug, PartialEq)]
pub enum Dom {
    /// Within [`TOLERANCE`] of our amount.
    Passer,
    /// Differs by more than the tolerance.
    Afviger,
    /// Cannot be decided; the text says why.
    KanIkkeAfgoeres(String),
}

impl Dom {
    /// The short word shown in the table.
    pub fn tekst(&self) -> &'static str {
        tekst::dom(self)
    }
}

/// Whether a month can still be complained about.
#[derive(Clone, Debug, PartialEq)]
pub enum Frist {
    /// The 4-week klagefrist runs until `sikker_sidste_dag` (the safe date), perhaps `sidste_dag`.
    Aaben {
        sikker_sidste_dag: NaiveDate,
        sidste_dag: NaiveDate,
    },
    /// The klagefrist ended on `sidste_dag`.
    Udloebet { sidste_dag: NaiveDate },
    /// No date for the kommune's notice was given.
    Ukendt,
}

/// One checked month.
#[derive(Clone, Debug, PartialEq)]
pub struct MaanedsTjek {
    pub maaned: Maaned,
    /// The input our amount was computed from (the period facts with this month's row).
    pub input: YdelseInput,
    /// Our computation with its full trace.
    pub beregning: ressourceforloebsydelse::Resultat,
    pub vores: Option<Decimal>,
    pub kommunens: Option<Decimal>,
    /// Kommunens − vores.
    pub forskel: Option<Decimal>,
    pub dom: Dom,
    /// The first cause that explains the difference, if the diagnosis found one.
    pub aarsag: Option<String>,
    /// Every cause of the diagnosis (explaining ones first).
    pub aarsager: Vec<MuligAarsag>,
    pub frist: Frist,
    /// What the citizen can do about this month, in order.
    pub raad: Vec<&'static Udsagn>,
    /// The § of each rule that gave our amount (base amount and deductions), for the letter.
    pub paragraffer: Vec<String>,
}

/// The check of all months.
#[derive(Clone, Debug, PartialEq)]
pub struct Udbetalinger {
    pub maaneder: Vec<MaanedsTjek>,
    /// The sum of what the kommune paid too little in the «afviger» months: the possible back-payment.
    pub efterbetaling: Decimal,
    /// The sum of what the kommune paid too much in the «afviger» months.
    pub overbetaling: Decimal,
    pub antal_passer: usize,
    pub antal_afviger: usize,
    pub antal_kan_ikke: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Udfald {
    Beregnet(Udbetalinger),
    /// Input that makes the whole check impossible. `raekke` is the 0-based row, when a row is at fault.
    Ugyldig {
        felt: &'static str,
        raekke: Option<usize>,
        tekst: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub udfald: Udfald,
    pub forklaring: Forklaring,
}

fn ugyldig(felt: &'static str, raekke: Option<usize>, tekst: &str) -> Resultat {
    Resultat {
        udfald: Udfald::Ugyldig {
            felt,
            raekke,
            tekst: tekst.into(),
        },
        forklaring: Forklaring::default(),
    }
}

/// The ydelse input of month `i`: the period facts, that month's row and what earlier rows changed.
pub fn ydelse_input(p: &Periode, rk: &[Raekke], i: usize) -> YdelseInput {
    let r = &rk[i];
    let mut y = YdelseInput::ny(r.maaned, p.forloeb, p.forloeb_start);
    y.afgoerelse = p.afgoerelse;
    y.niveau = p.niveau;
    y.forsoerger = p.forsoerger;
    y.hjemmeboende = p.hjemmeboende;
    y.foedselsdato = p.foedselsdato;
    y.normalbidrag = p.normalbidrag;
    y.sdp_uge = p.sdp_uge;
    y.ledighedsydelse_uge = p.ledighedsydelse_uge;
    // § 68, stk. 4: the day the right ended, from whichever row (or the period) says it; the rule compares.
    y.sdp_ophoer = rk.iter().find_map(|x| x.sdp_ophoer).or(p.sdp_ophoer);
    // A child born in an earlier row makes this month forsørger; born this month, the month is split.
    if !p.forsoerger {
        if rk[..i].iter().any(|x| x.barn_foedt.is_some()) {
            y.forsoerger = true;
        } else {
            y.barn_foedt = r.barn_foedt;
        }
    }
    y.loen = r.loen;
    y.tilbud_indtaegt = r.tilbud_indtaegt;
    y.tilbud_timer = r.tilbud_timer;
    if !r.anden_indtaegt.is_zero() {
        y.indtaegter.push(Indtaegt {
            art: Indtaegtsart::Anden,
            beloeb: r.anden_indtaegt,
        });
    }
    // Feriepenge of this month, or of the month before when that holiday runs into this month (F9).
    let ferie = if !r.ferie_godtgoerelse.is_zero() {
        Some(r)
    } else {
        i.checked_sub(1)
            .map(|j| &rk[j])
            .filter(|x| !x.ferie_godtgoerelse.is_zero())
    };
    if let Some(f) = ferie {
        y.ferie_godtgoerelse = f.ferie_godtgoerelse;
        y.ferie_start = f.ferie_start;
        y.feriedage = f.feriedage;
    }
    y
}

/// Checks every month. See the module doc for the tolerance, the verdicts and the totals.
pub fn beregn(input: &UdbetalingerInput) -> Resultat {
    let rk = &input.maaneder;
    if let Err((f, raekke)) = valider(rk) {
        let (felt, tekst) = tekst::fejl(f);
        return ugyldig(felt, raekke, tekst);
    }
    let maaneder: Vec<MaanedsTjek> = (0..rk.len())
        .map(|i| tjek_maaned(&input.periode, rk, i, &rk[i], input.i_dag))
        .collect();
    let t = Optaelling::af(&maaneder);
    let fk = tekst::forklaring(&maaneder, &t);
    Resultat {
        udfald: Udfald::Beregnet(Udbetalinger {
            maaneder,
            efterbetaling: t.efterbetaling,
            overbetaling: t.overbetaling,
            antal_passer: t.passer,
            antal_afviger: t.afviger,
            antal_kan_ikke: t.kan_ikke,
        }),
        forklaring: fk,
    }
}

/// Input that makes the whole check impossible: no months, too many, a gap, a negative amount, a date outside
/// its row's month, or two days the sygedagpenge right ended; with the 0-based row at fault, if one is.
fn valider(rk: &[Raekke]) -> Result<(), (Fejl, Option<usize>)> {
    if rk.is_empty() {
        return Err((Fejl::IngenMaaneder, None));
    }
    if rk.len() > FLEST_MAANEDER {
        return Err((Fejl::ForMange, Some(FLEST_MAANEDER)));
    }
    if let Some(i) = rk
        .windows(2)
        .position(|w| w[1].maaned != w[0].maaned.naeste())
    {
        return Err((Fejl::IkkeEfterHinanden, Some(i + 1)));
    }
    for (i, r) in rk.iter().enumerate() {
        valider_raekke(r).map_err(|f| (f, Some(i)))?;
    }
    if rk.iter().filter(|r| r.sdp_ophoer.is_some()).count() > 1 {
        return Err((Fejl::FlereSdpDage, None));
    }
    Ok(())
}

/// One row: no negative amount, and its dates inside its own month.
fn valider_raekke(r: &Raekke) -> Result<(), Fejl> {
    let negativ = |b: Decimal| b.is_sign_negative() && !b.is_zero();
    let uden_for = |d: NaiveDate| d < r.maaned.foerste_dag() || d > r.maaned.sidste_dag();
    if r.kommunens.is_some_and(negativ) {
        return Err(Fejl::KommunensNegativ);
    }
    if negativ(r.anden_indtaegt) {
        return Err(Fejl::AndenNegativ);
    }
    if r.sdp_ophoer.is_some_and(uden_for) {
        return Err(Fejl::SdpUdenForMaaneden);
    }
    if r.barn_foedt.is_some_and(uden_for) {
        return Err(Fejl::BarnUdenForMaaneden);
    }
    Ok(())
}

/// The totals over the checked months (see the module doc).
pub(super) struct Optaelling {
    pub(super) efterbetaling: Decimal,
    pub(super) overbetaling: Decimal,
    pub(super) passer: usize,
    pub(super) afviger: usize,
    pub(super) kan_ikke: usize,
    /// «Afviger» months where the kommune paid less.
    pub(super) for_lidt: usize,
}

impl Optaelling {
    fn af(maaneder: &[MaanedsTjek]) -> Self {
        let mut t = Optaelling {
            efterbetaling: Decimal::ZERO,
            overbetaling: Decimal::ZERO,
            passer: 0,
            afviger: 0,
            kan_ikke: 0,
            for_lidt: 0,
        };
        for m in maaneder {
            match (&m.dom, m.forskel) {
                (Dom::Afviger, Some(f)) => {
                    t.afviger += 1;
                    if f.is_sign_negative() {
                        t.efterbetaling -= f;
                        t.for_lidt += 1;
                    } else {
                        t.overbetaling += f;
                    }
                }
                (Dom::Passer, _) => t.passer += 1,
                _ => t.kan_ikke += 1,
            }
        }
        t
    }
}

fn tjek_maaned(p: &Periode, rk: &[Raekke], i: usize, r: &Raekke, i_dag: NaiveDate) -> MaanedsTjek {
    let input = ydelse_input(p, rk, i);
    let beregning = ressourceforloebsydelse::beregn(&input);
    let vores = beregning.ydelse();
    let forskel = match (vores, r.kommunens) {
        (Some(v), Some(k)) => Some(k - v),
        _ => None,
    };
    let dom = dom(&beregning, r.kommunens, forskel);
    let aarsager = match (&dom, r.kommunens) {
        (Dom::Afviger, Some(k)) => tjek::sammenlign(&input, k)
            .map(|s| s.aarsager)
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let aarsag = aarsager
        .iter()
        .find(|a| a.forklarer_forskellen)
        .map(|a| a.tekst.clone());
    let frist = frist(r.meddelt, i_dag);
    let raad = raad(&dom, &frist);
    let paragraffer = paragraffer(&beregning);
    MaanedsTjek {
        maaned: r.maaned,
        input,
        beregning,
        vores,
        kommunens: r.kommunens,
        forskel,
        dom,
        aarsag,
        aarsager,
        frist,
        raad,
        paragraffer,
    }
}

/// The verdict for a month: within the tolerance, different, or why it cannot be decided.
fn dom(
    beregning: &ressourceforloebsydelse::Resultat,
    kommunens: Option<Decimal>,
    forskel: Option<Decimal>,
) -> Dom {
    use ressourceforloebsydelse::Udfald as Y;
    let foreloebig = matches!(&beregning.udfald, Y::Beregnet(b) if b.foreloebig);
    match (&beregning.udfald, kommunens, forskel) {
        (_, None, _) => Dom::KanIkkeAfgoeres(tekst::kan_ikke(KanIkke::IngenKommunebeloeb)),
        (Y::ManglerOplysning { tekst: grund, .. }, ..)
        | (Y::IkkeTilgaengelig(grund), ..)
        | (Y::ManglerSats(grund), ..) => Dom::KanIkkeAfgoeres(grund.clone()),
        (Y::Foertidspension, ..) => Dom::KanIkkeAfgoeres(tekst::kan_ikke(KanIkke::Foertidspension)),
        (_, _, Some(f)) if f.abs() <= TOLERANCE => Dom::Passer,
        (_, _, Some(_)) if foreloebig => Dom::KanIkkeAfgoeres(tekst::kan_ikke(KanIkke::Foreloebig)),
        (_, _, Some(_)) => Dom::Afviger,
        _ => Dom::KanIkkeAfgoeres(tekst::kan_ikke(KanIkke::Ukendt)),
    }
}

/// The klagefrist of the kommune's notice (retssikkerhedsloven § 67, Digital Post), open or ended on `i_dag`.
fn frist(meddelt: Option<NaiveDate>, i_dag: NaiveDate) -> Frist {
    let Some(d) = meddelt else {
        return Frist::Ukendt;
    };
    let k = retssikkerhedsloven::beregn_uden_tekst(&KlagefristInput {
        dato: d,
        levering: Levering::DigitalPost,
        klage_modtaget: None,
    });
    match k {
        Ok(k) if i_dag <= k.sikker_sidste_dag => Frist::Aaben {
            sikker_sidste_dag: k.sikker_sidste_dag,
            sidste_dag: k.sidste_dag,
        },
        Ok(k) => Frist::Udloebet {
            sidste_dag: k.sidste_dag,
        },
        Err(_) => Frist::Ukendt,
    }
}

/// What the citizen can do about a month that differs, by the state of its klagefrist.
fn raad(dom: &Dom, frist: &Frist) -> Vec<&'static Udsagn> {
    match (dom, frist) {
        (Dom::Passer, _) => Vec::new(),
        (Dom::KanIkkeAfgoeres(_), _) => Vec::new(),
        (Dom::Afviger, Frist::Aaben { .. }) => {
            vec![&KLAG_INDEN_FRISTEN, &AKTINDSIGT]
        }
        (Dom::Afviger, Frist::Udloebet { .. }) => vec![
            &FRIST_KRAEVER_KLAGEVEJLEDNING,
            &GENOPTAGELSE,
            &DISPENSATION,
            &AKTINDSIGT,
        ],
        (Dom::Afviger, Frist::Ukendt) => vec![
            &SKRIFTLIG_AFGOERELSE,
            &FRIST_KRAEVER_KLAGEVEJLEDNING,
            &AKTINDSIGT,
        ],
    }
}

/// The § of each rule that gave our amount (base amount and deductions), each once, in trace order.
fn paragraffer(beregning: &ressourceforloebsydelse::Resultat) -> Vec<String> {
    let mut paragraffer: Vec<String> = Vec::new();
    for l in &beregning.forklaring.linjer {
        if matches!(l.art, Linjeart::Grundlag | Linjeart::Fradrag)
            && !l.paragraf.is_empty()
            && !paragraffer.contains(&l.paragraf)
        {
            paragraffer.push(l.paragraf.clone());
        }
    }
    paragraffer
}

/// Every statement is «pligt» or «skridt» (the generated table is shared with the plan page's validator).
pub fn afsnit_ok() -> bool {
    ALLE.iter()
        .all(|u| matches!(u.afsnit, Afsnit::Pligt | Afsnit::Skridt))
}

/// The golden cases' adapter of this rule (`calc = "udbetalinger"` in tests/golden/; [`crate::gylden`]).
pub struct GyldenKald;

impl crate::gylden::Gylden for GyldenKald {
    type Input = UdbetalingerInput;
    fn koer(i: &UdbetalingerInput) -> crate::gylden::Gyldent {
        use crate::aktivloven::udbetalinger::{self as u, Dom, Frist};
        use crate::gylden::{linjer, spor, Gyldent};
        let r = u::beregn(i);
        let mut m = std::collections::BTreeMap::new();
        let mut besked = None;
        // What the page says per month beyond the ydelse traces (pinned by the ydelse cases): cause and advice.
        let mut pr_maaned = String::new();
        match &r.udfald {
            u::Udfald::Ugyldig {
                felt,
                raekke,
                tekst,
            } => {
                besked = crate::gylden::ugyldig(&mut m, felt, tekst);
                m.insert("raekke", raekke.map_or("-".into(), |x| x.to_string()));
            }
            u::Udfald::Beregnet(b) => {
                let liste = |f: &dyn Fn(&u::MaanedsTjek) -> String| {
                    b.maaneder.iter().map(f).collect::<Vec<_>>().join(",")
                };
                let d = |x: Option<Decimal>| x.map_or("-".into(), |x| x.normalize().to_string());
                m.insert("status", "beregnet".into());
                m.insert(
                    "domme",
                    liste(&|t| {
                        match t.dom {
                            Dom::Passer => "passer",
                            Dom::Afviger => "afviger",
                            Dom::KanIkkeAfgoeres(_) => "kan_ikke",
                        }
                        .into()
                    }),
                );
                m.insert("vores", liste(&|t| d(t.vores)));
                m.insert("forskel", liste(&|t| d(t.forskel)));
                m.insert("efterbetaling", b.efterbetaling.normalize().to_string());
                m.insert("overbetaling", b.overbetaling.normalize().to_string());
                m.insert(
                    "frister",
                    liste(&|t| match t.frist {
                        Frist::Aaben {
                            sikker_sidste_dag, ..
                        } => format!("aaben:{}", crate::tid::iso(sikker_sidste_dag)),
                        Frist::Udloebet { sidste_dag } => {
                            format!("udloebet:{}", crate::tid::iso(sidste_dag))
                        }
                        Frist::Ukendt => "ukendt".into(),
                    }),
                );
                m.insert(
                    "aarsag_kendt",
                    liste(&|t| if t.aarsag.is_some() { "ja" } else { "-" }.into()),
                );
                for t in &b.maaneder {
                    pr_maaned.push_str(&format!("MÅNED {}\n", t.maaned.tekst()));
                    if let Some(a) = &t.aarsag {
                        pr_maaned.push_str(&format!("  årsag: {a}\n"));
                    }
                    for u in &t.raad {
                        pr_maaned.push_str(&format!("  råd: {}\n", u.tekst));
                    }
                }
            }
        }
        Gyldent {
            faktisk: m,
            linjer: linjer(&r.forklaring),
            spor: spor(&r.forklaring, besked) + &pr_maaned,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::tid::parse_iso(s).unwrap()
    }

    fn periode() -> Periode {
        Periode {
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
        }
    }

    #[test]
    fn worked_example_1_matches_and_the_old_30_pct_deduction_differs() {
        // March 2024, wage 20.000: 10.303,65 (worked example 1). April 2024 the same wage, but the kommune
        // also deducted 30 % of 16.323 = 4.896,90: 10.303,65 − 4.896,90 = 5.406,75 → shortfall 4.896,90.
        let mut marts = Raekke::ny(Maaned::ny(2024, 3).unwrap());
        marts.loen = Decimal::from(20000);
        marts.kommunens = Some(Decimal::new(1030365, 2));
        let mut april = marts.clone();
        april.maaned = Maaned::ny(2024, 4).unwrap();
        april.kommunens = Some(Decimal::new(540675, 2));
        april.meddelt = Some(d("2024-04-30"));
        let r = beregn(&UdbetalingerInput {
            periode: periode(),
            maaneder: vec![marts, april],
            i_dag: d("2024-05-10"),
        });
        let Udfald::Beregnet(u) = &r.udfald else {
            panic!("{:?}", r.udfald)
        };
        assert_eq!(u.maaneder[0].dom, Dom::Passer);
        assert_eq!(u.maaneder[1].dom, Dom::Afviger);
        assert!(u.maaneder[1].aarsag.as_deref().unwrap().contains("30 %"));
        assert_eq!(u.efterbetaling, Decimal::new(489690, 2));
        assert_eq!(u.overbetaling, Decimal::ZERO);
        // 30.4.2024 (Digital Post) + 4 weeks = 28.5.2024, a Tuesday.
        assert_eq!(
            u.maaneder[1].frist,
            Frist::Aaben {
                sikker_sidste_dag: d("2024-05-28"),
                sidste_dag: d("2024-05-28")
            }
        );
        assert!(u.maaneder[1].raad.contains(&&KLAG_INDEN_FRISTEN));
        assert!(afsnit_ok());
    }

    #[test]
    fn rows_must_be_consecutive_and_at_most_24() {
        let a = Raekke::ny(Maaned::ny(2024, 3).unwrap());
        let b = Raekke::ny(Maaned::ny(2024, 5).unwrap());
        let r = beregn(&UdbetalingerInput {
            periode: periode(),
            maaneder: vec![a.clone(), b],
            i_dag: d("2024-05-10"),
        });
        assert!(matches!(
            r.udfald,
            Udfald::Ugyldig {
                raekke: Some(1),
                ..
            }
        ));
        let mut m = Maaned::ny(2023, 1).unwrap();
        let mut rk = Vec::new();
        for _ in 0..25 {
            rk.push(Raekke::ny(m));
            m = m.naeste();
        }
        let r = beregn(&UdbetalingerInput {
            periode: periode(),
            maaneder: rk,
            i_dag: d("2024-05-10"),
        });
        assert!(matches!(
            r.udfald,
            Udfald::Ugyldig {
                felt: "maaneder",
                ..
            }
        ));
    }

    #[test]
    fn a_child_born_makes_later_months_forsoerger() {
        let mut rk = vec![
            Raekke::ny(Maaned::ny(2024, 3).unwrap()),
            Raekke::ny(Maaned::ny(2024, 4).unwrap()),
        ];
        rk[0].barn_foedt = Some(d("2024-03-16"));
        let p = periode();
        assert_eq!(ydelse_input(&p, &rk, 0).barn_foedt, Some(d("2024-03-16")));
        assert!(!ydelse_input(&p, &rk, 0).forsoerger);
        assert!(ydelse_input(&p, &rk, 1).forsoerger);
        assert_eq!(ydelse_input(&p, &rk, 1).barn_foedt, None);
    }

    // Added for mutation testing (tests/MUTANTER-lange.md): the input checks at their edges, the counts, the
    // verdicts that are not a difference, the §§ for the letter and the klagefrist sentence.

    fn tjek(rk: Vec<Raekke>) -> Resultat {
        beregn(&UdbetalingerInput {
            periode: periode(),
            maaneder: rk,
            i_dag: d("2024-05-10"),
        })
    }

    fn fejl(r: &Resultat) -> Option<(&'static str, Option<usize>)> {
        match r.udfald {
            Udfald::Ugyldig { felt, raekke, .. } => Some((felt, raekke)),
            Udfald::Beregnet(_) => None,
        }
    }

    fn maaneder(fra: Maaned, n: usize) -> Vec<Raekke> {
        let mut m = fra;
        (0..n)
            .map(|_| {
                let r = Raekke::ny(m);
                m = m.naeste();
                r
            })
            .collect()
    }

    #[test]
    fn twenty_four_months_and_one_sygedagpenge_day_are_accepted() {
        let fra = Maaned::ny(2023, 1).unwrap();
        assert_eq!(fejl(&tjek(maaneder(fra, FLEST_MAANEDER))), None);
        let mut rk = maaneder(fra, 3);
        rk[1].sdp_ophoer = Some(d("2023-02-10"));
        assert_eq!(fejl(&tjek(rk.clone())), None);
        rk[2].sdp_ophoer = Some(d("2023-03-10"));
        assert_eq!(fejl(&tjek(rk)), Some(("sdp_ophoer", None)));
    }

    #[test]
    fn a_row_is_refused_for_a_negative_amount_or_a_date_outside_its_month() {
        let fra = Maaned::ny(2024, 3).unwrap();
        let med = |f: &dyn Fn(&mut Raekke)| {
            let mut rk = maaneder(fra, 2);
            f(&mut rk[1]);
            fejl(&tjek(rk))
        };
        assert_eq!(
            med(&|r| r.kommunens = Some(Decimal::from(-1))),
            Some(("kommunens", Some(1)))
        );
        assert_eq!(med(&|r| r.kommunens = Some(Decimal::ZERO)), None);
        assert_eq!(
            med(&|r| r.anden_indtaegt = Decimal::new(-1, 2)),
            Some(("anden_indtaegt", Some(1)))
        );
        // The row is April 2024: its first and last day are inside, the days next to them are not.
        for (dag, ok) in [
            ("2024-04-01", true),
            ("2024-04-30", true),
            ("2024-03-31", false),
            ("2024-05-01", false),
        ] {
            let sdp = med(&|r| r.sdp_ophoer = Some(d(dag)));
            assert_eq!(sdp, (!ok).then_some(("sdp_ophoer", Some(1))), "{dag}");
            let barn = med(&|r| r.barn_foedt = Some(d(dag)));
            assert_eq!(barn, (!ok).then_some(("barn_foedt", Some(1))), "{dag}");
        }
    }

    #[test]
    fn other_income_of_a_row_is_deducted_in_its_month() {
        let mut rk = maaneder(Maaned::ny(2024, 3).unwrap(), 2);
        rk[0].anden_indtaegt = Decimal::from(1000);
        let p = periode();
        assert_eq!(
            ydelse_input(&p, &rk, 0).indtaegter,
            vec![Indtaegt {
                art: Indtaegtsart::Anden,
                beloeb: Decimal::from(1000)
            }]
        );
        assert!(ydelse_input(&p, &rk, 1).indtaegter.is_empty());
    }

    #[test]
    fn months_that_match_are_counted_and_bring_no_advice() {
        // Worked example 1 (March 2024, wage 20.000: 10.303,65), paid exactly: one month that passes.
        let mut rk = maaneder(Maaned::ny(2024, 3).unwrap(), 1);
        rk[0].loen = Decimal::from(20000);
        rk[0].kommunens = Some(Decimal::new(1030365, 2));
        let r = tjek(rk);
        let Udfald::Beregnet(u) = &r.udfald else {
            panic!("{:?}", r.udfald)
        };
        assert_eq!(
            (u.antal_passer, u.antal_afviger, u.antal_kan_ikke),
            (1, 0, 0)
        );
        assert!(r.forklaring.advarsler.is_empty());
        assert!(!r
            .forklaring
            .linjer
            .iter()
            .any(|l| l.tekst == SKRIFTLIG_AFGOERELSE.tekst || l.tekst == FEJL_RETTES.tekst));
        // The §§ for the letter: each § of a base-amount or deduction line, once, none empty.
        let par = &u.maaneder[0].paragraffer;
        let mut forventet: Vec<String> = Vec::new();
        for l in &u.maaneder[0].beregning.forklaring.linjer {
            if matches!(l.art, Linjeart::Grundlag | Linjeart::Fradrag)
                && !l.paragraf.is_empty()
                && !forventet.contains(&l.paragraf)
            {
                forventet.push(l.paragraf.clone());
            }
        }
        assert!(
            !par.is_empty() && par.iter().all(|p| !p.is_empty()),
            "{par:?}"
        );
        assert_eq!(par, &forventet);
    }

    #[test]
    fn a_month_without_an_amount_says_why() {
        // Before the forløb began (1.6.2023) there is no ydelse: the reason of the ydelse rule is shown.
        let mut rk = maaneder(Maaned::ny(2023, 4).unwrap(), 1);
        rk[0].kommunens = Some(Decimal::from(100));
        let r = tjek(rk.clone());
        let Udfald::Beregnet(u) = &r.udfald else {
            panic!("{:?}", r.udfald)
        };
        let ressourceforloebsydelse::Udfald::IkkeTilgaengelig(grund) =
            &u.maaneder[0].beregning.udfald
        else {
            panic!("{:?}", u.maaneder[0].beregning.udfald)
        };
        assert_eq!(u.maaneder[0].dom, Dom::KanIkkeAfgoeres(grund.clone()));
        // Førtidspension is kept, so there is no ydelse to compare with.
        let r = beregn(&UdbetalingerInput {
            periode: Periode {
                niveau: Niveau::Foertidspension,
                ..periode()
            },
            maaneder: maaneder(Maaned::ny(2024, 3).unwrap(), 1)
                .into_iter()
                .map(|mut r| {
                    r.kommunens = Some(Decimal::from(100));
                    r
                })
                .collect(),
            i_dag: d("2024-05-10"),
        });
        let Udfald::Beregnet(u) = &r.udfald else {
            panic!("{:?}", r.udfald)
        };
        assert_eq!(
            u.maaneder[0].dom,
            Dom::KanIkkeAfgoeres(
                "Du beholder din førtidspension under forløbet og får ikke ressourceforløbsydelse."
                    .into()
            )
        );
    }

    #[test]
    fn a_difference_in_a_foreloebig_month_cannot_be_decided() {
        // A month long after the newest rate year is computed with the newest rates (foreløbig).
        let mut rk = maaneder(Maaned::ny(2099, 1).unwrap(), 1);
        rk[0].kommunens = Some(Decimal::from(1));
        let r = beregn(&UdbetalingerInput {
            periode: Periode {
                forloeb_start: d("2025-06-01"),
                ..periode()
            },
            maaneder: rk,
            i_dag: d("2099-02-10"),
        });
        let Udfald::Beregnet(u) = &r.udfald else {
            panic!("{:?}", r.udfald)
        };
        let m = &u.maaneder[0];
        assert!(
            matches!(&m.beregning.udfald, ressourceforloebsydelse::Udfald::Beregnet(b) if b.foreloebig),
            "{:?}",
            m.beregning.udfald
        );
        assert_eq!(
            m.dom,
            Dom::KanIkkeAfgoeres(
                "Vores beløb er foreløbigt, fordi årets satser ikke er i appen endnu.".into()
            )
        );
    }

    #[test]
    fn the_klagefrist_sentence_of_a_month() {
        let (a, b) = (d("2024-05-28"), d("2024-05-29"));
        assert_eq!(
            frist_tekst(&Frist::Aaben {
                sikker_sidste_dag: a,
                sidste_dag: a
            }),
            "Du kan stadig klage. Klagen skal være nået frem senest 28. maj 2024."
        );
        assert_eq!(
            frist_tekst(&Frist::Aaben {
                sikker_sidste_dag: a,
                sidste_dag: b
            }),
            "Du kan stadig klage. Send klagen, så den er nået frem senest 28. maj 2024 (fristen er måske først 29. maj 2024)."
        );
        assert_eq!(
            frist_tekst(&Frist::Udloebet { sidste_dag: a }),
            "Klagefristen udløb 28. maj 2024, hvis brevet havde en klagevejledning. Du kan stadig bede kommunen om at se på sagen igen."
        );
        assert!(
            frist_tekst(&Frist::Ukendt).starts_with("Du har ikke skrevet, hvornår du fik brevet")
        );
    }

    #[test]
    fn the_letter_cites_only_the_rules_that_gave_the_amount() {
        // A jobafklaringsforløb with wage 5.000 in March 2024: the trace also has information lines with
        // § 69 j, stk. 2 and stk. 9, but only the base amount's and the deductions' §§ go into the letter.
        let mut rk = maaneder(Maaned::ny(2024, 3).unwrap(), 1);
        rk[0].loen = Decimal::from(5000);
        let p = Periode {
            forloeb: Forloebstype::Jobafklaring,
            niveau: Niveau::Sygedagpenge,
            ..periode()
        };
        let r = beregn(&UdbetalingerInput {
            periode: p,
            maaneder: rk,
            i_dag: d("2024-05-10"),
        });
        let Udfald::Beregnet(u) = &r.udfald else {
            panic!("{:?}", r.udfald)
        };
        assert_eq!(
            u.maaneder[0].paragraffer,
            vec![
                "aktivloven § 69 j, stk. 2, nr. 2",
                "aktivloven § 69 j, stk. 9",
                "aktivloven kapitel 6 b"
            ]
        );
    }
}
