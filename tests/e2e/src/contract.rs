//! The app's UI contract as the tests see it. Every route test, the network/console/axe sweeps and the nav
//! test iterate over [`ROUTES`]. The calculators' routes come from the calculator registry
//! (`content/beregnere.toml`: `#/<navn>`, h1 = `titel`, in the menu = `menu`), so a new calculator is swept
//! without an edit here; every other page is listed below (**the one place to add one**).

/// The name of the app; the Forside h1 and the suffix of every title.
pub const APP_NAME: &str = "Ressourceguiden";

/// The sub-path the test server serves `dist/` under. The app must work from
/// any sub-path (relative asset URLs, hash routing).
pub const SUB_PATH: &str = "/raadgivning/ressourceguiden/";

/// `aria-label` of the main `<nav>`.
pub const NAV_LABEL: &str = "Hovedmenu";

/// CSS selector of the main navigation.
pub const NAV_SELECTOR: &str = "nav[aria-label='Hovedmenu']";

/// Text of the skip link (the first focusable element).
pub const SKIP_LINK_TEXT: &str = "Gå til indhold";

/// Footer text promising that nothing leaves the device.
pub const FOOTER_PRIVACY_TEXT: &str = "Dine oplysninger forlader aldrig din enhed";

/// Footer text in front of the date the law data was last checked.
pub const FOOTER_LAW_CHECKED_TEXT: &str = "Lovdata sidst kontrolleret";

/// Something that only exists once the wasm app has mounted: `index.html` already has the header and menu as
/// HTML (src/indhold/forside.rs), so the mark is the app's `data-startet` on `<html>`. Used by `Browser::open`
/// to wait for mount.
pub const MOUNTED_SELECTOR: &str = "html[data-startet] nav[aria-label='Hovedmenu'] a";

/// The front page as `index.html` has it, readable before (and without) the app: the app is started on the front
/// page only when the reader goes into it (src/web/efterbyg.mjs). `Browser::open` waits for this on `#/`.
pub const PRERENDERED_FRONT_SELECTOR: &str = ".forside-statisk h1, .forside h1";

/// The `lang` of `<html>`.
pub const HTML_LANG: &str = "da";

/// One page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// What goes after the sub-path, e.g. `#/ydelse`.
    pub hash: &'static str,
    /// The page's single `<h1>`.
    pub h1: &'static str,
    /// Whether the main navigation links to it (link text == `h1`).
    pub in_nav: bool,
}

impl Route {
    /// The expected `document.title`: "<h1> – Ressourceguiden", or just
    /// "Ressourceguiden" on the Forside.
    pub fn title(&self) -> String {
        if self.h1 == APP_NAME {
            APP_NAME.to_string()
        } else {
            format!("{} – {}", self.h1, APP_NAME)
        }
    }
}

/// Every page of the app that is not a calculator, Forside first (the calculators come after it, from the
/// registry: see [`ROUTES`]).
const ANDRE_SIDER: &[Route] = &[
    Route {
        hash: "#/",
        h1: "Ressourceguiden",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder",
        h1: "Dine rettigheder",
        in_nav: true,
    },
    Route {
        hash: "#/om",
        h1: "Om og privatliv",
        in_nav: true,
    },
    Route {
        hash: "#/tilgaengelighed",
        h1: "Tilgængelighedserklæring",
        in_nav: false,
    },
    // «Satser og kilder»: every figure of content/law/ (src/indhold/satser.rs); also the static page
    // rettigheder/satser.html.
    Route {
        hash: "#/satser",
        h1: "Satser og kilder",
        in_nav: false,
    },
    // The rights pages (content/rettigheder/*.md; h1 = the page's title). Each also exists as a static
    // page, `rettigheder/<slug>.html`; see [`rettighed_routes`] and [`static_page`].
    Route {
        hash: "#/rettigheder/naar-forloebet-slutter",
        h1: "Når forløbet slutter",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/ressourceforloebsydelse",
        h1: "Ressourceforløbsydelse",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/hvorfor-faldt-min-udbetaling",
        h1: "Hvorfor faldt min udbetaling?",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/klage",
        h1: "Klage over en afgørelse",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/gratis-hjaelp",
        h1: "Gratis hjælp",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/hvad-er-et-ressourceforloeb",
        h1: "Hvad er et ressourceforløb?",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/jobafklaringsforloeb",
        h1: "Jobafklaringsforløb",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/aktindsigt-og-partshoering",
        h1: "Aktindsigt og partshøring",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/forbered-moedet",
        h1: "Forbered dig til et møde med kommunen",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/bisidder",
        h1: "Bisidder og partsrepræsentant",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/sanktioner",
        h1: "Sanktioner og rimelige grunde",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/koordinerende-sagsbehandler",
        h1: "Koordinerende sagsbehandler og opfølgning",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/indsatser-og-mentor",
        h1: "Indsatser og mentor",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/sundhedskoordinator",
        h1: "Sundhedskoordinator og retten til at sige nej til behandling",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/ferie",
        h1: "Ferie",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/transport-og-hjaelpemidler",
        h1: "Transport, udgifter og hjælpemidler",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/rehabiliteringsteam",
        h1: "Rehabiliteringsteam og rehabiliteringsplan",
        in_nav: false,
    },
    Route {
        hash: "#/rettigheder/ordbog",
        h1: "Ordbog",
        in_nav: false,
    },
    Route {
        hash: "#/indlejr",
        h1: "Indlejr på jeres hjemmeside",
        in_nav: false,
    },
];

/// The calculators of the registry `content/beregnere.toml`, in its order.
fn beregnere() -> Vec<Route> {
    let tekst = include_str!("../../../content/beregnere.toml");
    let register: toml::Table = tekst.parse().expect("content/beregnere.toml is TOML");
    let leak = |v: &toml::Value| -> &'static str {
        Box::leak(v.as_str().expect("a string").to_string().into_boxed_str())
    };
    register["beregner"]
        .as_array()
        .expect("[[beregner]]")
        .iter()
        .map(|b| Route {
            hash: leak(&toml::Value::String(format!(
                "#/{}",
                b["navn"].as_str().expect("navn")
            ))),
            h1: leak(&b["titel"]),
            in_nav: b["menu"].as_bool().expect("menu"),
        })
        .collect()
}

/// Every real page of the app: the Forside, the calculators of the registry, then the other pages.
pub static ROUTES: std::sync::LazyLock<Vec<Route>> = std::sync::LazyLock::new(|| {
    let mut r = vec![ANDRE_SIDER[0]];
    r.extend(beregnere());
    r.extend_from_slice(&ANDRE_SIDER[1..]);
    r
});

/// The calculator routes (`#/<navn>` of the registry): they have the save panel.
pub fn calculator_routes() -> Vec<Route> {
    beregnere()
}

/// What any unknown hash route renders.
pub const NOT_FOUND: Route = Route {
    hash: "#/findes-ikke-e2e",
    h1: "Siden findes ikke",
    in_nav: false,
};

/// [`ROUTES`] followed by [`NOT_FOUND`]: everything a sweep should visit.
pub fn all_pages() -> impl Iterator<Item = Route> {
    ROUTES.iter().copied().chain(std::iter::once(NOT_FOUND))
}

/// The route with the given hash (panics on a typo in a test).
pub fn route(hash: &str) -> Route {
    all_pages()
        .find(|r| r.hash == hash)
        .unwrap_or_else(|| panic!("no route {hash:?} in e2e::contract::ROUTES"))
}

/// The hash prefix of a rights page: `#/rettigheder/<slug>`.
pub const RETTIGHED_PREFIX: &str = "#/rettigheder/";

/// The rights pages among [`ROUTES`], in list order.
pub fn rettighed_routes() -> impl Iterator<Item = Route> {
    ROUTES
        .iter()
        .copied()
        .filter(|r| r.hash.starts_with(RETTIGHED_PREFIX))
}

/// The slug of a rights page route (`#/rettigheder/klage` → `klage`).
pub fn slug(route: Route) -> &'static str {
    route.hash.trim_start_matches(RETTIGHED_PREFIX)
}

/// The static version of a rights page, relative to the sub-path: `rettigheder/<slug>.html`.
pub fn static_page(route: Route) -> String {
    format!("rettigheder/{}.html", slug(route))
}

/// The routes the main navigation links to, in order.
pub fn nav_routes() -> impl Iterator<Item = Route> {
    ROUTES.iter().copied().filter(|r| r.in_nav)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_follow_the_contract() {
        assert_eq!(route("#/").title(), "Ressourceguiden");
        assert_eq!(
            route("#/ydelse").title(),
            "Beregn din ydelse – Ressourceguiden"
        );
        assert_eq!(NOT_FOUND.title(), "Siden findes ikke – Ressourceguiden");
    }

    #[test]
    fn hashes_are_unique_and_nav_has_six_sections() {
        let mut hashes: Vec<_> = all_pages().map(|r| r.hash).collect();
        hashes.sort();
        hashes.dedup();
        assert_eq!(hashes.len(), ROUTES.len() + 1);
        assert_eq!(nav_routes().count(), 6);
    }

    #[test]
    fn the_calculators_come_from_the_registry() {
        let hashes: Vec<_> = calculator_routes().iter().map(|r| r.hash).collect();
        assert_eq!(
            hashes,
            [
                "#/ydelse",
                "#/udbetalinger",
                "#/forloeb",
                "#/forloebet-slutter",
                "#/moede",
                "#/ferie",
                "#/klagefrist"
            ]
        );
        assert_eq!(ROUTES[1].hash, "#/ydelse");
        assert_eq!(route("#/forloeb").h1, "Dine forløb og grænser");
        assert!(!route("#/forloebet-slutter").in_nav);
    }

    #[test]
    fn rights_pages_have_static_twins() {
        assert_eq!(rettighed_routes().count(), 18);
        let klage = route("#/rettigheder/klage");
        assert_eq!(slug(klage), "klage");
        assert_eq!(static_page(klage), "rettigheder/klage.html");
        assert!(rettighed_routes().all(|r| !r.in_nav));
    }
}
