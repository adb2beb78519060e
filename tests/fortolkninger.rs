//! Every interpretation the rules can cite is documented in content/law/INTERPRETATIONS.md, and every one is
//! attached somewhere in the code.
#![cfg(not(target_arch = "wasm32"))]

// A test of the rules crate (`regler`, src/rules/Cargo.toml).
use regler::fortolkninger::Fortolkning;
use std::path::Path;

#[test]
fn every_interpretation_has_a_section_in_interpretations_md() {
    let md = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../content/law/INTERPRETATIONS.md"
    ))
    .unwrap();
    for (n, f) in Fortolkning::ALLE.iter().enumerate() {
        // The ids are F1, F2, … in order, so none is given twice.
        assert_eq!(f.id(), format!("F{}", n + 1), "{f:?}");
        let heading = format!("## {} — ", f.id());
        assert!(
            md.contains(&heading),
            "INTERPRETATIONS.md has no section «{heading}…»"
        );
        assert!(!f.tekst().is_empty());
    }
    // …and no section without an interpretation in the code.
    let sections = md.lines().filter(|l| l.starts_with("## F")).count();
    assert_eq!(sections, Fortolkning::ALLE.len());
}

/// Interpretations the rules do not attach yet, each with who attaches it. The test below fails when one of
/// these *is* attached, so the list only shrinks.
/// (Empty: every interpretation is attached; a new one that is not must be listed here with a reason.)
const ENDNU_IKKE_TILKNYTTET: &[(Fortolkning, &str)] = &[];

fn rust_filer(dir: &Path, ud: &mut Vec<(String, String)>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_filer(&p, ud);
        } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("rules/fortolkninger.rs")
        {
            ud.push((
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            ));
        }
    }
}

#[test]
fn every_interpretation_is_attached_somewhere_in_the_code() {
    let mut filer = Vec::new();
    rust_filer(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src"),
        &mut filer,
    );
    assert!(filer.len() > 10, "found the sources");
    for f in Fortolkning::ALLE {
        let navn = format!("Fortolkning::{f:?}");
        let brugt = filer.iter().any(|(_, kode)| {
            kode.match_indices(&navn).any(|(i, _)| {
                // `Fortolkning::Slutdato` must not count as a use of a longer name starting with it.
                !kode[i + navn.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
        });
        let venter = ENDNU_IKKE_TILKNYTTET.iter().find(|(v, _)| *v == f);
        match (brugt, venter) {
            (true, None) | (false, Some(_)) => {}
            (false, None) => panic!(
                "{} ({f:?}) is declared but no rule attaches it: attach it where it applies, or remove it from src/rules/fortolkninger.rs and INTERPRETATIONS.md",
                f.id()
            ),
            (true, Some((_, hvem))) => panic!(
                "{} ({f:?}) is attached now: remove it from ENDNU_IKKE_TILKNYTTET (was left to {hvem})",
                f.id()
            ),
        }
    }
}
