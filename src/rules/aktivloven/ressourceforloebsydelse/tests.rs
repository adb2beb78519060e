//! The rule's own input validation (each invalid input gives its field and message), the text-free path
//! (always the same amounts as the full one) and the interpretations attached to the steps.

use super::*;
use crate::forklaring::Linje;
use chrono::NaiveDate;

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

/// Worked example 1: March 2024, ressourceforløb from 1.6.2023, wage 20.000.
fn eksempel() -> YdelseInput {
    let mut i = YdelseInput::ny(
        Maaned::ny(2024, 3).unwrap(),
        Forloebstype::Ressourceforloeb,
        d(2023, 6, 1),
    );
    i.loen = Decimal::from(20_000);
    i
}

/// A change to a valid input, named by the field it makes invalid.
type Aendring = (&'static str, Box<dyn Fn(&mut YdelseInput)>);

fn afvist(i: &YdelseInput) -> (&'static str, String) {
    match beregn(i).udfald {
        Udfald::ManglerOplysning { felt, tekst } => (felt, tekst),
        u => panic!("expected ManglerOplysning, got {u:?}"),
    }
}

#[test]
fn valid_example_is_computed() {
    assert_eq!(beregn(&eksempel()).ydelse(), Some(Decimal::new(1030365, 2)));
}

#[test]
fn a_negative_amount_is_refused_with_its_field() {
    let minus = Decimal::from(-1);
    let negativ = "Beløbet kan ikke være negativt.";
    let tilfaelde: Vec<Aendring> = vec![
        ("loen", Box::new(move |i| i.loen = minus)),
        (
            "ferie_godtgoerelse",
            Box::new(move |i| i.ferie_godtgoerelse = minus),
        ),
        (
            "tilbud_indtaegt",
            Box::new(move |i| i.tilbud_indtaegt = minus),
        ),
        ("tilbud_timer", Box::new(move |i| i.tilbud_timer = minus)),
        ("sdp_uge", Box::new(move |i| i.sdp_uge = Some(minus))),
        (
            "normalbidrag",
            Box::new(move |i| i.normalbidrag = Some(minus)),
        ),
        (
            "ledighedsydelse_uge",
            Box::new(move |i| i.ledighedsydelse_uge = Some(minus)),
        ),
        (
            "indtaegter",
            Box::new(move |i| {
                i.indtaegter = vec![Indtaegt {
                    art: Indtaegtsart::Anden,
                    beloeb: minus,
                }]
            }),
        ),
    ];
    for (felt, saet) in tilfaelde {
        let mut i = eksempel();
        saet(&mut i);
        assert_eq!(afvist(&i), (felt, negativ.to_string()), "{felt}");
    }
}

#[test]
fn an_unrealistic_amount_is_refused_but_the_largest_allowed_is_computed() {
    let mut i = eksempel();
    i.loen = Decimal::from(1_000_000_001);
    assert_eq!(
        afvist(&i),
        (
            "loen",
            "Beløbet er urealistisk stort. Tjek, at det er skrevet rigtigt.".to_string()
        )
    );
    i.loen = Decimal::from(1_000_000_000);
    assert_eq!(beregn(&i).ydelse(), Some(Decimal::ZERO));
    let mut i = eksempel();
    i.tilbud_timer = Decimal::from(2_000_000_000);
    assert_eq!(afvist(&i).0, "tilbud_timer");
}

#[test]
fn missing_or_impossible_inputs_are_refused_with_their_field() {
    let mut i = eksempel();
    i.niveau = Niveau::Sygedagpenge;
    assert_eq!(
        afvist(&i),
        (
            "sdp_uge",
            "Skriv, hvor mange sygedagpenge du fik om ugen, før forløbet begyndte.".into()
        )
    );
    // In a jobafklaringsforløb the sygedagpenge level does not apply, so the weekly amount is not needed.
    i.forloeb = Forloebstype::Jobafklaring;
    assert!(beregn(&i).ydelse().is_some());

    let mut i = eksempel();
    i.hjemmeboende = true;
    assert_eq!(
        afvist(&i),
        (
            "foedselsdato",
            "Skriv din fødselsdato, så vi kan se, om du er under 25 år.".into()
        )
    );
    // A forsørger gets the forsørger rate whatever the age: no birth date needed.
    i.forsoerger = true;
    assert!(beregn(&i).ydelse().is_some());

    let mut i = eksempel();
    i.foedselsdato = Some(d(2024, 4, 1));
    assert_eq!(
        afvist(&i),
        (
            "foedselsdato",
            "Fødselsdatoen ligger efter den måned, der skal beregnes.".into()
        )
    );
    i.foedselsdato = Some(d(2024, 3, 31));
    assert!(beregn(&i).ydelse().is_some());

    let ferie = "Skriv, hvornår ferien begyndte, og hvor mange feriedage feriepengene dækker.";
    let mut i = eksempel();
    i.ferie_godtgoerelse = Decimal::from(3_000);
    assert_eq!(afvist(&i), ("ferie_start", ferie.into()));
    i.ferie_start = Some(d(2024, 3, 4));
    assert_eq!(afvist(&i), ("ferie_start", ferie.into()), "no feriedage");
    i.feriedage = 5;
    assert!(beregn(&i).ydelse().is_some());
    i.feriedage = 367;
    assert_eq!(
        afvist(&i),
        (
            "feriedage",
            "Så mange feriedage kan feriepengene ikke dække.".into()
        )
    );
    i.feriedage = 366;
    assert!(beregn(&i).ydelse().is_some());
}

#[test]
fn ledighedsydelse_without_a_figure_asks_for_the_amount_and_the_step_carries_f13() {
    let mut i = eksempel();
    i.maaned = Maaned::ny(2025, 3).unwrap();
    i.niveau = Niveau::Ledighedsydelse;
    let (felt, tekst) = afvist(&i);
    assert_eq!(felt, "ledighedsydelse_uge");
    assert!(
        tekst.starts_with(
            "Skriv, hvor meget du fik i ledighedsydelse om ugen. Kilderne giver kun et skøn på "
        ),
        "{tekst}"
    );
    assert!(tekst.ends_with(" kr. om ugen for 2025."), "{tekst}");
    i.ledighedsydelse_uge = Some(Decimal::from(4_330));
    let r = beregn(&i);
    let l = linje_med(&r.forklaring.linjer, "(det beløb, du har skrevet)");
    assert_eq!(l.fortolkning, Some(Fortolkning::LedighedsydelseInterval));
    // A year with a single figure: the user's own amount is only converted (F2).
    i.maaned = Maaned::ny(2024, 3).unwrap();
    let r = beregn(&i);
    let l = linje_med(&r.forklaring.linjer, "(det beløb, du har skrevet)");
    assert_eq!(l.fortolkning, Some(Fortolkning::UgeTilMaaned));
}

fn linje_med<'a>(linjer: &'a [Linje], tekst: &str) -> &'a Linje {
    linjer
        .iter()
        .find(|l| l.tekst.contains(tekst))
        .unwrap_or_else(|| panic!("no line with «{tekst}»: {linjer:#?}"))
}

#[test]
fn the_rate_and_the_loenfradrag_steps_carry_f4() {
    let r = beregn(&eksempel());
    let sats = linje_med(&r.forklaring.linjer, "Sats for ikke-forsørger i 2024");
    assert_eq!(sats.fortolkning, Some(Fortolkning::SatsdatoForMaaned));
    let under = linje_med(&r.forklaring.linjer, "Løn op til grænsen trækkes ikke fra.");
    assert_eq!(under.fortolkning, Some(Fortolkning::SatsdatoForMaaned));
    let over = linje_med(
        &r.forklaring.linjer,
        "over grænsen. 55 % af det trækkes fra",
    );
    assert_eq!(over.fortolkning, Some(Fortolkning::SatsdatoForMaaned));
    // The hjemmeboende rate keeps its own interpretation (F7).
    let mut i = eksempel();
    i.hjemmeboende = true;
    i.foedselsdato = Some(d(2001, 5, 14));
    let r = beregn(&i);
    let sats = linje_med(&r.forklaring.linjer, "Sats for under 25 år og hjemmeboende");
    assert_eq!(sats.fortolkning, Some(Fortolkning::Aldersgraense25));
}

/// A varied set of months: levels, categories, split months, income of every kind, a month before the scheme,
/// one after the newest rate year (foreløbig) and invalid inputs.
fn mange() -> Vec<YdelseInput> {
    let mut ud = Vec::new();
    let maaneder = [
        (2013, 1),
        (2014, 7),
        (2021, 12),
        (2022, 1),
        (2024, 3),
        (2025, 1),
        (2026, 2),
        (2028, 6),
    ];
    for (aar, md) in maaneder {
        for niveau in [
            Niveau::Kontanthjaelp,
            Niveau::Sygedagpenge,
            Niveau::Ledighedsydelse,
            Niveau::LedighedsydelseKontanthjaelp,
            Niveau::Foertidspension,
        ] {
            for forloeb in [Forloebstype::Ressourceforloeb, Forloebstype::Jobafklaring] {
                for variant in 0..6 {
                    let m = Maaned::ny(aar, md).unwrap();
                    let start = if variant == 1 {
                        m.foerste_dag() + chrono::Duration::days(9)
                    } else {
                        d(2013, 1, 1).max(m.foerste_dag() - chrono::Duration::days(400))
                    };
                    let mut i = YdelseInput::ny(m, forloeb, start);
                    i.niveau = niveau;
                    i.sdp_uge = (variant != 5).then(|| Decimal::from(3_000 + 800 * variant));
                    i.loen = Decimal::from(4_000 * variant);
                    match variant {
                        2 => {
                            i.hjemmeboende = true;
                            i.foedselsdato =
                                Some(m.foerste_dag() - chrono::Duration::days(365 * 25 - 12));
                            i.normalbidrag = Some(Decimal::from(1_500));
                        }
                        3 => {
                            i.barn_foedt = Some(m.foerste_dag() + chrono::Duration::days(14));
                            i.sdp_ophoer = Some(m.foerste_dag() + chrono::Duration::days(19));
                            i.ferie_godtgoerelse = Decimal::from(3_000);
                            i.ferie_start = Some(m.foerste_dag() + chrono::Duration::days(25));
                            i.feriedage = 5;
                        }
                        4 => {
                            i.forsoerger = true;
                            i.tilbud_indtaegt = Decimal::from(2_000);
                            i.tilbud_timer = Decimal::from(12);
                            i.ledighedsydelse_uge = Some(Decimal::from(4_100));
                            i.indtaegter = vec![
                                Indtaegt {
                                    art: Indtaegtsart::Lejeindtaegt,
                                    beloeb: Decimal::from(1_500),
                                },
                                Indtaegt {
                                    art: Indtaegtsart::SkattefritLegat,
                                    beloeb: Decimal::from(900),
                                },
                            ];
                            i.afgoerelse = Some(d(2026, 1, 20));
                        }
                        5 => i.loen = Decimal::from(-5),
                        _ => {}
                    }
                    ud.push(i);
                }
            }
        }
    }
    ud
}

#[test]
fn the_text_free_path_gives_the_same_result_as_the_full_one() {
    let mut beregnet = 0;
    for i in mange() {
        let fuld = beregn(&i);
        match (beregn_uden_tekst(&i), &fuld.udfald) {
            (Ok(b), Udfald::Beregnet(fb)) => {
                assert_eq!(&b, fb, "{i:?}");
                assert_eq!(b.foreloebig, fuld.forklaring.foreloebig.is_some(), "{i:?}");
                beregnet += 1;
            }
            (Err(h), u) => {
                assert!(!matches!(u, Udfald::Beregnet(_)), "{i:?}");
                assert_eq!(
                    &tekst::resultat(&i, Err(h), Spor::tavs()).udfald,
                    u,
                    "{i:?}"
                );
            }
            (Ok(_), u) => panic!("text-free computed, full gave {u:?} for {i:?}"),
        }
    }
    // The set reaches computed months, not only refusals.
    assert!(beregnet > 150, "{beregnet}");
}

#[test]
fn a_foreloebig_month_is_marked_on_both_paths() {
    let mut i = eksempel();
    i.maaned = Maaned::ny(lovdata::SENESTE_SATSAAR + 1, 3).unwrap();
    let b = beregn_uden_tekst(&i).unwrap();
    assert!(b.foreloebig);
    assert!(beregn(&i).forklaring.foreloebig.is_some());
    assert!(!beregn_uden_tekst(&eksempel()).unwrap().foreloebig);
}

// Added for mutation testing: warnings and statuses on the exact boundary days and amounts that no other test
// reached (tests/MUTANTER.md, «real gaps (fixed)»).

fn advarsler(i: &YdelseInput) -> Vec<crate::forklaring::Advarsel> {
    beregn(i).forklaring.advarsler
}

fn har_advarsel(i: &YdelseInput, tekst: &str) -> bool {
    advarsler(i).iter().any(|a| a.tekst.contains(tekst))
}

fn beregning(i: &YdelseInput) -> Beregning {
    match beregn(i).udfald {
        Udfald::Beregnet(b) => b,
        u => panic!("expected a computed month, got {u:?}"),
    }
}

#[test]
fn a_forloeb_started_before_the_cut_keeps_running_even_when_decided_before_it() {
    const KOERER: &str = "Dit forløb startede før 1. februar 2026";
    const UAFKLARET: &str = "men blev besluttet før";
    // Started and decided before 1 February 2026: it simply runs on (not the «start after, decided before» case).
    let mut i = eksempel();
    i.maaned = Maaned::ny(2026, 3).unwrap();
    i.forloeb_start = d(2025, 6, 1);
    i.afgoerelse = Some(d(2025, 5, 20));
    assert!(har_advarsel(&i, KOERER), "{:#?}", advarsler(&i));
    assert!(!har_advarsel(&i, UAFKLARET), "{:#?}", advarsler(&i));
    // Started after the cut but decided before it: the unresolved case, not «kører videre».
    i.forloeb_start = d(2026, 2, 10);
    i.afgoerelse = Some(d(2026, 1, 20));
    assert!(har_advarsel(&i, UAFKLARET), "{:#?}", advarsler(&i));
    assert!(!har_advarsel(&i, KOERER), "{:#?}", advarsler(&i));
}

#[test]
fn the_latest_end_of_a_transitional_forloeb_is_mentioned_from_the_month_after_it() {
    // 31 January 2026 + 3 years − 1 day = 30 January 2029 (content/law/regler.toml): the month of that day is
    // not yet after it; February 2029 is.
    const SENEST: &str = "slutter normalt senest 30. januar 2029";
    let mut i = eksempel();
    i.forloeb_start = d(2026, 1, 31);
    i.maaned = Maaned::ny(2029, 1).unwrap();
    assert!(!har_advarsel(&i, SENEST), "{:#?}", advarsler(&i));
    for md in [2, 3] {
        i.maaned = Maaned::ny(2029, md).unwrap();
        assert!(har_advarsel(&i, SENEST), "{md}: {:#?}", advarsler(&i));
    }
}

#[test]
fn the_new_sygedagpenge_cap_in_january_neither_splits_nor_marks_the_month_foreloebig() {
    // January 2025: the højeste sygedagpengebeløb changes on Monday 6 January (4.695 → 4.865 kr. a week). A
    // weekly amount of 4.000 kr. is under both, so both parts of the month give 4.000 × 52 / 12 = 17.333,33 kr.
    // and are one segment. Both figures are published: no step may be marked foreløbig.
    let mut i = eksempel();
    i.maaned = Maaned::ny(2025, 1).unwrap();
    i.loen = Decimal::ZERO;
    i.niveau = Niveau::Sygedagpenge;
    i.sdp_uge = Some(Decimal::from(4_000));
    let r = beregn(&i);
    assert!(r.forklaring.foreloebig.is_none());
    assert_eq!(r.ydelse(), Some(Decimal::new(1_733_333, 2)));
    let foreloebige: Vec<_> = r
        .forklaring
        .linjer
        .iter()
        .filter(|l| l.status == Status::Foreloebig)
        .collect();
    assert!(foreloebige.is_empty(), "{foreloebige:#?}");
    // In the January after the newest rate year the second part rests on a stand-in figure: the merged steps
    // that carry a dated figure say foreløbig.
    i.maaned = Maaned::ny(lovdata::SENESTE_SATSAAR + 1, 1).unwrap();
    let r = beregn(&i);
    assert!(r.forklaring.foreloebig.is_some());
    let loft = linje_med(&r.forklaring.linjer, "Du kom fra sygedagpenge på 4.000 kr.");
    assert_eq!(loft.status, Status::Foreloebig, "{loft:#?}");
}

#[test]
fn the_child_warning_of_a_split_month_needs_a_child_born_inside_the_month() {
    // March 2024, a forløb from 11 March (a split month), not forsørger before the child.
    let barn = |foedt| {
        let mut i = eksempel();
        i.forloeb_start = d(2024, 3, 11);
        i.barn_foedt = Some(foedt);
        i
    };
    let barn_advarsel = |i: &YdelseInput| {
        advarsler(i)
            .iter()
            .any(|a| a.fortolkning == Some(Fortolkning::BarnIForloeb))
    };
    assert!(barn_advarsel(&barn(d(2024, 3, 20))));
    // Born before the month, or on its first day: forsørger for the whole month, nothing changes inside it.
    assert!(!barn_advarsel(&barn(d(2023, 5, 1))));
    assert!(!barn_advarsel(&barn(d(2024, 3, 1))));
    // Born after the month.
    assert!(!barn_advarsel(&barn(d(2024, 4, 2))));
}

#[test]
fn the_am_bidrag_note_appears_when_the_two_wage_deductions_are_equal() {
    // March 2015 (30 % under and 55 % over the lønindtægtsgrænse of 13.648 kr.): a wage of 21.092,36 kr. gives
    // 13.648 × 30 % = 4.094,40 kr. under and 7.444,36 × 55 % = 4.094,398 → 4.094,40 kr. over the grænse.
    let mut i = eksempel();
    i.maaned = Maaned::ny(2015, 3).unwrap();
    i.forloeb_start = d(2014, 6, 1);
    i.loen = Decimal::new(2_109_236, 2);
    assert_eq!(beregning(&i).fradrag_loen, Decimal::new(818_880, 2));
    assert!(
        advarsler(&i)
            .iter()
            .any(|a| a.fortolkning == Some(Fortolkning::LoenFoerAmBidrag)),
        "{:#?}",
        advarsler(&i)
    );
}
