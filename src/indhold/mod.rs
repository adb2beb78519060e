//! The rights guide as data: every page of `content/rettigheder/`, rendered to HTML at build time by
//! `src/build/rettigheder.rs` (see its module documentation for how pages are written and where their links
//! go), plus the look-ups the app needs: a page by slug, the pages that belong to a calculator, and search.
//!
//! Addresses in the app (hash router):
//! * `#/rettigheder` — the list of pages and the search field;
//! * `#/rettigheder/<slug>` — a page;
//! * `#/rettigheder/<slug>/<anker>` — a page, scrolled to the heading (or glossary term) with id `anker`;
//!   glossary links are `#/rettigheder/ordbog/<term>`.
//!
//! Each page also exists as `rettigheder/<slug>.html` next to `index.html`, readable without JavaScript.

pub mod forside;
pub mod kalender;
pub mod klagebrev;
pub mod moede;
pub mod om;
pub mod satser;
pub mod udbetalingsbrev;

/// Text normalisation, shared with the build (`bygger::normaliser`, `src/build/normaliser.rs`).
pub use bygger::normaliser;
use normaliser::normaliser;

/// A heading of a page's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overskrift {
    /// 2, 3 or 4.
    pub niveau: u8,
    /// Its anchor (the `id` in the HTML).
    pub id: &'static str,
    /// Its text.
    pub tekst: &'static str,
}

/// A source of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kilde {
    /// What it is.
    pub titel: &'static str,
    /// Where it is (http or https).
    pub url: &'static str,
    /// The provision it is a source for.
    pub paragraf: &'static str,
}

/// The search index of a page: its title, summary and the distinct words of its text, each normalised with
/// [`normaliser::normaliser`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Soegetekst {
    /// The normalised title.
    pub titel: &'static str,
    /// The normalised letlæst summary.
    pub resume: &'static str,
    /// The distinct normalised words of the text, separated by spaces.
    pub tekst: &'static str,
}

/// One rights page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    /// The page's address: `#/rettigheder/<slug>`.
    pub slug: &'static str,
    /// Its title (the h1).
    pub titel: &'static str,
    /// The easy-read summary (at most three short sentences).
    pub letlaest: &'static str,
    /// When the facts were last checked against the sources, "ÅÅÅÅ-MM-DD".
    pub sidst_kontrolleret: &'static str,
    /// The top of the article as HTML: h1, summary, table of contents, the text.
    pub html: &'static str,
    /// The bottom of the article as HTML: calculators, related pages, sources, date checked, link to the
    /// static page.
    pub html_fod: &'static str,
    /// Whether `html` has a table of contents (the page has more than three `##` headings).
    pub indholdsfortegnelse: bool,
    /// The headings of the text, in order.
    pub overskrifter: &'static [Overskrift],
    /// The sources.
    pub kilder: &'static [Kilde],
    /// Slugs of related pages.
    pub relaterede: &'static [&'static str],
    /// Names of related calculators (`ydelse`, `forloeb`, `ferie`, `klagefrist`; the route is `#/<name>`).
    pub beregnere: &'static [&'static str],
    /// How many statements are marked «(ikke efterprøvet)».
    pub ikke_efterproevet: usize,
    /// The search index.
    pub soeg: Soegetekst,
}

include!(concat!(env!("OUT_DIR"), "/rettigheder.rs"));

/// The separator between a page's top and foot in its app fragment (one definition, shared with the build).
pub use bygger::FOD_SKILLE;

/// A page not checked against its sources for this many months tells the reader so (at run time, from the
/// device's date; the test suite reports such pages but does not fail on the calendar).
pub const KONTROL_MAANEDER: u32 = 12;

/// What a rights page says at its top when it has not been checked for a long time (the app's page, and the
/// skeleton `index.html` shows before the app has started: `forside::app_skal`).
pub fn kontrol_gammel_tekst() -> String {
    format!(
        "Denne side er ikke kontrolleret mod kilderne i over {KONTROL_MAANEDER} måneder. Noget kan have ændret sig. \
         Tjek kilderne nederst på siden, eller spørg din kommune."
    )
}

/// True when a page last checked on `sidst_kontrolleret` (ÅÅÅÅ-MM-DD) has not been checked for more than
/// [`KONTROL_MAANEDER`] months on `i_dag`. An unreadable date counts as not checked.
pub fn ikke_kontrolleret_laenge(sidst_kontrolleret: &str, i_dag: chrono::NaiveDate) -> bool {
    match crate::rules::tid::parse_iso(sidst_kontrolleret) {
        Some(d) => i_dag
            .checked_sub_months(chrono::Months::new(KONTROL_MAANEDER))
            .is_some_and(|g| d < g),
        None => true,
    }
}

thread_local! {
    /// The full-text words of each page, once fetched from `rettigheder/app/soeg.txt` (in the wasm app the
    /// words are not compiled in; natively they are, in [`Soegetekst::tekst`]).
    static FULDTEKST: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Takes the fetched search index (`slug<TAB>words` per line). Lines for unknown pages are ignored.
pub fn saet_fuldtekst(indeks: &str) {
    let v: Vec<(String, String)> = indeks
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(|(slug, _)| side(slug).is_some())
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    FULDTEKST.with(|f| *f.borrow_mut() = v);
}

/// Whether the full text can be searched (compiled in, or fetched).
pub fn har_fuldtekst() -> bool {
    SIDER.iter().any(|s| !s.soeg.tekst.is_empty()) || FULDTEKST.with(|f| !f.borrow().is_empty())
}

fn fuldtekst_indeholder(side: &Side, w: &str) -> bool {
    if !side.soeg.tekst.is_empty() {
        return side.soeg.tekst.contains(w);
    }
    FULDTEKST.with(|f| {
        f.borrow()
            .iter()
            .any(|(slug, ord)| slug == side.slug && ord.contains(w))
    })
}

/// The page with this slug.
pub fn side(slug: &str) -> Option<&'static Side> {
    SIDER.iter().find(|s| s.slug == slug)
}

/// The pages that link to a calculator, as (slug, title), in list order — for the calculator pages to link
/// back. `navn` is the calculator's route name: `ydelse`, `forloeb`, `ferie` or `klagefrist`.
pub fn sider_for_beregner(navn: &str) -> Vec<(&'static str, &'static str)> {
    BEREGNER_SIDER
        .iter()
        .filter(|(b, _, _)| *b == navn)
        .map(|(_, slug, titel)| (*slug, *titel))
        .collect()
}

/// Where a search word was found on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fund {
    /// In the title.
    Titel,
    /// In the summary (and not the title).
    Resume,
    /// Only in the text.
    Tekst,
}

/// One search result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Treff {
    /// The page.
    pub side: &'static Side,
    /// The best place any search word was found.
    pub fund: Fund,
}

/// Searches every page for all the words of `forespoergsel` (each word may be the start or any part of a word
/// in the page), insensitive to case and to æ/ae, ø/oe, å/aa. Pages whose title matches come first, then
/// those whose summary matches, then the rest, each group in list order. An empty query finds nothing.
pub fn soeg(forespoergsel: &str) -> Vec<Treff> {
    let q = normaliser(forespoergsel);
    let ord: Vec<&str> = q.split(' ').filter(|w| !w.is_empty()).collect();
    if ord.is_empty() {
        return Vec::new();
    }
    let mut treff: Vec<Treff> = SIDER
        .iter()
        .filter_map(|side| {
            let mut bedste = Fund::Titel;
            for w in &ord {
                let fund = if side.soeg.titel.contains(w) {
                    Fund::Titel
                } else if side.soeg.resume.contains(w) {
                    Fund::Resume
                } else if fuldtekst_indeholder(side, w) {
                    Fund::Tekst
                } else {
                    return None;
                };
                bedste = bedste.max(fund);
            }
            Some(Treff { side, fund: bedste })
        })
        .collect();
    crate::rules::sortering::efter(&mut treff, |t| t.fund as i64);
    treff
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_found_by_slug_and_the_glossary_exists() {
        assert!(SIDER.len() >= 14);
        for s in SIDER {
            assert_eq!(side(s.slug), Some(s));
        }
        assert!(side("ordbog").is_some());
        assert!(side("findes-ikke").is_none());
    }

    #[test]
    fn calculators_know_their_pages() {
        let ferie = sider_for_beregner("ferie");
        assert!(ferie.iter().any(|(slug, _)| *slug == "ferie"));
        let klage = sider_for_beregner("klagefrist");
        assert!(klage.iter().any(|(slug, _)| *slug == "klage"));
        assert!(sider_for_beregner("findes-ikke").is_empty());
        for navn in ["ydelse", "forloeb", "ferie", "klagefrist"] {
            assert!(!sider_for_beregner(navn).is_empty(), "{navn}");
        }
        // The calculators' own table says what the page table says, in the same order.
        for b in crate::ui::register::BEREGNERE {
            let fra_sider: Vec<_> = SIDER
                .iter()
                .filter(|s| s.beregnere.contains(&b.navn()))
                .map(|s| (s.slug, s.titel))
                .collect();
            assert_eq!(sider_for_beregner(b.navn()), fra_sider, "{}", b.navn());
        }
    }

    #[test]
    fn search_ignores_case_and_danish_letter_spelling() {
        let slugs = |q: &str| soeg(q).iter().map(|t| t.side.slug).collect::<Vec<_>>();
        assert!(slugs("Ferie").contains(&"ferie"));
        assert!(slugs("FERIE").contains(&"ferie"));
        assert_eq!(slugs("sundhedskoordinator"), slugs("SUNDHEDSKOORDINATOR"));
        assert_eq!(slugs("førtidspension"), slugs("foertidspension"));
        assert_eq!(slugs("Ankestyrelsen"), slugs("ankestyrelsen"));
        assert!(slugs("feriehindring").contains(&"ferie"));
        assert!(slugs("").is_empty());
        assert!(slugs("   ").is_empty());
        assert!(slugs("xyzzyqq").is_empty());
    }

    #[test]
    fn title_matches_come_first() {
        let t = soeg("klage");
        assert_eq!(t.first().map(|t| t.side.slug), Some("klage"));
        assert!(t.windows(2).all(|w| w[0].fund <= w[1].fund));
    }
}
