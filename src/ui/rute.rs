//! Hash routing: `#/ydelse`, `#/rettigheder/klage` … The whole route lives in the URL fragment, so `dist/`
//! works from any static host and any sub-folder with no rewrite rules, deep links survive a reload, and the
//! server never sees which page (or which calculation) a user looks at.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rute {
    Forside,
    Ydelse,
    /// The ydelse calculator scrolled to «Tjek din afgørelse» (`#/ydelse/tjek`), the front page's first door.
    YdelseTjek,
    Forloeb,
    /// «Når dit forløb slutter»: the plan for the end of a running forløb (the front page's second door).
    ForloebetSlutter,
    Ferie,
    Klagefrist,
    /// «Tjek dine udbetalinger»: several months against the kommune's amounts (`#/udbetalinger`).
    Udbetalinger,
    Rettigheder,
    /// One rights page, by slug; with an anchor (`#/rettigheder/<slug>/<anker>`) the page is scrolled to the
    /// element with that id (a heading, or a term of the glossary). A bare `#anker` is not a route.
    Rettighed(String, Option<String>),
    Om,
    /// The accessibility statement (linked from the footer, not the main menu).
    Tilgaengelighed,
    /// «Satser og kilder»: every figure of the law data by year (`#/satser`), optionally scrolled to one
    /// figure (`#/satser/<parameter>-<år>`), as linked from a trace line.
    Satser(Option<String>),
    /// «Indlejr på jeres hjemmeside»: the embed snippet generator.
    Indlejring,
    /// One calculator in embed mode (`#/indlejr/<beregner>`), without the site's header and footer.
    Indlejret(String),
    /// Anything else; carries the path that was asked for.
    IkkeFundet(String),
}

/// The id of the «Tjek din afgørelse» heading on the ydelse page (the anchor of [`Rute::YdelseTjek`]).
pub const TJEK_ANKER: &str = "tjek-titel";

/// The main sections, in navigation order: (route, link text = page heading).
pub const HOVEDMENU: [(&str, &str); 6] = [
    ("#/ydelse", "Beregn din ydelse"),
    ("#/forloeb", "Dine forløb og grænser"),
    ("#/ferie", "Ferie med ydelse"),
    ("#/klagefrist", "Din klagefrist"),
    ("#/rettigheder", "Dine rettigheder"),
    ("#/om", "Om og privatliv"),
];

impl Rute {
    /// Parses a `location.hash` value. Returns `None` for an in-page anchor (`#indhold`), which is not a route.
    pub fn fra_hash(hash: &str) -> Option<Rute> {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        if !(h.is_empty() || h.starts_with('/')) {
            return None;
        }
        let sti = h.split('?').next().unwrap_or("");
        let dele: Vec<&str> = sti.split('/').filter(|s| !s.is_empty()).collect();
        Some(match dele.as_slice() {
            [] => Rute::Forside,
            ["ydelse"] => Rute::Ydelse,
            ["ydelse", "tjek"] => Rute::YdelseTjek,
            ["forloeb"] => Rute::Forloeb,
            ["forloebet-slutter"] => Rute::ForloebetSlutter,
            ["ferie"] => Rute::Ferie,
            ["klagefrist"] => Rute::Klagefrist,
            ["udbetalinger"] => Rute::Udbetalinger,
            ["rettigheder"] => Rute::Rettigheder,
            ["rettigheder", slug] => Rute::Rettighed((*slug).to_string(), None),
            ["rettigheder", slug, anker] => {
                Rute::Rettighed((*slug).to_string(), Some((*anker).to_string()))
            }
            ["om"] => Rute::Om,
            ["tilgaengelighed"] => Rute::Tilgaengelighed,
            ["satser"] => Rute::Satser(None),
            ["satser", anker] => Rute::Satser(Some((*anker).to_string())),
            ["indlejr"] => Rute::Indlejring,
            ["indlejr", navn] => Rute::Indlejret((*navn).to_string()),
            _ => Rute::IkkeFundet(sti.to_string()),
        })
    }

    /// The hash that leads here.
    pub fn hash(&self) -> String {
        match self {
            Rute::Forside => "#/".into(),
            Rute::Ydelse => "#/ydelse".into(),
            Rute::YdelseTjek => "#/ydelse/tjek".into(),
            Rute::Forloeb => "#/forloeb".into(),
            Rute::ForloebetSlutter => "#/forloebet-slutter".into(),
            Rute::Ferie => "#/ferie".into(),
            Rute::Klagefrist => "#/klagefrist".into(),
            Rute::Udbetalinger => "#/udbetalinger".into(),
            Rute::Rettigheder => "#/rettigheder".into(),
            Rute::Rettighed(s, None) => format!("#/rettigheder/{s}"),
            Rute::Rettighed(s, Some(a)) => format!("#/rettigheder/{s}/{a}"),
            Rute::Om => "#/om".into(),
            Rute::Tilgaengelighed => "#/tilgaengelighed".into(),
            Rute::Satser(None) => "#/satser".into(),
            Rute::Satser(Some(a)) => format!("#/satser/{a}"),
            Rute::Indlejring => "#/indlejr".into(),
            Rute::Indlejret(n) => format!("#/indlejr/{n}"),
            Rute::IkkeFundet(s) => format!("#{s}"),
        }
    }

    /// The id of the element the page should be scrolled to, if the route names one.
    pub fn anker(&self) -> Option<&str> {
        match self {
            Rute::Rettighed(_, Some(a)) | Rute::Satser(Some(a)) => Some(a),
            Rute::YdelseTjek => Some(TJEK_ANKER),
            _ => None,
        }
    }

    /// The main-menu entry this route belongs to (for `aria-current`).
    pub fn hovedpunkt(&self) -> Option<&'static str> {
        match self {
            Rute::Ydelse | Rute::YdelseTjek => Some("#/ydelse"),
            Rute::Forloeb => Some("#/forloeb"),
            Rute::Ferie => Some("#/ferie"),
            Rute::Klagefrist => Some("#/klagefrist"),
            Rute::Rettigheder | Rute::Rettighed(..) => Some("#/rettigheder"),
            Rute::Om => Some("#/om"),
            _ => None,
        }
    }
}

/// The document title for a page heading.
pub fn titel(overskrift: &str) -> String {
    if overskrift == "Ressourceguiden" {
        overskrift.to_string()
    } else {
        format!("{overskrift} – Ressourceguiden")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_routes_and_leaves_anchors_alone() {
        assert_eq!(Rute::fra_hash(""), Some(Rute::Forside));
        assert_eq!(Rute::fra_hash("#/"), Some(Rute::Forside));
        assert_eq!(Rute::fra_hash("#/ydelse"), Some(Rute::Ydelse));
        assert_eq!(Rute::fra_hash("#/ydelse?v=1"), Some(Rute::Ydelse));
        assert_eq!(
            Rute::fra_hash("#/rettigheder/klage"),
            Some(Rute::Rettighed("klage".into(), None))
        );
        let ordet = Rute::fra_hash("#/rettigheder/ordbog/fuldmagt");
        assert_eq!(
            ordet,
            Some(Rute::Rettighed("ordbog".into(), Some("fuldmagt".into())))
        );
        assert_eq!(ordet.as_ref().and_then(Rute::anker), Some("fuldmagt"));
        assert_eq!(
            ordet.map(|r| r.hash()),
            Some("#/rettigheder/ordbog/fuldmagt".to_string())
        );
        assert_eq!(
            Rute::fra_hash("#/rettigheder/klage").and_then(|r| r.anker().map(str::to_string)),
            None
        );
        assert_eq!(
            Rute::fra_hash("#/findes/ikke"),
            Some(Rute::IkkeFundet("/findes/ikke".into()))
        );
        assert_eq!(
            Rute::fra_hash("#/tilgaengelighed"),
            Some(Rute::Tilgaengelighed)
        );
        assert_eq!(Rute::Tilgaengelighed.hash(), "#/tilgaengelighed");
        let tal = Rute::fra_hash("#/satser/forsoerger-2026");
        assert_eq!(tal, Some(Rute::Satser(Some("forsoerger-2026".into()))));
        assert_eq!(tal.as_ref().and_then(Rute::anker), Some("forsoerger-2026"));
        assert_eq!(
            Rute::fra_hash("#/satser").map(|r| r.hash()),
            Some("#/satser".to_string())
        );
        assert_eq!(Rute::fra_hash("#indhold"), None);
        let tjek = Rute::fra_hash("#/ydelse/tjek?v=1&kb=1");
        assert_eq!(tjek, Some(Rute::YdelseTjek));
        assert_eq!(tjek.as_ref().and_then(Rute::anker), Some(TJEK_ANKER));
        assert_eq!(tjek.as_ref().and_then(Rute::hovedpunkt), Some("#/ydelse"));
        assert_eq!(Rute::YdelseTjek.hash(), "#/ydelse/tjek");
        for (h, _) in HOVEDMENU {
            assert_eq!(Rute::fra_hash(h).map(|r| r.hash()), Some(h.to_string()));
        }
    }

    #[test]
    fn titles_name_the_page_then_the_app() {
        assert_eq!(titel("Ressourceguiden"), "Ressourceguiden");
        assert_eq!(
            titel("Om og privatliv"),
            "Om og privatliv – Ressourceguiden"
        );
    }
}
