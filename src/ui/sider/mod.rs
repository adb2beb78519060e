//! The pages. Each starts with its own `<h1 tabindex="-1">` (the router moves focus to it).

mod ferie;
mod forloeb;
mod forside;
mod indlejring;
mod klagefrist;
mod klagehjaelp;
mod lovtekster;
mod moede;
mod om;
mod rettigheder;
mod satser;
mod slutplan;
mod tilgaengelighed;
mod udbetalinger;
mod ydelse;

pub use forside::gem_forside;
pub use rettigheder::vis_anker;

/// Forgets what the pages keep in memory for the session (the klage draft, the last search): meeting mode
/// «Ryd alt».
pub fn glem_hukommelse() {
    klagehjaelp::glem();
    rettigheder::glem_soegning();
}

use super::register::Beregner;
use super::rute::Rute;
use leptos::prelude::*;

/// A calculator's page (the same page in the app and in embed mode).
fn beregner(b: Beregner) -> AnyView {
    match b {
        Beregner::Ydelse => ydelse::Ydelse().into_any(),
        Beregner::Forloeb => forloeb::Forloeb().into_any(),
        Beregner::ForloebetSlutter => slutplan::Slutplan().into_any(),
        Beregner::Moede => moede::Moede().into_any(),
        Beregner::Udbetalinger => udbetalinger::Udbetalinger().into_any(),
        Beregner::Ferie => ferie::Ferie().into_any(),
        Beregner::Klagefrist => klagefrist::Klagefrist().into_any(),
    }
}

/// The page for a route.
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
