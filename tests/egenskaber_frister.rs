//! Property tests of the forløb limits, folkepension, ferie and klagefrist rules (proptest): no panic on any
//! input, dates in the right order, wishes only ever help, ferie rights never overlap.
#![cfg(not(target_arch = "wasm32"))]

// A test of the rules crate (`regler`, src/rules/Cargo.toml).
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use regler::aktivloven::ferie::{self, FerieInput, Maanedsart};
use regler::lab::forloebsgraenser::{vurder, ForloebInput, Periode, Svar, Udfald};
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
