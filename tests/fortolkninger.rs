//! Every interpretation the rules can cite is documented in content/law/INTERPRETATIONS.md.
#![cfg(not(target_arch = "wasm32"))]

// A test of the rules crate (`regler`, src/rules/Cargo.toml). Temporary alias while the paths still say
// `ressourceguiden::rules::…` (there `rules` is `regler` itself); to be removed by rewriting them to `regler::…`.
extern crate regler as ressourceguiden;

use ressourceguiden::rules::fortolkninger::Fortolkning;

#[test]
fn every_interpretation_has_a_section_in_interpretations_md() {
    let md = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../content/law/INTERPRETATIONS.md"
    ))
    .unwrap();
    for f in Fortolkning::ALLE {
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
