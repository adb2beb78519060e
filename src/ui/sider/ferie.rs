//! «Ferie med ydelse» (`#/ferie`): the calculator's fields and how they become a [`FerieInput`] (first), then
//! its page.

use super::ferie::{self as skema, Ferie as Fe};
use crate::rules::aktivloven::ferie::{Maanedsart, Resultat, Udfald, MAKS_MAANEDER};
use crate::rules::lovdata::SENESTE_SATSAAR;
use crate::rules::tid::{dato_tekst, Maaned};
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::Senere;
use crate::ui::komponenter::{
    felt_id, Advarsler, Fejloversigt, Forklaringsvisning, LaesMere, Maanedsvaelger, Meddelelser,
    Valgfelt,
};
use crate::ui::tilstand::Tilstand;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------------------------
// The fields (the share link's keys) and how they become the rule's input
// ---------------------------------------------------------------------------------------------------------

use crate::rules::aktivloven::ferie::FerieInput;
use crate::rules::lovdata::Forloebstype;
use crate::ui::tilstand::felt::Fejl;
use crate::ui::tilstand::{Art, Skema};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ferie;

crate::ui::tilstand::felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum FerieFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        FoersteMaaned = ("fra", "Første måned", Art::Tekst, ""),
        Maaneder = ("m", "Månederne", Art::Tekst, ""),
    }
}
use FerieFelt as F;

impl Skema for Ferie {
    type Felt = FerieFelt;
    type Input = crate::rules::aktivloven::ferie::FerieInput;
    type Resultat = crate::rules::aktivloven::ferie::Resultat;
    fn til_input(t: &Tilstand<Self>) -> Result<Self::Input, Vec<Fejl>> {
        til_input(t)
    }
    fn regn(i: &Self::Input) -> Self::Resultat {
        crate::rules::aktivloven::ferie::vurder(i)
    }
    fn udfald(r: &Self::Resultat) -> &'static str {
        match r.udfald {
            crate::rules::aktivloven::ferie::Udfald::Vurderet(_) => "vurderet",
            _ => "regel: ugyldig",
        }
    }
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Ferie;
}

/// A month's code in the link: h = hjælp, l = løntilskud, i = ingen hjælp.
pub fn art(c: char) -> Option<Maanedsart> {
    match c {
        'h' => Some(Maanedsart::Hjaelp),
        'l' => Some(Maanedsart::Loentilskud),
        'i' => Some(Maanedsart::Ingen),
        _ => None,
    }
}

pub fn kode(a: Maanedsart) -> char {
    match a {
        Maanedsart::Hjaelp => 'h',
        Maanedsart::Loentilskud => 'l',
        Maanedsart::Ingen => 'i',
    }
}

/// The rule input, or the problems.
pub fn til_input(t: &Tilstand<Ferie>) -> Result<FerieInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let fra = Maaned::parse(t.hent(F::FoersteMaaned));
    if fra.is_none() {
        fejl.push(Fejl::ny(
            F::FoersteMaaned,
            "Vælg den første måned, du fik hjælp.",
        ));
    }
    let koder = t.hent(F::Maaneder);
    let maaneder: Option<Vec<Maanedsart>> = koder.chars().map(art).collect();
    match &maaneder {
        None => fejl.push(Fejl::ny(
            F::Maaneder,
            "Månederne kunne ikke læses. Vælg dem igen.",
        )),
        Some(m) if m.is_empty() => fejl.push(Fejl::ny(F::Maaneder, "Vælg mindst én måned.")),
        Some(m) if m.len() > MAKS_MAANEDER => fejl.push(Fejl::ny(
            F::Maaneder,
            "Vi kan højst tælle 10 år (120 måneder).",
        )),
        _ => {}
    }
    match (fra, maaneder) {
        (Some(fra), Some(maaneder)) if fejl.is_empty() => Ok(FerieInput {
            forloeb: if t.hent(F::Forloeb) == "j" {
                Forloebstype::Jobafklaring
            } else {
                Forloebstype::Ressourceforloeb
            },
            fra,
            maaneder,
        }),
        _ => Err(fejl),
    }
}

// ---------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------

const FORLOEB: &[(&str, &str, Option<&str>)] = &[
    ("r", "Ressourceforløb", None),
    ("j", "Jobafklaringsforløb", None),
];
const ARTER: &[(Maanedsart, &str)] = &[
    (
        Maanedsart::Hjaelp,
        "Fik hjælp (ressourceforløbsydelse, kontanthjælp eller uddannelseshjælp – også ferie med hjælp eller feriegodtgørelse)",
    ),
    (Maanedsart::Loentilskud, "Løntilskud"),
    (Maanedsart::Ingen, "Ingen hjælp hele måneden"),
];

fn standard() -> Tilstand<Fe> {
    let d = js_sys::Date::new_0();
    let nu = Maaned::ny(d.get_full_year() as i32, d.get_month() + 1);
    let fra = nu.map(|mut m| {
        for _ in 0..12 {
            m = m.forrige();
        }
        m
    });
    Tilstand::<Fe>::default()
        .med(
            F::FoersteMaaned,
            &fra.map(|m| m.to_string()).unwrap_or_default(),
        )
        .med(F::Maaneder, &"h".repeat(12))
}

/// Ferie med ydelse: when the right to ferie arises and until when it can be used.
#[component]
pub fn Side() -> impl IntoView {
    let Beregner {
        t,
        meddelelser,
        input: _,
        fejl: _,
        fejl_liste,
        resultat,
        forklaring,
    } = beregner(standard, Fe::til_input, Fe::regn, |r: &Resultat| {
        &r.forklaring
    });
    let maaneder = move || {
        t.with(|t| {
            let fra = Maaned::parse(t.hent(F::FoersteMaaned));
            let koder: Vec<char> = t.hent(F::Maaneder).chars().collect();
            let mut m = fra;
            koder
                .into_iter()
                .map(|k| {
                    let denne = m;
                    m = m.map(|x| x.naeste());
                    (denne, k)
                })
                .collect::<Vec<_>>()
        })
    };
    let saet_maaned = move |n: usize, k: char| {
        t.update(|t| {
            let mut koder: Vec<char> = t.hent(F::Maaneder).chars().collect();
            if let Some(c) = koder.get_mut(n) {
                *c = k;
            }
            t.saet(F::Maaneder, &koder.into_iter().collect::<String>());
        })
    };
    let antal = move |delta: i32| {
        t.update(|t| {
            let mut koder: Vec<char> = t.hent(F::Maaneder).chars().collect();
            if delta > 0 && koder.len() < MAKS_MAANEDER {
                for _ in 0..delta {
                    if koder.len() < MAKS_MAANEDER {
                        koder.push('h');
                    }
                }
            } else if delta < 0 {
                for _ in 0..(-delta) {
                    if koder.len() > 1 {
                        koder.pop();
                    }
                }
            }
            t.saet(F::Maaneder, &koder.into_iter().collect::<String>());
        })
    };
    view! {
        <h1 tabindex="-1">{crate::ui::register::Beregner::Ferie.titel()}</h1>
        <p class="indledning">{crate::ui::register::Beregner::Ferie.indledning()}</p>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <div class="beregner">
            <Senere>
            <form class="skema" on:submit=|ev| ev.prevent_default() novalidate>
                <Valgfelt tilstand=t k=F::Forloeb legend="Hvilket forløb er du i?" muligheder=FORLOEB />
                <Maanedsvaelger tilstand=t k=F::FoersteMaaned legend="Første måned med hjælp" fra_aar=2010 til_aar=SENESTE_SATSAAR + 1
                    hjaelp="Måneder med kontanthjælp eller uddannelseshjælp lige før forløbet tæller også med." />
                <fieldset class="felt liste" id={felt_id::<Fe>(F::Maaneder)} tabindex="-1">
                    <legend>"Måned for måned"</legend>
                    <p class="hjaelp">"Vi har sat alle måneder til «Fik hjælp». Tjek hver måned, og ret dem, hvor du ikke fik hjælp. "
                        "En måned tæller, hvis du fik hjælp i en del af den. Fik du kun sygedagpenge, løn eller SU hele måneden, er det «Ingen hjælp»."</p>
                    <ol class="maanedsliste">
                        {move || maaneder().into_iter().enumerate().map(|(n, (m, k))| {
                            let id = format!("ferie-m-{n}");
                            let navn = m.map(|m| m.tekst()).unwrap_or_else(|| format!("Måned {}", n + 1));
                            view! {
                                <li>
                                    <label for=id.clone()>{navn}</label>
                                    <select id=id on:change=move |ev| {
                                        if let Some(c) = event_target_value(&ev).chars().next() { saet_maaned(n, c) }
                                    }>
                                        {ARTER.iter().map(|(a, tekst)| {
                                            let c = skema::kode(*a);
                                            view! { <option value=c.to_string() selected=c == k>{*tekst}</option> }
                                        }).collect_view()}
                                    </select>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    <div class="knapper">
                        <button type="button" class="knap sekundaer" on:click=move |_| antal(1)>"Tilføj en måned"</button>
                        <button type="button" class="knap sekundaer" on:click=move |_| antal(12)>"Tilføj 12 måneder"</button>
                        <button type="button" class="knap sekundaer" on:click=move |_| antal(-1)>"Fjern sidste måned"</button>
                    </div>
                </fieldset>
            </form>
            </Senere>
            <Senere>
            <section class="resultat" aria-labelledby="ferie-resultat-titel">
                <h2 id="ferie-resultat-titel">"Resultat"</h2>
                <div aria-live="polite" aria-atomic="true" class="hovedtal">
                    {move || match resultat.get().map(|r| r.udfald) {
                        Some(Udfald::Vurderet(v)) if v.rettigheder.is_empty() => view! {
                            <p class="tal-ingen">{format!("Du har ikke optjent ferie med ydelse endnu ({} måneder i træk).", v.talte_maaneder)}</p>
                        }.into_any(),
                        Some(Udfald::Vurderet(v)) => view! {
                            <ul class="rettigheder">
                                {v.rettigheder.into_iter().map(|r| view! {
                                    <li><strong>{format!("Op til {} ugers ferie", r.uger)}</strong>
                                        {format!(" fra {} til og med {}", dato_tekst(r.fra), dato_tekst(r.til))}</li>
                                }).collect_view()}
                            </ul>
                            <p>"Aftal ferien skriftligt med kommunen, før du bestiller noget."</p>
                        }.into_any(),
                        Some(Udfald::Ugyldig { tekst, .. }) => view! { <p class="tal-ingen">{tekst}</p> }.into_any(),
                        None => view! { <p class="mangler">"Vælg den første måned for at se resultatet."</p> }.into_any(),
                    }}
                </div>
                <Advarsler forklaring=forklaring />
                <Show when=move || resultat.with(|r| r.is_some())>
                    <h3>"Sådan er det regnet ud"</h3>
                    <Forklaringsvisning forklaring=forklaring />
                    <LaesMere beregner="ferie" />
                </Show>
            </section>
            </Senere>
        </div>
        <Senere><Delepanel tilstand=t /></Senere>
    }
}
