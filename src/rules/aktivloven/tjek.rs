//! «Tjek din afgørelse»: compare the amount in the kommune's letter with our calculation and find the most
//! likely causes of a difference, by recomputing with the usual mistakes and misunderstandings and seeing
//! which of them gives the kommune's amount. Nothing here is a rule of its own: every candidate is a run of
//! [`beregn_uden_tekst`] with one input or rule changed. The causes are typed ([`Aarsag`]); their sentences
//! are in `ydelsestekst`.

use super::ressourceforloebsydelse::{beregn_uden_tekst, Beregning, Niveau, YdelseInput};
use super::ydelsestekst;
use crate::fortolkninger::Fortolkning;
use crate::lovdata::{datoer, figur, loenfradragsregel, Forloebstype, Sats};
use crate::penge::procent_af;
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

/// One likely cause.
#[derive(Clone, Debug, PartialEq)]
pub struct MuligAarsag {
    /// Plain Danish: what may have happened and what to do.
    pub tekst: String,
    /// Whether recomputing with this cause gives the kommune's amount (within 1 kr.).
    pub forklarer_forskellen: bool,
    pub fortolkning: Option<Fortolkning>,
}

/// The comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Sammenligning {
    pub vores: Decimal,
    pub kommunens: Decimal,
    /// Kommunens − vores.
    pub forskel: Decimal,
    /// Causes that explain the difference first, then general ones.
    pub aarsager: Vec<MuligAarsag>,
}

/// A cause as data, with the figures its sentence needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Aarsag {
    Afrunding,
    UdenFradrag {
        grundbeloeb: Decimal,
    },
    /// The deduction below the grænse of the rule before `skifte` (`gammel_pct`), still used after it.
    GammeltLoenfradrag {
        gammel_pct: Decimal,
        beloeb: Decimal,
        til: NaiveDate,
        ny_under: Decimal,
        ny_over: Decimal,
        paragraf: &'static str,
    },
    Forsoerger {
        er_forsoerger: bool,
    },
    Hjemmeboende {
        er_hjemmeboende: bool,
    },
    SygedagpengeStoppet,
    SidsteAarsSatser,
    SammeLoen,
    SammeOplysninger,
    /// The ressourceforløb counted with the jobafklaring rule (`pct` of the wage below the grænse).
    Jobafklaring {
        pct: Decimal,
    },
    Periodesanktion {
        dage: Decimal,
        pr_dag: Decimal,
    },
    Sanktion,
    SaerligStoette,
}

/// A candidate run: the amount only, without building any text.
fn ydelse(i: &YdelseInput) -> Option<Decimal> {
    beregn_uden_tekst(i).ok().map(|b| b.ydelse)
}

/// Compares `kommunens` with our result for `input`. `None` when we cannot compute the month.
pub fn sammenlign(input: &YdelseInput, kommunens: Decimal) -> Option<Sammenligning> {
    let b = beregn_uden_tekst(input).ok()?;
    Some(sammenlign_med(input, &b, kommunens))
}

/// The same, with our result for `input` already computed (the page passes the result it shows).
pub fn sammenlign_med(input: &YdelseInput, b: &Beregning, kommunens: Decimal) -> Sammenligning {
    let forskel = kommunens - b.ydelse;
    let aarsager = if forskel.is_zero() {
        Vec::new()
    } else {
        aarsager(input, b, kommunens, forskel)
            .into_iter()
            .map(|(a, forklarer)| MuligAarsag {
                tekst: ydelsestekst::aarsag(&a),
                forklarer_forskellen: forklarer,
                fortolkning: fortolkning(&a),
            })
            .collect()
    };
    Sammenligning {
        vores: b.ydelse,
        kommunens,
        forskel,
        aarsager,
    }
}

/// The interpretation a cause rests on.
fn fortolkning(a: &Aarsag) -> Option<Fortolkning> {
    match a {
        Aarsag::Afrunding => Some(Fortolkning::Afrunding),
        Aarsag::SammeLoen => Some(Fortolkning::LoenFoerAmBidrag),
        _ => None,
    }
}

/// The causes in the order they are shown, each with whether it explains the difference.
fn aarsager(
    input: &YdelseInput,
    b: &Beregning,
    kommunens: Decimal,
    forskel: Decimal,
) -> Vec<(Aarsag, bool)> {
    let taet = |x: Decimal| (x - kommunens).abs() <= Decimal::ONE;
    let mut ud = Vec::new();
    if forskel.abs() <= Decimal::ONE {
        ud.push((Aarsag::Afrunding, true));
    }
    // No deduction at all.
    if b.fradrag_i_alt > Decimal::ZERO && taet(b.grundbeloeb) {
        let grundbeloeb = b.grundbeloeb;
        ud.push((Aarsag::UdenFradrag { grundbeloeb }, true));
    }
    ud.extend(gammelt_loenfradrag(input, b, taet).map(|a| (a, true)));
    let forklarende = [
        forsoerger_omvendt(input),
        hjemmeboende_omvendt(input),
        sygedagpenge_stoppet(input),
        sidste_aars_satser(input),
    ];
    ud.extend(
        forklarende
            .into_iter()
            .flatten()
            .filter(|(_, y)| taet(*y))
            .map(|(a, _)| (a, true)),
    );
    // General causes, always worth checking.
    if input.loen > Decimal::ZERO {
        ud.push((Aarsag::SammeLoen, false));
    }
    ud.push((Aarsag::SammeOplysninger, false));
    ud.extend(
        jobafklaringsregel(input)
            .filter(|(_, y)| taet(*y))
            .map(|(a, _)| (a, true)),
    );
    if forskel < Decimal::ZERO {
        ud.extend(periodesanktion(input, forskel).map(|a| (a, true)));
        ud.push((Aarsag::Sanktion, false));
    } else {
        ud.push((Aarsag::SaerligStoette, false));
    }
    ud
}

/// The deduction below the lønindtægtsgrænse that applied to ressourceforløb until 2021 (lønfradrag rules in
/// content/law/regler.toml), still used after the change.
fn gammelt_loenfradrag(
    input: &YdelseInput,
    b: &Beregning,
    taet: impl Fn(Decimal) -> bool,
) -> Option<Aarsag> {
    let maaned_start = input.maaned.foerste_dag();
    let skifte = datoer::BEDRE_RESSOURCEFORLOEB.dato;
    if input.forloeb != Forloebstype::Ressourceforloeb
        || maaned_start < skifte
        || input.loen <= Decimal::ZERO
    {
        return None;
    }
    let gammel = loenfradragsregel(Forloebstype::Ressourceforloeb, skifte.pred_opt()?)?;
    let ny = loenfradragsregel(Forloebstype::Ressourceforloeb, maaned_start)?;
    let graense = figur(Sats::Loenindtaegtsgraense, maaned_start)
        .ok()?
        .vaerdi
        .unwrap_or_default();
    let ekstra = gammel.under_graense_pct - ny.under_graense_pct;
    let gammelt = procent_af(ekstra, input.loen.min(graense));
    (gammelt > Decimal::ZERO && taet((b.ydelse - gammelt).max(Decimal::ZERO))).then(|| {
        Aarsag::GammeltLoenfradrag {
            gammel_pct: gammel.under_graense_pct,
            beloeb: gammelt,
            til: gammel.til.unwrap_or(skifte),
            ny_under: ny.under_graense_pct,
            ny_over: ny.over_graense_pct,
            paragraf: ny.paragraf,
        }
    })
}

/// Forsørger status the other way round.
fn forsoerger_omvendt(input: &YdelseInput) -> Option<(Aarsag, Decimal)> {
    let mut omvendt = input.clone();
    omvendt.forsoerger = !input.forsoerger;
    let er_forsoerger = input.forsoerger;
    Some((Aarsag::Forsoerger { er_forsoerger }, ydelse(&omvendt)?))
}

/// The hjemmeboende rate the other way round (§ 68, stk. 2, nr. 3).
fn hjemmeboende_omvendt(input: &YdelseInput) -> Option<(Aarsag, Decimal)> {
    if input.forsoerger {
        return None;
    }
    let mut hjemme = input.clone();
    hjemme.hjemmeboende = !input.hjemmeboende;
    let er_hjemmeboende = input.hjemmeboende;
    Some((Aarsag::Hjemmeboende { er_hjemmeboende }, ydelse(&hjemme)?))
}

/// The sygedagpenge level has ended (§ 68, stk. 4): the same month at kontanthjælp level.
fn sygedagpenge_stoppet(input: &YdelseInput) -> Option<(Aarsag, Decimal)> {
    let foerste = input.maaned.foerste_dag();
    if input.forloeb != Forloebstype::Ressourceforloeb
        || input.niveau != Niveau::Sygedagpenge
        || input.sdp_ophoer.is_some_and(|o| o < foerste)
    {
        return None;
    }
    let mut stoppet = input.clone();
    stoppet.sdp_ophoer = foerste.max(input.forloeb_start).pred_opt();
    Some((Aarsag::SygedagpengeStoppet, ydelse(&stoppet)?))
}

/// Last year's rates.
fn sidste_aars_satser(input: &YdelseInput) -> Option<(Aarsag, Decimal)> {
    let mut sidste_aar = input.clone();
    let mut m = input.maaned;
    for _ in 0..12 {
        m = m.forrige();
    }
    sidste_aar.maaned = m;
    // The same days a year earlier: a forløb that began during the month (a part month) began on the same day
    // then, one that ran the whole month ran the whole month then.
    sidste_aar.forloeb_start = input.forloeb_start.checked_sub_months(Months::new(12))?;
    Some((Aarsag::SidsteAarsSatser, ydelse(&sidste_aar)?))
}

/// The ressourceforløb counted with the jobafklaring rule (its share of the wage below the grænse).
fn jobafklaringsregel(input: &YdelseInput) -> Option<(Aarsag, Decimal)> {
    if input.forloeb != Forloebstype::Ressourceforloeb || input.loen <= Decimal::ZERO {
        return None;
    }
    let mut ja = input.clone();
    ja.forloeb = Forloebstype::Jobafklaring;
    let dag = input.maaned.foerste_dag().max(input.forloeb_start);
    let pct = loenfradragsregel(Forloebstype::Jobafklaring, dag)?.under_graense_pct;
    Some((Aarsag::Jobafklaring { pct }, ydelse(&ja)?))
}

/// A periodesanktion: the difference is a whole number of days at the sanction rate of the category
/// (aktivloven § 69 a, stk. 3; § 69 b, stk. 2; the daily amounts in content/law/satser).
fn periodesanktion(input: &YdelseInput, forskel: Decimal) -> Option<Aarsag> {
    let sats = if input.forsoerger {
        Sats::PeriodesanktionForsoerger
    } else if input.hjemmeboende {
        Sats::PeriodesanktionU25
    } else {
        Sats::PeriodesanktionIkkeForsoerger
    };
    let pr_dag = figur(sats, input.maaned.foerste_dag())
        .ok()?
        .vaerdi
        .filter(|d| *d > Decimal::ZERO)?;
    let dage = (-forskel / pr_dag).round();
    (dage >= Decimal::ONE
        && dage <= Decimal::from(31)
        && (-forskel - dage * pr_dag).abs() <= Decimal::ONE)
        .then_some(Aarsag::Periodesanktion { dage, pr_dag })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aktivloven::ressourceforloebsydelse::beregn;
    use crate::tid::Maaned;
    use chrono::NaiveDate;

    fn input() -> YdelseInput {
        let mut i = YdelseInput::ny(
            Maaned::ny(2024, 3).unwrap(),
            Forloebstype::Ressourceforloeb,
            NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(),
        );
        i.loen = Decimal::from(20000);
        i
    }

    #[test]
    fn the_old_30_pct_deduction_is_recognised() {
        // Worked example 1: 10.303,65. With 30 % of 16.323 also deducted: 10.303,65 − 4.896,90 = 5.406,75.
        let s = sammenlign(&input(), Decimal::new(540675, 2)).unwrap();
        assert_eq!(s.vores, Decimal::new(1030365, 2));
        assert!(s.aarsager[0].tekst.contains("30 %"), "{:?}", s.aarsager);
        assert!(s.aarsager[0].forklarer_forskellen);
    }

    #[test]
    fn an_ended_sygedagpenge_right_is_recognised_and_the_unknown_date_is_a_warning() {
        // Sara, March 2026: came from sygedagpenge 5.200/uge (cap 5.085 → 22.035,00), right's end unknown.
        let mut i = YdelseInput::ny(
            Maaned::ny(2026, 3).unwrap(),
            Forloebstype::Ressourceforloeb,
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        );
        i.niveau = Niveau::Sygedagpenge;
        i.sdp_uge = Some(Decimal::from(5200));
        i.loen = Decimal::from(6200);
        let r = beregn(&i);
        assert_eq!(r.ydelse(), Some(Decimal::from(22035)));
        let advarsel = r
            .forklaring
            .advarsler
            .iter()
            .find(|a| a.tekst.contains("i stedet for"))
            .expect("the unknown date is a warning with the alternative");
        assert!(advarsel
            .tekst
            .contains("13.345,00 kr. i stedet for 22.035,00 kr."));
        assert!(advarsel.tekst.contains("8.690,00 kr. mindre"));
        let s = sammenlign(&i, Decimal::from(13345)).unwrap();
        assert!(
            s.aarsager[0].tekst.contains("kontanthjælpsniveau"),
            "{:?}",
            s.aarsager
        );
        assert!(s.aarsager[0].forklarer_forskellen);
        // With the date from the kommune's letter the month is at kontanthjælp level, and no warning is left.
        i.sdp_ophoer = NaiveDate::from_ymd_opt(2024, 8, 31);
        let r = beregn(&i);
        assert_eq!(r.ydelse(), Some(Decimal::from(13345)));
        assert!(!r
            .forklaring
            .advarsler
            .iter()
            .any(|a| a.tekst.contains("i stedet for")));
        assert!(r
            .forklaring
            .linjer
            .iter()
            .any(|l| l.tekst.contains("stoppede 31. august 2024")));
    }

    #[test]
    fn the_hjemmeboende_rate_is_recognised() {
        // Under 25 (born 14.5.2001), moved away from home, no wage, March 2024: 12.326 (ikke-forsørger). A
        // kommune that still uses the hjemmeboende rate pays 3.834.
        let mut i = input();
        i.loen = Decimal::ZERO;
        i.foedselsdato = NaiveDate::from_ymd_opt(2001, 5, 14);
        let s = sammenlign(&i, Decimal::from(3834)).unwrap();
        assert!(
            s.aarsager
                .iter()
                .any(|a| a.forklarer_forskellen && a.tekst.contains("flyttet hjemmefra")),
            "{:?}",
            s.aarsager
        );
    }

    #[test]
    fn a_periodesanktion_is_recognised() {
        // Worked example 1 (10.303,65) less 3 days at the 2024 ikke-forsørger rate 569: 10.303,65 − 1.707 = 8.596,65.
        let s = sammenlign(&input(), Decimal::new(859665, 2)).unwrap();
        let a = s
            .aarsager
            .iter()
            .find(|a| a.tekst.contains("sanktion"))
            .unwrap();
        assert!(
            a.forklarer_forskellen && a.tekst.contains("3 dages"),
            "{a:?}"
        );
    }

    #[test]
    fn no_deduction_and_rounding_are_recognised() {
        let s = sammenlign(&input(), Decimal::from(12326)).unwrap();
        assert!(s.aarsager[0].tekst.contains("uden fradrag"));
        let s = sammenlign(&input(), Decimal::from(10304)).unwrap();
        assert!(s.aarsager[0].tekst.contains("afrunding"));
        let s = sammenlign(&input(), Decimal::new(1030365, 2)).unwrap();
        assert!(s.aarsager.is_empty());
    }

    // Added for mutation testing (tests/MUTANTER.md): which causes are offered, in which order, with which
    // interpretation, on the boundaries that no other test reached.

    /// Asserts the causes offered, in order: each text begins with its prefix, with whether it explains the
    /// difference and its interpretation.
    fn aarsager_er(
        i: &YdelseInput,
        kommunens: Decimal,
        ventet: &[(&str, bool, Option<Fortolkning>)],
    ) {
        let s = sammenlign(i, kommunens).unwrap();
        let fundet: Vec<_> = s
            .aarsager
            .iter()
            .map(|a| (a.tekst.as_str(), a.forklarer_forskellen, a.fortolkning))
            .collect();
        assert_eq!(fundet.len(), ventet.len(), "{fundet:#?}");
        for ((tekst, f, o), (start, vf, vo)) in fundet.iter().zip(ventet) {
            assert!(tekst.starts_with(start), "{tekst} / {start}");
            assert_eq!((f, o), (vf, vo), "{tekst}");
        }
    }

    fn tilbyder(i: &YdelseInput, kommunens: Decimal, tekst: &str) -> Option<bool> {
        sammenlign(i, kommunens)
            .unwrap()
            .aarsager
            .iter()
            .find(|a| a.tekst.contains(tekst))
            .map(|a| a.forklarer_forskellen)
    }

    const AFRUNDING: &str = "Forskellen er under 1 krone. Den skyldes";
    const SAMME_LOEN: &str = "Tjek, at kommunen har brugt den samme løn";
    const SAMME_OPL: &str = "Tjek, at kommunen kender de samme oplysni";
    const SAERLIG: &str = "Får du særlig støtte til høje boligudgift";

    #[test]
    fn a_rounding_difference_gives_rounding_and_the_general_checks_only() {
        // Worked example 1 (10.303,65), the kommune pays 10.304,00.
        aarsager_er(
            &input(),
            Decimal::from(10304),
            &[
                (AFRUNDING, true, Some(Fortolkning::Afrunding)),
                (SAMME_LOEN, false, Some(Fortolkning::LoenFoerAmBidrag)),
                (SAMME_OPL, false, None),
                (SAERLIG, false, None),
            ],
        );
        // No wage (12.326,00, nothing deducted), the kommune pays 12.326,50: no wage check, and neither «uden
        // fradrag» nor the jobafklaring rule (they give the same amount when nothing is deducted).
        let mut i = input();
        i.loen = Decimal::ZERO;
        aarsager_er(
            &i,
            Decimal::new(1_232_650, 2),
            &[
                (AFRUNDING, true, Some(Fortolkning::Afrunding)),
                (SAMME_OPL, false, None),
                (SAERLIG, false, None),
            ],
        );
    }

    #[test]
    fn the_jobafklaring_rule_is_recognised_for_a_ressourceforloeb_only() {
        // March 2024, wage 20.000: the jobafklaring rule also deducts 30 % of 16.323 = 4.896,90, so
        // 10.303,65 − 4.896,90 = 5.406,75.
        let job = "reglerne for et jobafklaringsforløb, hvor der også trækkes 30 %";
        assert_eq!(
            tilbyder(&input(), Decimal::new(540_675, 2), job),
            Some(true)
        );
        // In a jobafklaringsforløb that is the rule itself (5.406,75 is our amount): 4.896,90 less is not «the
        // old ressourceforløb deduction».
        let mut i = input();
        i.forloeb = Forloebstype::Jobafklaring;
        let s = sammenlign(&i, Decimal::new(50_985, 2)).unwrap();
        assert_eq!(s.vores, Decimal::new(540_675, 2));
        assert!(
            !s.aarsager
                .iter()
                .any(|a| a.tekst.contains("Det fradrag gjaldt kun til")),
            "{:?}",
            s.aarsager
        );
        assert_eq!(tilbyder(&i, Decimal::new(540_725, 2), job), None);
    }

    #[test]
    fn the_old_deduction_is_recognised_from_the_first_month_of_the_new_rule() {
        // January 2022: 11.716 − 55 % × (20.000 − 15.401) = 11.716 − 2.529,45 = 9.186,55. The old rule also
        // took 30 % × 15.401 = 4.620,30: 9.186,55 − 4.620,30 = 4.566,25.
        let mut i = input();
        i.maaned = Maaned::ny(2022, 1).unwrap();
        i.forloeb_start = NaiveDate::from_ymd_opt(2021, 6, 1).unwrap();
        let s = sammenlign(&i, Decimal::new(456_625, 2)).unwrap();
        assert_eq!(s.vores, Decimal::new(918_655, 2));
        let a = &s.aarsager[0];
        assert!(
            a.forklarer_forskellen
                && a.tekst
                    .contains("30 % af lønnen under lønindtægtsgrænsen (4.620,30)")
                && a.tekst.contains("gjaldt kun til 31. december 2021"),
            "{:?}",
            s.aarsager
        );
        // A wage of 1 øre: 30 % of it rounds to 0,00 kr., which is never offered as a cause.
        i.loen = Decimal::new(1, 2);
        let vores = sammenlign(&i, Decimal::ZERO).unwrap().vores;
        assert_eq!(
            tilbyder(
                &i,
                vores + Decimal::new(50, 2),
                "Det fradrag gjaldt kun til"
            ),
            None
        );
    }

    #[test]
    fn an_ended_sygedagpenge_right_is_recognised_when_it_ends_in_the_month_not_before() {
        // Sara (above), March 2026: kontanthjælp level 13.345,00 for the whole month.
        let stoppet = "Måske er din ret til sygedagpenge stoppet";
        let mut i = YdelseInput::ny(
            Maaned::ny(2026, 3).unwrap(),
            Forloebstype::Ressourceforloeb,
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        );
        i.niveau = Niveau::Sygedagpenge;
        i.sdp_uge = Some(Decimal::from(5200));
        i.loen = Decimal::from(6200);
        // The right ends on 1 or 15 March: part of the month is still at the sygedagpenge level in our
        // calculation; a kommune that pays 13.345,00 treats the whole month as ended.
        for dag in [1, 15] {
            i.sdp_ophoer = NaiveDate::from_ymd_opt(2026, 3, dag);
            assert_eq!(
                tilbyder(&i, Decimal::from(13345), stoppet),
                Some(true),
                "{dag}"
            );
        }
        // Ended on 28 February: the month is already at kontanthjælp level, nothing more to stop.
        i.sdp_ophoer = NaiveDate::from_ymd_opt(2026, 2, 28);
        let s = sammenlign(&i, Decimal::new(1_334_550, 2)).unwrap();
        assert_eq!(s.vores, Decimal::from(13345));
        assert!(
            !s.aarsager.iter().any(|a| a.tekst.contains(stoppet)),
            "{:?}",
            s.aarsager
        );
    }

    #[test]
    fn last_years_rates_are_compared_for_the_same_days_of_the_month() {
        // A forløb from 10 March 2024, no wage: 22 of 31 days. Ours: 12.326 × 22 / 31 = 8.747,48. With the 2023
        // rate for the same days: 11.944 × 22 / 31 = 8.476,39.
        let mut i = input();
        i.loen = Decimal::ZERO;
        i.forloeb_start = NaiveDate::from_ymd_opt(2024, 3, 10).unwrap();
        let s = sammenlign(&i, Decimal::new(847_639, 2)).unwrap();
        assert_eq!(s.vores, Decimal::new(874_748, 2));
        assert_eq!(
            tilbyder(&i, Decimal::new(847_639, 2), "sidste års satser"),
            Some(true)
        );
        // A whole month (forløb from 1 June 2023): 11.944,00 in March 2023.
        let mut i = input();
        i.loen = Decimal::ZERO;
        assert_eq!(
            tilbyder(&i, Decimal::from(11944), "sidste års satser"),
            Some(true)
        );
        // A forløb from 31 March 2023, a whole month in March 2024: last year's rate for the whole month too.
        i.forloeb_start = NaiveDate::from_ymd_opt(2023, 3, 31).unwrap();
        assert_eq!(
            tilbyder(&i, Decimal::from(11944), "sidste års satser"),
            Some(true)
        );
    }
}
