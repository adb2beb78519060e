//! First-load size budget: index.html + every top-level .js/.wasm/.css in
//! dist/, brotli-compressed (quality 11), must fit the budget stated in the
//! README line `Størrelsesbudget (første indlæsning, brotli): <N> KB`
//! (1 KB = 1000 bytes).
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::Path;

use e2e::env::{dist_dir, report, workspace_root};
use e2e::{bail, ensure, Context, E2eResult};

const BUDGET_LABEL: &str = "Størrelsesbudget (første indlæsning, brotli):";
/// The budget for what a page needs before it can be read (the front page, every rights page).
const READABLE_LABEL: &str = "Størrelsesbudget (læsbar side, brotli):";

/// The budget in KB from the README line, e.g. `… brotli): 150 KB` → 150.0.
fn parse_budget(readme: &str) -> Result<f64, String> {
    parse_budget_line(readme, BUDGET_LABEL)
}

fn parse_budget_line(readme: &str, label: &str) -> Result<f64, String> {
    let Some(line) = readme.lines().find(|l| l.contains(label)) else {
        return Err(format!("no line containing {label:?}"));
    };
    let rest = line[line.find(label).unwrap_or(0) + label.len()..]
        .trim()
        .trim_matches(|c| c == '*' || c == '`')
        .trim();
    let Some(number) = rest
        .strip_suffix("KB")
        .or_else(|| rest.split_once("KB").map(|(n, _)| n))
    else {
        return Err(format!("{line:?}: expected `<number> KB` after the label"));
    };
    let number = number.trim().trim_matches(|c| c == '*' || c == '`').trim();
    match number.replace(',', ".").parse::<f64>() {
        Ok(n) if n > 0.0 => Ok(n),
        _ => Err(format!("{line:?}: {number:?} is not a positive number")),
    }
}

fn brotli_len(data: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("brotli in memory");
    out.len()
}

fn gzip_len(data: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).expect("gzip in memory");
    enc.finish().expect("gzip in memory").len()
}

fn first_load_files(dist: &Path) -> E2eResult<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dist).context(format!("reading {}", dist.display()))? {
        let path = entry?.path();
        if !path.is_file() {
            continue;
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if name == "index.html" || matches!(ext, "js" | "wasm" | "css") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[test]
fn first_load_fits_the_brotli_budget_in_the_readme() -> E2eResult<()> {
    let readme_path = workspace_root().join("README.md");
    let readme = std::fs::read_to_string(&readme_path)
        .context(format!("reading {}", readme_path.display()))?;
    let budget_kb = match parse_budget(&readme) {
        Ok(b) => b,
        Err(e) => bail!(
            "{}: the size budget is missing or malformed ({e}).\n\
             Expected a line like: {BUDGET_LABEL} 150 KB",
            readme_path.display()
        ),
    };

    let dist = dist_dir()?;
    let files = first_load_files(&dist)?;
    ensure!(
        files
            .iter()
            .any(|f| f.extension().is_some_and(|e| e == "wasm"))
            && files
                .iter()
                .any(|f| f.extension().is_some_and(|e| e == "js")),
        "{} has no top-level .wasm and .js; is it a trunk build? files: {files:?}",
        dist.display()
    );

    report(format!("size budget: first load of {}", dist.display()));
    report(format!(
        "  {:<44} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip -9", "brotli 11"
    ));
    let (mut raw_total, mut gz_total, mut br_total) = (0usize, 0usize, 0usize);
    for f in &files {
        let data = std::fs::read(f)?;
        let (raw, gz, br) = (data.len(), gzip_len(&data), brotli_len(&data));
        raw_total += raw;
        gz_total += gz;
        br_total += br;
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        report(format!("  {name:<44} {raw:>10} {gz:>10} {br:>10}"));
    }
    report(format!(
        "  {:<44} {raw_total:>10} {gz_total:>10} {br_total:>10}",
        "total (bytes)"
    ));
    let budget_bytes = (budget_kb * 1000.0).round() as usize;
    report(format!(
        "  brotli total {:.1} KB of budget {budget_kb} KB (1 KB = 1000 bytes): {}",
        br_total as f64 / 1000.0,
        if br_total <= budget_bytes {
            "OK"
        } else {
            "OVER"
        }
    ));
    ensure!(
        br_total <= budget_bytes,
        "first load is {br_total} bytes brotli ({:.1} KB), over the README budget of {budget_kb} KB \
         by {} bytes",
        br_total as f64 / 1000.0,
        br_total - budget_bytes
    );
    Ok(())
}

/// The ceiling for a calculator's own route: what its small app needs before it can be used. It holds a calculator
/// that has no line of its own in the README's table of routes (a new one).
const ONE_CALCULATOR_LABEL: &str = "Størrelsesbudget (første indlæsning af én beregner, brotli):";
/// The heading of the README's table of per-route budgets, just above the table.
const PER_ROUTE_LABEL: &str = "Størrelsesbudget pr. adresse (første indlæsning, brotli):";

/// The README's table of per-route budgets: the rows after [`PER_ROUTE_LABEL`], each `| `#/<navn>` … | <N> KB |`
/// (a calculator's route) or `| `sider` … | <N> KB |` (the app's other pages), until the first line that is not a
/// table row. Returns (small app's name, KB).
fn parse_route_budgets(readme: &str) -> Result<Vec<(String, f64)>, String> {
    let mut lines = readme.lines().skip_while(|l| !l.contains(PER_ROUTE_LABEL));
    if lines.next().is_none() {
        return Err(format!("no line containing {PER_ROUTE_LABEL:?}"));
    }
    let mut rows = Vec::new();
    for l in lines.skip_while(|l| l.trim().is_empty()) {
        let l = l.trim();
        if !l.starts_with('|') {
            break;
        }
        let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
        // The header and its rule («| adresse | budget |», «|---|---|»).
        let Some(navn) = cells[0].split('`').nth(1) else {
            continue;
        };
        let navn = navn.trim_start_matches("#/").to_string();
        let Some(kb) = cells.get(1).and_then(|c| c.strip_suffix("KB")) else {
            return Err(format!(
                "{l:?}: expected `<number> KB` in the second column"
            ));
        };
        match kb.trim().replace(',', ".").parse::<f64>() {
            Ok(n) if n > 0.0 => rows.push((navn, n)),
            _ => return Err(format!("{l:?}: {kb:?} is not a positive number")),
        }
    }
    if rows.is_empty() {
        return Err(format!("no table rows after {PER_ROUTE_LABEL:?}"));
    }
    Ok(rows)
}

#[test]
fn the_per_route_table_is_read_row_by_row() {
    let readme = "x\nStørrelsesbudget pr. adresse (første indlæsning, brotli):\n\n| adresse | budget |\n|---|---|\n\
                  | `#/ydelse` | 237 KB |\n| appens andre sider (`sider`: `#/om`) | 158,5 KB |\n\nefter\n| `#/ferie` | 1 KB |\n";
    assert_eq!(
        parse_route_budgets(readme),
        Ok(vec![("ydelse".into(), 237.0), ("sider".into(), 158.5)])
    );
    assert!(parse_route_budgets("| `#/ydelse` | 237 KB |").is_err());
    assert!(parse_route_budgets(
        "Størrelsesbudget pr. adresse (første indlæsning, brotli):\n| `#/ydelse` | mange |"
    )
    .is_err());
}

/// The small app `navn` in dist/kun/ (`<navn>-<hash16>.js` and `_bg.wasm`), each named by the loader.
fn small_app(dist: &Path, loader_text: &str, navn: &str) -> E2eResult<Vec<std::path::PathBuf>> {
    let mut app = Vec::new();
    for entry in std::fs::read_dir(dist.join("kun"))? {
        let p = entry?.path();
        let file = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        let stem = file.trim_end_matches("_bg.wasm").trim_end_matches(".js");
        if stem
            .rsplit_once('-')
            .is_some_and(|(n, h)| n == navn && h.len() == 16)
        {
            ensure!(
                loader_text.contains(&format!("\"./kun/{file}\"")),
                "the loader does not name kun/{file}"
            );
            app.push(p);
        }
    }
    ensure!(
        app.len() == 2,
        "{navn}: expected kun/{navn}-<hash>.js and _bg.wasm, found {app:?}"
    );
    Ok(app)
}

/// Each calculator's route (`#/<navn>`) starts its small app (src/web/delbyg.mjs, src/ui/overdrag.rs), and every
/// other page of the app the app without calculators (`sider`): the loader names it, and the page with its
/// stylesheet and scripts plus that app's JavaScript and .wasm fit the route's own line in the README's table —
/// set just above what each route needs now, so no route grows unnoticed — or, for a calculator without a line
/// (a new one), the ceiling for one calculator. Never the whole app's .wasm.
#[test]
fn each_route_loads_its_small_app_within_its_budget() -> E2eResult<()> {
    let readme = std::fs::read_to_string(workspace_root().join("README.md"))?;
    let ceiling_kb = match parse_budget_line(&readme, ONE_CALCULATOR_LABEL) {
        Ok(b) => b,
        Err(e) => bail!("README.md: {e}. Expected a line like: {ONE_CALCULATOR_LABEL} 200 KB"),
    };
    let table = match parse_route_budgets(&readme) {
        Ok(t) => t,
        Err(e) => bail!(
            "README.md: {e}. Expected {PER_ROUTE_LABEL:?} followed by a table with rows like «| `#/ydelse` | 237 KB |»"
        ),
    };
    let dist = dist_dir()?;
    let page = page_and_its_files(&dist)?;
    let loader = page
        .iter()
        .find(|f| {
            f.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("start-"))
        })
        .context("index.html has no start-*.js loader")?;
    let loader_text = std::fs::read_to_string(loader)?;
    let registry = std::fs::read_to_string(workspace_root().join("content/beregnere.toml"))?;
    let mut names: Vec<&str> = registry
        .lines()
        .filter_map(|l| l.strip_prefix("navn = \""))
        .filter_map(|l| l.split('"').next())
        .collect();
    ensure!(
        names.len() >= 7,
        "too few calculators in the registry: {names:?}"
    );
    names.push("sider");
    for (navn, _) in &table {
        ensure!(
            names.contains(&navn.as_str()),
            "README.md's table of per-route budgets names «{navn}», which is neither a calculator of \
             content/beregnere.toml nor «sider»"
        );
    }
    let base = brotli_total(&page)?;
    report(format!(
        "first load of each route (brotli 11; the page, its css and scripts: {base} bytes; ceiling for a calculator \
         without its own line {ceiling_kb} KB):"
    ));
    let mut over = Vec::new();
    for navn in &names {
        let budget_kb = match table.iter().find(|(n, _)| n == navn) {
            Some((_, kb)) => *kb,
            None if *navn == "sider" => bail!(
                "README.md's table of per-route budgets has no row for the app's other pages («| appens andre \
                 sider (`sider`: …) | <N> KB |»)"
            ),
            None => ceiling_kb,
        };
        let br = base + brotli_total(&small_app(&dist, &loader_text, navn)?)?;
        let route = if *navn == "sider" {
            "sider (#/om, #/rettigheder/…)".to_string()
        } else {
            format!("#/{navn}")
        };
        report(format!(
            "  {route:<40} {:>6.1} KB of {budget_kb} KB",
            br as f64 / 1000.0
        ));
        if br > (budget_kb * 1000.0).round() as usize {
            over.push(format!(
                "{route} needs {br} bytes brotli before it can be used, over its README budget of {budget_kb} KB"
            ));
        }
    }
    ensure!(over.is_empty(), "{}", over.join("\n"));
    Ok(())
}

/// What index.html loads itself: the page, its stylesheets and its scripts (not the app, which the loader
/// chooses by route).
fn page_and_its_files(dist: &Path) -> E2eResult<Vec<std::path::PathBuf>> {
    linked_files(&dist.join("index.html"), |_| true)
}

/// A page and the files its `<link rel="stylesheet">` and `<script src>` tags name, the scripts only where
/// `script` says yes (given the tag); every one must be in the build.
fn linked_files(page: &Path, script: impl Fn(&str) -> bool) -> E2eResult<Vec<std::path::PathBuf>> {
    let html = std::fs::read_to_string(page).context(format!("reading {}", page.display()))?;
    let dir = page.parent().unwrap_or(Path::new("."));
    let mut files = vec![page.to_path_buf()];
    for (i, _) in html.match_indices('<') {
        let tag = &html[i..i + html[i..].find('>').unwrap_or(0)];
        let href = if tag.starts_with("<link") && attr(tag, "rel") == Some("stylesheet") {
            attr(tag, "href")
        } else if tag.starts_with("<script") && script(tag) {
            attr(tag, "src")
        } else {
            None
        };
        if let Some(h) = href {
            let f = dir.join(h.trim_start_matches("./"));
            ensure!(
                f.is_file(),
                "{} links {h}, which is not in the build",
                page.display()
            );
            files.push(f);
        }
    }
    Ok(files)
}

/// The value of attribute `name` in one tag, if any.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let i = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = &tag[i..];
    Some(&rest[..rest.find('"')?])
}

/// What a page needs before it can be read: the page itself, its stylesheets and its blocking scripts (a
/// `<script src>` without `defer`, `async` or `type="module"`). Deferred scripts, modules and what they load
/// (the app: its JavaScript and .wasm) come after the page is shown.
fn before_readable(page: &Path) -> E2eResult<Vec<std::path::PathBuf>> {
    linked_files(page, |tag| {
        !tag.contains(" defer") && !tag.contains(" async") && attr(tag, "type") != Some("module")
    })
}

fn brotli_total(files: &[std::path::PathBuf]) -> E2eResult<usize> {
    let mut n = 0;
    for f in files {
        n += brotli_len(&std::fs::read(f)?);
    }
    Ok(n)
}

/// The front page and every rights page are readable with the bytes of the page, its stylesheet and its
/// blocking scripts — never any .wasm or the app's JavaScript — within the README's budget for a readable page.
#[test]
fn readable_pages_need_no_wasm_and_fit_their_budget() -> E2eResult<()> {
    let readme = std::fs::read_to_string(workspace_root().join("README.md"))?;
    let budget_kb = match parse_budget_line(&readme, READABLE_LABEL) {
        Ok(b) => b,
        Err(e) => bail!("README.md: {e}. Expected a line like: {READABLE_LABEL} 30 KB"),
    };
    let dist = dist_dir()?;
    let mut pages = vec![dist.join("index.html")];
    for entry in std::fs::read_dir(dist.join("rettigheder"))? {
        let p = entry?.path();
        if p.extension().is_some_and(|e| e == "html") {
            pages.push(p);
        }
    }
    pages.sort();
    ensure!(
        pages.len() > 5,
        "too few pages in {}: {pages:?}",
        dist.display()
    );
    report(format!(
        "bytes before a page can be read (brotli 11), budget {budget_kb} KB:"
    ));
    let mut largest = (0usize, String::new());
    for page in &pages {
        let files = before_readable(page)?;
        let name = page
            .strip_prefix(&dist)
            .unwrap_or(page)
            .display()
            .to_string();
        let app: Vec<_> = files
            .iter()
            .filter(|f| {
                f.extension().is_some_and(|e| e == "wasm")
                    || f.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("ressourceguiden-"))
            })
            .collect();
        ensure!(
            app.is_empty(),
            "{name} waits for the app before it can be read: {app:?}"
        );
        let br = brotli_total(&files)?;
        report(format!(
            "  {name:<44} {br:>8} bytes ({} files)",
            files.len()
        ));
        if br > largest.0 {
            largest = (br, name);
        }
    }
    let budget = (budget_kb * 1000.0).round() as usize;
    ensure!(
        largest.0 <= budget,
        "{} needs {} bytes brotli before it can be read, over the README budget of {budget_kb} KB",
        largest.1,
        largest.0
    );
    report(format!(
        "  largest: {} with {:.1} KB of {budget_kb} KB",
        largest.1,
        largest.0 as f64 / 1000.0
    ));
    Ok(())
}

#[test]
fn budget_line_parsing() {
    assert_eq!(
        parse_budget_line(
            "Størrelsesbudget (læsbar side, brotli): 30 KB",
            READABLE_LABEL
        ),
        Ok(30.0)
    );
    assert_eq!(
        attr(
            r#"<link rel="stylesheet" href="./main.css" integrity="x">"#,
            "href"
        ),
        Some("./main.css")
    );
    assert_eq!(attr(r#"<script src="a.js" defer>"#, "type"), None);
    assert_eq!(
        parse_budget("x\nStørrelsesbudget (første indlæsning, brotli): 150 KB\n"),
        Ok(150.0)
    );
    assert_eq!(
        parse_budget("- **Størrelsesbudget (første indlæsning, brotli): 120,5 KB**"),
        Ok(120.5)
    );
    assert!(parse_budget("Størrelsesbudget: 150 KB").is_err());
    assert!(parse_budget("Størrelsesbudget (første indlæsning, brotli): mange KB").is_err());
    assert!(parse_budget("Størrelsesbudget (første indlæsning, brotli): 150").is_err());
}

/// What the service worker downloads in the background after the first load (its `PRECACHE` list in dist/sw.js,
/// brotli 11): the whole app, the page and its files, the rights guide's pages and search index. It fits the
/// README's budget for the copy used without a network — the figure the README's offline section states — and
/// leaves out the small apps (`kun/`), which would cost the reader's data eight times over.
#[test]
fn the_offline_copy_fits_its_budget() -> E2eResult<()> {
    const LABEL: &str = "Størrelsesbudget (kopien til brug uden net, brotli):";
    let readme = std::fs::read_to_string(workspace_root().join("README.md"))?;
    let budget_kb = match parse_budget_line(&readme, LABEL) {
        Ok(b) => b,
        Err(e) => bail!("README.md: {e}. Expected a line like: {LABEL} 450 KB"),
    };
    let dist = dist_dir()?;
    let sw = std::fs::read_to_string(dist.join("sw.js")).context("reading dist/sw.js")?;
    let start = sw
        .find("const PRECACHE = ")
        .context("dist/sw.js has no PRECACHE list")?
        + "const PRECACHE = ".len();
    let end = start + sw[start..].find("];").context("PRECACHE is not closed")? + 1;
    let files: Vec<String> =
        serde_json::from_str(&sw[start..end]).context("PRECACHE is not a JSON list of files")?;
    ensure!(
        files.len() > 10 && files.iter().any(|f| f.ends_with("_bg.wasm")),
        "PRECACHE lists too little: {files:?}"
    );
    ensure!(
        !files.iter().any(|f| f.starts_with("kun/")),
        "the small apps are precached: {files:?}"
    );
    let total = brotli_total(&files.iter().map(|f| dist.join(f)).collect::<Vec<_>>())?;
    report(format!(
        "offline copy (the service worker's {} files, brotli 11): {:.1} KB of {budget_kb} KB",
        files.len(),
        total as f64 / 1000.0
    ));
    ensure!(
        total <= (budget_kb * 1000.0).round() as usize,
        "the service worker downloads {total} bytes brotli in the background, over the README budget of {budget_kb} KB"
    );
    Ok(())
}
