//! Law data → Rust tables.
//!
//! Input: `content/law/parametre.toml` (what each parameter is, its §), `content/law/satser/<year>.toml`
//! (the dated values) and `content/law/regler.toml` (lønfradrag per period and forløb type; key dates; counted
//! rules such as ages, lengths and deadlines per period; the folkepensionsalder table) and
//! `content/law/hjemmel.toml` (the § texts and sources the rule code cites, see [`hjemmel_kode`]).
//! Output: one Rust file included by `src/rules/lovdata.rs`.
//!
//! Validation (each failure is collected and reported together; any failure fails the build):
//! * unknown fields, unknown parameter ids, malformed dates or decimals;
//! * a value without a status or without a well-formed `http(s)://` source;
//! * a `first_monday` value whose `valid_from` is not the first Monday of its year;
//! * a required parameter missing in a year from its `first_year` to the latest year;
//! * overlapping periods, or (for lønfradrag and the folkepensionsalder table) a gap between periods.

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::str::FromStr;

const STATUSES: [&str; 5] = ["official", "secondary", "derived", "mapped", "unverified"];
const FORLOEB: [&str; 2] = ["ressourceforloeb", "jobafklaring"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamDef {
    name: String,
    unit: String,
    paragraf_ressourceforloeb: String,
    paragraf_jobafklaring: String,
    valid_from: String,
    required: bool,
    first_year: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YearValue {
    value: Option<String>,
    range: Option<[String; 2]>,
    valid_from: Option<String>,
    status: String,
    #[serde(default)]
    also: Vec<String>,
    #[serde(default)]
    low_confidence: bool,
    sources: Vec<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct YearFile {
    year: i32,
    checked: String,
    #[serde(flatten)]
    values: BTreeMap<String, YearValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    checked: String,
    loenfradrag: Vec<LoenRule>,
    datoer: BTreeMap<String, LawDate>,
    vaerdier: BTreeMap<String, Vec<RuleValue>>,
    folkepensionsalder: Vec<PensionRow>,
    satsregulering: Regulation,
}

/// The yearly satsregulering (`[satsregulering]`): what a *foreløbig* result says and links to.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Regulation {
    paragraf: String,
    fradrag_procentpoint: String,
    fradrag_lov: String,
    fradrag_forventet_aar: Option<i32>,
    officielle_satser: String,
    status: String,
    sources: Vec<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleValue {
    value: u32,
    unit: String,
    /// Valid-from: required, so every counted rule says from when it applies.
    from: String,
    to: Option<String>,
    name: String,
    paragraf: String,
    status: String,
    sources: Vec<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PensionRow {
    born_from: Option<String>,
    born_to: Option<String>,
    years: u32,
    months: u32,
    paragraf: String,
    status: String,
    sources: Vec<String>,
    note: Option<String>,
}

const UNITS: [(&str, &str); 6] = [
    ("år", "Aar"),
    ("måneder", "Maaneder"),
    ("uger", "Uger"),
    ("dage", "Dage"),
    ("hverdage", "Hverdage"),
    ("procent", "Procent"),
];

/// A counted value that its unit cannot hold: a percentage above 100 (a share of the ydelse).
fn check_unit_value(unit: &str, value: u32, w: &str, errs: &mut Vec<String>) {
    if unit == "procent" && value > 100 {
        errs.push(format!("{w}: {value} procent er over 100"));
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoenRule {
    forloeb: String,
    from: String,
    to: Option<String>,
    under_pct: String,
    over_pct: String,
    paragraf: String,
    status: String,
    sources: Vec<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LawDate {
    date: String,
    name: String,
    paragraf: String,
    status: String,
    sources: Vec<String>,
    note: Option<String>,
}

/// Reads, validates and generates. Returns every problem found, not just the first.
/// `ekstra` (a directory of `<year>.toml`) adds year files to those of `dir/satser/`: how a test proves that
/// a new year file is the only change a new year needs (the build script passes `RG_LOVDATA_EKSTRA`; see
/// `content/law/README.md`).
pub fn generate_med(dir: &Path, ekstra: Option<&Path>, out: &Path) -> Result<(), Vec<String>> {
    let mut errs = Vec::new();
    let params: BTreeMap<String, ParamDef> = match read_toml(&dir.join("parametre.toml")) {
        Ok(p) => p,
        Err(e) => return Err(vec![e]),
    };
    let rules: Rules = match read_toml(&dir.join("regler.toml")) {
        Ok(r) => r,
        Err(e) => return Err(vec![e]),
    };
    let mut years = Vec::new();
    let sats_dir = dir.join("satser");
    let mut entries: Vec<_> = match std::fs::read_dir(&sats_dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => return Err(vec![format!("{}: {e}", sats_dir.display())]),
    };
    if let Some(e) = ekstra {
        match std::fs::read_dir(e) {
            Ok(rd) => entries.extend(rd.filter_map(Result::ok).map(|e| e.path())),
            Err(err) => return Err(vec![format!("{}: {err}", e.display())]),
        }
    }
    entries.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    for w in entries.windows(2) {
        if w[0].file_name() == w[1].file_name() {
            return Err(vec![format!(
                "{} findes både i content/law/satser/ og i {}",
                w[0].display(),
                w[1].display()
            )]);
        }
    }
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
    {
        match read_toml::<YearFile>(path) {
            Ok(y) => {
                let stem = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default();
                if stem != y.year.to_string() {
                    errs.push(format!(
                        "{}: year = {} passer ikke med filnavnet",
                        path.display(),
                        y.year
                    ));
                }
                years.push(y);
            }
            Err(e) => errs.push(e),
        }
    }
    years.sort_by_key(|y| y.year);
    if years.is_empty() {
        return Err(vec!["content/law/satser/ indeholder ingen år".into()]);
    }
    let last_year = years.last().map(|y| y.year).unwrap_or_default();
    let first_year = years.first().map(|y| y.year).unwrap_or_default();

    let mut code = String::new();
    code.push_str("// @generated by src/build/law.rs from content/law/. Do not edit.\n\n");

    // The parameter enum: the rules refer to parameters by these names, so removing one from the data is a
    // compile error in the rules, not a silent fallback.
    code.push_str("/// A parameter (sats) defined in `content/law/parametre.toml`.\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Sats {\n");
    for (id, p) in &params {
        let _ = writeln!(code, "    /// {} ({})\n    {},", p.name, p.unit, camel(id));
    }
    code.push_str("}\n\n");

    code.push_str(
        "/// Every parameter with its dated values, in the order of `parametre.toml` ids.\n",
    );
    code.push_str("pub static PARAMETRE: &[Parameter] = &[\n");
    let mut oldest_check = parse_date(&rules.checked, "regler.toml checked", &mut errs);
    for y in &years {
        let c = parse_date(
            &y.checked,
            &format!("satser/{}.toml checked", y.year),
            &mut errs,
        );
        oldest_check = oldest_check.min(c);
        for id in y.values.keys() {
            if !params.contains_key(id) {
                errs.push(format!(
                    "satser/{}.toml: ukendt parameter «{id}» (ikke i parametre.toml)",
                    y.year
                ));
            }
        }
    }
    for (id, p) in &params {
        let where_ = format!("parametre.toml [{id}]");
        let first_monday = match p.valid_from.as_str() {
            "jan1" => false,
            "first_monday" => true,
            other => {
                errs.push(format!(
                    "{where_}: valid_from «{other}» skal være \"jan1\" eller \"first_monday\""
                ));
                false
            }
        };
        if !["kr/md", "kr/uge", "kr/time", "kr/dag"].contains(&p.unit.as_str()) {
            errs.push(format!("{where_}: ukendt enhed «{}»", p.unit));
        }
        let _ = writeln!(
            code,
            "    Parameter {{ id: {id:?}, sats: Sats::{}, navn: {:?}, enhed: Enhed::{}, paragraf_ressourceforloeb: {:?}, paragraf_jobafklaring: {:?}, vaerdier: &[",
            camel(id),
            p.name,
            unit_variant(&p.unit),
            p.paragraf_ressourceforloeb,
            p.paragraf_jobafklaring
        );
        // Collect (from, year, value) first, so each period's end is the day before the next one's start.
        let mut periods: Vec<(NaiveDate, i32, &YearValue)> = Vec::new();
        for y in &years {
            let Some(v) = y.values.get(id) else {
                if p.required && y.year >= p.first_year {
                    errs.push(format!(
                        "satser/{}.toml: mangler den påkrævede parameter «{id}» (hul i perioderne)",
                        y.year
                    ));
                }
                continue;
            };
            let w = format!("satser/{}.toml [{id}]", y.year);
            if y.year < p.first_year {
                errs.push(format!("{w}: året ligger før first_year {}", p.first_year));
            }
            let from = if first_monday {
                let Some(vf) = &v.valid_from else {
                    errs.push(format!("{w}: valid_from mangler (første mandag i januar)"));
                    continue;
                };
                let d = parse_date(vf, &w, &mut errs);
                if d != first_monday_of(y.year) {
                    errs.push(format!(
                        "{w}: valid_from {d} er ikke første mandag i januar {} ({})",
                        y.year,
                        first_monday_of(y.year)
                    ));
                }
                d
            } else {
                if let Some(vf) = &v.valid_from {
                    let d = parse_date(vf, &w, &mut errs);
                    if d != jan1(y.year) {
                        errs.push(format!(
                            "{w}: valid_from {d} skal være 1. januar for en jan1-parameter"
                        ));
                    }
                }
                jan1(y.year)
            };
            check_status(&v.status, &w, &mut errs);
            for a in &v.also {
                check_status(a, &w, &mut errs);
            }
            check_sources(&v.sources, &w, &mut errs);
            match (&v.value, &v.range) {
                (Some(_), Some(_)) => errs.push(format!("{w}: både value og range")),
                (None, None) => errs.push(format!("{w}: hverken value eller range")),
                _ => {}
            }
            periods.push((from, y.year, v));
        }
        // Missing years of a required parameter after its last value are caught above; also require that it
        // reaches the latest year, so a forgotten file cannot silently end a series early.
        if p.required && !periods.iter().any(|(_, yr, _)| *yr == last_year) {
            errs.push(format!(
                "parametre.toml [{id}]: ingen værdi for det seneste år {last_year}"
            ));
        }
        for (i, (from, year, v)) in periods.iter().enumerate() {
            let w = format!("satser/{year}.toml [{id}]");
            let to = match periods.get(i + 1) {
                Some((next_from, _, _)) if *year + 1 == periods[i + 1].1 => {
                    next_from.pred_opt().unwrap_or(*next_from)
                }
                _ if first_monday => first_monday_of(year + 1).pred_opt().unwrap_or(*from),
                _ => NaiveDate::from_ymd_opt(*year, 12, 31).unwrap_or(*from),
            };
            if to < *from {
                errs.push(format!(
                    "{w}: perioden slutter ({to}) før den begynder ({from})"
                ));
            }
            if let Some((next_from, _, _)) = periods.get(i + 1) {
                if *next_from <= to {
                    errs.push(format!("{w}: overlapper den næste periode fra {next_from}"));
                }
            }
            let value = v.value.as_deref().map(|s| dec(s, &w, &mut errs));
            let range = v
                .range
                .as_ref()
                .map(|[a, b]| (dec(a, &w, &mut errs), dec(b, &w, &mut errs)));
            let _ = writeln!(
                code,
                "        Figur {{ parameter: {id:?}, vaerdi: {}, interval: {}, gyldig_fra: {}, gyldig_til: {}, status: {}, ogsaa: &[{}], lav_sikkerhed: {}, kilder: &{:?}, note: {}, kontrolleret: {} }},",
                opt_dec(value),
                match range {
                    Some((a, b)) => format!("Some(({}, {}))", dec_code(a), dec_code(b)),
                    None => "None".into(),
                },
                date_code(*from),
                date_code(to),
                status_code(&v.status),
                v.also.iter().map(|s| status_code(s)).collect::<Vec<_>>().join(", "),
                v.low_confidence,
                v.sources,
                match &v.note {
                    // The app never shows a figure's note: native builds only (see `Figur::note`).
                    Some(n) => format!("if cfg!(target_arch = \"wasm32\") {{ None }} else {{ Some({n:?}) }}"),
                    None => "None".into(),
                },
                date_code(parse_date(&years.iter().find(|y| y.year == *year).map(|y| y.checked.clone()).unwrap_or_default(), &w, &mut errs)),
            );
        }
        code.push_str("    ] },\n");
    }
    code.push_str("];\n\n");

    // Lønfradrag rules.
    code.push_str(
        "/// The lønfradrag rules per forløb type and period (`content/law/regler.toml`).\n",
    );
    code.push_str("pub static LOENFRADRAG: &[Loenfradragsregel] = &[\n");
    let rules_checked = parse_date(&rules.checked, "regler.toml checked", &mut errs);
    for f in FORLOEB {
        let mut list: Vec<&LoenRule> = rules
            .loenfradrag
            .iter()
            .filter(|r| r.forloeb == f)
            .collect();
        if list.is_empty() {
            errs.push(format!("regler.toml: ingen lønfradragsregel for «{f}»"));
        }
        list.sort_by(|a, b| a.from.cmp(&b.from));
        for (i, r) in list.iter().enumerate() {
            let w = format!("regler.toml [[loenfradrag]] {} fra {}", r.forloeb, r.from);
            let from = parse_date(&r.from, &w, &mut errs);
            let to = r.to.as_deref().map(|t| parse_date(t, &w, &mut errs));
            match (to, list.get(i + 1)) {
                (Some(t), Some(next)) => {
                    let nf = parse_date(&next.from, &w, &mut errs);
                    if t.succ_opt() != Some(nf) {
                        errs.push(format!(
                            "{w}: slutter {t}, men næste periode begynder {nf} (overlap eller hul)"
                        ));
                    }
                }
                (None, Some(_)) => errs.push(format!(
                    "{w}: har ingen slutdato, men efterfølges af en anden periode"
                )),
                (Some(_), None) => {
                    errs.push(format!("{w}: den sidste periode må ikke have en slutdato"))
                }
                (None, None) => {}
            }
            check_status(&r.status, &w, &mut errs);
            check_sources(&r.sources, &w, &mut errs);
            let _ = writeln!(
                code,
                "    Loenfradragsregel {{ forloeb: Forloebstype::{}, fra: {}, til: {}, under_graense_pct: {}, over_graense_pct: {}, paragraf: {:?}, status: {}, kilder: &{:?}, note: {:?}, kontrolleret: {} }},",
                camel(f),
                date_code(from),
                match to {
                    Some(t) => format!("Some({})", date_code(t)),
                    None => "None".into(),
                },
                dec_code(dec(&r.under_pct, &w, &mut errs)),
                dec_code(dec(&r.over_pct, &w, &mut errs)),
                r.paragraf,
                status_code(&r.status),
                r.sources,
                r.note,
                date_code(rules_checked),
            );
        }
    }
    for r in &rules.loenfradrag {
        if !FORLOEB.contains(&r.forloeb.as_str()) {
            errs.push(format!("regler.toml: ukendt forløbstype «{}»", r.forloeb));
        }
    }
    code.push_str("];\n\n");

    // Key dates.
    code.push_str("/// Key dates of the law (`content/law/regler.toml` [datoer]).\npub mod datoer {\n    use super::*;\n");
    for (id, d) in &rules.datoer {
        let w = format!("regler.toml [datoer.{id}]");
        check_status(&d.status, &w, &mut errs);
        check_sources(&d.sources, &w, &mut errs);
        let date = parse_date(&d.date, &w, &mut errs);
        let _ = writeln!(
            code,
            "    /// {}\n    pub static {}: Lovdato = Lovdato {{ dato: {}, navn: {:?}, paragraf: {:?}, status: {}, kilder: &{:?}, note: {:?}, kontrolleret: {} }};",
            d.name,
            id.to_uppercase(),
            date_code(date),
            d.name,
            d.paragraf,
            status_code(&d.status),
            d.sources,
            d.note,
            date_code(rules_checked),
        );
    }
    code.push_str("    /// Every key date with its id, for listings («Satser og kilder», the status report).\n    pub static ALLE: &[(&str, &Lovdato)] = &[\n");
    for id in rules.datoer.keys() {
        let _ = writeln!(code, "        ({id:?}, &{}),", id.to_uppercase());
    }
    code.push_str("    ];\n}\n\n");

    {
        let r = &rules.satsregulering;
        let w = "regler.toml [satsregulering]";
        check_status(&r.status, w, &mut errs);
        check_sources(&r.sources, w, &mut errs);
        check_sources(std::slice::from_ref(&r.officielle_satser), w, &mut errs);
        let pct = dec(&r.fradrag_procentpoint, w, &mut errs);
        let _ = writeln!(
            code,
            "/// The yearly satsregulering (`content/law/regler.toml` [satsregulering]).\npub static SATSREGULERING: Satsregulering = Satsregulering {{ paragraf: {:?}, fradrag_procentpoint: {}, fradrag_lov: {:?}, fradrag_forventet_aar: {:?}, officielle_satser: {:?}, status: {}, kilder: &{:?}, note: {:?}, kontrolleret: {} }};\n",
            r.paragraf,
            dec_code(pct),
            r.fradrag_lov,
            r.fradrag_forventet_aar,
            r.officielle_satser,
            status_code(&r.status),
            r.sources,
            r.note,
            date_code(rules_checked),
        );
    }
    gen_values(&rules, rules_checked, &mut code, &mut errs);
    gen_pension(&rules, rules_checked, &mut code, &mut errs);
    match hjemmel_kode(&dir.join("hjemmel.toml")) {
        Ok(k) => code.push_str(&k),
        Err(e) => errs.extend(e),
    }

    let _ = writeln!(
        code,
        "/// The oldest «checked» date of any law data file: the date the law data as a whole was last checked.\npub const LOVDATA_KONTROLLERET: NaiveDate = {};\n/// The latest year with rates.\npub const SENESTE_SATSAAR: i32 = {last_year};\n/// The first year with rates (`content/law/satser/`).\npub const FOERSTE_SATSAAR: i32 = {first_year};",
        date_code(oldest_check)
    );

    if !errs.is_empty() {
        return Err(errs);
    }
    std::fs::write(out, code).map_err(|e| vec![format!("{}: {e}", out.display())])
}

/// Counted rules (`[[vaerdier.id]]`): `pub mod vaerdier { pub static ID: &[Regelvaerdi] }`, periods sorted
/// and checked for overlap.
fn gen_values(rules: &Rules, checked: NaiveDate, code: &mut String, errs: &mut Vec<String>) {
    code.push_str("/// Counted rules: ages, lengths, deadlines (`content/law/regler.toml` [vaerdier]).\npub mod vaerdier {\n    use super::*;\n");
    for (id, list) in &rules.vaerdier {
        let mut rows = Vec::new();
        if list.is_empty() {
            errs.push(format!("regler.toml [vaerdier.{id}]: ingen perioder"));
        }
        for (i, v) in list.iter().enumerate() {
            let w = format!("regler.toml [[vaerdier.{id}]] nr. {}", i + 1);
            check_status(&v.status, &w, errs);
            check_sources(&v.sources, &w, errs);
            let Some((_, unit)) = UNITS.iter().find(|(u, _)| *u == v.unit) else {
                errs.push(format!("{w}: ukendt enhed «{}»", v.unit));
                continue;
            };
            check_unit_value(&v.unit, v.value, &w, errs);
            let from = Some(parse_date(&v.from, &w, errs));
            let to = v.to.as_deref().map(|d| parse_date(d, &w, errs));
            if let (Some(f), Some(t)) = (from, to) {
                if t < f {
                    errs.push(format!("{w}: slutter ({t}) før den begynder ({f})"));
                }
            }
            rows.push((from, to, unit, v, w));
        }
        rows.sort_by_key(|r| r.0);
        for pair in rows.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let overlap = match (a.1, b.0) {
                (Some(end), Some(start)) => start <= end,
                _ => true,
            };
            if overlap {
                errs.push(format!("{}: overlapper perioden efter", a.4));
            }
        }
        let _ = writeln!(
            code,
            "    pub static {}: &[Regelvaerdi] = &[",
            id.to_uppercase()
        );
        for (from, to, unit, v, _) in &rows {
            let _ = writeln!(
                code,
                "        Regelvaerdi {{ vaerdi: {}, enhed: Tidsenhed::{unit}, fra: {}, til: {}, navn: {:?}, paragraf: {:?}, status: {}, kilder: &{:?}, note: {:?}, kontrolleret: {} }},",
                v.value,
                opt_date(*from),
                opt_date(*to),
                v.name,
                v.paragraf,
                status_code(&v.status),
                v.sources,
                v.note,
                date_code(checked),
            );
        }
        code.push_str("    ];\n");
    }
    code.push_str("    /// Every counted rule with its id, for listings («Satser og kilder», the status report).\n    pub static ALLE: &[(&str, &[Regelvaerdi])] = &[\n");
    for id in rules.vaerdier.keys() {
        let _ = writeln!(code, "        ({id:?}, {}),", id.to_uppercase());
    }
    code.push_str("    ];\n}\n\n");
}

/// The folkepensionsalder table: contiguous rows by date of birth.
fn gen_pension(rules: &Rules, checked: NaiveDate, code: &mut String, errs: &mut Vec<String>) {
    let rows = &rules.folkepensionsalder;
    if rows.is_empty() {
        errs.push("regler.toml: ingen [[folkepensionsalder]]".into());
    }
    code.push_str("/// Folkepensionsalder by date of birth (`content/law/regler.toml` [[folkepensionsalder]]).\n");
    code.push_str("pub static FOLKEPENSIONSALDER: &[Folkepensionsraekke] = &[\n");
    for (i, r) in rows.iter().enumerate() {
        let w = format!("regler.toml [[folkepensionsalder]] nr. {}", i + 1);
        check_status(&r.status, &w, errs);
        check_sources(&r.sources, &w, errs);
        let from = r.born_from.as_deref().map(|d| parse_date(d, &w, errs));
        let to = r.born_to.as_deref().map(|d| parse_date(d, &w, errs));
        if (i == 0) != from.is_none() {
            errs.push(format!("{w}: kun den første række er uden born_from"));
        }
        if (i + 1 == rows.len()) != to.is_none() {
            errs.push(format!("{w}: kun den sidste række er uden born_to"));
        }
        if let (Some(t), Some(next)) = (to, rows.get(i + 1)) {
            let nf = next.born_from.as_deref().map(|d| parse_date(d, &w, errs));
            if t.succ_opt() != nf {
                errs.push(format!(
                    "{w}: næste række begynder ikke dagen efter {t} (hul eller overlap)"
                ));
            }
        }
        if r.months >= 12 || !(60..=80).contains(&r.years) {
            errs.push(format!(
                "{w}: alderen {} år {} md. er ikke plausibel",
                r.years, r.months
            ));
        }
        let _ = writeln!(
            code,
            "    Folkepensionsraekke {{ foedt_fra: {}, foedt_til: {}, aar: {}, maaneder: {}, paragraf: {:?}, status: {}, kilder: &{:?}, note: {:?}, kontrolleret: {} }},",
            opt_date(from),
            opt_date(to),
            r.years,
            r.months,
            r.paragraf,
            status_code(&r.status),
            r.sources,
            r.note,
            date_code(checked),
        );
    }
    code.push_str("];\n\n");
}

fn opt_date(d: Option<NaiveDate>) -> String {
    match d {
        Some(d) => format!("Some({})", date_code(d)),
        None => "None".into(),
    }
}

fn read_toml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn parse_date(s: &str, w: &str, errs: &mut Vec<String>) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|_| {
        errs.push(format!("{w}: «{s}» er ikke en dato (ÅÅÅÅ-MM-DD)"));
        NaiveDate::MIN
    })
}

fn dec(s: &str, w: &str, errs: &mut Vec<String>) -> Decimal {
    match Decimal::from_str(s) {
        Ok(d) if d.is_sign_negative() => {
            errs.push(format!("{w}: negativ værdi «{s}»"));
            d
        }
        Ok(d) => d,
        Err(_) => {
            errs.push(format!(
                "{w}: «{s}» er ikke et decimaltal (brug punktum som decimaltegn)"
            ));
            Decimal::ZERO
        }
    }
}

fn check_status(s: &str, w: &str, errs: &mut Vec<String>) {
    if !STATUSES.contains(&s) {
        errs.push(format!("{w}: status «{s}» skal være en af {STATUSES:?}"));
    }
}

fn check_sources(sources: &[String], w: &str, errs: &mut Vec<String>) {
    if sources.is_empty() {
        errs.push(format!("{w}: ingen kilde"));
    }
    for s in sources {
        let ok = (s.starts_with("https://") || s.starts_with("http://"))
            && s.split("://")
                .nth(1)
                .is_some_and(|rest| rest.contains('.') && !rest.starts_with('/'))
            && !s.contains(char::is_whitespace);
        if !ok {
            errs.push(format!(
                "{w}: kilden «{s}» er ikke en gyldig http(s)-adresse"
            ));
        }
    }
}

fn jan1(y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn first_monday_of(y: i32) -> NaiveDate {
    let mut d = jan1(y);
    while d.weekday() != Weekday::Mon {
        d = d.succ_opt().unwrap_or(d);
    }
    d
}

fn camel(id: &str) -> String {
    id.split('_')
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

fn unit_variant(u: &str) -> &'static str {
    match u {
        "kr/md" => "KrPrMaaned",
        "kr/uge" => "KrPrUge",
        "kr/time" => "KrPrTime",
        _ => "KrPrDag",
    }
}

fn status_code(s: &str) -> &'static str {
    match s {
        "official" => "Status::Officiel",
        "secondary" => "Status::Sekundaer",
        "derived" => "Status::Afledt",
        "mapped" => "Status::Overfoert",
        _ => "Status::IkkeEfterproevet",
    }
}

fn date_code(d: NaiveDate) -> String {
    format!("dato({}, {}, {})", d.year(), d.month(), d.day())
}

fn dec_code(d: Decimal) -> String {
    let m = d.mantissa();
    let lo = (m & 0xFFFF_FFFF) as u32;
    let mid = ((m >> 32) & 0xFFFF_FFFF) as u32;
    let hi = ((m >> 64) & 0xFFFF_FFFF) as u32;
    format!(
        "Decimal::from_parts({lo}, {mid}, {hi}, false, {})",
        d.scale()
    )
}

fn opt_dec(d: Option<Decimal>) -> String {
    match d {
        Some(d) => format!("Some({})", dec_code(d)),
        None => "None".into(),
    }
}

/// One legal reference the rule code cites (`content/law/hjemmel.toml`, one table per id).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HjemmelDef {
    paragraf: String,
    sources: Vec<String>,
    status: String,
    checked: String,
    note: Option<String>,
}

/// `content/law/hjemmel.toml` → the enum `Hjemmel` (one variant per id, sorted by id), the table `HJEMLER`
/// and `Hjemmel::post`. Refuses a malformed id (lower-case ASCII letters, digits and `_`, starting with a
/// letter), an id whose variant name collides with another's, an unknown field, an empty §, a missing or
/// unknown status, no source or a source that is not `https://`, and a malformed `checked` date. An id the
/// rule code uses but the file lacks is a compile error (the variant does not exist).
pub fn hjemmel_kode(path: &Path) -> Result<String, Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    // `toml::Table` is sorted by id; the order only decides the variants' order.
    let table: toml::Table =
        toml::from_str(&text).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let mut errs = Vec::new();
    let mut poster: Vec<(String, String, HjemmelDef)> = Vec::new();
    for (id, value) in table {
        let w = format!("hjemmel.toml [{id}]");
        let id_ok = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !id.ends_with('_')
            && !id.contains("__");
        if !id_ok {
            errs.push(format!(
                "{w}: ugyldigt id (små bogstaver a–z, cifre og _, begynder med et bogstav)"
            ));
            continue;
        }
        let def: HjemmelDef = match value.try_into() {
            Ok(d) => d,
            Err(e) => {
                errs.push(format!("{w}: {e}"));
                continue;
            }
        };
        if def.paragraf.trim().is_empty() {
            errs.push(format!("{w}: paragraf mangler (tom)"));
        }
        check_status(&def.status, &w, &mut errs);
        check_sources(&def.sources, &w, &mut errs);
        for s in &def.sources {
            if !s.starts_with("https://") {
                errs.push(format!("{w}: kilden «{s}» skal være en https-adresse"));
            }
        }
        parse_date(&def.checked, &w, &mut errs);
        let variant = camel(&id);
        if poster.iter().any(|(_, v, _)| *v == variant) {
            errs.push(format!("{w}: giver samme navn ({variant}) som et andet id"));
        }
        poster.push((id, variant, def));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let mut code = String::new();
    code.push_str("/// A legal reference the rule code cites (`content/law/hjemmel.toml`): its § text and sources.\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Hjemmel {\n");
    for (id, variant, d) in &poster {
        let _ = writeln!(code, "    /// `{id}`: {}\n    {variant},", d.paragraf);
    }
    code.push_str("}\n\n/// Every legal reference of `content/law/hjemmel.toml`, sorted by id.\npub static HJEMLER: &[Hjemmelpost] = &[\n");
    let mut errs = Vec::new();
    for (id, variant, d) in &poster {
        let checked = parse_date(&d.checked, id, &mut errs);
        let _ = writeln!(
            code,
            "    Hjemmelpost {{ id: {id:?}, hjemmel: Hjemmel::{variant}, paragraf: {:?}, status: {}, kilder: &{:?}, note: {}, kontrolleret: {} }},",
            d.paragraf,
            status_code(&d.status),
            d.sources,
            match &d.note {
                Some(n) => format!("if cfg!(target_arch = \"wasm32\") {{ None }} else {{ Some({n:?}) }}"),
                None => "None".into(),
            },
            date_code(checked),
        );
    }
    code.push_str("];\n\nimpl Hjemmel {\n    /// The entry of this reference in [`HJEMLER`].\n    pub fn post(self) -> &'static Hjemmelpost {\n        match self {\n");
    for (i, (_, variant, _)) in poster.iter().enumerate() {
        let _ = writeln!(code, "            Hjemmel::{variant} => &HJEMLER[{i}],");
    }
    code.push_str("        }\n    }\n}\n\n");
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_up_to_100_passes_and_above_is_refused() {
        let mut errs = Vec::new();
        check_unit_value("procent", 100, "x", &mut errs);
        check_unit_value("procent", 75, "x", &mut errs);
        // Other units are counts, not shares.
        check_unit_value("uger", 520, "x", &mut errs);
        assert!(errs.is_empty(), "{errs:?}");
        check_unit_value(
            "procent",
            101,
            "regler.toml [[vaerdier.y]] nr. 1",
            &mut errs,
        );
        assert_eq!(
            errs,
            vec!["regler.toml [[vaerdier.y]] nr. 1: 101 procent er over 100".to_string()]
        );
        assert!(UNITS
            .iter()
            .any(|(u, v)| *u == "procent" && *v == "Procent"));
    }
}
