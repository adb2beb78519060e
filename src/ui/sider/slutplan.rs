//! «Når dit forløb slutter» (`#/forloebet-slutter`): the end date, a dated plan, what the kommune must do,
//! the possible next steps, the open questions — and the dates as a calendar file made on the device.

use crate::indhold::kalender::{ics, Begivenhed};
use crate::rules::lab::forloebsslut::{plan, Plan, Resultat, Skridt, Udfald, Udsagn, RAAD_DATOER};
use crate::rules::lovdata::{Forloebstype, Status};
use crate::rules::tid::{dato_tekst, dato_tekst_lang, iso};
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::{
    Advarsler, Fejloversigt, Forklaringsvisning, Meddelelser, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::slutplan::{self as skema, Slutplan as S};
use crate::ui::tilstand::Tilstand;
use leptos::prelude::*;

const FORLOEB: &[(&str, &str, Option<&str>)] = &[
    ("r", "Ressourceforløb", None),
    ("j", "Jobafklaringsforløb", None),
];

/// The name of the calendar file.
pub const ICS_FIL: &str = "forloebet-slutter.ics";

#[component]
pub fn Slutplan() -> impl IntoView {
    let Beregner {
        t,
        meddelelser,
        input,
        fejl,
        fejl_liste,
        resultat,
        forklaring,
    } = beregner(
        Tilstand::<S>::default,
        skema::til_input,
        plan,
        |r: &Resultat| &r.forklaring,
    );
    let planen = Memo::new(move |_| {
        resultat.with(|r| match r.as_ref().map(|r| &r.udfald) {
            Some(Udfald::Plan(p)) => Some((**p).clone()),
            _ => None,
        })
    });
    let kalender = Memo::new(move |_| planen.with(|p| p.as_ref().map(kalenderfil)));
    // The download: a Blob URL made from the text, replaced (and the old one revoked) when the plan changes.
    let href = RwSignal::new(None::<String>);
    Effect::new(move |forrige: Option<Option<String>>| {
        if let Some(Some(u)) = forrige {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
        let url = kalender.with(|k| k.as_deref().and_then(blob_url));
        href.set(url.clone());
        url
    });
    on_cleanup(move || {
        if let Some(Some(u)) = href.try_get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
    });

    view! {
        <h1 tabindex="-1">"Når dit forløb slutter"</h1>
        <p class="indledning">
            "Få en plan for tiden op til slutdatoen: hvad kommunen skal gøre, hvornår du skal spørge, og hvad der kan ske bagefter. "
            "Du finder datoerne i kommunens afgørelse om dit forløb."
        </p>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <div class="beregner">
            <form class="skema" on:submit=|ev| ev.prevent_default() novalidate>
                <Valgfelt tilstand=t k="f" legend="Hvilket forløb er du i?" muligheder=FORLOEB />
                <Tekstfelt tilstand=t k="s" label="Forløbets startdato" hjaelp="Står i afgørelsen, fx «fra 1.4.2024»." fejl=fejl inputmode="numeric" />
                <Tekstfelt tilstand=t k="lm" label="Forløbets længde i måneder" hjaelp="1 år = 12, 2 år = 24, 3 år = 36. Ikke nødvendig, hvis du skriver slutdatoen." fejl=fejl inputmode="numeric" klasse="kort" />
                <Tekstfelt tilstand=t k="sl" label="Forløbets slutdato (hvis du kender den)" hjaelp="Står i afgørelsen, fx «til 31.3.2027». Den bruges i stedet for længden." fejl=fejl inputmode="numeric" />
                <Tekstfelt tilstand=t k="fd" label="Din fødselsdato (valgfrit)" hjaelp="Fx 12.5.1968. Så viser vi også datoen for din folkepension." fejl=fejl inputmode="numeric" autocomplete="bday" />
            </form>
            <section class="resultat" aria-labelledby="slutplan-resultat-titel">
                <h2 id="slutplan-resultat-titel">"Din plan"</h2>
                <div aria-live="polite" aria-atomic="true" class="hovedtal">
                    {move || match (input.get(), resultat.get().map(|r| r.udfald)) {
                        (Err(f), _) => view! {
                            <p class="mangler">"Vi viser planen, når felterne er udfyldt rigtigt:"</p>
                            <ul class="mangler">{f.into_iter().map(|f| view! { <li>{f.tekst}</li> }).collect_view()}</ul>
                        }.into_any(),
                        (Ok(_), Some(Udfald::Ugyldig { tekst, .. })) => view! { <p class="tal-ingen">{tekst}</p> }.into_any(),
                        (Ok(_), Some(Udfald::Plan(p))) => view! {
                            <p class="svar ja" id="slutplan-slutdato"><strong>{format!("Dit forløb slutter {}.", dato_tekst_lang(p.slutdato))}</strong></p>
                        }.into_any(),
                        _ => view! { <p></p> }.into_any(),
                    }}
                </div>
                <Advarsler forklaring=forklaring />
                {move || planen.get().map(|p| view! {
                    <PlanVisning p=p />
                    <h3>"Få datoerne i din kalender"</h3>
                    <p>"Hent en kalenderfil med påmindelser kl. 9 på hver dato. Filen bliver lavet på din enhed og sendes ingen steder hen. Åbn den, så kommer datoerne ind i din egen kalender."</p>
                    <p>
                        <a class="knap" id="slutplan-ics-link" download=ICS_FIL href=move || href.get().unwrap_or_default()>
                            "Hent kalenderfil (.ics)"
                        </a>
                    </p>
                    <details class="ics-visning">
                        <summary>"Se, hvad der står i kalenderfilen"</summary>
                        <pre id="slutplan-ics" tabindex="0">{move || kalender.get().unwrap_or_default()}</pre>
                    </details>
                })}
                <Show when=move || planen.with(|p| p.is_some())>
                    <h3>"Sådan er datoerne regnet ud"</h3>
                    <Forklaringsvisning forklaring=forklaring />
                    <p class="vejledende">"En vejledende plan, ikke en afgørelse."</p>
                </Show>
            </section>
        </div>
        {move || planen.get().map(|p| view! { <Vejledning p=p /> })}
        <p>
            "Læs mere: "<a href="#/rettigheder/naar-forloebet-slutter">"Når forløbet slutter"</a>", "
            <a href="#/rettigheder/forbered-moedet">"Forbered mødet"</a>", "
            <a href="#/moede">"Møde med kommunen"</a>" og "
            <a href="#/rettigheder/gratis-hjaelp">"Gratis hjælp"</a>"."
        </p>
        <Delepanel tilstand=t />
    }
}

/// The dated steps as a list.
#[component]
fn PlanVisning(p: Plan) -> impl IntoView {
    view! {
        <ol class="slutplan" id="slutplan-skridt">
            {p.skridt.into_iter().map(|s| view! {
                <li>
                    <p class="slutplan-dato"><strong><time datetime=iso(s.dato)>{dato_tekst(s.dato)}</time></strong>": " {s.titel.clone()}</p>
                    <p>{s.tekst.clone()}</p>
                    <Kilde paragraf=s.paragraf kilder=s.kilder status=s.status />
                </li>
            }).collect_view()}
        </ol>
        <p class="note">{RAAD_DATOER.tekst}</p>
        <Kilde paragraf=RAAD_DATOER.paragraf kilder=RAAD_DATOER.kilder status=RAAD_DATOER.status />
    }
}

/// What the kommune must do, the next steps and the open questions.
#[component]
fn Vejledning(p: Plan) -> impl IntoView {
    let job = p.forloeb == Forloebstype::Jobafklaring;
    view! {
        <section aria-labelledby="slutplan-pligt-titel">
            <h2 id="slutplan-pligt-titel">"Det skal kommunen gøre før slutdatoen"</h2>
            <ul>
                {p.pligter.into_iter().map(|u| view! { <li><p>{u.tekst}</p><Kilde paragraf=u.paragraf kilder=u.kilder status=u.status /></li> }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="slutplan-muligheder-titel">
            <h2 id="slutplan-muligheder-titel">"Hvad kan der ske bagefter?"</h2>
            <p>{if job {
                "Det afhænger af dit helbred og din arbejdsevne. Her er de muligheder, der kan komme på tale."
            } else {
                "Du kan ikke få et nyt ressourceforløb. Det afhænger af din arbejdsevne, hvad der sker. Her er de muligheder, der kan komme på tale."
            }}</p>
            {p.muligheder.into_iter().map(mulighed).collect_view()}
        </section>
        <section aria-labelledby="slutplan-aaben-titel">
            <h2 id="slutplan-aaben-titel">"Det er ikke afklaret"</h2>
            {p.aabne.into_iter().map(|u| view! {
                <div class="boks">
                    <p>{u.tekst}</p>
                    <p><strong>"Det kan du gøre imens: "</strong>{u.imens.unwrap_or("")}</p>
                    <Kilde paragraf=u.paragraf kilder=u.kilder status=u.status />
                </div>
            }).collect_view()}
        </section>
    }
}

fn mulighed(u: &'static Udsagn) -> impl IntoView {
    view! {
        <h3>{u.titel.unwrap_or("")}</h3>
        <p>{u.tekst}</p>
        <dl class="fakta">
            <dt>"Hvem beslutter?"</dt><dd>{u.hvem.unwrap_or("")}</dd>
            <dt>"Det kan du gøre"</dt><dd>{u.du_kan.unwrap_or("")}</dd>
            <dt>"Pengene"</dt><dd>{u.penge.unwrap_or("")}</dd>
        </dl>
        {u.link.map(|(url, tekst)| view! { <p><a href=url rel="noopener noreferrer">{tekst}</a></p> })}
        <Kilde paragraf=u.paragraf kilder=u.kilder status=u.status />
    }
}

/// «Kilde: § …» with the source links, and «(ikke efterprøvet)» for a statement no source confirms.
#[component]
pub(super) fn Kilde(
    paragraf: &'static str,
    kilder: &'static [&'static str],
    status: Status,
) -> impl IntoView {
    view! {
        <p class="kilde">
            "Kilde: " {paragraf}
            {kilder.iter().enumerate().map(|(n, k)| view! {
                {if n == 0 { " – " } else { ", " }}
                <a href=*k rel="noopener noreferrer">{vaert(k)}</a>
            }).collect_view()}
            {(status == Status::IkkeEfterproevet).then_some(" (ikke efterprøvet)")}
        </p>
    }
}

/// "ast.dk" from a URL, for a short link text.
fn vaert(url: &str) -> String {
    url.split("://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .map(|h| h.trim_start_matches("www.").to_string())
        .unwrap_or_else(|| url.to_string())
}

/// The calendar file for the plan's calendar steps.
fn kalenderfil(p: &Plan) -> String {
    let slut = iso(p.slutdato).replace('-', "");
    let begivenheder: Vec<Begivenhed> = p
        .skridt
        .iter()
        .filter(|s| s.i_kalender())
        .enumerate()
        .map(|(n, s): (usize, &Skridt)| Begivenhed {
            uid: format!("forloeb-{slut}-{}@ressourceguiden", n + 1),
            dato: s.dato,
            titel: format!("Forløbet slutter: {}", s.titel),
            beskrivelse: format!(
                "{}\nDit forløb slutter {}.\nKilde: {} ({})",
                s.tekst,
                dato_tekst(p.slutdato),
                s.paragraf,
                s.kilder.join(" ")
            ),
        })
        .collect();
    ics(&begivenheder, chrono::Utc::now().naive_utc())
}

fn blob_url(tekst: &str) -> Option<String> {
    let dele = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(tekst));
    let valg = web_sys::BlobPropertyBag::new();
    valg.set_type("text/calendar;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&dele, &valg).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
