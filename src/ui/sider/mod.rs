//! The pages. Each starts with its own `<h1 tabindex="-1">` (the router moves focus to it).

mod ferie;
mod forloeb;
mod forside;
mod indlejring;
mod klagefrist;
mod klagehjaelp;
mod om;
mod rettigheder;
mod satser;
mod slutplan;
mod tilgaengelighed;
mod udbetalinger;
mod ydelse;

pub use rettigheder::vis_anker;

/// Forgets what the pages keep in memory for the session (the klage draft, the last search): meeting mode
/// «Ryd alt».
pub fn glem_hukommelse() {
    klagehjaelp::glem();
    rettigheder::glem_soegning();
}

use super::rute::Rute;
use leptos::prelude::*;

/// The page for a route.
pub fn side(r: Rute) -> AnyView {
    match r {
        Rute::Forside => forside::Forside().into_any(),
        Rute::Ydelse | Rute::YdelseTjek => ydelse::Ydelse().into_any(),
        Rute::Forloeb => forloeb::Forloeb().into_any(),
        Rute::ForloebetSlutter => slutplan::Slutplan().into_any(),
        Rute::Ferie => ferie::Ferie().into_any(),
        Rute::Klagefrist => klagefrist::Klagefrist().into_any(),
        Rute::Udbetalinger => udbetalinger::Udbetalinger().into_any(),
        Rute::Rettigheder => rettigheder::Rettigheder().into_any(),
        Rute::Rettighed(slug, _) => {
            rettigheder::Rettighed(rettigheder::RettighedProps { slug }).into_any()
        }
        Rute::Om => om::Om().into_any(),
        Rute::Tilgaengelighed => tilgaengelighed::Tilgaengelighed().into_any(),
        Rute::Satser(_) => satser::Satser().into_any(),
        Rute::Indlejring => indlejring::Indlejring().into_any(),
        Rute::Indlejret(navn) => match navn.as_str() {
            "ydelse" => ydelse::Ydelse().into_any(),
            "forloeb" => forloeb::Forloeb().into_any(),
            "ferie" => ferie::Ferie().into_any(),
            "klagefrist" => klagefrist::Klagefrist().into_any(),
            "udbetalinger" => udbetalinger::Udbetalinger().into_any(),
            _ => side(Rute::IkkeFundet(format!("/indlejr/{navn}"))),
        },
        Rute::IkkeFundet(sti) => view! {
            <h1 tabindex="-1">"Siden findes ikke"</h1>
            <p>"Vi kan ikke finde siden «" {sti} "». Måske er linket forkert eller forældet."</p>
            <p><a href="#/">"Gå til forsiden"</a></p>
        }
        .into_any(),
    }
}
