//! Build script of Ressourceguiden (the app). The law tables are made by the rules crate's own build script
//! (`src/rules/build.rs`). All the generators are modules of the content-pipeline crate `bygger`
//! (`Cargo.toml` and `lib.rs` in this folder); this file is the app's build script, not part of that crate.
//!
//! * `beregnere`: the calculator registry `content/beregnere.toml` → `enum Beregner` and the menu
//!   (`src/ui/register.rs` includes it); a `{{dato:<id>}}` in a description must name a key date of
//!   `content/law/regler.toml`. And each calculator's module `src/ui/sider/<navn>.rs` (refused when the file is
//!   missing; its `pub mod` line is written into the marked region of `src/ui/sider/mod.rs`), the page dispatch
//!   and `med_skema!` (`src/ui/sider/mod.rs` includes them).
//! * `moede`: the statements of the meeting kit «Møde med kommunen» (`content/law/moede.toml`), each refused
//!   without a § and a source (`src/indhold/moede.rs` includes them).
//! * `rettigheder`: reads the rights guide in `content/rettigheder/` (markdown with TOML front matter), checks
//!   it (front matter, sources, links, anchors) and renders it to HTML in a Rust page table, so the wasm
//!   carries no markdown parser and a broken page fails the build.

use bygger::{beregnere, moede, rettigheder};

fn main() {
    let root = std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let regler = std::fs::read_to_string(root.join("content/law/regler.toml"))
        .ok()
        .and_then(|t| t.parse::<toml::Table>().ok())
        .unwrap_or_default();
    let ids = |tabel: &str| -> std::collections::BTreeSet<String> {
        regler
            .get(tabel)
            .and_then(|d| d.as_table())
            .map(|d| d.keys().cloned().collect())
            .unwrap_or_default()
    };
    match beregnere::laes(beregnere::REGISTER_TOML, &ids("datoer"), &ids("vaerdier")) {
        Ok(r) => {
            if let Err(e) = std::fs::write(out.join("beregnere.rs"), beregnere::rust_kode(&r)) {
                eprintln!("\nKunne ikke skrive beregnere.rs: {e}\n");
                std::process::exit(1);
            }
            // Each calculator's module src/ui/sider/<navn>.rs (its `pub mod` line in the marked region of
            // src/ui/sider/mod.rs), its page dispatch and `med_skema!`.
            if let Err(errors) = beregnere::skriv_side_moduler(&r, &root.join("src/ui/sider")) {
                eprintln!(
                    "\nBeregnerregistret content/beregnere.toml nævner en beregner uden sin fil:\n  - {}\n",
                    errors.join("\n  - ")
                );
                std::process::exit(1);
            }
            // `RG_KUN=<navn>`: a build of the app that holds one calculator's page and hands every other route
            // to the whole app (README «Én beregner ad gangen»; the Trunk hook builds one per calculator).
            // `RG_KUN=sider`: the app's other pages (front page, rights guide, Om …) without any calculator.
            if r.beregner.iter().any(|b| b.navn == beregnere::SIDER) {
                eprintln!(
                    "\nEn beregner må ikke hedde «{}»: navnet bruges af appen uden beregnere.\n",
                    beregnere::SIDER
                );
                std::process::exit(1);
            }
            let kun = std::env::var("RG_KUN").ok().filter(|k| !k.is_empty());
            if let Some(k) = &kun {
                if k == beregnere::SIDER {
                    println!("cargo::rustc-cfg=rg_sider");
                } else if !r.beregner.iter().any(|b| &b.navn == k) {
                    eprintln!("\nRG_KUN={k} nævner ingen beregner i content/beregnere.toml.\n");
                    std::process::exit(1);
                }
                println!("cargo::rustc-cfg=rg_kun");
            }
            if let Err(e) = std::fs::write(
                out.join("beregnersider.rs"),
                beregnere::sider_kode(&r, kun.as_deref()),
            ) {
                eprintln!("\nKunne ikke skrive beregnersider.rs: {e}\n");
                std::process::exit(1);
            }
        }
        Err(errors) => {
            eprintln!(
                "\nBeregnerregistret content/beregnere.toml er ugyldigt:\n  - {}\n",
                errors.join("\n  - ")
            );
            std::process::exit(1);
        }
    }
    if let Err(errors) =
        moede::generate(&root.join("content/law/moede.toml"), &out.join("moede.rs"))
    {
        eprintln!(
            "\nMødekittet i content/law/moede.toml er ugyldigt (hvert udsagn skal have tekst, § og kilde):\n  - {}\n",
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
    println!("cargo::rerun-if-changed=content/rettigheder");
    println!("cargo::rerun-if-changed=content/beregnere.toml");
    println!("cargo::rerun-if-changed=src/ui/sider/mod.rs");
    println!("cargo::rerun-if-changed=content/law/moede.toml");
    println!("cargo::rerun-if-changed=content/law/regler.toml");
    println!("cargo::rerun-if-changed=src/build/main.rs");
    println!("cargo::rerun-if-env-changed=RG_KUN");
    println!("cargo::rustc-check-cfg=cfg(rg_kun)");
    println!("cargo::rustc-check-cfg=cfg(rg_sider)");
}
