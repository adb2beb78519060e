//! The calculator registry (`content/beregnere.toml`): read, checked and turned into the Rust enum
//! `Beregner` with its texts, so every list of calculators in the app is generated from one file.
//! The rights-guide build and the tests read the same file (see its header).

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One calculator of the registry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Beregner {
    /// The route name (`#/<navn>`), the embed name and the share-link/storage name.
    pub navn: String,
    /// The Rust variant of `Beregner`.
    pub variant: String,
    /// The page's heading, menu entry and embed-list entry.
    pub titel: String,
    /// The link text where a rights page points to the calculator.
    pub handling: String,
    /// The front page's card text (may contain `{{dato:<id>}}` for a key date of `content/law/regler.toml`).
    pub beskrivelse: String,
    /// The page's introduction under its heading (`<p class="indledning">`), also written into the page's
    /// skeleton in index.html; may contain the placeholders of [`PLADSHOLDERE`].
    pub indledning: String,
    pub menu: bool,
    /// A card under «Alle dele af Ressourceguiden» on the front page.
    pub forside: bool,
    pub indlejres: bool,
    pub golden: bool,
    /// The rule's module under `src/rules/`, e.g. `aktivloven::ferie` (file `src/rules/aktivloven/ferie.rs`).
    /// With `golden = true` it has the golden cases' adapter `GyldenKald` (`regler::gylden`), which the golden
    /// runner finds from here.
    #[serde(default)]
    pub regel: Option<String>,
    /// The module that words the rule's result in Danish, e.g. `aktivloven::ferietekst`. The rules crate's
    /// build writes `pub mod` lines for `regel` and `tekst` into their folder's `mod.rs` ([`skriv_regel_moduler`]).
    #[serde(default)]
    pub tekst: Option<String>,
}

impl Beregner {
    /// The Rust module of the calculator's page and fields: `src/ui/sider/<modul>.rs`, `navn` with «-» → «_».
    pub fn modul(&self) -> String {
        self.navn.replace('-', "_")
    }
}

/// A main-menu section that is not a calculator.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Afsnit {
    pub href: String,
    pub titel: String,
    pub beskrivelse: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub beregner: Vec<Beregner>,
    #[serde(default)]
    pub afsnit: Vec<Afsnit>,
}

/// The registry as shipped in the repository (compiled in, so every user of this module reads the same file
/// without knowing where the crate lives).
pub const REGISTER_TOML: &str = include_str!("../../content/beregnere.toml");

/// The placeholders an introduction may use, filled in from the law data (the app's `register::udfyld`).
pub const PLADSHOLDERE: &str = "{{dato:<id>}} «1. februar 2026», {{år:<id>}} «2013» (ids of [datoer] in \
                                content/law/regler.toml), {{værdi:<id>}} «4 uger» ([vaerdier]), {{satsår}} (the \
                                newest rate year)";

/// The placeholders `{{art:id}}` / `{{art}}` in a text, as (art, id).
pub fn pladsholdere_i(tekst: &str) -> Vec<(String, String)> {
    tekst
        .split("{{")
        .skip(1)
        .filter_map(|r| r.split_once("}}").map(|(p, _)| p))
        .map(|p| match p.split_once(':') {
            Some((a, id)) => (a.trim().to_string(), id.trim().to_string()),
            None => (p.trim().to_string(), String::new()),
        })
        .collect()
}

/// Parses and checks the registry; `datoer` are the ids of the key dates a text may name, `vaerdier` those of the
/// counted rule values (`[vaerdier]` of content/law/regler.toml).
pub fn laes(
    tekst: &str,
    datoer: &BTreeSet<String>,
    vaerdier: &BTreeSet<String>,
) -> Result<Register, Vec<String>> {
    let r: Register = toml::from_str(tekst).map_err(|e| vec![format!("{e}")])?;
    let mut errs = Vec::new();
    let (mut navne, mut varianter) = (BTreeSet::new(), BTreeSet::new());
    if r.beregner.is_empty() {
        errs.push("ingen [[beregner]]".to_string());
    }
    for b in &r.beregner {
        let w = format!("[[beregner]] «{}»", b.navn);
        if b.navn.is_empty()
            || !b.navn.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            || b.navn.starts_with('-')
        {
            errs.push(format!("{w}: navn skal være små bogstaver a–z og «-»"));
        }
        if !navne.insert(b.navn.as_str()) {
            errs.push(format!("{w}: navn står der to gange"));
        }
        let mut tegn = b.variant.chars();
        if !(tegn.next().is_some_and(|c| c.is_ascii_uppercase())
            && tegn.all(|c| c.is_ascii_alphanumeric()))
        {
            errs.push(format!("{w}: variant «{}» er ikke et Rust-navn", b.variant));
        }
        if !varianter.insert(b.variant.as_str()) {
            errs.push(format!("{w}: variant står der to gange"));
        }
        for (felt, v) in [
            ("titel", &b.titel),
            ("handling", &b.handling),
            ("beskrivelse", &b.beskrivelse),
            ("indledning", &b.indledning),
        ] {
            if v.trim().is_empty() {
                errs.push(format!("{w}: {felt} er tom"));
            }
        }
        for (felt, sti) in [("regel", &b.regel), ("tekst", &b.tekst)] {
            if let Some(sti) = sti.as_ref().filter(|s| !er_modulsti(s)) {
                errs.push(format!(
                    "{w}: {felt} «{sti}» skal være en modulsti under src/rules/ (fx «aktivloven::ferie»)"
                ));
            }
        }
        if b.golden && b.regel.is_none() {
            errs.push(format!(
                "{w}: golden = true kræver regel (modulet med de gyldne cases' GyldenKald)"
            ));
        }
        for (art, id) in pladsholdere_i(&b.indledning) {
            let kendt = match art.as_str() {
                "dato" | "år" => datoer.contains(&id),
                "værdi" => vaerdier.contains(&id),
                "satsår" => id.is_empty(),
                _ => false,
            };
            if !kendt {
                errs.push(format!(
                    "{w}: indledning: «{{{{{art}{}{id}}}}}» er ikke en pladsholder for en dato, en værdi eller                      satsåret i content/law/ ({PLADSHOLDERE})",
                    if id.is_empty() { "" } else { ":" }
                ));
            }
        }
        for id in datoer_i(&b.beskrivelse) {
            if !datoer.contains(&id) {
                errs.push(format!(
                    "{w}: beskrivelse: «{{{{dato:{id}}}}}» er ikke en dato i content/law/regler.toml [datoer]"
                ));
            }
        }
    }
    for a in &r.afsnit {
        if !a.href.starts_with("#/") || a.titel.trim().is_empty() || a.beskrivelse.trim().is_empty()
        {
            errs.push(format!(
                "[[afsnit]] «{}»: href skal begynde med «#/», titel og beskrivelse må ikke være tomme",
                a.href
            ));
        }
    }
    if errs.is_empty() {
        Ok(r)
    } else {
        Err(errs)
    }
}

/// A module path under `src/rules/`: `navn` or `mappe::navn`, lower case a–z, 0–9 and «_».
fn er_modulsti(sti: &str) -> bool {
    let dele: Vec<&str> = sti.split("::").collect();
    dele.len() <= 2
        && dele.iter().all(|d| {
            d.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && d.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

/// Reads the registry without checking its texts against the law data (the app's build does that with
/// [`laes`]): for the rules crate's build script, which needs only `regel`, `tekst` and `golden`.
pub fn laes_regler(tekst: &str) -> Result<Register, Vec<String>> {
    let r: Register = toml::from_str(tekst).map_err(|e| vec![format!("{e}")])?;
    let errs: Vec<String> = r
        .beregner
        .iter()
        .flat_map(|b| [b.regel.as_ref(), b.tekst.as_ref()])
        .flatten()
        .filter(|s| !er_modulsti(s))
        .map(|s| format!("«{s}» er ikke en modulsti under src/rules/ (fx «aktivloven::ferie»)"))
        .collect();
    if errs.is_empty() {
        Ok(r)
    } else {
        Err(errs)
    }
}

/// The golden runner's dispatch (`tests/golden.rs`), for the rules crate: `GYLDNE` (the calculators with
/// `golden = true`) and the macro `med_gylden!(calc, G => expr)`, which evaluates `Some(expr)` with `G` the
/// `GyldenKald` of the calculator named `calc` (in its `regel` module), or gives `None` for another name.
pub fn gylden_kode(r: &Register) -> String {
    let gyldne: Vec<&Beregner> = r
        .beregner
        .iter()
        .filter(|b| b.golden && b.regel.is_some())
        .collect();
    let mut c = String::from(
        "// Generated by src/build/beregnere.rs from content/beregnere.toml. Do not edit.\n\n\
         /// The calculators with golden cases (`golden = true` in content/beregnere.toml), in registry order.\n",
    );
    let _ = writeln!(
        c,
        "pub const GYLDNE: [&str; {}] = [{}];\n",
        gyldne.len(),
        gyldne
            .iter()
            .map(|b| format!("{:?}", b.navn))
            .collect::<Vec<_>>()
            .join(", ")
    );
    c.push_str(
        "/// `med_gylden!(calc, G => expr)`: `Some(expr)` with `G` the golden adapter ([`Gylden`]) of the calculator\n\
         /// named `calc`, or `None` when no calculator of the registry with golden cases has that name.\n\
         #[macro_export]\nmacro_rules! med_gylden {\n    ($calc:expr, $G:ident => $e:expr) => {\n        match $calc {\n",
    );
    for b in gyldne {
        let _ = writeln!(
            c,
            "            {:?} => {{\n                type $G = $crate::{}::GyldenKald;\n                Some($e)\n            }}",
            b.navn,
            b.regel.as_deref().unwrap_or_default()
        );
    }
    c.push_str("            _ => None,\n        }\n    };\n}\n");
    c
}

/// The first line of a `mod.rs`'s generated region. The build scripts write the `pub mod` lines of the
/// registry's modules between it and [`REGION_SLUT`], so nobody keeps a list of calculators in step by hand. The
/// lines are in the source, not in `OUT_DIR`, because `cargo mutants`, `cargo fmt` and editors find a crate's
/// files by following the `mod` lines in its source.
pub const REGION_START: &str =
    "// >>> Written by the build script from content/beregnere.toml. Do not edit: change the registry.";
/// The last line of the generated region.
pub const REGION_SLUT: &str = "// <<< End of the lines written from the registry.";

/// `kilde` with the lines between its region's markers replaced by a `pub mod` line for each of `moduler`;
/// `None` when it has no region (both markers, start first).
fn med_region(kilde: &str, moduler: &BTreeSet<String>) -> Option<String> {
    let (foer, rest) = kilde.split_once(REGION_START)?;
    let (_, efter) = rest.split_once(REGION_SLUT)?;
    let mut ny = format!("{foer}{REGION_START}\n");
    for m in moduler {
        let _ = writeln!(ny, "pub mod {m};");
    }
    ny.push_str(REGION_SLUT);
    ny.push_str(efter);
    Some(ny)
}

/// Writes the `pub mod` lines of `moduler` into the region of the file `fil`, only when they changed (so cargo
/// rebuilds nothing and a clean checkout is never modified). `vis` is the file's name in a message.
fn skriv_region(fil: &Path, vis: &str, moduler: &BTreeSet<String>) -> Result<(), String> {
    let kilde = std::fs::read_to_string(fil).map_err(|e| format!("kunne ikke læse {vis}: {e}"))?;
    let ny = med_region(&kilde, moduler).ok_or_else(|| {
        format!("{vis} har ikke de to linjer «{REGION_START}» og «{REGION_SLUT}», som bygget skriver imellem")
    })?;
    if ny != kilde {
        std::fs::write(fil, ny).map_err(|e| format!("kunne ikke skrive {vis}: {e}"))?;
    }
    Ok(())
}

/// The rule and text modules the registry names (`regel`, `tekst`), per folder of `src/rules/` (`""` = the
/// crate root), each once.
fn regel_moduler(r: &Register) -> BTreeMap<String, BTreeSet<String>> {
    let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for sti in r
        .beregner
        .iter()
        .flat_map(|b| [b.regel.as_ref(), b.tekst.as_ref()])
        .flatten()
    {
        let (mappe, navn) = sti.rsplit_once("::").unwrap_or(("", sti));
        m.entry(mappe.to_string())
            .or_default()
            .insert(navn.to_string());
    }
    m
}

/// The rules crate's build: writes the `pub mod` lines of the calculators' rule and text modules
/// ([`regel_moduler`]) into the generated region of their folder's `mod.rs` under `regler` (`src/rules/`).
/// Every `mod.rs` there with a region gets its lines (none when the registry names no module in its folder).
/// Refused with a Danish message: a module without its file, a folder whose `mod.rs` has no region. Returns
/// the `mod.rs` files with a region (the build watches them, so a hand edit is written over).
pub fn skriv_regel_moduler(r: &Register, regler: &Path) -> Result<Vec<PathBuf>, Vec<String>> {
    let moduler = regel_moduler(r);
    let mut errs = Vec::new();
    let mut filer = Vec::new();
    let mut mapper: BTreeSet<String> = BTreeSet::from([String::new()]);
    if let Ok(indhold) = std::fs::read_dir(regler) {
        for e in indhold.flatten() {
            if e.path().join("mod.rs").is_file() {
                mapper.insert(e.file_name().to_string_lossy().into_owned());
            }
        }
    }
    mapper.extend(moduler.keys().cloned());
    for mappe in mapper {
        let dir = regler.join(&mappe);
        let vis = |fil: &str| {
            if mappe.is_empty() {
                format!("src/rules/{fil}")
            } else {
                format!("src/rules/{mappe}/{fil}")
            }
        };
        let navne = moduler.get(&mappe).cloned().unwrap_or_default();
        for n in &navne {
            if !dir.join(format!("{n}.rs")).is_file() {
                errs.push(format!(
                    "registret nævner modulet «{}» (regel eller tekst), men filen {} findes ikke",
                    if mappe.is_empty() {
                        n.clone()
                    } else {
                        format!("{mappe}::{n}")
                    },
                    vis(&format!("{n}.rs"))
                ));
            }
        }
        let modrs = dir.join("mod.rs");
        let har_region = std::fs::read_to_string(&modrs)
            .map(|k| med_region(&k, &BTreeSet::new()).is_some())
            .unwrap_or(false);
        if !har_region && navne.is_empty() {
            continue;
        }
        match skriv_region(&modrs, &vis("mod.rs"), &navne) {
            Ok(()) => filer.push(modrs),
            Err(e) => errs.push(e),
        }
    }
    if errs.is_empty() {
        Ok(filer)
    } else {
        Err(errs)
    }
}

/// The app's build: writes the `pub mod` line of each calculator's page module (`src/ui/sider/<modul>.rs`,
/// [`Beregner::modul`]) into the generated region of `sider/mod.rs` (`sider` = `src/ui/sider/`). A
/// calculator without its page file is refused with a Danish message.
pub fn skriv_side_moduler(r: &Register, sider: &Path) -> Result<(), Vec<String>> {
    let mut errs = Vec::new();
    let mut navne = BTreeSet::new();
    for b in &r.beregner {
        if sider.join(format!("{}.rs", b.modul())).is_file() {
            navne.insert(b.modul());
        } else {
            errs.push(format!(
                "[[beregner]] «{}»: filen src/ui/sider/{}.rs med beregnerens felter og side findes ikke \
                 (README «Sådan tilføjer du en beregner»)",
                b.navn,
                b.modul()
            ));
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    skriv_region(&sider.join("mod.rs"), "src/ui/sider/mod.rs", &navne).map_err(|e| vec![e])
}

/// The ids named by `{{dato:<id>}}` placeholders in a text.
pub fn datoer_i(tekst: &str) -> Vec<String> {
    tekst
        .split("{{dato:")
        .skip(1)
        .filter_map(|r| r.split_once("}}").map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// The Rust code of the registry: `enum Beregner`, `BEREGNERE` (registry order) and `AFSNIT`.
pub fn rust_kode(r: &Register) -> String {
    let mut c = String::from(
        "// Generated by src/build/beregnere.rs from content/beregnere.toml. Do not edit.\n\n\
         /// A calculator of the registry (`content/beregnere.toml`).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Beregner {\n",
    );
    for b in &r.beregner {
        let _ = writeln!(c, "    /// {}\n    {},", b.titel, b.variant);
    }
    c.push_str("}\n\n/// Every calculator, in the registry's (menu) order.\n");
    let _ = writeln!(
        c,
        "pub const BEREGNERE: [Beregner; {}] = [{}];\n",
        r.beregner.len(),
        r.beregner
            .iter()
            .map(|b| format!("Beregner::{}", b.variant))
            .collect::<Vec<_>>()
            .join(", ")
    );
    c.push_str("impl Beregner {\n");
    for (fun, doc, ty, val) in [
        (
            "navn",
            "The route, embed, share-link and storage name.",
            "&'static str",
            Box::new(|b: &Beregner| format!("{:?}", b.navn)) as Box<dyn Fn(&Beregner) -> String>,
        ),
        (
            "titel",
            "The page's heading, menu entry and embed-list entry.",
            "&'static str",
            Box::new(|b: &Beregner| format!("{:?}", b.titel)),
        ),
        (
            "handling",
            "The link text where a rights page points to the calculator.",
            "&'static str",
            Box::new(|b: &Beregner| format!("{:?}", b.handling)),
        ),
        (
            "beskrivelse_skabelon",
            "The front page's card text, with `{{dato:<id>}}` placeholders (see `beskrivelse`).",
            "&'static str",
            Box::new(|b: &Beregner| format!("{:?}", b.beskrivelse)),
        ),
        (
            "indledning_skabelon",
            "The page's introduction, with placeholders (see `indledning`).",
            "&'static str",
            Box::new(|b: &Beregner| format!("{:?}", b.indledning)),
        ),
        (
            "i_menu",
            "In the main menu.",
            "bool",
            Box::new(|b: &Beregner| b.menu.to_string()),
        ),
        (
            "paa_forsiden",
            "A card under «Alle dele af Ressourceguiden» on the front page.",
            "bool",
            Box::new(|b: &Beregner| b.forside.to_string()),
        ),
        (
            "indlejres",
            "Can be embedded (`#/indlejr/<navn>`).",
            "bool",
            Box::new(|b: &Beregner| b.indlejres.to_string()),
        ),
        (
            "golden",
            "Has golden cases in tests/golden/.",
            "bool",
            Box::new(|b: &Beregner| b.golden.to_string()),
        ),
    ] {
        let _ = writeln!(
            c,
            "    /// {doc}\n    pub const fn {fun}(self) -> {ty} {{\n        match self {{"
        );
        for b in &r.beregner {
            let _ = writeln!(c, "            Beregner::{} => {},", b.variant, val(b));
        }
        c.push_str("        }\n    }\n\n");
    }
    c.push_str(
        "    /// The calculator with this route name.\n    pub fn fra_navn(navn: &str) -> Option<Beregner> {\n        \
         BEREGNERE.into_iter().find(|b| b.navn() == navn)\n    }\n}\n\n",
    );
    let _ = writeln!(
        c,
        "/// The main menu's sections that are not calculators: (href, title, description).\npub const AFSNIT: [(&str, &str, &str); {}] = [",
        r.afsnit.len()
    );
    for a in &r.afsnit {
        let _ = writeln!(c, "    ({:?}, {:?}, {:?}),", a.href, a.titel, a.beskrivelse);
    }
    c.push_str("];\n\n");
    let menu: Vec<(String, String)> = r
        .beregner
        .iter()
        .filter(|b| b.menu)
        .map(|b| (format!("#/{}", b.navn), b.titel.clone()))
        .chain(r.afsnit.iter().map(|a| (a.href.clone(), a.titel.clone())))
        .collect();
    let _ = writeln!(
        c,
        "/// The main menu, in order: (href, link text = page heading): the calculators with `menu = true`, then\n\
         /// the sections.\npub const HOVEDMENU: [(&str, &str); {}] = [",
        menu.len()
    );
    for (href, titel) in &menu {
        let _ = writeln!(c, "    ({href:?}, {titel:?}),");
    }
    c.push_str("];\n");
    c
}

/// The value of `RG_KUN` for the app's pages without any calculator (README «Én beregner ad gangen»); no calculator
/// may have this name.
pub const SIDER: &str = "sider";

/// The Rust code of the calculators' pages (`src/ui/sider/mod.rs` includes it), from the registry: the page
/// dispatch `beregner()` and the macro `med_skema!` that runs code for a calculator's `Skema` type (the fuzzer
/// and the tests use it). The page modules themselves (`src/ui/sider/<modul>.rs`: its fields, its `Skema` type
/// named after `variant`, and its page component `Side`) are declared by [`skriv_side_moduler`].
pub fn sider_kode(r: &Register, kun: Option<&str>) -> String {
    let mut c = String::from(
        "// Generated by src/build/beregnere.rs from content/beregnere.toml. Do not edit.\n",
    );
    match (
        kun,
        kun.and_then(|k| r.beregner.iter().find(|b| b.navn == k)),
    ) {
        // The pages without a calculator: every calculator is the whole app's.
        (Some(SIDER), _) => c.push_str(
            "\n/// A calculator's page: the whole app's (`RG_KUN=sider`).\n\
             fn beregner(_: Beregner) -> AnyView {\n    super::overdrag::til_hele_appen()\n}\n\n",
        ),
        // A build of one calculator (`RG_KUN`): its page; every other page is the whole app's.
        (_, Some(b)) => {
            let _ = writeln!(
                c,
                "\n/// A calculator's page: this build's one calculator (`RG_KUN`), or the whole app's.\n\
                 fn beregner(b: Beregner) -> AnyView {{\n    match b {{\n        \
                 Beregner::{v} => {m}::Side().into_any(),\n        \
                 #[allow(unreachable_patterns)]\n        _ => super::overdrag::til_hele_appen(),\n    }}\n}}\n\n\
                 /// The one calculator of this build (`RG_KUN`).\npub const KUN: Beregner = Beregner::{v};\n",
                v = b.variant,
                m = b.modul()
            );
        }
        _ => {
            c.push_str(
                "\n/// A calculator's page (the same page in the app and in embed mode).\n\
                 fn beregner(b: Beregner) -> AnyView {\n    match b {\n",
            );
            for b in &r.beregner {
                let _ = writeln!(
                    c,
                    "        Beregner::{} => {}::Side().into_any(),",
                    b.variant,
                    b.modul()
                );
            }
            c.push_str("    }\n}\n\n");
        }
    }
    c.push_str(
        "/// `med_skema!(b, S => expr)`: `expr` with `S` the `Skema` type of the calculator `b` (a\n\
         /// `Beregner`), for code that is generic over the calculators (the fuzzer, the tests). Exhaustive, as\n\
         /// the registry is.\n#[macro_export]\nmacro_rules! med_skema {\n    ($b:expr, $S:ident => $e:expr) => {\n        match $b {\n",
    );
    for b in &r.beregner {
        let _ = writeln!(
            c,
            "            $crate::ui::register::Beregner::{v} => {{\n                type $S = $crate::ui::sider::{m}::{v};\n                $e\n            }}",
            v = b.variant,
            m = b.modul()
        );
    }
    c.push_str("        }\n    };\n}\n");
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn register(tekst: &str) -> Register {
        laes(tekst, &BTreeSet::new(), &BTreeSet::new()).expect("a valid registry")
    }

    const TO_ORD: &str = "[[beregner]]\nnavn = \"to-ord\"\nvariant = \"ToOrd\"\ntitel = \"T\"\nhandling = \"H\"\n\
                          beskrivelse = \"B\"\nindledning = \"I\"\nmenu = true\nforside = true\nindlejres = true\n\
                          golden = false\n";

    fn mappe(navn: &str) -> PathBuf {
        let m = std::env::temp_dir().join(format!("rg-{navn}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&m);
        std::fs::create_dir_all(&m).expect("a temporary folder");
        m
    }

    #[test]
    fn every_calculator_needs_its_page_file_and_gets_its_module_and_dispatch() {
        let r = register(TO_ORD);
        let sider = mappe("sider");
        let modrs = format!("//! Sider.\n\nmod om;\n\n{REGION_START}\npub mod gammel;\n{REGION_SLUT}\n\nfn f() {{}}\n");
        std::fs::write(sider.join("mod.rs"), &modrs).expect("write mod.rs");
        let fejl = skriv_side_moduler(&r, &sider).expect_err("no page file yet");
        assert!(
            fejl[0].contains("src/ui/sider/to_ord.rs") && fejl[0].contains("«to-ord»"),
            "{fejl:?}"
        );
        std::fs::write(sider.join("to_ord.rs"), "").expect("write the page file");
        skriv_side_moduler(&r, &sider).expect("the page file is there");
        let ny = std::fs::read_to_string(sider.join("mod.rs")).expect("read mod.rs");
        assert_eq!(
            ny,
            format!("//! Sider.\n\nmod om;\n\n{REGION_START}\npub mod to_ord;\n{REGION_SLUT}\n\nfn f() {{}}\n")
        );
        let kode = sider_kode(&r, None);
        assert!(
            kode.contains("Beregner::ToOrd => to_ord::Side().into_any(),"),
            "{kode}"
        );
        assert!(
            kode.contains("type $S = $crate::ui::sider::to_ord::ToOrd;"),
            "{kode}"
        );
        assert!(!kode.contains("overdrag"), "{kode}");
        // A build of one calculator keeps its page and hands the rest to the whole app; the pages' build keeps
        // no calculator.
        let kun = sider_kode(&r, Some("to-ord"));
        assert!(
            kun.contains("Beregner::ToOrd => to_ord::Side().into_any(),")
                && kun.contains("_ => super::overdrag::til_hele_appen(),")
                && kun.contains("pub const KUN: Beregner = Beregner::ToOrd;"),
            "{kun}"
        );
        let uden = sider_kode(&r, Some(SIDER));
        assert!(
            !uden.contains("::Side()")
                && uden.contains("fn beregner(_: Beregner) -> AnyView {\n    super::overdrag::til_hele_appen()\n}"),
            "{uden}"
        );
        let _ = std::fs::remove_dir_all(&sider);
    }

    #[test]
    fn the_rules_mod_lines_follow_regel_and_tekst_into_their_folders() {
        let r = register(&format!(
            "{TO_ORD}regel = \"lov::to_ord\"\ntekst = \"to_ordtekst\"\n\n{}",
            TO_ORD
                .replace("to-ord", "tre")
                .replace("ToOrd", "Tre")
                .replace(
                    "golden = false\n",
                    "golden = false\nregel = \"lov::tre\"\ntekst = \"lov::to_ord\"\n"
                )
        ));
        let regler = mappe("regler");
        std::fs::create_dir_all(regler.join("lov")).expect("a law folder");
        std::fs::create_dir_all(regler.join("tom")).expect("a folder without calculators");
        let region = |linjer: &str| {
            format!("//! X.\n\npub mod andet;\n{REGION_START}\n{linjer}{REGION_SLUT}\n")
        };
        std::fs::write(regler.join("mod.rs"), region("")).expect("write mod.rs");
        std::fs::write(regler.join("lov/mod.rs"), "//! Lov.\n").expect("write lov/mod.rs");
        std::fs::write(regler.join("tom/mod.rs"), region("pub mod vaek;\n"))
            .expect("write tom/mod.rs");
        let fejl = skriv_regel_moduler(&r, &regler).expect_err("no files, no region in lov/mod.rs");
        assert!(
            fejl.iter()
                .any(|f| f.contains("«lov::tre»") && f.contains("src/rules/lov/tre.rs")),
            "{fejl:?}"
        );
        assert!(
            fejl.iter()
                .any(|f| f.contains("src/rules/lov/mod.rs har ikke")),
            "{fejl:?}"
        );
        for f in ["lov/to_ord.rs", "lov/tre.rs", "to_ordtekst.rs"] {
            std::fs::write(regler.join(f), "").expect("write a rule file");
        }
        std::fs::write(regler.join("lov/mod.rs"), region("")).expect("write lov/mod.rs");
        let filer = skriv_regel_moduler(&r, &regler).expect("files and regions are there");
        assert_eq!(filer.len(), 3, "{filer:?}");
        let laes = |f: &str| std::fs::read_to_string(regler.join(f)).expect("read");
        assert_eq!(laes("mod.rs"), region("pub mod to_ordtekst;\n"));
        assert_eq!(
            laes("lov/mod.rs"),
            region("pub mod to_ord;\npub mod tre;\n")
        );
        assert_eq!(
            laes("tom/mod.rs"),
            region(""),
            "a module the registry no longer names goes"
        );
        let _ = std::fs::remove_dir_all(&regler);
    }
}
