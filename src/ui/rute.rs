//! Hash routing: `#/ydelse`, `#/rettigheder/klage` … The whole route lives in the URL fragment, so `dist/`
//! works from any static host and any sub-folder with no rewrite rules, deep links survive a reload, and the
//! server never sees which page (or which calculation) a user looks at.

pub use super::register::{Beregner, HOVEDMENU};

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rute {
    Forside,
    /// A calculator of the registry (`content/beregnere.toml`): `#/<navn>`.
    Beregner(Beregner),
    /// The ydelse calculator scrolled to «Tjek din afgørelse» (`#/ydelse/tjek`), the front page's first door.
    YdelseTjek,
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
    /// One calculator in embed mode (`#/indlejr/<beregner>`), without the site's header and footer; the
    /// name as asked for (an unknown or non-embeddable name shows «Siden findes ikke»).
    Indlejret(String),
    /// Anything else; carries the path that was asked for.
    IkkeFundet(String),
}

/// The id of the «Tjek din afgørelse» heading on the ydelse page (the anchor of [`Rute::YdelseTjek`]).
pub const TJEK_ANKER: &str = "tjek-titel";

impl Rute {
    /// Parses a `location.hash` value. Returns `None` for an in-page anchor (`#indhold`), which is not a route.
    pub fn fra_hash(hash: &str) -> Option<Rute> {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        if !(h.is_empty() || h.starts_with('/')) {
            return None;
        }
        let sti = h.split('?').next().unwrap_or("");
        let dele: Vec<&str> = sti.split('/').filter(|s| !s.is_empty()).collect();
        if let [navn] = dele.as_slice() {
            if let Some(b) = Beregner::fra_navn(navn) {
                return Some(Rute::Beregner(b));
            }
        }
        Some(match dele.as_slice() {
            [] => Rute::Forside,
            ["ydelse", "tjek"] => Rute::YdelseTjek,
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
            Rute::Beregner(b) => b.href(),
            Rute::YdelseTjek => format!("{}/tjek", Beregner::Ydelse.href()),
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
        let href = match self {
            Rute::Beregner(b) => b.href(),
            Rute::YdelseTjek => Beregner::Ydelse.href(),
            Rute::Rettigheder | Rute::Rettighed(..) => "#/rettigheder".into(),
            Rute::Om => "#/om".into(),
            _ => return None,
        };
        HOVEDMENU.iter().map(|(h, _)| *h).find(|h| *h == href)
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
        let ydelse = Some(Rute::Beregner(Beregner::Ydelse));
        assert_eq!(Rute::fra_hash("#/ydelse"), ydelse);
        assert_eq!(Rute::fra_hash("#/ydelse?v=1"), ydelse);
        for b in super::super::register::BEREGNERE {
            let r = Rute::fra_hash(&b.href());
            assert_eq!(r, Some(Rute::Beregner(b)));
            assert_eq!(r.map(|r| r.hash()), Some(b.href()));
        }
        assert_eq!(
            Rute::Beregner(Beregner::ForloebetSlutter).hovedpunkt(),
            None,
            "the plan page is not in the menu"
        );
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
        assert_eq!(
            Rute::fra_hash("#/moede"),
            Some(Rute::Beregner(Beregner::Moede))
        );
        assert_eq!(Rute::Beregner(Beregner::Moede).hash(), "#/moede");
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
