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
