//! Build script of the rules crate (`regler`): the dated law data in `content/law/` becomes the Rust tables
//! that `lovdata.rs` and `lab/forloebsslut.rs` include.
//!
//! Both generators are modules of the content-pipeline crate `bygger` (`src/build/`).
//!
//! * `law`: reads `content/law/` (TOML), validates it (every value has a status and a source, periods neither
//!   overlap nor leave a gap) and writes `$OUT_DIR/lovdata.rs`, so the shipped wasm carries no TOML parser and a
//!   bad data file fails the build with a clear message.
//! * `slutplan`: the statements of the plan page «Når dit forløb slutter» (`content/law/slutplan.toml`), each
//!   refused without a § and a source, as `$OUT_DIR/slutplan.rs`; the same for the statements of «Tjek dine
//!   udbetalinger» (`content/law/udbetalinger.toml` → `$OUT_DIR/udbetalinger.rs`).
//! * `beregnere`: from the calculator registry `content/beregnere.toml`, the `pub mod` lines of each
//!   calculator's rule and text modules (`regel`, `tekst`), written into the marked region of their folder's
//!   `mod.rs` (in the source, not in `OUT_DIR`: `cargo mutants` and `cargo fmt` find files by following `mod`
//!   lines in the source; written only when they change), and the golden runner's dispatch `med_gylden!`
//!   (`golden = true` and `regel`): `$OUT_DIR/gylden.rs`, included by `gylden.rs`.

use bygger::{beregnere, law, slutplan};
use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // The repository root: this crate's manifest is src/rules/Cargo.toml.
    let root = manifest.join("../..");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // RG_LOVDATA_EKSTRA: a directory of extra year files, relative to the repository root (tests only;
    // content/law/README.md).
    let ekstra = std::env::var("RG_LOVDATA_EKSTRA")
        .ok()
        .filter(|s| !s.is_empty())
        .map(|s| root.join(s));
    if let Err(errors) = law::generate_med(
        &root.join("content/law"),
        ekstra.as_deref(),
        &out.join("lovdata.rs"),
    ) {
        eprintln!(
            "\nLovdata i content/law/ er ugyldige:\n  - {}\n",
            errors.join("\n  - ")
        );
        std::process::exit(1);
    }
    if let Err(errors) = slutplan::generate(
        &root.join("content/law/slutplan.toml"),
        &out.join("slutplan.rs"),
    ) {
        eprintln!(
            "\nPlanen i content/law/slutplan.toml er ugyldig (hvert udsagn skal have tekst, § og kilde):\n  - {}\n",
            errors.join("\n  - ")
        );
        std::process::exit(1);
    }
    // «Tjek dine udbetalinger»: its sourced statements, validated like the plan's (content/law/udbetalinger.toml).
    if let Err(errors) = slutplan::generate(
        &root.join("content/law/udbetalinger.toml"),
        &out.join("udbetalinger.rs"),
    ) {
        eprintln!(
            "\nUdsagnene i content/law/udbetalinger.toml er ugyldige (hvert udsagn skal have tekst, § og kilde):\n  - {}\n",
            errors.join("\n  - ")
        );
        std::process::exit(1);
    }
    match beregnere::laes_regler(beregnere::REGISTER_TOML)
        .and_then(|r| Ok((beregnere::skriv_regel_moduler(&r, &manifest)?, r)))
    {
        Ok((modfiler, r)) => {
            if let Err(e) = std::fs::write(out.join("gylden.rs"), beregnere::gylden_kode(&r)) {
                eprintln!("\nKunne ikke skrive gylden.rs: {e}\n");
                std::process::exit(1);
            }
            for f in modfiler {
                println!("cargo::rerun-if-changed={}", f.display());
            }
        }
        Err(errors) => {
            eprintln!(
                "\nBeregnerregistret content/beregnere.toml er ugyldigt (regel, tekst):\n  - {}\n",
                errors.join("\n  - ")
            );
            std::process::exit(1);
        }
    }
    println!("cargo::rerun-if-changed=../../content/beregnere.toml");
    println!("cargo::rerun-if-changed=../../content/law");
    println!("cargo::rerun-if-env-changed=RG_LOVDATA_EKSTRA");
    if let Some(e) = &ekstra {
        println!("cargo::rerun-if-changed={}", e.display());
    }
    println!("cargo::rerun-if-changed=build.rs");
}
