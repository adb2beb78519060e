//! Exhaustive path tests for the forløb limits, in the spirit of GOV.UK Smart Answers' regression data: every
//! combination of a small set of values for each input is run through the rules, and the verdicts are compared
//! with `tests/stier/forloeb.tsv`, committed with the code. A change in behaviour shows up as a changed line in
//! review. After a deliberate change of the rules, regenerate with
//! `RG_OPDATER_STIER=1 cargo test -p regler --test stier` and review the diff line by line.
#![cfg(not(target_arch = "wasm32"))]

// A test of the rules crate (`regler`, src/rules/Cargo.toml).
use chrono::{Days, Months, NaiveDate};
use regler::lab::forloebsgraenser::{vurder, ForloebInput, Periode, Udfald};
use regler::lovdata::Forloebstype;
use regler::pensionsloven::folkepensionsalder;
use regler::tid::{foedselsdag, iso, parse_iso};

const FIL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/stier/forloeb.tsv");

fn d(s: &str) -> NaiveDate {
    parse_iso(s).expect("a valid date in the path table")
}

/// A birth date whose `aar`th birthday is `dag` + `skift` days.
fn foedt_til_alder(dag: NaiveDate, aar: u32, skift: i64) -> NaiveDate {
    let maal = dag
        .checked_add_signed(chrono::Duration::days(skift))
        .unwrap();
    let foedt = maal.checked_sub_months(Months::new(aar * 12)).unwrap();
    assert_eq!(foedselsdag(foedt, aar), Some(maal));
    foedt
}

/// A birth date whose 6-years-before-folkepension line is `dag` + `skift` days (searched day by day).
fn foedt_til_seks_aar(dag: NaiveDate, skift: i64) -> Option<NaiveDate> {
    let maal = dag.checked_add_signed(chrono::Duration::days(skift))?;
    let mut b = maal.checked_sub_months(Months::new(12 * 66))?;
    let stop = maal.checked_sub_months(Months::new(12 * 55))?;
    while b < stop {
        let fp = folkepensionsalder(b)?;
        if fp.dato.checked_sub_months(Months::new(72)) == Some(maal) {
            return Some(b);
        }
        b = b.checked_add_days(Days::new(1))?;
    }
    None
}

/// Earlier forløb, back to back, ending the day before `start` minus a month gap.
fn tidligere(start: NaiveDate, laengder: &[u32], ekstra_dage: u64) -> Vec<Periode> {
    let mut til = start
        .checked_sub_months(Months::new(1))
        .unwrap()
        .pred_opt()
        .unwrap();
    let mut ud = Vec::new();
    for (n, l) in laengder.iter().rev().enumerate() {
        let mut fra = til
            .succ_opt()
            .unwrap()
            .checked_sub_months(Months::new(*l))
            .unwrap();
        if n == 0 {
            fra = fra.checked_sub_days(Days::new(ekstra_dage)).unwrap();
        }
        ud.push(Periode { fra, til });
        til = fra.checked_sub_months(Months::new(2)).unwrap();
    }
    ud.reverse();
    ud
}

fn linjer() -> Vec<String> {
    let mut ud = vec![
        "# forløb\tafgørelse\talder\ttidligere\tlængde_md\tønske\t→ svar\tgrunde\tslutdato\tindsats_senest\tseks_års_grænse"
            .to_string(),
    ];
    let afgoerelser = [
        "2012-12-31",
        "2013-01-01",
        "2021-12-31",
        "2022-01-01",
        "2026-01-31",
        "2026-02-01",
    ];
    // (label, birth date as a function of the decision date)
    type Alder = (&'static str, fn(NaiveDate) -> Option<NaiveDate>);
    let aldre: [Alder; 8] = [
        ("39 (40 i morgen)", |a| Some(foedt_til_alder(a, 40, 1))),
        ("40 i dag", |a| Some(foedt_til_alder(a, 40, 0))),
        ("49 (50 i morgen)", |a| Some(foedt_til_alder(a, 50, 1))),
        ("50 i dag", |a| Some(foedt_til_alder(a, 50, 0))),
        ("6-års-grænse i morgen", |a| foedt_til_seks_aar(a, 1)),
        ("6-års-grænse i dag", |a| foedt_til_seks_aar(a, 0)),
        ("6-års-grænse i går", |a| foedt_til_seks_aar(a, -1)),
        ("30", |a| Some(foedt_til_alder(a, 30, -100))),
    ];
    let tidl: [(&str, &[u32], u64); 5] = [
        ("ingen", &[], 0),
        ("36 md", &[36], 0),
        ("24 md", &[24], 0),
        ("12+12 md", &[12, 12], 0),
        ("12+12 md + 1 dag", &[12, 12], 1),
    ];
    for a in afgoerelser {
        let afg = d(a);
        for (alabel, foedt) in aldre {
            let Some(foedt) = foedt(afg) else {
                ud.push(format!("ressourceforløb\t{a}\t{alabel}\t-\t-\t-\t→ (ingen fødselsdato giver denne grænse)"));
                continue;
            };
            for (tlabel, laengder, ekstra) in tidl {
                for laengde in [12u32, 36, 48] {
                    for oensker in [false, true] {
                        let input = ForloebInput {
                            forloeb: Forloebstype::Ressourceforloeb,
                            foedselsdato: foedt,
                            afgoerelse: afg,
                            start: None,
                            laengde_maaneder: laengde,
                            tidligere: tidligere(afg, laengder, ekstra),
                            oensker,
                            fritagne_dage: 0,
                        };
                        ud.push(format!(
                            "ressourceforløb\t{a}\t{alabel}\t{tlabel}\t{laengde}\t{}\t→ {}",
                            if oensker { "ja" } else { "nej" },
                            udfald(&input)
                        ));
                    }
                }
            }
        }
    }
    for a in ["2014-06-30", "2014-07-01", "2026-12-31", "2027-01-01"] {
        for laengde in [12u32, 24, 25] {
            let input = ForloebInput {
                forloeb: Forloebstype::Jobafklaring,
                foedselsdato: d("1980-06-15"),
                afgoerelse: d(a),
                start: None,
                laengde_maaneder: laengde,
                tidligere: vec![],
                oensker: false,
                fritagne_dage: 0,
            };
            ud.push(format!(
                "jobafklaring\t{a}\t{}\tingen\t{laengde}\tnej\t→ {}",
                "46",
                udfald(&input)
            ));
        }
    }
    ud
}

fn udfald(i: &ForloebInput) -> String {
    match vurder(i).udfald {
        Udfald::Ugyldig { felt, tekst } => format!("ugyldig\t{felt}\t{tekst}\t-\t-"),
        Udfald::Vurderet(v) => format!(
            "{}\t{}\t{}\t{}\t{}",
            v.svar.kode(),
            if v.grunde.is_empty() {
                "-".to_string()
            } else {
                v.grunde
                    .iter()
                    .map(|g| g.kode())
                    .collect::<Vec<_>>()
                    .join(",")
            },
            iso(v.slutdato),
            v.indsats_senest.map(iso).unwrap_or("-".into()),
            v.seks_aars_graense.map(iso).unwrap_or("-".into()),
        ),
    }
}

#[test]
fn every_path_gives_the_committed_verdict() {
    let nu = linjer().join("\n") + "\n";
    if std::env::var_os("RG_OPDATER_STIER").is_some() {
        std::fs::write(FIL, &nu).unwrap();
        return;
    }
    let gemt = std::fs::read_to_string(FIL).unwrap_or_default();
    let (nu_l, gemt_l): (Vec<&str>, Vec<&str>) = (nu.lines().collect(), gemt.lines().collect());
    let forskelle: Vec<String> = nu_l
        .iter()
        .zip(gemt_l.iter())
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .take(20)
        .map(|(n, (a, b))| format!("line {}:\n  committed: {b}\n  now:       {a}", n + 1))
        .collect();
    assert!(
        forskelle.is_empty() && nu_l.len() == gemt_l.len(),
        "{} paths ({} committed); the verdicts changed — review, then regenerate with RG_OPDATER_STIER=1:\n{}",
        nu_l.len() - 1,
        gemt_l.len().saturating_sub(1),
        forskelle.join("\n")
    );
    println!(
        "{} enumerated paths match tests/stier/forloeb.tsv",
        nu_l.len() - 1
    );
}
