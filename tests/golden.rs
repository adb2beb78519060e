//! The golden runner: every case file under `tests/golden/` (and, when the environment variable
//! `RG_GOLDEN_DIR` is set, every `*.toml` under that directory too) is run through the rules, with one line
//! per case: name, expected, actual, PASS/FAIL. Any failure (or a malformed case) fails the run.
//! The case format is documented in `tests/golden/README.md`.

use ressourceguiden::rules::aktivloven::ressourceforloebsydelse::{beregn, Udfald, YdelseInput};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    calc: String,
    sources: Vec<String>,
    checked: String,
    #[serde(default)]
    note: Option<String>,
    input: toml::Value,
    expected: toml::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YdelseForventet {
    status: String,
    ydelse: Option<Decimal>,
    grundbeloeb: Option<Decimal>,
    fradrag_loen: Option<Decimal>,
    fradrag_i_alt: Option<Decimal>,
    /// For status "mangler_oplysning": the input that is missing.
    felt: Option<String>,
}

/// Runs one case: Ok((expected, actual)) when they agree, Err((expected, actual)) when not.
fn run(case: &Case) -> Result<(String, String), (String, String)> {
    if case.sources.is_empty()
        || !case
            .sources
            .iter()
            .all(|s| s.starts_with("https://") || s.starts_with("http://"))
    {
        return Err((
            "sources: http(s) URL(s)".into(),
            format!("{:?}", case.sources),
        ));
    }
    if ressourceguiden::rules::tid::parse_iso(&case.checked).is_none() {
        return Err(("checked: ÅÅÅÅ-MM-DD".into(), case.checked.clone()));
    }
    match case.calc.as_str() {
        "ydelse" => run_ydelse(case),
        other => Err(("calc = ydelse".into(), format!("unknown calc «{other}»"))),
    }
}

fn run_ydelse(case: &Case) -> Result<(String, String), (String, String)> {
    let input: YdelseInput = case
        .input
        .clone()
        .try_into()
        .map_err(|e| ("a valid input".to_string(), format!("{e}")))?;
    let exp: YdelseForventet = case
        .expected
        .clone()
        .try_into()
        .map_err(|e| ("a valid expectation".to_string(), format!("{e}")))?;
    let res = beregn(&input);
    let (status, felt) = match &res.udfald {
        Udfald::Beregnet(_) => ("beregnet", None),
        Udfald::IkkeTilgaengelig(_) => ("ikke_tilgaengelig", None),
        Udfald::Foertidspension => ("foertidspension", None),
        Udfald::ManglerSats(_) => ("mangler_sats", None),
        Udfald::ManglerOplysning { felt, .. } => ("mangler_oplysning", Some(*felt)),
    };
    let mut want = vec![format!("status={}", exp.status)];
    let mut got = vec![format!("status={status}")];
    if let Some(f) = &exp.felt {
        want.push(format!("felt={f}"));
        got.push(format!("felt={}", felt.unwrap_or("-")));
    }
    if let Udfald::Beregnet(b) = &res.udfald {
        for (navn, forventet, faktisk) in [
            ("ydelse", exp.ydelse, b.ydelse),
            ("grundbeloeb", exp.grundbeloeb, b.grundbeloeb),
            ("fradrag_loen", exp.fradrag_loen, b.fradrag_loen),
            ("fradrag_i_alt", exp.fradrag_i_alt, b.fradrag_i_alt),
        ] {
            if let Some(f) = forventet {
                want.push(format!("{navn}={}", f.normalize()));
                got.push(format!("{navn}={}", faktisk.normalize()));
            }
        }
    } else if exp.ydelse.is_some() {
        want.push(format!(
            "ydelse={}",
            exp.ydelse.unwrap_or_default().normalize()
        ));
        got.push("ydelse=-".into());
    }
    let (w, g) = (want.join(" "), got.join(" "));
    if w == g {
        Ok((w, g))
    } else {
        let detail: Vec<String> = res
            .forklaring
            .linjer
            .iter()
            .map(|l| format!("      | {}", l.tekst))
            .collect();
        Err((w, format!("{g}\n{}", detail.join("\n"))))
    }
}

fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            eprintln!("cannot read {}", d.display());
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn main() {
    let mut dirs = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")];
    if let Ok(extra) = std::env::var("RG_GOLDEN_DIR") {
        if !extra.is_empty() {
            dirs.push(PathBuf::from(extra));
        }
    }
    let (mut passed, mut failed) = (0usize, 0usize);
    for dir in &dirs {
        let files = case_files(dir);
        if files.is_empty() {
            println!("golden: no case files under {}", dir.display());
            failed += 1;
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let parsed: CaseFile = match toml::from_str(&text) {
                Ok(c) => c,
                Err(e) => {
                    println!("FAIL {}: malformed case file: {e}", file.display());
                    failed += 1;
                    continue;
                }
            };
            let short = file.file_name().and_then(|s| s.to_str()).unwrap_or("?");
            for case in &parsed.case {
                let _ = &case.note;
                match run(case) {
                    Ok((want, got)) => {
                        passed += 1;
                        println!(
                            "PASS {short} · {} · expected {want} · actual {got}",
                            case.name
                        );
                    }
                    Err((want, got)) => {
                        failed += 1;
                        println!(
                            "FAIL {short} · {} · expected {want} · actual {got}",
                            case.name
                        );
                    }
                }
            }
        }
    }
    println!("golden: {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
