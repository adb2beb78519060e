//! The legal references the rule code cites (`content/law/hjemmel.toml`): the build's generator
//! (`src/build/law.rs`, through `#[path]`) accepts the real file and refuses an entry without a §, a status or
//! a source, with a source that is not https, a malformed id or date, or an unknown field.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/build/law.rs"]
#[allow(dead_code)]
mod law;

use std::path::{Path, PathBuf};

/// A file name of its own for every call (the tests run in parallel).
fn tmp() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::env::temp_dir().join(format!("rg-hjemmel-{}-{n}.toml", std::process::id()))
}

fn proev(toml: &str) -> Result<String, Vec<String>> {
    let fil = tmp();
    std::fs::write(&fil, toml).unwrap();
    let r = law::hjemmel_kode(&fil);
    let _ = std::fs::remove_file(&fil);
    r
}

const GOD: &str = r#"[lab_113_x]
paragraf = "LAB § 113"
sources = ["https://www.retsinformation.dk/eli/lta/2025/1750"]
status = "official"
checked = "2026-12-06"
"#;

fn fejl(toml: &str, ord: &str) {
    let f = proev(toml).expect_err(toml);
    assert!(f.iter().any(|e| e.contains(ord)), "{ord}: {f:?}");
}

#[test]
fn the_real_file_passes_and_each_id_becomes_a_variant_with_its_entry() {
    let kode =
        law::hjemmel_kode(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content/law/hjemmel.toml"))
            .expect("content/law/hjemmel.toml is valid");
    for v in ["Ag8216", "Lab113Ag8216", "Rsl67Dispensation", "Fvl1725"] {
        assert!(kode.contains(&format!("    {v},")), "{v}");
        assert!(kode.contains(&format!("Hjemmel::{v} => &HJEMLER[")), "{v}");
    }
    let k = proev(GOD).unwrap();
    assert!(k.contains("Lab113X,"), "{k}");
    assert!(k.contains(r#"paragraf: "LAB § 113""#), "{k}");
}

#[test]
fn an_entry_without_a_paragraph_status_or_source_is_refused() {
    fejl(
        &GOD.replace(r#"paragraf = "LAB § 113""#, r#"paragraf = " ""#),
        "paragraf mangler",
    );
    fejl(&GOD.replace("paragraf = \"LAB § 113\"\n", ""), "paragraf");
    fejl(&GOD.replace("status = \"official\"\n", ""), "status");
    fejl(
        &GOD.replace(r#"status = "official""#, r#"status = "sikker""#),
        "status «sikker»",
    );
    fejl(
        &GOD.replace(
            r#"sources = ["https://www.retsinformation.dk/eli/lta/2025/1750"]"#,
            "sources = []",
        ),
        "ingen kilde",
    );
}

#[test]
fn a_source_that_is_not_https_is_refused() {
    fejl(&GOD.replace("https://www.", "http://www."), "https-adresse");
    fejl(
        &GOD.replace("https://www.retsinformation.dk", "retsinformation.dk"),
        "https",
    );
}

#[test]
fn a_malformed_id_date_or_an_unknown_field_is_refused() {
    fejl(&GOD.replace("[lab_113_x]", "[Lab-113]"), "ugyldigt id");
    fejl(&GOD.replace("[lab_113_x]", "[113_lab]"), "ugyldigt id");
    fejl(&GOD.replace("2026-12-06", "6.12.2026"), "er ikke en dato");
    fejl(&format!("{GOD}kilde = \"x\"\n"), "kilde");
    // Two ids that would give the same variant name.
    fejl(
        &format!("{GOD}{}", GOD.replace("[lab_113_x]", "[lab113_x]")),
        "samme navn",
    );
}
