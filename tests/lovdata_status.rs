//! The yearly status report of the law data: every figure in `content/law/` that is not yet official
//! (derived, secondary, unverified, low confidence), by year — what a maintainer checks again when a new year's
//! tables are published (runbook in `content/law/README.md`). Print it with
//!
//! ```text
//! cargo test -p regler --test lovdata_status -- --nocapture
//! ```

// A test of the rules crate (`regler`, src/rules/Cargo.toml).
use regler::lovdata::{datoer, vaerdier, Status, PARAMETRE};
use std::collections::BTreeMap;

fn ikke_officiel(s: Status) -> bool {
    !s.er_officiel()
}

#[test]
fn list_every_figure_that_is_still_derived_secondary_or_unverified_by_year() {
    let mut pr_aar: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    let mut uden_note = Vec::new();
    for p in PARAMETRE {
        for f in p.vaerdier {
            if !(ikke_officiel(f.status) || f.lav_sikkerhed) {
                continue;
            }
            let aar = chrono::Datelike::year(&f.gyldig_fra);
            let vaerdi = match (f.vaerdi, f.interval) {
                (Some(v), _) => v.to_string(),
                (None, Some((a, b))) => format!("{a}–{b}"),
                _ => "-".into(),
            };
            pr_aar.entry(aar).or_default().push(format!(
                "  {:<32} {:>10}  {}{}",
                p.navn,
                vaerdi,
                f.status.tekst(),
                if f.lav_sikkerhed {
                    ", svagt grundlag"
                } else {
                    ""
                }
            ));
            if f.note.is_none_or(|n| n.trim().is_empty()) {
                uden_note.push(format!("{aar} {}", p.navn));
            }
        }
    }
    println!("Satser, der ikke er officielle endnu (content/law/satser/):");
    for (aar, linjer) in &pr_aar {
        println!("{aar}:");
        for l in linjer {
            println!("{l}");
        }
    }
    println!("Regler og datoer, der ikke er officielle (content/law/regler.toml):");
    for (id, d) in datoer::ALLE {
        if ikke_officiel(d.status) {
            println!("  [datoer.{id}] {} — {}", d.dato, d.status.tekst());
        }
    }
    for (id, perioder) in vaerdier::ALLE {
        for v in *perioder {
            if ikke_officiel(v.status) {
                println!(
                    "  [vaerdier.{id}] {} {} — {}",
                    v.vaerdi,
                    v.enhed.tekst(),
                    v.status.tekst()
                );
            }
        }
    }
    // A figure that is not official must say in its note how it was obtained (formula or source quoted).
    assert!(
        uden_note.is_empty(),
        "non-official rates without a note: {uden_note:?}"
    );
    // The listing is complete: every id of the key dates and counted rules is there.
    assert_eq!(
        datoer::ALLE.len(),
        include_str!("../content/law/regler.toml")
            .matches("\n[datoer.")
            .count()
    );
}
