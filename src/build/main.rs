//! Build script of Ressourceguiden.
//!
//! * `law`: reads the dated law data in `content/law/` (TOML), validates it (every value has a status and a
//!   source, periods neither overlap nor leave a gap) and generates Rust tables, so the shipped wasm carries
//!   no TOML parser and a bad data file fails the build with a clear message.

mod law;

fn main() {
    let root = std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(errors) = law::generate(&root.join("content/law"), &out.join("lovdata.rs")) {
        eprintln!(
            "\nLovdata i content/law/ er ugyldige:\n  - {}\n",
            errors.join("\n  - ")
        );
        std::process::exit(1);
    }
    println!("cargo::rerun-if-changed=content/law");
    println!("cargo::rerun-if-changed=src/build");
}
