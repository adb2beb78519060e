//! The plan page's statements (`content/law/slutplan.toml`): the build's validator (`bygger::slutplan`,
//! `src/build/slutplan.rs`; a test of the `bygger` package) accepts the real file and refuses a statement without a source, a §, a valid URL, the
//! parts a next step needs, or with an unknown field.
#![cfg(not(target_arch = "wasm32"))]

use bygger::slutplan;
use std::path::{Path, PathBuf};

/// A file name of its own for every call (the tests run in parallel).
fn tmp(navn: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::env::temp_dir().join(format!("rg-slutplan-{}-{n}-{navn}", std::process::id()))
}

fn proev(toml: &str) -> Result<String, Vec<String>> {
    let (ind, ud) = (tmp("ind.toml"), tmp("ud.rs"));
    std::fs::write(&ind, toml).unwrap();
    let r = slutplan::generate(&ind, &ud).map(|_| std::fs::read_to_string(&ud).unwrap());
    let _ = std::fs::remove_file(&ind);
    let _ = std::fs::remove_file(&ud);
    r
}

const GOD: &str = r#"checked = "2026-12-05"
[[udsagn]]
id = "pligt_x"
afsnit = "pligt"
tekst = "Kommunen skal beslutte."
paragraf = "LAB kapitel 19"
status = "official"
sources = ["https://ast.dk/x"]
"#;

#[test]
fn the_real_file_passes_and_every_statement_becomes_a_constant() {
    let fil = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/law/slutplan.toml");
    let ud = tmp("rigtig.rs");
    slutplan::generate(&fil, &ud).expect("content/law/slutplan.toml is valid");
    let kode = std::fs::read_to_string(&ud).unwrap();
    let _ = std::fs::remove_file(&ud);
    for id in [
        "PLIGT_82_16",
        "MULIGHED_FLEKSJOB",
        "AABEN_82_16",
        "SKRIDT_FORNYELSE",
    ] {
        assert!(kode.contains(&format!("pub const {id}: Udsagn")), "{id}");
    }
    assert!(proev(GOD).unwrap().contains("pub const PLIGT_X: Udsagn"));
}

#[test]
fn a_statement_without_a_source_or_a_paragraph_is_refused() {
    let fejl =
        proev(&GOD.replace(r#"sources = ["https://ast.dk/x"]"#, "sources = []")).unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("ingen kilde")), "{fejl:?}");
    let fejl =
        proev(&GOD.replace(r#"paragraf = "LAB kapitel 19""#, r#"paragraf = " ""#)).unwrap_err();
    assert!(
        fejl.iter().any(|f| f.contains("ingen paragraf")),
        "{fejl:?}"
    );
    let fejl = proev(&GOD.replace("https://ast.dk/x", "ast.dk/x")).unwrap_err();
    assert!(
        fejl.iter().any(|f| f.contains("gyldig http(s)-adresse")),
        "{fejl:?}"
    );
    let fejl = proev(&GOD.replace(r#"status = "official""#, r#"status = "sikker""#)).unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("ukendt status")), "{fejl:?}");
    assert!(
        proev(&GOD.replace("sources", "kilder")).is_err(),
        "unknown field"
    );
}

#[test]
fn a_next_step_needs_who_what_and_money_and_an_open_question_needs_meanwhile() {
    let fejl = proev(&GOD.replace(r#"afsnit = "pligt""#, r#"afsnit = "mulighed""#)).unwrap_err();
    assert!(
        fejl.iter().any(|f| f.contains("hvem, du_kan og penge")),
        "{fejl:?}"
    );
    let fejl = proev(&GOD.replace(r#"afsnit = "pligt""#, r#"afsnit = "aaben""#)).unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("imens")), "{fejl:?}");
    let fejl = proev(&format!(
        "{GOD}{}",
        GOD.replace(r#"checked = "2026-12-05""#, "")
    ))
    .unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("to gange")), "{fejl:?}");
}
