//! The pages. Each starts with its own `<h1 tabindex="-1">` (the router moves focus to it). A calculator's page
//! and its fields are one file, `<navn>.rs` (`navn` of content/beregnere.toml, «-» → «_»), whose `mod` line
//! the build writes into the marked lines below; the other pages are declared here by hand.

mod forside;
mod indlejring;
mod klagehjaelp;
mod lovtekster;
mod om;
mod rettigheder;
mod satser;
mod tilgaengelighed;

pub use forside::{forside_html, gem_forside};
pub use rettigheder::vis_anker;

/// Forgets what the pages keep in memory for the session (the klage draft, the last search): meeting mode
/// «Ryd alt».
pub fn glem_hukommelse() {
    klagehjaelp::glem();
    rettigheder::glem_soegning();
}

/// What the pages keep in memory for the session, handed from a small app to the whole app
/// ([`super::overdrag`]).
pub struct Hukommelse {
    /// The klage helper's fields and its last letter.
    pub klage: (crate::indhold::klagebrev::Klagefelter, Option<String>),
    /// The last search in the rights guide.
    pub soegning: String,
}

/// What the pages keep in memory now.
pub fn hukommelse() -> Hukommelse {
    Hukommelse {
        klage: klagehjaelp::udkast(),
        soegning: rettigheder::soegning(),
    }
}

/// Keeps what a small app handed over.
pub fn genskab_hukommelse(h: Hukommelse) {
    klagehjaelp::saet_udkast(h.klage);
    rettigheder::saet_soegning(h.soegning);
}

use super::register::Beregner;
use super::rute::Rute;
use leptos::prelude::*;

// The calculators' modules (`src/ui/sider/<navn>.rs`, one per calculator of content/beregnere.toml: its fields
// and its page `Side`):
// >>> Written by the build script from content/beregnere.toml. Do not edit: change the registry.
pub mod ferie;
pub mod forloeb;
pub mod forloebet_slutter;
pub mod klagefrist;
pub mod moede;
pub mod udbetalinger;
pub mod ydelse;
// <<< End of the lines written from the registry.

// `beregner()` (a calculator's page) and `med_skema!`: generated from the registry by the build script
// (src/build/beregnere.rs).
include!(concat!(env!("OUT_DIR"), "/beregnersider.rs"));

/// The page for a route, in a build of one calculator (`RG_KUN`): that calculator's page (also as «Tjek din
/// afgørelse» and embedded); any other route is handed to the whole app ([`super::overdrag`]).
#[cfg(all(rg_kun, not(rg_sider)))]
pub fn side(r: Rute) -> AnyView {
    match r {
        Rute::Beregner(b) if b == KUN => beregner(b),
        Rute::YdelseTjek if KUN == Beregner::Ydelse => beregner(KUN),
        Rute::Indlejret(navn) if KUN.indlejres() && Beregner::fra_navn(&navn) == Some(KUN) => {
            beregner(KUN)
        }
        _ => super::overdrag::til_hele_appen(),
    }
}

/// The page for a route. In the build of the pages without a calculator (`RG_KUN=sider`), `beregner()` hands
/// every calculator to the whole app.
#[cfg(any(not(rg_kun), rg_sider))]
pub fn side(r: Rute) -> AnyView {
    match r {
        Rute::Forside => forside::Forside().into_any(),
        Rute::Beregner(b) => beregner(b),
        Rute::YdelseTjek => beregner(Beregner::Ydelse),
        Rute::Rettigheder => rettigheder::Rettigheder().into_any(),
        Rute::Rettighed(slug, _) => {
            rettigheder::Rettighed(rettigheder::RettighedProps { slug }).into_any()
        }
        Rute::Om => om::Om().into_any(),
        Rute::Tilgaengelighed => tilgaengelighed::Tilgaengelighed().into_any(),
        Rute::Satser(_) => satser::Satser().into_any(),
        Rute::Indlejring => indlejring::Indlejring().into_any(),
        Rute::Indlejret(navn) => match Beregner::fra_navn(&navn).filter(|b| b.indlejres()) {
            Some(b) => beregner(b),
            None => side(Rute::IkkeFundet(format!("/indlejr/{navn}"))),
        },
        Rute::IkkeFundet(sti) => view! {
            <h1 tabindex="-1">"Siden findes ikke"</h1>
            <p>"Vi kan ikke finde siden «" {sti} "». Måske er linket forkert eller forældet."</p>
            <p><a href="#/">"Gå til forsiden"</a></p>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use crate::ui::tilstand::{Art, Felt, Skema};

    /// Each calculator's keys are distinct and each field is named once (the enum and its keys come from one
    /// `felter!` list, so a field without a key cannot compile).
    #[test]
    fn every_calculator_has_distinct_keys() {
        fn sjekk<S: Skema>() {
            let mut k: Vec<&str> = S::NOEGLER.iter().map(|n| n.k).collect();
            k.sort_unstable();
            let n = k.len();
            k.dedup();
            assert_eq!(k.len(), n, "{}: a key twice", S::NAVN);
            assert!(!k.contains(&"v"), "{}: «v» is the format version", S::NAVN);
            for n in S::NOEGLER {
                assert_eq!(n.felt.k(), n.k);
                assert_eq!(<S::Felt as Felt>::fra_noegle(n.k), Some(n.felt));
            }
            for (f, _) in S::LISTER {
                assert!(S::NOEGLER
                    .iter()
                    .any(|n| n.felt == *f && n.art == Art::Tekst));
            }
        }
        for b in crate::ui::register::BEREGNERE {
            med_skema!(b, S => sjekk::<S>());
        }
    }
}
