//! Property tests of the forløb limits, folkepension, ferie and klagefrist rules (proptest): no panic on any
//! input, dates in the right order, wishes only ever help, ferie rights never overlap; and the text-free paths
//! of the klagefrist and the slutplan give the same dates as the paths that build the text (on the golden
//! inputs, random inputs and a sweep of plans).
#![cfg(not(target_arch = "wasm32"))]

// A test of the rules crate (`regler`, src/rules/Cargo.toml).
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use regler::aktivloven::ferie::{self, FerieInput, Maanedsart};
use regler::lab::forloebsgraenser::{vurder, ForloebInput, Periode, Svar, Udfald};
use regler::lab::forloebsslut::{self, SlutInput};
use regler::lovdata::Forloebstype;
use regler::pensionsloven::folkepensionsalder;
use regler::retssikkerhedsloven::{self, KlagefristInput, Levering};
use regler::tid::{alder, Maaned};

fn dag(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + Days::new(u64::from(n))
}

prop_compose! {
    fn forloeb_input()(
        ja in any::<bool>(),
        foedt in 0u32..45_000,
        afg in 38_000u32..47_000,
        start_skift in 0u32..800,
        laengde in 0u32..130,
        tidl in proptest::collection::vec((0u32..47_000, 0u32..2_500), 0..4),
        oensker in any::<bool>(),
        fri in 0u32..400,
    ) -> ForloebInput {
        ForloebInput {
            forloeb: if ja { Forloebstype::Jobafklaring } else { Forloebstype::Ressourceforloeb },
            foedselsdato: dag(foedt),
            afgoerelse: dag(afg),
            start: (start_skift > 0).then(|| dag(afg + start_skift)),
            laengde_maaneder: laengde,
            tidligere: tidl.into_iter().map(|(f, l)| Periode { fra: dag(f), til: dag(f + l) }).collect(),
            oensker,
            fritagne_dage: fri,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn forloeb_never_panics_and_dates_are_ordered(i in forloeb_input()) {
        let r = vurder(&i);
        if let Udfald::Vurderet(v) = &r.udfald {
            prop_assert!(v.start <= v.slutdato);
            prop_assert!(v.tidslinje.fra <= v.tidslinje.til);
            if let Some(s) = v.indsats_senest { prop_assert!(s > v.start); }
            prop_assert!(!r.forklaring.linjer.is_empty());
            prop_assert!(r.forklaring.linjer.iter().all(|l| !l.kilder.is_empty() && !l.paragraf.is_empty()));
        }
    }

    #[test]
    fn a_wish_never_makes_the_answer_worse(mut i in forloeb_input()) {
        i.oensker = false;
        let uden = vurder(&i).udfald;
        i.oensker = true;
        let med = vurder(&i).udfald;
        match (uden, med) {
            (Udfald::Vurderet(a), Udfald::Vurderet(b)) => {
                prop_assert_eq!(&a.grunde, &b.grunde);
                match a.svar {
                    Svar::Ja => prop_assert_eq!(b.svar, Svar::Ja),
                    Svar::Nej => prop_assert_eq!(b.svar, Svar::Nej),
                    Svar::KunHvisDuOensker => prop_assert_eq!(b.svar, Svar::JaFordiDuOensker),
                    Svar::JaFordiDuOensker => prop_assert!(false, "no wish cannot give ja_fordi_du_oensker"),
                }
            }
            (Udfald::Ugyldig { felt: a, .. }, Udfald::Ugyldig { felt: b, .. }) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "the wish changed validity"),
        }
    }

    #[test]
    fn folkepension_is_65_to_70_years_after_birth(b in 0u32..60_000) {
        let foedt = dag(b);
        let fp = folkepensionsalder(foedt).unwrap();
        let a = alder(foedt, fp.dato);
        prop_assert!((65..=70).contains(&a));
        prop_assert_eq!(a, fp.aar);
    }

    #[test]
    fn klagefrist_dates_are_ordered(d in 30_000u32..60_000, lev in 0u8..3, k in proptest::option::of(0u32..100)) {
        let levering = [Levering::DigitalPost, Levering::AlmindeligPost, Levering::Personligt][lev as usize];
        let i = KlagefristInput { dato: dag(d), levering, klage_modtaget: k.map(|k| dag(d + k)) };
        match retssikkerhedsloven::beregn(&i).udfald {
            retssikkerhedsloven::Udfald::Beregnet(f) => {
                prop_assert!(f.modtaget >= i.dato);
                prop_assert!(f.modtaget <= i.dato + Days::new(20));
                prop_assert_eq!((f.udloeb - f.modtaget).num_days(), 28);
                prop_assert!(f.sikker_sidste_dag <= f.udloeb);
                prop_assert!(f.udloeb <= f.sidste_dag);
                // A move to the next hverdag passes at most a long weekend (skærtorsdag → 2. påskedag).
                prop_assert!((f.sidste_dag - f.udloeb).num_days() <= 5);
                prop_assert_eq!(f.forbehold.is_some(), f.sikker_sidste_dag < f.sidste_dag);
            }
            retssikkerhedsloven::Udfald::Ugyldig { felt, .. } => prop_assert_eq!(felt, "klage_modtaget"),
        }
    }

    #[test]
    fn the_text_free_klagefrist_gives_the_same_dates(d in 0u32..110_000, lev in 0u8..3, k in proptest::option::of(0u32..100)) {
        let levering = [Levering::DigitalPost, Levering::AlmindeligPost, Levering::Personligt][lev as usize];
        // Klage dates from 5 days before the decision: some complaints arrive before it.
        let i = KlagefristInput { dato: dag(d + 5), levering, klage_modtaget: k.map(|k| dag(d + k)) };
        samme_klagefrist(&i);
    }

    #[test]
    fn ferie_rights_never_overlap_and_follow_twelve_months(m in proptest::collection::vec(0u8..3, 0..130), start in 0u32..200) {
        let fra = Maaned::ny(2013 + (start / 12) as i32, start % 12 + 1).unwrap();
        let maaneder: Vec<Maanedsart> = m.iter().map(|x| [Maanedsart::Hjaelp, Maanedsart::Loentilskud, Maanedsart::Ingen][*x as usize]).collect();
        let n_hjaelp = maaneder.iter().filter(|x| **x == Maanedsart::Hjaelp).count();
        match ferie::vurder(&FerieInput { forloeb: Forloebstype::Ressourceforloeb, fra, maaneder }).udfald {
            ferie::Udfald::Vurderet(v) => {
                prop_assert!(v.rettigheder.len() * 12 <= n_hjaelp);
                for w in v.rettigheder.windows(2) { prop_assert!(w[0].til < w[1].fra); }
                for r in &v.rettigheder { prop_assert!(r.fra < r.til); }
            }
            ferie::Udfald::Ugyldig { .. } => prop_assert!(m.is_empty() || m.len() > 120),
        }
    }
}

/// The dates and the kinds of day agree between `beregn_uden_tekst` and `beregn`; a refusal names the same field.
fn samme_klagefrist(i: &KlagefristInput) -> bool {
    let fuld = retssikkerhedsloven::beregn(i);
    match (retssikkerhedsloven::beregn_uden_tekst(i), fuld.udfald) {
        (Ok(f), retssikkerhedsloven::Udfald::Beregnet(k)) => {
            assert_eq!(f.modtagelse.dag, k.modtaget, "{i:?}");
            assert_eq!(f.udloeb, k.udloeb, "{i:?}");
            assert_eq!(f.sidste_dag, k.sidste_dag, "{i:?}");
            assert_eq!(f.sikker_sidste_dag, k.sikker_sidste_dag, "{i:?}");
            assert_eq!(f.sidste_dag_fridag, k.sidste_dag_fridag, "{i:?}");
            assert_eq!(
                f.genvurdering.map(|g| g.senest),
                k.genvurdering_senest,
                "{i:?}"
            );
            // The reservation is written exactly when the readings differ.
            assert_eq!(
                f.sikker_sidste_dag < f.sidste_dag,
                k.forbehold.is_some(),
                "{i:?}"
            );
            // A warning about a late complaint is in the trace exactly when the typed value says so.
            let advarsler: Vec<&str> = fuld
                .forklaring
                .advarsler
                .iter()
                .map(|a| a.tekst.as_str())
                .collect();
            let sen = f.genvurdering.map(|g| g.klage);
            assert_eq!(
                sen == Some(retssikkerhedsloven::Rettidighed::ForSent),
                advarsler.iter().any(|a| a.contains("efter fristen")),
                "{i:?}"
            );
            assert_eq!(
                sen == Some(retssikkerhedsloven::Rettidighed::EfterSikkerDag),
                advarsler
                    .iter()
                    .any(|a| a.contains("efter den sikre frist")),
                "{i:?}"
            );
            true
        }
        (Err(fejl), retssikkerhedsloven::Udfald::Ugyldig { felt, .. }) => {
            assert_eq!(regler::klagefristtekst::fejl(fejl).0, felt, "{i:?}");
            false
        }
        (uden, fuld) => panic!("{i:?}: text-free {uden:?}, with text {fuld:?}"),
    }
}

#[test]
fn the_text_free_klagefrist_agrees_on_every_golden_input() {
    let fil = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/golden/klagefrist_reference.toml");
    let v: toml::Value = std::fs::read_to_string(&fil).unwrap().parse().unwrap();
    let mut beregnet = 0;
    let mut n = 0;
    for case in v["case"].as_array().unwrap() {
        if case["calc"].as_str() != Some("klagefrist") {
            continue;
        }
        let i: KlagefristInput = case["input"].clone().try_into().unwrap();
        n += 1;
        if samme_klagefrist(&i) {
            beregnet += 1;
        }
    }
    // The file has computed cases and refusals.
    assert!(
        n >= 10 && beregnet >= 9 && beregnet < n,
        "{n} cases, {beregnet} computed"
    );
}

/// The end date, each step's date and kind, the folkepension and the statements agree between
/// `plan_uden_tekst` and `plan`; a refusal names the same field.
fn samme_plan(i: &SlutInput) -> bool {
    match (
        forloebsslut::plan_uden_tekst(i),
        forloebsslut::plan(i).udfald,
    ) {
        (Ok(u), forloebsslut::Udfald::Plan(p)) => {
            assert_eq!(u.slutdato, p.slutdato, "{i:?}");
            let a: Vec<_> = u.trin.iter().map(|t| (t.dato, t.art)).collect();
            let b: Vec<_> = p.skridt.iter().map(|s| (s.dato, s.art)).collect();
            assert_eq!(a, b, "{i:?}");
            for (t, s) in u.trin.iter().zip(&p.skridt) {
                if t.art != forloebsslut::Skridtart::Folkepension {
                    assert_eq!(t.udsagn().kilder, s.kilder, "{i:?}");
                }
            }
            assert_eq!(u.folkepension, p.folkepension, "{i:?}");
            assert_eq!(
                (u.pligter, u.muligheder, u.aabne),
                (p.pligter, p.muligheder, p.aabne),
                "{i:?}"
            );
            true
        }
        (Err(fejl), forloebsslut::Udfald::Ugyldig { felt, .. }) => {
            assert_eq!(regler::lab::slutplantekst::fejl(fejl).0, felt, "{i:?}");
            false
        }
        (uden, fuld) => panic!("{i:?}: text-free {uden:?}, with text {fuld:?}"),
    }
}

#[test]
fn the_text_free_plan_agrees_with_the_plan() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let mut planer = 0;
    let mut n = 0;
    let mut start = d(2010, 1, 1);
    while start < d(2040, 1, 1) {
        for forloeb in [Forloebstype::Ressourceforloeb, Forloebstype::Jobafklaring] {
            for laengde in [
                None,
                Some(0),
                Some(1),
                Some(12),
                Some(36),
                Some(120),
                Some(121),
            ] {
                let slut = [
                    None,
                    start.checked_add_days(Days::new(900)),
                    start.pred_opt(),
                ];
                for slut in slut {
                    for foedt in [None, Some(d(1960, 6, 1)), Some(d(1968, 5, 12)), slut] {
                        let i = SlutInput {
                            forloeb,
                            start: Some(start),
                            laengde_maaneder: laengde,
                            slut,
                            foedselsdato: foedt,
                        };
                        n += 1;
                        if samme_plan(&i) {
                            planer += 1;
                        }
                    }
                }
            }
        }
        start = start + Days::new(53);
    }
    assert!(planer > n / 3 && planer < n, "{planer} of {n}");
}
