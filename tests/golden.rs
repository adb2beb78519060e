//! The golden runner: every case file under `tests/golden/` (and, when the environment variable
//! `RG_GOLDEN_DIR` is set, every `*.toml` under that directory too) is run through the rules, with one line
//! per case: name, expected, actual, PASS/FAIL. Any failure (or a malformed case) fails the run.
//! The case format is documented in `tests/golden/README.md`.

// A test of the rules crate (`regler`, src/rules/Cargo.toml). Each calculator's adapter (its input, its named
// outputs, its trace snapshot) is next to its rule (`GyldenKald`, `regler::gylden`); `med_gylden!`, generated
// from the registry, finds it by the case's `calc`, so a new calculator needs no line here.
use regler::aktivloven::ressourceforloebsydelse::GyldenKald as YdelseGylden;
use regler::gylden::{linjer, spor, Gylden};
use regler::{pensionsloven, tid};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
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
    /// For status "beregnet": whether the result is foreløbig (computed with an earlier year's rates because
    /// the month lies after the newest rate year). Absent = false: every other case asserts it is not.
    foreloebig: Option<bool>,
    /// The newest rate year the expectation was written for. When the law data has another newest year, the
    /// case is reported as SKIP (outdated), not run: a new satser/<year>.toml must not need any other change.
    seneste_satsaar: Option<i32>,
}

/// The prefix of the «actual» text of a case that was not run (see `seneste_satsaar`).
const SKIP: &str = "SKIP";

/// What a case run gives: Ok((expected, actual, trace snapshot)) when they agree, Err((expected, actual)) when not.
type Udfaldet = Result<(String, String, String), (String, String)>;

/// Runs one case.
fn run(case: &Case) -> Udfaldet {
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
    if regler::tid::parse_iso(&case.checked).is_none() {
        return Err(("checked: ÅÅÅÅ-MM-DD".into(), case.checked.clone()));
    }
    match case.calc.as_str() {
        // The ydelse cases have their own expectation format (typed amounts, foreløbig, the newest rate year).
        "ydelse" => run_ydelse(case),
        // Not a calculator of the registry: the folkepension age (pensionsloven) the forløb rules use.
        "folkepension" => run_map(case, faktisk_folkepension),
        calc => regler::med_gylden!(calc, G => run_map(case, koer::<G>)).unwrap_or_else(|| {
            Err((
                format!(
                    "calc = {} | folkepension",
                    regler::gylden::GYLDNE.join(" | ")
                ),
                format!("unknown calc «{calc}»"),
            ))
        }),
    }
}

/// A calculator's golden adapter on a case's input.
fn koer<G: Gylden>(input: &toml::Value) -> Result<(Faktisk, Vec<String>, String), String> {
    let i: G::Input = input.clone().try_into().map_err(|e| format!("{e}"))?;
    let g = G::koer(&i);
    Ok((g.faktisk, g.linjer, g.spor))
}

fn run_ydelse(case: &Case) -> Udfaldet {
    let input: <YdelseGylden as Gylden>::Input = case
        .input
        .clone()
        .try_into()
        .map_err(|e| ("a valid input".to_string(), format!("{e}")))?;
    let exp: YdelseForventet = case
        .expected
        .clone()
        .try_into()
        .map_err(|e| ("a valid expectation".to_string(), format!("{e}")))?;
    if let Some(aar) = exp.seneste_satsaar {
        if aar != regler::lovdata::SENESTE_SATSAAR {
            return Ok((
                format!("seneste_satsaar={aar}"),
                format!(
                    "{SKIP}: the law data's newest rate year is now {}; move this case to a month after it",
                    regler::lovdata::SENESTE_SATSAAR
                ),
                String::new(),
            ));
        }
    }
    let res = YdelseGylden::koer(&input);
    let faktisk = |k: &str| res.faktisk.get(k).cloned().unwrap_or_else(|| "-".into());
    let status = faktisk("status");
    let mut want = vec![format!("status={}", exp.status)];
    let mut got = vec![format!("status={status}")];
    if let Some(f) = &exp.felt {
        want.push(format!("felt={f}"));
        got.push(format!("felt={}", faktisk("felt")));
    }
    if status == "beregnet" {
        want.push(format!("foreloebig={}", exp.foreloebig.unwrap_or(false)));
        got.push(format!("foreloebig={}", faktisk("foreloebig")));
        for (navn, forventet) in [
            ("ydelse", exp.ydelse),
            ("grundbeloeb", exp.grundbeloeb),
            ("fradrag_loen", exp.fradrag_loen),
            ("fradrag_i_alt", exp.fradrag_i_alt),
        ] {
            if let Some(f) = forventet {
                want.push(format!("{navn}={}", f.normalize()));
                got.push(format!("{navn}={}", faktisk(navn)));
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
        Ok((w, g, res.spor))
    } else {
        let detail: Vec<String> = res.linjer.iter().map(|l| format!("      | {l}")).collect();
        Err((w, format!("{g}\n{}", detail.join("\n"))))
    }
}

/// The named outputs of a calculation, as strings (dates ÅÅÅÅ-MM-DD, lists joined by ","); an expectation
/// names a subset of them.
type Faktisk = BTreeMap<&'static str, String>;
/// A calculation's named outputs, its trace lines and its trace snapshot, or why the input was rejected.
type Kald = fn(&toml::Value) -> Result<(Faktisk, Vec<String>, String), String>;

/// Runs a case whose expectation is a table of named outputs: every named output must exist and match.
fn run_map(case: &Case, faktisk: Kald) -> Udfaldet {
    let (got, trace, snapshot) =
        faktisk(&case.input).map_err(|e| ("a valid input".to_string(), e))?;
    let Some(exp) = case.expected.as_table() else {
        return Err(("expected: a table".into(), format!("{}", case.expected)));
    };
    let (mut want_s, mut got_s) = (Vec::new(), Vec::new());
    for (k, v) in exp {
        let w = match v {
            toml::Value::String(s) => s.clone(),
            toml::Value::Array(a) => a
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| x.to_string())
                })
                .collect::<Vec<_>>()
                .join(","),
            other => other.to_string(),
        };
        want_s.push(format!("{k}={w}"));
        got_s.push(format!(
            "{k}={}",
            got.get(k.as_str())
                .map(String::as_str)
                .unwrap_or("<no such output>")
        ));
    }
    let (w, g) = (want_s.join(" "), got_s.join(" "));
    if w == g {
        Ok((w, g, snapshot))
    } else {
        let detail: Vec<String> = trace.iter().map(|t| format!("      | {t}")).collect();
        Err((w, format!("{g}\n{}", detail.join("\n"))))
    }
}

fn faktisk_folkepension(input: &toml::Value) -> Result<(Faktisk, Vec<String>, String), String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct I {
        foedselsdato: chrono::NaiveDate,
    }
    let i: I = input.clone().try_into().map_err(|e| format!("{e}"))?;
    let (fp, f) = pensionsloven::beregn(i.foedselsdato);
    let mut m = Faktisk::new();
    if let Some(fp) = fp {
        m.insert("alder", fp.alder_tekst());
        m.insert("dato", tid::iso(fp.dato));
    }
    Ok((m, linjer(&f), spor(&f, None)))
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

/// The first line of a snapshot file; it names the newest rate year of the law data it was written with.
fn spor_hoved(fil: &str) -> String {
    format!(
        "# Trace snapshot of tests/golden/{fil} with the law data's newest rate year {}. Rewrite: \
         RG_SPOR_OPDATER=1 cargo test -p regler --test golden; review the diff.",
        regler::lovdata::SENESTE_SATSAAR
    )
}

/// Compares (or, with `RG_SPOR_OPDATER=1`, rewrites) the trace snapshot of one case file. Returns the
/// number of differing cases. A snapshot written with another newest rate year is not compared (a new year
/// file changes the foreløbig cases; rewrite and review then), and neither are cases that were skipped.
fn sammenlign_spor(fil: &Path, spor: &[(String, Option<String>)]) -> usize {
    let kort = fil.file_name().and_then(|s| s.to_str()).unwrap_or("?");
    let sti = fil
        .parent()
        .unwrap_or(Path::new("."))
        .join("spor")
        .join(kort.replace(".toml", ".txt"));
    let gammel = std::fs::read_to_string(&sti).unwrap_or_default();
    let gamle: BTreeMap<String, String> = gammel
        .split("\n=== ")
        .skip(1)
        .filter_map(|blok| {
            let (navn, tekst) = blok.split_once('\n')?;
            Some((navn.to_string(), tekst.to_string()))
        })
        .collect();
    let hoved = spor_hoved(kort);
    let mut navne: Vec<&String> = spor.iter().map(|(n, _)| n).collect();
    navne.sort();
    if let Some(w) = navne.windows(2).find(|w| w[0] == w[1]) {
        println!(
            "FAIL {kort}: two cases are named «{}»; a snapshot needs unique names",
            w[0]
        );
        return 1;
    }
    if std::env::var("RG_SPOR_OPDATER").is_ok_and(|v| v == "1") {
        let mut ny = hoved;
        ny.push('\n');
        for (navn, tekst) in spor {
            // A skipped case keeps its old snapshot.
            let tekst = tekst
                .clone()
                .or_else(|| gamle.get(navn).cloned())
                .unwrap_or_default();
            ny.push_str(&format!("\n=== {navn}\n{tekst}"));
        }
        if let Some(d) = sti.parent() {
            let _ = std::fs::create_dir_all(d);
        }
        if std::fs::write(&sti, ny).is_err() {
            println!("FAIL cannot write {}", sti.display());
            return 1;
        }
        println!("spor: rewrote {}", sti.display());
        return 0;
    }
    // Compared when the snapshot was written with the same newest rate year (the rest of the first line may
    // change without hiding a difference).
    let aar_i = |linje: &str| {
        linje
            .split("newest rate year ")
            .nth(1)
            .and_then(|r| r.get(..4))
            .and_then(|a| a.parse::<i32>().ok())
    };
    match gammel.lines().next().and_then(aar_i) {
        None => {
            println!(
                "FAIL spor: tests/golden/spor/{} is missing or has no header; write it with RG_SPOR_OPDATER=1",
                sti.file_name().and_then(|s| s.to_str()).unwrap_or("?")
            );
            return 1;
        }
        Some(aar) if Some(aar) != aar_i(&hoved) => {
            println!(
                "NOTE spor: tests/golden/spor/{} was written with the newest rate year {aar}; not compared. \
                 Rewrite with RG_SPOR_OPDATER=1 and review the diff.",
                sti.file_name().and_then(|s| s.to_str()).unwrap_or("?")
            );
            return 0;
        }
        Some(_) => {}
    }
    let mut forskellige = 0;
    for (navn, tekst) in spor {
        let Some(tekst) = tekst else { continue };
        match gamle.get(navn) {
            Some(g) if g.trim_end() == tekst.trim_end() => {}
            Some(g) => {
                forskellige += 1;
                println!("FAIL spor {kort} · {navn}: the trace differs from the snapshot");
                for (a, b) in g.lines().zip(tekst.lines()).filter(|(a, b)| a != b).take(3) {
                    println!("      - {a}\n      + {b}");
                }
                if g.lines().count() != tekst.lines().count() {
                    println!(
                        "      ({} lines in the snapshot, {} now)",
                        g.lines().count(),
                        tekst.lines().count()
                    );
                }
            }
            None => {
                forskellige += 1;
                println!("FAIL spor {kort} · {navn}: no snapshot (RG_SPOR_OPDATER=1 writes it)");
            }
        }
    }
    forskellige
}

fn main() {
    // The repository root (this runner is a test of the `regler` package, whose manifest is in src/rules/); a
    // relative RG_GOLDEN_DIR is taken from there, as it was before the rules became their own package.
    let rod = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let golden_dir = rod.join("tests/golden");
    let mut dirs = vec![golden_dir.clone()];
    if let Ok(extra) = std::env::var("RG_GOLDEN_DIR") {
        if !extra.is_empty() {
            dirs.push(rod.join(extra));
        }
    }
    let (mut passed, mut failed, mut skipped) = (0usize, 0usize, 0usize);
    let mut spor_forskelle = 0usize;
    let mut beregninger = std::collections::BTreeSet::new();
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
            let mut spor = Vec::new();
            for case in &parsed.case {
                let _ = &case.note;
                beregninger.insert(case.calc.clone());
                match run(case) {
                    Ok((want, got, _)) if got.starts_with(SKIP) => {
                        skipped += 1;
                        spor.push((case.name.clone(), None));
                        println!("SKIP {short} · {} · expected {want} · {got}", case.name);
                    }
                    Ok((want, got, snapshot)) => {
                        passed += 1;
                        spor.push((case.name.clone(), Some(snapshot)));
                        println!(
                            "PASS {short} · {} · expected {want} · actual {got}",
                            case.name
                        );
                    }
                    Err((want, got)) => {
                        failed += 1;
                        spor.push((case.name.clone(), None));
                        println!(
                            "FAIL {short} · {} · expected {want} · actual {got}",
                            case.name
                        );
                    }
                }
            }
            if file.parent() == Some(golden_dir.as_path()) {
                spor_forskelle += sammenlign_spor(&file, &spor);
            }
        }
    }
    // The registry (content/beregnere.toml): every calculator marked `golden = true` has cases here.
    let register: toml::Table = include_str!("../content/beregnere.toml")
        .parse()
        .unwrap_or_default();
    let beregnere = register.get("beregner").and_then(|b| b.as_array());
    if beregnere.is_none_or(|b| b.is_empty()) {
        println!("FAIL registry: content/beregnere.toml has no [[beregner]]");
        failed += 1;
    }
    for b in beregnere.into_iter().flatten() {
        let navn = b.get("navn").and_then(|n| n.as_str()).unwrap_or("?");
        if b.get("golden").and_then(|g| g.as_bool()) == Some(true) && !beregninger.contains(navn) {
            println!(
                "FAIL registry: «{navn}» has golden = true but no case with calc = \"{navn}\""
            );
            failed += 1;
        }
    }
    println!(
        "golden: {passed} passed, {failed} failed, {skipped} skipped (outdated foreløbig cases); \
         trace snapshots: {spor_forskelle} differ"
    );
    if failed > 0 || spor_forskelle > 0 {
        std::process::exit(1);
    }
}
