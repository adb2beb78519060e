//! The rights guide: `content/rettigheder/*.md` → a Rust page table for the app and static HTML pages.
//!
//! A module of the `bygger` crate (feature `generator`), used three ways:
//! * by the app's build script (`main.rs`): [`indlaes`] + [`rust_kode`] write `$OUT_DIR/rettigheder.rs`, which
//!   `src/indhold/mod.rs` includes — so the wasm carries finished HTML and no markdown parser;
//! * by the native tool `rg-statisk` (`statisk.rs`, run by Trunk's post_build hook): [`indlaes`] +
//!   [`statisk_side`] / [`statisk_indeks`] write `dist/rettigheder/<slug>.html`, readable without JavaScript;
//! * by the native tests (`tests/rettigheder.rs`).
//!
//! # Writing a page
//!
//! A page is `content/rettigheder/<slug>.md`: TOML front matter between two `+++` lines, then markdown.
//!
//! ```text
//! +++
//! title = "Klage over en afgørelse"          # the page's h1
//! letlaest = "…"                              # easy-read summary: at most 3 short sentences
//! sidst_kontrolleret = "2026-11-22"           # when the facts were last checked against the sources
//! orden = 9                                   # position in the list of pages
//! relaterede = ["bisidder", "sanktioner"]     # other pages (slugs)
//! beregnere = ["klagefrist"]                  # calculators: ydelse, forloeb, ferie, klagefrist, forloebet-slutter
//! # tillad_html = true                        # only if the page really needs raw HTML
//!
//! [[kilder]]                                  # at least one; every one with an http(s) URL and a §
//! titel = "Ankestyrelsen: Klagefrister"
//! url = "https://ast.dk/…"
//! paragraf = "retssikkerhedsloven § 67"
//! +++
//! ## Klagefrist
//! …
//! ```
//!
//! Links: `[tekst](side:klage)`, `[tekst](side:klage#klagefrist)`, `[tekst](ordbog:fuldmagt)`,
//! `[tekst](beregner:ferie)`, `[tekst](#anker)` (same page) and `https://…` (external: opens in a new tab with
//! `rel="noopener"` and a visible ↗). A statement that no source supports ends with the marker
//! «(ikke efterprøvet)», which is shown highlighted.
//!
//! Headings (`##`, `###`, `####`; the h1 is the title) get stable anchors from their text (æ → ae, ø → oe,
//! å → aa, see `normaliser.rs`), or an explicit one: `## Et ord {#ordet}`. A page with more than
//! three `##` headings gets a table of contents. Glossary terms are the `##` headings of `ordbog.md`.
//!
//! Where the links go:
//!
//! | markdown                | in the app (hash router)            | in `dist/rettigheder/*.html`  |
//! |-------------------------|-------------------------------------|-------------------------------|
//! | `side:klage`            | `#/rettigheder/klage`               | `klage.html`                  |
//! | `side:klage#klagefrist` | `#/rettigheder/klage/klagefrist`    | `klage.html#klagefrist`       |
//! | `ordbog:fuldmagt`       | `#/rettigheder/ordbog/fuldmagt`     | `ordbog.html#fuldmagt`        |
//! | `#anker` on page `p`    | `#/rettigheder/p/anker`             | `#anker`                      |
//! | `beregner:ferie`        | `#/ferie`                           | `../#/ferie`                  |
//!
//! The app's router reads `#/rettigheder/<slug>/<anker>` as "page `slug`, scrolled to the element with id
//! `anker`" (a bare `#anker` would be taken for a route by a hash router and lost on reload).
//!
//! Everything is checked, and any error fails the build with the file and the reason: unknown front-matter
//! fields, missing or empty fields, a letlæst summary of more than three sentences, a malformed date or URL,
//! unknown pages, glossary terms, calculators or anchors, duplicate anchors, an h1 in the text, images, and
//! raw HTML (unless `tillad_html = true`).

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

pub use crate::normaliser::{anker, normaliser};
pub use crate::FOD_SKILLE;

use crate::beregnere;

/// The calculators a page can link to, from the registry `content/beregnere.toml`: (name in
/// `beregner:NAME` and in the route `#/NAME`, link text).
pub fn beregnere() -> &'static [(String, String)] {
    static LISTE: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    LISTE.get_or_init(|| {
        toml::from_str::<beregnere::Register>(beregnere::REGISTER_TOML)
            .map(|r| {
                r.beregner
                    .into_iter()
                    .map(|b| (b.navn, b.handling))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The slug of the glossary page; `ordbog:TERM` links to its `##` headings.
pub const ORDBOG: &str = "ordbog";

/// The marker of a statement no source supports.
pub const IKKE_EFTERPROEVET: &str = "(ikke efterprøvet)";

/// More `##` headings than this, and the page gets a table of contents.
pub const INDHOLDSFORTEGNELSE_FRA: usize = 4;

/// At most this many sentences in a letlæst summary.
pub const LETLAEST_MAKS_SAETNINGER: usize = 3;

/// A source of a page.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Kilde {
    /// What it is, e.g. "Ankestyrelsen: Klagefrister".
    pub titel: String,
    /// Where it is (http or https).
    pub url: String,
    /// The provision it is a source for, e.g. "retssikkerhedsloven § 67".
    pub paragraf: String,
}

/// A heading of a page's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overskrift {
    /// 2, 3 or 4.
    pub niveau: u8,
    /// The anchor (`id`).
    pub id: String,
    /// The text.
    pub tekst: String,
}

/// Where a rendered page is shown; decides where its links point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modus {
    /// Inside the app (`index.html#/rettigheder/…`).
    App,
    /// As `dist/rettigheder/<slug>.html`.
    Statisk,
}

/// One page, read, checked and rendered.
#[derive(Clone, Debug)]
pub struct Side {
    /// The file name without `.md`; the page's address.
    pub slug: String,
    /// The title (the page's h1).
    pub titel: String,
    /// The easy-read summary.
    pub letlaest: String,
    /// "ÅÅÅÅ-MM-DD".
    pub sidst_kontrolleret: String,
    /// Position in the list of pages.
    pub orden: u32,
    /// Slugs of related pages.
    pub relaterede: Vec<String>,
    /// Names of related calculators (see [`beregnere`]).
    pub beregnere: Vec<String>,
    /// The sources.
    pub kilder: Vec<Kilde>,
    /// The headings of the text, in order.
    pub overskrifter: Vec<Overskrift>,
    /// How many statements are marked [`IKKE_EFTERPROEVET`].
    pub ikke_efterproevet: usize,
    /// The text as plain text (for search and word counts).
    pub tekst: String,
    krop_app: String,
    krop_statisk: String,
}

impl Side {
    /// Whether the page gets a table of contents.
    pub fn har_indholdsfortegnelse(&self) -> bool {
        self.overskrifter.iter().filter(|o| o.niveau == 2).count() >= INDHOLDSFORTEGNELSE_FRA
    }

    /// The rendered markdown text.
    pub fn krop(&self, modus: Modus) -> &str {
        match modus {
            Modus::App => &self.krop_app,
            Modus::Statisk => &self.krop_statisk,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Forside {
    title: String,
    letlaest: String,
    sidst_kontrolleret: String,
    orden: u32,
    relaterede: Vec<String>,
    beregnere: Vec<String>,
    #[serde(default)]
    tillad_html: bool,
    kilder: Vec<Kilde>,
}

/// A page after its front matter is read, before its text is rendered.
struct Kladde {
    fil: String,
    slug: String,
    forside: Forside,
    markdown: String,
    overskrifter: Vec<Overskrift>,
}

fn markdown_options() -> Options {
    Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_TABLES
}

/// Reads every `*.md` in `dir`, checks it and renders it. The pages come back sorted by `orden`; on any
/// error, every error found is returned, each starting with its file.
pub fn indlaes(dir: &Path) -> Result<Vec<Side>, Vec<String>> {
    let mut errs = Vec::new();
    // Figures in the text come from the law data next to the pages (`content/law/satser/`).
    let satser = match dir.parent() {
        Some(p) => laes_satser(&p.join("law/satser")),
        None => Satser::default(),
    };
    let mut filer: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect(),
        Err(e) => return Err(vec![format!("{}: {e}", dir.display())]),
    };
    filer.sort();
    let mut kladder = Vec::new();
    for sti in &filer {
        let fil = format!(
            "content/rettigheder/{}",
            sti.file_name().and_then(|n| n.to_str()).unwrap_or("?")
        );
        let tekst = match std::fs::read_to_string(sti) {
            Ok(t) => t,
            Err(e) => {
                errs.push(format!("{fil}: {e}"));
                continue;
            }
        };
        let tekst = match erstat_satser(&tekst, &satser) {
            Ok(t) => t,
            Err(e) => {
                errs.push(format!("{fil}: {e}"));
                continue;
            }
        };
        let slug = sti
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        match laes_kladde(&fil, &slug, &tekst) {
            Ok(k) => kladder.push(k),
            Err(mut e) => errs.append(&mut e),
        }
    }
    if kladder.is_empty() && errs.is_empty() {
        errs.push(format!("{}: ingen sider (*.md)", dir.display()));
    }
    kladder.sort_by_key(|k| (k.forside.orden, k.slug.clone()));

    // Every page's anchors, for links between pages.
    let ankre: BTreeMap<&str, BTreeSet<&str>> = kladder
        .iter()
        .map(|k| {
            (
                k.slug.as_str(),
                k.overskrifter.iter().map(|o| o.id.as_str()).collect(),
            )
        })
        .collect();
    if !kladder.is_empty() && !ankre.contains_key(ORDBOG) {
        errs.push(format!(
            "content/rettigheder/{ORDBOG}.md mangler (ordbogen)"
        ));
    }
    let mut ordener = BTreeMap::new();
    for k in &kladder {
        if let Some(anden) = ordener.insert(k.forside.orden, &k.slug) {
            errs.push(format!(
                "{}: orden = {} bruges også af {anden}.md",
                k.fil, k.forside.orden
            ));
        }
    }

    let mut sider = Vec::new();
    for k in &kladder {
        let mut e = tjek_forside(k, &ankre);
        let app = gengiv(k, Modus::App, &ankre);
        let statisk = gengiv(k, Modus::Statisk, &ankre);
        match (app, statisk) {
            (Ok(app), Ok(statisk)) if e.is_empty() => sider.push(Side {
                slug: k.slug.clone(),
                titel: k.forside.title.trim().to_string(),
                letlaest: k.forside.letlaest.trim().to_string(),
                sidst_kontrolleret: k.forside.sidst_kontrolleret.clone(),
                orden: k.forside.orden,
                relaterede: k.forside.relaterede.clone(),
                beregnere: k.forside.beregnere.clone(),
                kilder: k.forside.kilder.clone(),
                overskrifter: k.overskrifter.clone(),
                ikke_efterproevet: app.ikke_efterproevet,
                tekst: app.tekst,
                krop_app: app.html,
                krop_statisk: statisk.html,
            }),
            (app, _) => {
                // Link errors are the same in both modes: report them once.
                if let Err(mut a) = app {
                    e.append(&mut a);
                }
                errs.append(&mut e);
            }
        }
    }
    if errs.is_empty() {
        Ok(sider)
    } else {
        Err(errs)
    }
}

/// Splits the front matter off, parses it and collects the headings.
/// The rates of `content/law/satser/<år>.toml` as written there: (parameter id, year) → value, and the newest year.
#[derive(Default)]
pub struct Satser {
    pub vaerdier: BTreeMap<(String, i32), String>,
    pub seneste: Option<i32>,
}

/// Reads the year files (their validation is the law generator's job; an unreadable file gives no figures,
/// so a placeholder that needs them is refused below).
pub fn laes_satser(mappe: &Path) -> Satser {
    let mut s = Satser::default();
    let Ok(rd) = std::fs::read_dir(mappe) else {
        return s;
    };
    for sti in rd.filter_map(|e| e.ok().map(|e| e.path())) {
        let Some(doc) = std::fs::read_to_string(&sti)
            .ok()
            .and_then(|t| t.parse::<toml::Table>().ok())
        else {
            continue;
        };
        let Some(aar) = doc
            .get("year")
            .and_then(|y| y.as_integer())
            .map(|y| y as i32)
        else {
            continue;
        };
        s.seneste = s.seneste.max(Some(aar));
        for (id, v) in doc.iter().filter_map(|(k, v)| v.as_table().map(|t| (k, t))) {
            if let Some(x) = v.get("value").and_then(|x| x.as_str()) {
                s.vaerdier.insert((id.clone(), aar), x.to_string());
            }
        }
    }
    s
}

/// A decimal string from the law data in Danish: thousands with ".", decimals with "," ("17736" → "17.736",
/// "19.33" → "19,33").
pub fn dansk_tal(v: &str) -> String {
    let (heltal, decimaler) = v.split_once('.').unwrap_or((v, ""));
    let cifre: Vec<char> = heltal.chars().collect();
    let mut ud = String::new();
    for (i, c) in cifre.iter().enumerate() {
        if i > 0 && (cifre.len() - i) % 3 == 0 {
            ud.push('.');
        }
        ud.push(*c);
    }
    if !decimaler.is_empty() {
        ud.push(',');
        ud.push_str(decimaler);
    }
    ud
}

/// Replaces the figure placeholders of a page with values from the law data, so a new year cannot leave a
/// stale figure in the text: `{{satsaar}}` (the newest rate year), `{{sats:<parameter>}}` (its value in the
/// newest year) and `{{sats:<parameter>:<år>}}`. An unknown parameter, year or placeholder fails the build.
pub fn erstat_satser(tekst: &str, satser: &Satser) -> Result<String, String> {
    let mut ud = String::with_capacity(tekst.len());
    let mut rest = tekst;
    while let Some(i) = rest.find("{{") {
        ud.push_str(&rest[..i]);
        let efter = &rest[i + 2..];
        let Some(j) = efter.find("}}") else {
            return Err("«{{» uden «}}»".into());
        };
        let navn = efter[..j].trim();
        let seneste = satser
            .seneste
            .ok_or_else(|| format!("«{{{{{navn}}}}}»: ingen satser i content/law/satser/"))?;
        let dele: Vec<&str> = navn.split(':').collect();
        let vaerdi = match dele.as_slice() {
            ["satsaar"] => seneste.to_string(),
            ["sats", id] | ["sats", id, _] => {
                let aar = match dele.get(2) {
                    Some(a) => a
                        .parse::<i32>()
                        .map_err(|_| format!("«{{{{{navn}}}}}»: året er ikke et tal"))?,
                    None => seneste,
                };
                satser
                    .vaerdier
                    .get(&((*id).to_string(), aar))
                    .map(|v| dansk_tal(v))
                    .ok_or_else(|| {
                        format!("«{{{{{navn}}}}}»: ingen sats «{id}» for {aar} i content/law/satser/")
                    })?
            }
            _ => {
                return Err(format!(
                    "ukendt pladsholder «{{{{{navn}}}}}» (brug {{{{satsaar}}}}, {{{{sats:<id>}}}} eller {{{{sats:<id>:<år>}}}})"
                ))
            }
        };
        ud.push_str(&vaerdi);
        rest = &efter[j + 2..];
    }
    ud.push_str(rest);
    Ok(ud)
}

fn laes_kladde(fil: &str, slug: &str, tekst: &str) -> Result<Kladde, Vec<String>> {
    let mut errs = Vec::new();
    if !er_slug(slug) {
        errs.push(format!(
            "{fil}: filnavnet skal være små bogstaver a–z, tal og bindestreg (det bliver sidens adresse)"
        ));
    }
    let tekst = tekst.replace("\r\n", "\n");
    let Some(rest) = tekst.strip_prefix("+++\n") else {
        errs.push(format!(
            "{fil}: skal starte med front matter mellem to linjer «+++»"
        ));
        return Err(errs);
    };
    let Some((toml_tekst, markdown)) = rest.split_once("\n+++\n") else {
        errs.push(format!(
            "{fil}: front matter slutter ikke med en linje «+++»"
        ));
        return Err(errs);
    };
    let forside: Forside = match toml::from_str(toml_tekst) {
        Ok(f) => f,
        Err(e) => {
            errs.push(format!("{fil}: front matter: {e}"));
            return Err(errs);
        }
    };
    let overskrifter = match overskrifter(markdown) {
        Ok(o) => o,
        Err(e) => {
            errs.extend(e.into_iter().map(|e| format!("{fil}: {e}")));
            Vec::new()
        }
    };
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(Kladde {
        fil: fil.to_string(),
        slug: slug.to_string(),
        forside,
        markdown: markdown.to_string(),
        overskrifter,
    })
}

/// The headings of a markdown text, with their anchors. Fails on an h1, a malformed or duplicate anchor.
pub fn overskrifter(markdown: &str) -> Result<Vec<Overskrift>, Vec<String>> {
    let mut errs = Vec::new();
    let mut ud: Vec<Overskrift> = Vec::new();
    let mut aaben: Option<(HeadingLevel, Option<String>, String)> = None;
    for ev in Parser::new_ext(markdown, markdown_options()) {
        match ev {
            Event::Start(Tag::Heading { level, id, .. }) => {
                aaben = Some((level, id.map(|s| s.to_string()), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, tekst)) = aaben.as_mut() {
                    tekst.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, id, tekst)) = aaben.take() else {
                    continue;
                };
                let tekst = tekst.trim().to_string();
                let niveau = match level {
                    HeadingLevel::H1 => {
                        errs.push(format!(
                            "overskriften «{tekst}» er en h1 (#); sidens h1 er title, brug ## og derunder"
                        ));
                        1
                    }
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    _ => 4,
                };
                let id = id.unwrap_or_else(|| anker(&tekst));
                if !er_slug(&id) {
                    errs.push(format!(
                        "overskriften «{tekst}» har ankeret «{id}»: brug kun a–z, 0–9 og -"
                    ));
                }
                if ud.iter().any(|o| o.id == id) {
                    errs.push(format!(
                        "to overskrifter har samme anker «{id}» (giv den ene et andet med {{#…}})"
                    ));
                }
                ud.push(Overskrift { niveau, id, tekst });
            }
            _ => {}
        }
    }
    if errs.is_empty() {
        Ok(ud)
    } else {
        Err(errs)
    }
}

fn tjek_forside(k: &Kladde, ankre: &BTreeMap<&str, BTreeSet<&str>>) -> Vec<String> {
    let f = &k.forside;
    let fil = &k.fil;
    let mut errs = Vec::new();
    if f.title.trim().is_empty() {
        errs.push(format!("{fil}: title er tom"));
    }
    if f.letlaest.trim().is_empty() {
        errs.push(format!("{fil}: letlaest er tom"));
    }
    let n = saetninger(&f.letlaest);
    if n > LETLAEST_MAKS_SAETNINGER {
        errs.push(format!(
            "{fil}: letlaest har {n} sætninger; højst {LETLAEST_MAKS_SAETNINGER} korte sætninger"
        ));
    }
    if !er_dato(&f.sidst_kontrolleret) {
        errs.push(format!(
            "{fil}: sidst_kontrolleret «{}» er ikke en dato ÅÅÅÅ-MM-DD",
            f.sidst_kontrolleret
        ));
    }
    let mut set = BTreeSet::new();
    for r in &f.relaterede {
        if !ankre.contains_key(r.as_str()) {
            errs.push(format!("{fil}: relaterede: siden «{r}» findes ikke"));
        }
        if r == &k.slug {
            errs.push(format!(
                "{fil}: relaterede: en side kan ikke henvise til sig selv"
            ));
        }
        if !set.insert(r) {
            errs.push(format!("{fil}: relaterede: «{r}» står der to gange"));
        }
    }
    for b in &f.beregnere {
        if !beregnere().iter().any(|(navn, _)| navn == b) {
            errs.push(format!(
                "{fil}: beregnere: «{b}» er ikke en beregner ({})",
                beregner_navne()
            ));
        }
    }
    if f.kilder.is_empty() {
        errs.push(format!("{fil}: ingen [[kilder]]"));
    }
    for (i, kilde) in f.kilder.iter().enumerate() {
        let w = format!("{fil}: kilde nr. {} («{}»)", i + 1, kilde.titel);
        if kilde.titel.trim().is_empty() {
            errs.push(format!("{w}: titel er tom"));
        }
        if kilde.paragraf.trim().is_empty() {
            errs.push(format!("{w}: paragraf er tom (hvilken § er kilden for?)"));
        }
        if !er_url(&kilde.url) {
            errs.push(format!(
                "{w}: url «{}» er ikke en gyldig http(s)-adresse",
                kilde.url
            ));
        }
    }
    errs
}

fn beregner_navne() -> String {
    beregnere()
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Only `a`–`z`, `0`–`9` and `-`, and not empty: a page's file name, a heading's anchor.
pub fn er_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// "ÅÅÅÅ-MM-DD" and a real date.
pub fn er_dato(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// A well-formed absolute http(s) URL: scheme, a host with a dot and only letters, digits, `-` and `.`, an
/// optional port, and no whitespace, quotes or angle brackets anywhere.
pub fn er_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'))
    {
        return false;
    }
    let vaert = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (vaert, port) = match vaert.split_once(':') {
        Some((v, p)) => (v, Some(p)),
        None => (vaert, None),
    };
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    port_ok
        && vaert.contains('.')
        && !vaert.starts_with('.')
        && !vaert.ends_with('.')
        && !vaert.contains("..")
        && vaert
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// The number of sentences: a `.`, `!` or `?` ends one when the text ends there or when a space and a capital
/// letter follow, so "1. februar", "17.672 kr. om" and "fx." inside a sentence don't count.
/// A text without a final full stop still counts as one sentence.
pub fn saetninger(tekst: &str) -> usize {
    let tegn: Vec<char> = tekst.trim().chars().collect();
    if tegn.is_empty() {
        return 0;
    }
    let mut n = 0;
    let mut i = 0;
    while i < tegn.len() {
        if matches!(tegn[i], '.' | '!' | '?') {
            // Skip a run of terminators and closing quotes/brackets ("…?»", "…!)").
            let mut j = i + 1;
            while j < tegn.len() && matches!(tegn[j], '.' | '!' | '?' | '»' | '"' | ')' | '”') {
                j += 1;
            }
            if j == tegn.len() {
                n += 1;
            } else if tegn[j].is_whitespace() {
                let mut k = j;
                while k < tegn.len() && tegn[k].is_whitespace() {
                    k += 1;
                }
                if k < tegn.len() && (tegn[k].is_uppercase() || tegn[k] == '«') {
                    n += 1;
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let slutter = tegn
        .iter()
        .rev()
        .find(|c| !matches!(c, '»' | '"' | ')' | '”'))
        .is_some_and(|c| matches!(c, '.' | '!' | '?'));
    if slutter {
        n
    } else {
        n + 1
    }
}

/// A rendered text: HTML, plain text, and the number of «(ikke efterprøvet)» markers.
struct Gengivet {
    html: String,
    tekst: String,
    ikke_efterproevet: usize,
}

/// Where a link points, or why it is wrong.
fn link_maal(
    maal: &str,
    side: &str,
    modus: Modus,
    ankre: &BTreeMap<&str, BTreeSet<&str>>,
) -> Result<(String, bool), String> {
    let har_anker = |slug: &str, a: &str| ankre.get(slug).is_some_and(|s| s.contains(a));
    if let Some(rest) = maal.strip_prefix("side:") {
        let (slug, a) = match rest.split_once('#') {
            Some((s, a)) => (s, Some(a)),
            None => (rest, None),
        };
        if !ankre.contains_key(slug) {
            return Err(format!("linket «{maal}» går til en side, der ikke findes"));
        }
        if let Some(a) = a {
            if !har_anker(slug, a) {
                return Err(format!(
                    "linket «{maal}»: siden «{slug}» har ingen overskrift med ankeret «{a}»"
                ));
            }
        }
        return Ok((side_href(slug, a, modus), false));
    }
    if let Some(term) = maal.strip_prefix("ordbog:") {
        if !har_anker(ORDBOG, term) {
            return Err(format!(
                "linket «{maal}»: ordet «{term}» står ikke i ordbogen (som ## overskrift)"
            ));
        }
        return Ok((side_href(ORDBOG, Some(term), modus), false));
    }
    if let Some(navn) = maal.strip_prefix("beregner:") {
        if !beregnere().iter().any(|(n, _)| n == navn) {
            return Err(format!(
                "linket «{maal}»: beregneren «{navn}» findes ikke ({})",
                beregner_navne()
            ));
        }
        return Ok((beregner_href(navn, modus), false));
    }
    if let Some(a) = maal.strip_prefix('#') {
        if !har_anker(side, a) {
            return Err(format!(
                "linket «{maal}»: siden har ingen overskrift med ankeret «{a}»"
            ));
        }
        return Ok((
            match modus {
                Modus::App => side_href(side, Some(a), modus),
                Modus::Statisk => format!("#{a}"),
            },
            false,
        ));
    }
    if maal.starts_with("http://") || maal.starts_with("https://") {
        if !er_url(maal) {
            return Err(format!("linket «{maal}» er ikke en gyldig adresse"));
        }
        return Ok((maal.to_string(), true));
    }
    Err(format!(
        "linket «{maal}» er ukendt: brug side:, ordbog:, beregner:, #anker eller https://"
    ))
}

/// The href of a rights page (and an anchor on it).
pub fn side_href(slug: &str, anker: Option<&str>, modus: Modus) -> String {
    match (modus, anker) {
        (Modus::App, None) => format!("#/rettigheder/{slug}"),
        (Modus::App, Some(a)) => format!("#/rettigheder/{slug}/{a}"),
        (Modus::Statisk, None) => format!("{slug}.html"),
        (Modus::Statisk, Some(a)) => format!("{slug}.html#{a}"),
    }
}

/// The href of a calculator.
pub fn beregner_href(navn: &str, modus: Modus) -> String {
    match modus {
        Modus::App => format!("#/{navn}"),
        Modus::Statisk => format!("../#/{navn}"),
    }
}

pub use crate::html::esc;

/// The opening tag of an external link, and what follows its text.
fn ekstern_start(href: &str) -> String {
    format!(
        "<a href=\"{}\" class=\"ekstern\" target=\"_blank\" rel=\"noopener\">",
        esc(href)
    )
}
const EKSTERN_SLUT: &str = "<span class=\"ud\" aria-hidden=\"true\">\u{a0}↗</span>\
<span class=\"skjult\"> (anden hjemmeside, åbner i et nyt faneblad)</span></a>";

fn gengiv(
    k: &Kladde,
    modus: Modus,
    ankre: &BTreeMap<&str, BTreeSet<&str>>,
) -> Result<Gengivet, Vec<String>> {
    let mut errs = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut tekst = String::new();
    let mut markoerer = 0;
    let mut links: Vec<bool> = Vec::new();
    let mut overskrift = 0;
    for ev in Parser::new_ext(&k.markdown, markdown_options()) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                let id = k
                    .overskrifter
                    .get(overskrift)
                    .map(|o| CowStr::from(o.id.clone()));
                overskrift += 1;
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                match link_maal(&dest_url, &k.slug, modus, ankre) {
                    Ok((href, ekstern)) => {
                        events.push(Event::InlineHtml(CowStr::from(if ekstern {
                            ekstern_start(&href)
                        } else {
                            format!("<a href=\"{}\">", esc(&href))
                        })));
                        links.push(ekstern);
                    }
                    Err(e) => {
                        errs.push(format!("{}: {e}", k.fil));
                        links.push(false);
                    }
                }
            }
            Event::End(TagEnd::Link) => {
                let ekstern = links.pop().unwrap_or(false);
                events.push(Event::InlineHtml(CowStr::from(if ekstern {
                    EKSTERN_SLUT
                } else {
                    "</a>"
                })));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                errs.push(format!(
                    "{}: billedet «{dest_url}»: billeder er ikke understøttet",
                    k.fil
                ));
            }
            Event::Html(h) | Event::InlineHtml(h) if !k.forside.tillad_html => {
                errs.push(format!(
                    "{}: rå HTML «{}» er ikke tilladt (skriv markdown, eller sæt tillad_html = true)",
                    k.fil,
                    h.trim()
                ));
            }
            Event::Text(t) => {
                tekst.push_str(&t);
                let mut rest: &str = &t;
                while let Some(i) = rest.find(IKKE_EFTERPROEVET) {
                    markoerer += 1;
                    events.push(Event::Text(CowStr::from(rest[..i].to_string())));
                    events.push(Event::InlineHtml(CowStr::from(format!(
                        "<span class=\"ikke-efterproevet\">{IKKE_EFTERPROEVET}</span>"
                    ))));
                    rest = &rest[i + IKKE_EFTERPROEVET.len()..];
                }
                events.push(Event::Text(CowStr::from(rest.to_string())));
            }
            Event::Code(t) => {
                tekst.push_str(&t);
                events.push(Event::Code(t));
            }
            Event::SoftBreak | Event::HardBreak => {
                tekst.push(' ');
                events.push(ev);
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                tekst.push('\n');
                events.push(ev);
            }
            ev => events.push(ev),
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(Gengivet {
        html,
        tekst: tekst.trim().to_string(),
        ikke_efterproevet: markoerer,
    })
}

/// "22. november 2026" from "2026-11-22".
pub fn dato_tekst(iso: &str) -> String {
    let mut dele = iso.splitn(3, '-');
    let (aar, md, dag) = (dele.next(), dele.next(), dele.next());
    match (
        aar.and_then(|a| a.parse::<i32>().ok()),
        md.and_then(|m| m.parse::<u32>().ok()),
        dag.and_then(|d| d.parse::<u32>().ok()),
    ) {
        (Some(a), Some(m), Some(d)) => {
            crate::dato::dato_tekst(a, m, d).unwrap_or_else(|| iso.to_string())
        }
        _ => iso.to_string(),
    }
}

fn titel_af<'a>(sider: &'a [Side], slug: &'a str) -> &'a str {
    sider
        .iter()
        .find(|s| s.slug == slug)
        .map_or(slug, |s| s.titel.as_str())
}

/// The top of a page's article: h1, letlæst summary, table of contents and the text.
pub fn artikel_top(side: &Side, modus: Modus) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<h1 tabindex=\"-1\">{}</h1>\n<div class=\"boks letlaest\"><p class=\"etiket\">Det vigtigste</p><p>{}</p></div>\n",
        esc(&side.titel),
        esc(&side.letlaest)
    );
    if side.har_indholdsfortegnelse() {
        h.push_str("<nav class=\"toc\" aria-label=\"Indhold på siden\"><p class=\"etiket\">Indhold på siden</p><ol>");
        // In the app the klage page also holds the klage helper (src/ui/sider/klagehjaelp.rs): first in the list.
        if side.slug == "klage" && modus == Modus::App {
            let _ = write!(
                h,
                "<li><a href=\"{}\">Skriv din klage – vi hjælper med teksten</a></li>",
                esc(&side_href(&side.slug, Some("skriv-din-klage"), modus))
            );
        }
        for o in side.overskrifter.iter().filter(|o| o.niveau == 2) {
            let href = match modus {
                Modus::App => side_href(&side.slug, Some(&o.id), modus),
                Modus::Statisk => format!("#{}", o.id),
            };
            let _ = write!(
                h,
                "<li><a href=\"{}\">{}</a></li>",
                esc(&href),
                esc(&o.tekst)
            );
        }
        h.push_str("</ol></nav>\n");
    }
    let _ = write!(
        h,
        "<div class=\"rettighed-tekst\">\n{}</div>\n",
        side.krop(modus)
    );
    h
}

/// The bottom of a page's article: calculators, related pages, sources, date checked, and the link to the
/// other version of the page (the static page from the app, the app from the static page).
pub fn artikel_fod(side: &Side, alle: &[Side], modus: Modus) -> String {
    let mut h = String::from("<div class=\"rettighed-fod\">\n");
    if !side.beregnere.is_empty() {
        h.push_str("<h2>Regn selv efter</h2>\n<ul class=\"beregnere\">");
        for b in &side.beregnere {
            let tekst = beregnere()
                .iter()
                .find(|(n, _)| n == b)
                .map_or(b.as_str(), |(_, t)| t.as_str());
            let _ = write!(
                h,
                "<li><a href=\"{}\">{}</a></li>",
                esc(&beregner_href(b, modus)),
                esc(tekst)
            );
        }
        h.push_str("</ul>\n");
    }
    if !side.relaterede.is_empty() {
        h.push_str("<h2>Læs også</h2>\n<ul class=\"relaterede\">");
        for r in &side.relaterede {
            let _ = write!(
                h,
                "<li><a href=\"{}\">{}</a></li>",
                esc(&side_href(r, None, modus)),
                esc(titel_af(alle, r))
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("<h2>Kilder</h2>\n<ul class=\"kilder\">");
    for k in &side.kilder {
        let _ = write!(
            h,
            "<li>{}{}{} <span class=\"paragraf\">– {}</span></li>",
            ekstern_start(&k.url),
            esc(&k.titel),
            EKSTERN_SLUT,
            esc(&k.paragraf)
        );
    }
    h.push_str("</ul>\n");
    let _ = writeln!(
        h,
        "<p class=\"kontrolleret\">Sidst kontrolleret mod kilderne: {}.</p>",
        dato_tekst(&side.sidst_kontrolleret)
    );
    match modus {
        Modus::App => {
            let _ = writeln!(
                h,
                "<p class=\"anden-udgave\"><a href=\"rettigheder/{}.html\">Siden som almindelig webside</a> \
                 – virker uden JavaScript, og er god at dele og udskrive.</p>",
                esc(&side.slug)
            );
        }
        Modus::Statisk => {
            let _ = writeln!(
                h,
                "<p class=\"anden-udgave\"><a class=\"knap\" href=\"../#/rettigheder/{}\">Åbn i Ressourceguiden</a></p>",
                esc(&side.slug)
            );
        }
    }
    h.push_str("</div>\n");
    h
}

/// `s` as a Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The distinct words of a normalised text, in order of first appearance, separated by spaces.
pub fn ord_indeks(tekst: &str) -> String {
    let n = normaliser(tekst);
    let mut set = BTreeSet::new();
    n.split(' ')
        .filter(|w| !w.is_empty() && set.insert(*w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The comment that opens a page's app fragment: `<!-- rg:kontrolleret ÅÅÅÅ-MM-DD -->`.
pub const KONTROLLERET_MAERKE: &str = "rg:kontrolleret";

/// The app fragment of a page: what the app shows in `<article>`, fetched at run time by the wasm app (so the
/// text is not in the wasm) and written next to the static pages by `rg-statisk`.
///
/// It starts with [`KONTROLLERET_MAERKE`] and the day the page was last checked, so the start-up guard
/// (`src/web/vagt.js`), which shows the fetched page before the app has started, can tell as the app does whether
/// the page says it has not been checked for a long time.
pub fn app_fragment(side: &Side, alle: &[Side]) -> String {
    format!(
        "<!-- {KONTROLLERET_MAERKE} {} -->{}{FOD_SKILLE}{}",
        side.sidst_kontrolleret,
        artikel_top(side, Modus::App),
        artikel_fod(side, alle, Modus::App)
    )
}

/// The full-text search index for the app (`rettigheder/app/soeg.txt`): one line per page, `slug<TAB>words`.
pub fn soege_indeks(sider: &[Side]) -> String {
    sider
        .iter()
        .map(|s| format!("{}\t{}\n", s.slug, ord_indeks(&s.tekst)))
        .collect()
}

/// The Rust source of `SIDER` (included by `src/indhold/mod.rs`). The page bodies and the full-text words
/// are compiled in only for native builds (tests, tools); the wasm app fetches them from the app fragments
/// and the search index, which keeps ~180 KB of HTML out of the first load.
pub fn rust_kode(sider: &[Side]) -> String {
    let mut o = String::from(
        "// Generated by src/build/rettigheder.rs from content/rettigheder/*.md. Do not edit.\n",
    );
    for (n, s) in sider.iter().enumerate() {
        let _ = writeln!(
            o,
            "#[cfg(not(target_arch = \"wasm32\"))]\nconst KROP_{n}: (&str, &str, &str) = ({}, {}, {});\n#[cfg(target_arch = \"wasm32\")]\nconst KROP_{n}: (&str, &str, &str) = (\"\", \"\", \"\");",
            lit(&artikel_top(s, Modus::App)),
            lit(&artikel_fod(s, sider, Modus::App)),
            lit(&ord_indeks(&s.tekst))
        );
    }
    o.push_str("/// Every rights page, in list order.\npub static SIDER: &[Side] = &[\n");
    for (n, s) in sider.iter().enumerate() {
        let _ = writeln!(o, "    Side {{");
        let _ = writeln!(o, "        slug: {},", lit(&s.slug));
        let _ = writeln!(o, "        titel: {},", lit(&s.titel));
        let _ = writeln!(o, "        letlaest: {},", lit(&s.letlaest));
        let _ = writeln!(
            o,
            "        sidst_kontrolleret: {},",
            lit(&s.sidst_kontrolleret)
        );
        let _ = writeln!(o, "        html: KROP_{n}.0,");
        let _ = writeln!(o, "        html_fod: KROP_{n}.1,");
        let _ = writeln!(
            o,
            "        indholdsfortegnelse: {},",
            s.har_indholdsfortegnelse()
        );
        o.push_str("        overskrifter: &[");
        for h in &s.overskrifter {
            let _ = write!(
                o,
                "Overskrift {{ niveau: {}, id: {}, tekst: {} }}, ",
                h.niveau,
                lit(&h.id),
                lit(&h.tekst)
            );
        }
        o.push_str("],\n        kilder: &[");
        for k in &s.kilder {
            let _ = write!(
                o,
                "Kilde {{ titel: {}, url: {}, paragraf: {} }}, ",
                lit(&k.titel),
                lit(&k.url),
                lit(&k.paragraf)
            );
        }
        let liste = |v: &[String]| v.iter().map(|x| lit(x)).collect::<Vec<_>>().join(", ");
        let _ = writeln!(o, "],\n        relaterede: &[{}],", liste(&s.relaterede));
        let _ = writeln!(o, "        beregnere: &[{}],", liste(&s.beregnere));
        let _ = writeln!(o, "        ikke_efterproevet: {},", s.ikke_efterproevet);
        let _ = writeln!(
            o,
            "        soeg: Soegetekst {{ titel: {}, resume: {}, tekst: KROP_{n}.2 }},",
            lit(&normaliser(&s.titel)),
            lit(&normaliser(&s.letlaest)),
        );
        let _ = writeln!(o, "    }},");
    }
    o.push_str("];\n");
    // What a calculator's page needs from the guide («Læs mere»): a table of its own, so an app of one
    // calculator (README «Én beregner ad gangen») carries three strings per link, not the whole page table.
    o.push_str(
        "/// (calculator, slug, title) for every page that links to a calculator, in list order.\n\
         pub static BEREGNER_SIDER: &[(&str, &str, &str)] = &[\n",
    );
    for s in sider {
        for b in &s.beregnere {
            let _ = writeln!(o, "    ({}, {}, {}),", lit(b), lit(&s.slug), lit(&s.titel));
        }
    }
    o.push_str("];\n");
    o
}

const APP_NAVN: &str = "Ressourceguiden";
const FORMAAL: &str =
    "Hvad du har ret til i et ressourceforløb eller jobafklaringsforløb – og hvorfor.";

/// The Content-Security-Policy of the static pages (no script at all; only the app's stylesheet), as a `<meta>`
/// before anything else is loaded. `src/web/efterbyg.mjs` refuses a build whose static pages lack it.
pub const STATISK_CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// A whole static HTML document around `main`.
pub fn dokument(titel: &str, beskrivelse: &str, css: &str, version: &str, main: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{STATISK_CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"description\" content=\"{beskrivelse}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<title>{titel}</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"../{css}\">\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#indhold\">Gå til indhold</a>\n\
         <header class=\"top\"><div class=\"bredde\"><a class=\"navn\" href=\"../index.html\">{APP_NAVN}</a>\
         <p class=\"formaal\">{FORMAAL}</p></div>\n\
         <nav aria-label=\"Rettighedsguiden\" class=\"bredde\"><ul><li><a href=\"index.html\">Alle rettigheder</a></li>\
         <li><a href=\"satser.html\">Satser og kilder</a></li><li><a href=\"../index.html\">Åbn appen</a></li></ul></nav></header>\n\
         <main id=\"indhold\" tabindex=\"-1\" class=\"bredde\">\n{main}</main>\n\
         <footer class=\"bund\"><div class=\"bredde\"><p class=\"loefte\">Denne side virker uden JavaScript. \
         Den sender intet om dig nogen steder hen.</p><p>{APP_NAVN} version {version} · \
         En vejledning, ikke en afgørelse.</p></div></footer>\n</body>\n</html>\n",
        titel = esc(titel),
        beskrivelse = esc(beskrivelse),
        css = esc(css),
        version = esc(version),
    )
}

/// The title of a static page: "<title> – Ressourceguiden".
pub fn dokument_titel(titel: &str) -> String {
    format!("{titel} – {APP_NAVN}")
}

/// `dist/rettigheder/<slug>.html`: the page without the app. `css` is the stylesheet's file name in
/// `dist/` (the page is one folder down, so it is linked as `../<css>`).
pub fn statisk_side(side: &Side, alle: &[Side], css: &str, version: &str) -> String {
    let main = format!(
        "<article class=\"rettighed\">\n{}{}</article>\n",
        artikel_top(side, Modus::Statisk),
        artikel_fod(side, alle, Modus::Statisk)
    );
    dokument(
        &dokument_titel(&side.titel),
        &side.letlaest,
        css,
        version,
        &main,
    )
}

/// The title of the list of pages, in the app and in `dist/rettigheder/index.html`.
pub const INDEKS_TITEL: &str = "Dine rettigheder";

/// `dist/rettigheder/index.html`: the list of pages with their summaries.
pub fn statisk_indeks(sider: &[Side], css: &str, version: &str) -> String {
    let mut main = format!(
        "<h1 tabindex=\"-1\">{INDEKS_TITEL}</h1>\n<p class=\"indledning\">Sider om dine rettigheder i et \
         ressourceforløb eller jobafklaringsforløb, skrevet i et almindeligt sprog og med kilder.</p>\n\
         <p><a class=\"knap\" href=\"../#/rettigheder\">Åbn i Ressourceguiden</a></p>\n<ul class=\"kort\">\n"
    );
    for s in sider {
        let _ = writeln!(
            main,
            "<li><h2><a href=\"{}\">{}</a></h2><p>{}</p></li>",
            esc(&side_href(&s.slug, None, Modus::Statisk)),
            esc(&s.titel),
            esc(&s.letlaest)
        );
    }
    main.push_str("</ul>\n");
    dokument(
        &dokument_titel(INDEKS_TITEL),
        "Dine rettigheder i et ressourceforløb eller jobafklaringsforløb: ferie, klage, bisidder, \
         sundhedskoordinator, sanktioner og meget mere – i et almindeligt sprog og med kilder.",
        css,
        version,
        &main,
    )
}
