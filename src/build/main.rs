//! Build script of Ressourceguiden.
//!
//! * `law`: reads the dated law data in `content/law/` (TOML), validates it (every value has a status and a
//!   source, periods neither overlap nor leave a gap) and generates Rust tables, so the shipped wasm carries
//!   no TOML parser and a bad data file fails the build with a clear message.
//! * `rettigheder`: reads the rights guide in `content/rettigheder/` (markdown with TOML front matter), checks
//!   it (front matter, sources, links, anchors) and renders it to HTML in a Rust page table, so the wasm
//!   carries no markdown parser and a broken page fails the build.
//! * `slutplan`: the statements of the plan page «Når dit forløb slutter» (`content/law/slutplan.toml`), each
//!   refused without a § and a source.

mod law;
mod slutplan;
// Shared with the rg-statisk tool and the tests, which use other parts of it.
#[allow(dead_code)]
mod rettigheder;

fn main() {
    let root = std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // RG_LOVDATA_EKSTRA: a directory of extra year files (tests only; content/law/README.md).
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
    match rettigheder::indlaes(&root.join("content/rettigheder")) {
        Ok(sider) => {
            if let Err(e) =
                std::fs::write(out.join("rettigheder.rs"), rettigheder::rust_kode(&sider))
            {
                eprintln!("\nKunne ikke skrive rettigheder.rs: {e}\n");
                std::process::exit(1);
            }
        }
        Err(errors) => {
            eprintln!(
                "\nRettighedsguiden i content/rettigheder/ har fejl:\n  - {}\n",
                errors.join("\n  - ")
            );
            std::process::exit(1);
        }
    }
    println!("cargo::rerun-if-changed=content/law");
    println!("cargo::rerun-if-env-changed=RG_LOVDATA_EKSTRA");
    if let Some(e) = &ekstra {
        println!("cargo::rerun-if-changed={}", e.display());
    }
    println!("cargo::rerun-if-changed=content/rettigheder");
    println!("cargo::rerun-if-changed=src/build");
}
