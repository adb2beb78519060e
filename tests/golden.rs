//! The golden runner: every case file under `tests/golden/` (and, when the environment variable
//! `RG_GOLDEN_DIR` is set, every `*.toml` under that directory too) is run through the rules, with one line
//! per case: name, expected, actual, PASS/FAIL. Any failure (or a malformed case) fails the run.
//! The case format is documented in `tests/golden/README.md`.

// A test of the rules crate (`regler`, src/rules/Cargo.toml).
use regler::aktivloven::ferie::{self, FerieInput};
use regler::aktivloven::ressourceforloebsydelse::{beregn, Udfald, YdelseInput};
use regler::forklaring::Forklaring;
use regler::lab::forloebsgraenser::{self, ForloebInput};
use regler::retssikkerhedsloven::{self, KlagefristInput};
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
        "ydelse" => run_ydelse(case),
        "forloeb" => run_map(case, faktisk_forloeb),
        "folkepension" => run_map(case, faktisk_folkepension),
        "ferie" => run_map(case, faktisk_ferie),
        "klagefrist" => run_map(case, faktisk_klagefrist),
        "udbetalinger" => run_map(case, faktisk_udbetalinger),
        other => Err((
            "calc = ydelse | forloeb | folkepension | ferie | klagefrist | udbetalinger".into(),
            format!("unknown calc «{other}»"),
        )),
    }
}

fn run_ydelse(case: &Case) -> Udfaldet {
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
    let res = beregn(&input);
    let besked = match &res.udfald {
        Udfald::Beregnet(_) | Udfald::Foertidspension => None,
        Udfald::IkkeTilgaengelig(t) | Udfald::ManglerSats(t) => Some(t.as_str()),
        Udfald::ManglerOplysning { tekst, .. } => Some(tekst.as_str()),
    };
    let snapshot = spor(&res.forklaring, besked);
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
        want.push(format!("foreloebig={}", exp.foreloebig.unwrap_or(false)));
        got.push(format!("foreloebig={}", b.foreloebig));
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
        Ok((w, g, snapshot))
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

fn iso_opt(d: Option<chrono::NaiveDate>) -> String {
    d.map(tid::iso).unwrap_or_else(|| "-".into())
}

/// The trace snapshot of one calculation: every line and warning with everything the page shows about it
/// (sentence, amount, §, status, valid-from, interpretation, figure, sources), and the message of a result
/// that is not a calculation. Compared with `tests/golden/spor/<file>.txt` (see `main`).
fn spor(f: &Forklaring, besked: Option<&str>) -> String {
    use std::fmt::Write;
    let mut ud = String::new();
    if let Some(b) = besked {
        let _ = writeln!(ud, "BESKED: {b}");
    }
    if let Some(fl) = &f.foreloebig {
        let _ = writeln!(ud, "FORELØBIG: {}", fl.overskrift);
        let _ = writeln!(ud, "  {}", fl.tekst);
        let _ = writeln!(ud, "  kilder: {}", fl.kilder.join(" "));
    }
    for l in &f.linjer {
        let _ = writeln!(ud, "LINJE {:?}: {}", l.art, l.tekst);
        let _ = writeln!(
            ud,
            "  beløb: {} · § {} · {:?} · gyldig fra: {} · fortolkning: {} · tal: {}",
            l.beloeb
                .map(|b| b.normalize().to_string())
                .unwrap_or("-".into()),
            l.paragraf,
            l.status,
            iso_opt(l.gyldig_fra),
            l.fortolkning.map(|x| x.id()).unwrap_or("-"),
            l.tal.map(|(p, a)| format!("{p}/{a}")).unwrap_or("-".into()),
        );
        let _ = writeln!(ud, "  kilder: {}", l.kilder.join(" "));
    }
    for a in &f.advarsler {
        let _ = writeln!(ud, "ADVARSEL {:?}: {}", a.alvor, a.tekst);
        let _ = writeln!(
            ud,
            "  fortolkning: {} · kilder: {}",
            a.fortolkning.map(|x| x.id()).unwrap_or("-"),
            a.kilder.join(" ")
        );
    }
    ud
}

fn trace(f: &Forklaring) -> Vec<String> {
    f.linjer
        .iter()
        .map(|l| l.tekst.clone())
        .chain(f.advarsler.iter().map(|a| format!("ADVARSEL: {}", a.tekst)))
        .collect()
}

fn faktisk_forloeb(input: &toml::Value) -> Result<(Faktisk, Vec<String>, String), String> {
    let i: ForloebInput = input.clone().try_into().map_err(|e| format!("{e}"))?;
    let r = forloebsgraenser::vurder(&i);
    let mut m = Faktisk::new();
    let mut besked = None;
    match &r.udfald {
        forloebsgraenser::Udfald::Ugyldig { felt, tekst } => {
            m.insert("status", "ugyldig".into());
            m.insert("felt", (*felt).into());
            besked = Some(tekst.as_str());
        }
        forloebsgraenser::Udfald::Vurderet(v) => {
            m.insert("status", "vurderet".into());
            m.insert("svar", v.svar.kode().into());
            m.insert(
                "grunde",
                v.grunde
                    .iter()
                    .map(|g| g.kode())
                    .collect::<Vec<_>>()
                    .join(","),
            );
            m.insert("alder", v.alder_ved_afgoerelse.to_string());
            m.insert("slutdato", tid::iso(v.slutdato));
            m.insert("indsats_senest", iso_opt(v.indsats_senest));
            m.insert("seks_aars_graense", iso_opt(v.seks_aars_graense));
            m.insert("folkepension", iso_opt(v.folkepension.map(|f| f.dato)));
            m.insert(
                "max_maaneder",
                v.max_maaneder.map(|x| x.to_string()).unwrap_or("-".into()),
            );
            m.insert(
                "plads_inden_5_aar",
                v.plads_inden_5_aar
                    .map(|(md, d)| format!("{md}m{d}d"))
                    .unwrap_or("-".into()),
            );
            m.insert(
                "tidligere_i_alt",
                format!("{}m{}d", v.tidligere_i_alt.0, v.tidligere_i_alt.1),
            );
        }
    }
    Ok((m, trace(&r.forklaring), spor(&r.forklaring, besked)))
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
    Ok((m, trace(&f), spor(&f, None)))
}

fn faktisk_ferie(input: &toml::Value) -> Result<(Faktisk, Vec<String>, String), String> {
    let i: FerieInput = input.clone().try_into().map_err(|e| format!("{e}"))?;
    let r = ferie::vurder(&i);
    let mut m = Faktisk::new();
    let mut besked = None;
    match &r.udfald {
        ferie::Udfald::Ugyldig { felt, tekst } => {
            m.insert("status", "ugyldig".into());
            m.insert("felt", (*felt).into());
            besked = Some(tekst.as_str());
        }
        ferie::Udfald::Vurderet(v) => {
            m.insert("status", "vurderet".into());
            m.insert(
                "rettigheder",
                v.rettigheder
                    .iter()
                    .map(|r| format!("{}/{}", tid::iso(r.fra), tid::iso(r.til)))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            m.insert(
                "uger",
                v.rettigheder
                    .first()
                    .map(|r| r.uger.to_string())
                    .unwrap_or("-".into()),
            );
            m.insert("talte_maaneder", v.talte_maaneder.to_string());
            m.insert("naeste_ret_fra", iso_opt(v.naeste_ret_fra));
        }
    }
    Ok((m, trace(&r.forklaring), spor(&r.forklaring, besked)))
}

fn faktisk_klagefrist(input: &toml::Value) -> Result<(Faktisk, Vec<String>, String), String> {
    let i: KlagefristInput = input.clone().try_into().map_err(|e| format!("{e}"))?;
    let r = retssikkerhedsloven::beregn(&i);
    let mut m = Faktisk::new();
    let mut besked = None;
    match &r.udfald {
        retssikkerhedsloven::Udfald::Ugyldig { felt, tekst } => {
            m.insert("status", "ugyldig".into());
            m.insert("felt", (*felt).into());
            besked = Some(tekst.as_str());
        }
        retssikkerhedsloven::Udfald::Beregnet(k) => {
            m.insert("status", "beregnet".into());
            m.insert("modtaget", tid::iso(k.modtaget));
            m.insert("udloeb", tid::iso(k.udloeb));
            m.insert("sidste_dag", tid::iso(k.sidste_dag));
            m.insert("sikker_sidste_dag", tid::iso(k.sikker_sidste_dag));
            m.insert("genvurdering_senest", iso_opt(k.genvurdering_senest));
            m.insert(
                "sidste_dag_fridag",
                k.sidste_dag_fridag.unwrap_or("-").into(),
            );
        }
    }
    // The reservation the page shows under the date (not a trace line).
    let forbehold = match &r.udfald {
        retssikkerhedsloven::Udfald::Beregnet(k) => k
            .forbehold
            .as_ref()
            .map(|f| format!("FORBEHOLD: {f}\n"))
            .unwrap_or_default(),
        _ => String::new(),
    };
    Ok((
        m,
        trace(&r.forklaring),
        spor(&r.forklaring, besked) + &forbehold,
    ))
}

// «Tjek dine udbetalinger» (tests/golden/udbetalinger.toml): per-month lists joined by ",".
fn faktisk_udbetalinger(input: &toml::Value) -> Result<(Faktisk, Vec<String>, String), String> {
    use regler::aktivloven::udbetalinger::{self as u, Dom, Frist};
    let i: u::UdbetalingerInput = input.clone().try_into().map_err(|e| format!("{e}"))?;
    let r = u::beregn(&i);
    let mut m = Faktisk::new();
    let mut besked = None;
    // What the page says per month beyond the ydelse traces (pinned by the ydelse cases): cause and advice.
    let mut pr_maaned = String::new();
    match &r.udfald {
        u::Udfald::Ugyldig {
            felt,
            raekke,
            tekst,
        } => {
            besked = Some(tekst.as_str());
            m.insert("status", "ugyldig".into());
            m.insert("felt", (*felt).into());
            m.insert("raekke", raekke.map_or("-".into(), |x| x.to_string()));
        }
        u::Udfald::Beregnet(b) => {
            let liste = |f: &dyn Fn(&u::MaanedsTjek) -> String| {
                b.maaneder.iter().map(f).collect::<Vec<_>>().join(",")
            };
            let d = |x: Option<Decimal>| x.map_or("-".into(), |x| x.normalize().to_string());
            m.insert("status", "beregnet".into());
            m.insert(
                "domme",
                liste(&|t| {
                    match t.dom {
                        Dom::Passer => "passer",
                        Dom::Afviger => "afviger",
                        Dom::KanIkkeAfgoeres(_) => "kan_ikke",
                    }
                    .into()
                }),
            );
            m.insert("vores", liste(&|t| d(t.vores)));
            m.insert("forskel", liste(&|t| d(t.forskel)));
            m.insert("efterbetaling", b.efterbetaling.normalize().to_string());
            m.insert("overbetaling", b.overbetaling.normalize().to_string());
            m.insert(
                "frister",
                liste(&|t| match t.frist {
                    Frist::Aaben {
                        sikker_sidste_dag, ..
                    } => format!("aaben:{}", tid::iso(sikker_sidste_dag)),
                    Frist::Udloebet { sidste_dag } => format!("udloebet:{}", tid::iso(sidste_dag)),
                    Frist::Ukendt => "ukendt".into(),
                }),
            );
            m.insert(
                "aarsag_kendt",
                liste(&|t| if t.aarsag.is_some() { "ja" } else { "-" }.into()),
            );
            for t in &b.maaneder {
                pr_maaned.push_str(&format!("MÅNED {}\n", t.maaned.tekst()));
                if let Some(a) = &t.aarsag {
                    pr_maaned.push_str(&format!("  årsag: {a}\n"));
                }
                for u in &t.raad {
                    pr_maaned.push_str(&format!("  råd: {}\n", u.tekst));
                }
            }
        }
    }
    Ok((
        m,
        trace(&r.forklaring),
        spor(&r.forklaring, besked) + &pr_maaned,
    ))
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
