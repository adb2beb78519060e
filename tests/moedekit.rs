//! The meeting kit's statements (`content/law/moede.toml`): the build's validator (`bygger::moede`)
//! accepts the real file and refuses a statement without a source or a §, an unknown
//! purpose, and a purpose without its description or its own questions.
#![cfg(not(target_arch = "wasm32"))]

use bygger::moede;

use std::path::{Path, PathBuf};

fn tmp(navn: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::env::temp_dir().join(format!("rg-moede-{}-{n}-{navn}", std::process::id()))
}

fn proev(toml: &str) -> Result<String, Vec<String>> {
    let (ind, ud) = (tmp("ind.toml"), tmp("ud.rs"));
    std::fs::write(&ind, toml).unwrap();
    let r = moede::generate(&ind, &ud).map(|_| std::fs::read_to_string(&ud).unwrap());
    let _ = std::fs::remove_file(&ind);
    let _ = std::fs::remove_file(&ud);
    r
}

const GOD: &str = r#"checked = "2026-12-06"
[[formaal]]
kode = "slut"
navn = "Mit forløb slutter"

[[udsagn]]
id = "moedet_slut"
afsnit = "moedet"
formaal = ["slut"]
tekst = "Mødet handler om slutningen."
paragraf = "LAB kapitel 19"
status = "official"
sources = ["https://ast.dk/x"]

[[udsagn]]
id = "sp_slut"
afsnit = "spoergsmaal"
formaal = ["slut"]
tekst = "Hvad sker der bagefter?"
paragraf = "vores råd"
status = "derived"
sources = ["https://ast.dk/x"]
"#;

#[test]
fn the_real_file_passes_and_a_minimal_file_becomes_constants() {
    let fil = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/law/moede.toml");
    let ud = tmp("rigtig.rs");
    moede::generate(&fil, &ud).expect("content/law/moede.toml is valid");
    let kode = std::fs::read_to_string(&ud).unwrap();
    let _ = std::fs::remove_file(&ud);
    for id in [
        "RET_BISIDDER",
        "RET_AKTINDSIGT",
        "RET_PARTSHOERING",
        "BREV_KLAGEFRIST",
    ] {
        assert!(
            kode.contains(&format!("pub const {id}: Moedeudsagn")),
            "{id}"
        );
    }
    let k = proev(GOD).unwrap();
    assert!(k.contains("pub const SP_SLUT: Moedeudsagn") && k.contains("pub const FORMAAL"));
}

#[test]
fn a_statement_without_a_source_or_a_paragraph_is_refused() {
    let fejl =
        proev(&GOD.replacen(r#"sources = ["https://ast.dk/x"]"#, "sources = []", 1)).unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("ingen kilde")), "{fejl:?}");
    let fejl =
        proev(&GOD.replacen(r#"paragraf = "vores råd""#, r#"paragraf = " ""#, 1)).unwrap_err();
    assert!(
        fejl.iter().any(|f| f.contains("ingen paragraf")),
        "{fejl:?}"
    );
    let fejl = proev(&GOD.replacen("https://ast.dk/x", "ast.dk/x", 1)).unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("gyldig")), "{fejl:?}");
    let fejl = proev(&GOD.replacen("tekst =", "tekst_x =", 1)).unwrap_err();
    assert!(!fejl.is_empty());
}

#[test]
fn purposes_are_checked() {
    let fejl =
        proev(&GOD.replacen(r#"formaal = ["slut"]"#, r#"formaal = ["ukendt"]"#, 2)).unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("ukendt formål")), "{fejl:?}");
    assert!(
        fejl.iter().any(|f| f.contains("mødebeskrivelse")),
        "{fejl:?}"
    );
    assert!(
        fejl.iter().any(|f| f.contains("ingen spørgsmål")),
        "{fejl:?}"
    );
    let fejl = proev(&format!(
        "{GOD}\n[[formaal]]\nkode = \"slut\"\nnavn = \"Igen\"\n"
    ))
    .unwrap_err();
    assert!(fejl.iter().any(|f| f.contains("to gange")), "{fejl:?}");
}
