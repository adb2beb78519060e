//! `rg-statisk`: writes the rights guide as static HTML pages, readable without JavaScript or WebAssembly —
//! `rettigheder/<slug>.html` for every page and `rettigheder/index.html` — next to Trunk's `index.html`.
//!
//! Trunk runs it after every build (`[[hooks]]` with `stage = "post_build"` in Trunk.toml, for both
//! `trunk build` and `trunk serve`), with `TRUNK_STAGING_DIR` set to the folder that becomes `dist/`. The
//! pages link the same stylesheet as the app (Trunk's hashed `*.css` in that folder) by a relative URL, so
//! `dist/` keeps working from any sub-path. The pages are rendered by the same code as the app's page table
//! (`bygger::rettigheder`), so the two always have the same text and headings.
//!
//! It also writes what the wasm app fetches at run time: `rettigheder/app/<slug>.html` (the article as the
//! app shows it) and `rettigheder/app/soeg.txt` (the full-text search index), and «Satser og kilder» from the
//! law data: `rettigheder/satser.html` (static) and `rettigheder/app/satser.html` (fetched by `#/satser`).
//!
//! It also writes the front page, the app's frame and a skeleton of each calculator's page into Trunk's
//! `index.html` (`ressourceguiden::indhold::forside`), so the front page is readable before any WebAssembly.
//!
//! Run by hand: `cargo run --features statisk --bin rg-statisk -- <folder with Trunk's output>`.

use bygger::rettigheder;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match koer() {
        Ok(n) => {
            println!("rg-statisk: {n} statiske sider skrevet i rettigheder/");
            ExitCode::SUCCESS
        }
        Err(fejl) => {
            eprintln!("rg-statisk: {fejl}");
            ExitCode::FAILURE
        }
    }
}

fn koer() -> Result<usize, String> {
    let ud = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
        .ok_or(
            "angiv mappen med Trunks output (eller kør fra Trunk, der sætter TRUNK_STAGING_DIR)",
        )?;
    let rod = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sider = rettigheder::indlaes(&rod.join("content/rettigheder"))
        .map_err(|fejl| format!("rettighedsguiden har fejl:\n  - {}", fejl.join("\n  - ")))?;
    let css = stylesheet(&ud)?;
    // The front page, the app's frame and the calculators' skeletons into Trunk's index.html: readable before the
    // app has loaded (ressourceguiden::indhold::forside).
    let index = ud.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let html = ressourceguiden::indhold::forside::indsaet(&html)?;
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))?;
    let version = env!("CARGO_PKG_VERSION");
    let mappe = ud.join("rettigheder");
    std::fs::create_dir_all(&mappe).map_err(|e| format!("{}: {e}", mappe.display()))?;
    let skriv = |navn: String, html: String| {
        let sti = mappe.join(navn);
        std::fs::write(&sti, html).map_err(|e| format!("{}: {e}", sti.display()))
    };
    for side in &sider {
        skriv(
            format!("{}.html", side.slug),
            rettigheder::statisk_side(side, &sider, &css, version),
        )?;
    }
    skriv(
        "index.html".into(),
        rettigheder::statisk_indeks(&sider, &css, version),
    )?;
    // What the wasm app fetches: each page's article fragment and the full-text search index.
    let app = mappe.join("app");
    std::fs::create_dir_all(&app).map_err(|e| format!("{}: {e}", app.display()))?;
    for side in &sider {
        let sti = app.join(format!("{}.html", side.slug));
        std::fs::write(&sti, rettigheder::app_fragment(side, &sider))
            .map_err(|e| format!("{}: {e}", sti.display()))?;
    }
    // «Satser og kilder», generated from the law data: a static page and the fragment `#/satser` fetches.
    skriv(
        "satser.html".into(),
        rettigheder::dokument(
            &rettigheder::dokument_titel(ressourceguiden::indhold::satser::TITEL),
            "Alle satser og datoer, Ressourceguiden regner med, år for år, med paragraf, status og kilder.",
            &css,
            version,
            &ressourceguiden::indhold::satser::html(true),
        ),
    )?;
    let sti = app.join("satser.html");
    std::fs::write(&sti, ressourceguiden::indhold::satser::html(false))
        .map_err(|e| format!("{}: {e}", sti.display()))?;
    let sti = app.join("soeg.txt");
    std::fs::write(&sti, rettigheder::soege_indeks(&sider))
        .map_err(|e| format!("{}: {e}", sti.display()))?;
    Ok(sider.len() + 1)
}

/// The file name of the one stylesheet Trunk wrote into `ud` (e.g. `main-4ab7cb65d82068a2.css`).
fn stylesheet(ud: &Path) -> Result<String, String> {
    let mut css: Vec<String> = std::fs::read_dir(ud)
        .map_err(|e| format!("{}: {e}", ud.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".css"))
        .collect();
    css.sort();
    match css.as_slice() {
        [en] => Ok(en.clone()),
        [] => Err(format!(
            "ingen .css-fil i {} (er det Trunks output?)",
            ud.display()
        )),
        flere => Err(format!(
            "flere .css-filer i {}: {flere:?}; ved ikke, hvilken siderne skal bruge",
            ud.display()
        )),
    }
}
