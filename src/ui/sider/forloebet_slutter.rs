//! «Når dit forløb slutter» (`#/forloebet-slutter`): the end date, a dated plan, what the kommune must do,
//! the possible next steps, the open questions — and the dates as a calendar file made on the device.
//!
//! Its fields (first in this file) and how they become a [`SlutInput`].

use crate::indhold::kalender::{ics, Begivenhed};
use crate::rules::lab::forloebsslut::{Plan, Resultat, Skridt, Udfald, Udsagn, RAAD_DATOER};
use crate::rules::lovdata::{Forloebstype, Status};
use crate::rules::tid::{dato_tekst, dato_tekst_lang, iso};
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::{svg, Senere};
use crate::ui::komponenter::{
    Advarsler, Fejloversigt, Forklaringsvisning, Meddelelser, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::Tilstand;
use leptos::prelude::*;
use ForloebetSlutter as S;

// ---------------------------------------------------------------------------------------------------------
// The fields (the share link's keys) and how they become the rule's input
// ---------------------------------------------------------------------------------------------------------

use crate::rules::lab::forloebsslut::SlutInput;
use crate::ui::tilstand::felt::{dato, heltal, laes, Fejl};
use crate::ui::tilstand::{Art, Skema};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForloebetSlutter;

crate::ui::tilstand::felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum SlutplanFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        Start = ("s", "Startdato", Art::Tekst, ""),
        LaengdeMaaneder = ("lm", "Længde i måneder", Art::Tekst, ""),
        Slut = ("sl", "Slutdato", Art::Tekst, ""),
        Foedselsdato = ("fd", "Fødselsdato", Art::Tekst, ""),
    }
}
use SlutplanFelt as F;

impl Skema for ForloebetSlutter {
    type Felt = SlutplanFelt;
    type Input = crate::rules::lab::forloebsslut::SlutInput;
    type Resultat = crate::rules::lab::forloebsslut::Resultat;
    fn til_input(t: &Tilstand<Self>) -> Result<Self::Input, Vec<Fejl>> {
        til_input(t)
    }
    fn regn(i: &Self::Input) -> Self::Resultat {
        crate::rules::lab::forloebsslut::plan(i)
    }
    fn udfald(r: &Self::Resultat) -> &'static str {
        match r.udfald {
            crate::rules::lab::forloebsslut::Udfald::Plan(_) => "plan",
            _ => "regel: ugyldig",
        }
    }
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::ForloebetSlutter;
}

/// The rule input, or every problem with the fields.
pub fn til_input(t: &Tilstand<ForloebetSlutter>) -> Result<SlutInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let start = laes(&mut fejl, F::Start, dato(t.hent(F::Start)));
    let laengde = laes(
        &mut fejl,
        F::LaengdeMaaneder,
        heltal(t.hent(F::LaengdeMaaneder), 120, "måneder"),
    );
    let slut = laes(&mut fejl, F::Slut, dato(t.hent(F::Slut)));
    let foedt = laes(&mut fejl, F::Foedselsdato, dato(t.hent(F::Foedselsdato)));
    if slut.is_none()
        && !fejl.iter().any(|f| {
            [F::Start, F::LaengdeMaaneder, F::Slut]
                .into_iter()
                .any(|k| f.gaelder(k))
        })
    {
        if start.is_none() {
            fejl.push(Fejl::ny(
                F::Start,
                "Skriv forløbets startdato fra din afgørelse (eller slutdatoen).",
            ));
        } else if laengde.is_none() {
            fejl.push(Fejl::ny(
                F::LaengdeMaaneder,
                "Skriv forløbets længde i måneder (3 år = 36), eller slutdatoen.",
            ));
        }
    }
    const ORDEN: &[F] = &[
        F::Forloeb,
        F::Start,
        F::LaengdeMaaneder,
        F::Slut,
        F::Foedselsdato,
    ];
    crate::ui::tilstand::felt::i_formens_orden(&mut fejl, ORDEN);
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(SlutInput {
        forloeb: if t.hent(F::Forloeb) == "j" {
            Forloebstype::Jobafklaring
        } else {
            Forloebstype::Ressourceforloeb
        },
        start,
        laengde_maaneder: laengde,
        slut,
        foedselsdato: foedt,
    })
}

// ---------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------

const FORLOEB: &[(&str, &str, Option<&str>)] = &[
    ("r", "Ressourceforløb", None),
    ("j", "Jobafklaringsforløb", None),
];

/// The name of the calendar file.
pub const ICS_FIL: &str = "forloebet-slutter.ics";

#[component]
pub fn Side() -> impl IntoView {
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
        S::til_input,
        S::regn,
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
        <h1 tabindex="-1">{crate::ui::register::Beregner::ForloebetSlutter.titel()}</h1>
        <p class="indledning">{crate::ui::register::Beregner::ForloebetSlutter.indledning()}</p>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <div class="beregner">
            <Senere>
            <form class="skema" on:submit=|ev| ev.prevent_default() novalidate>
                <Valgfelt tilstand=t k=F::Forloeb legend="Hvilket forløb er du i?" muligheder=FORLOEB />
                <Tekstfelt tilstand=t k=F::Start label="Forløbets startdato" hjaelp="Står i afgørelsen, fx «fra 1.4.2024»." fejl=fejl inputmode="numeric" />
                <Tekstfelt tilstand=t k=F::LaengdeMaaneder label="Forløbets længde i måneder" hjaelp="1 år = 12, 2 år = 24, 3 år = 36. Ikke nødvendig, hvis du skriver slutdatoen." fejl=fejl inputmode="numeric" klasse="kort" />
                <Tekstfelt tilstand=t k=F::Slut label="Forløbets slutdato (hvis du kender den)" hjaelp="Står i afgørelsen, fx «til 31.3.2027». Den bruges i stedet for længden." fejl=fejl inputmode="numeric" />
                <Tekstfelt tilstand=t k=F::Foedselsdato label="Din fødselsdato (valgfrit)" hjaelp="Fx 12.5.1968. Så viser vi også datoen for din folkepension." fejl=fejl inputmode="numeric" autocomplete="bday" />
            </form>
            </Senere>
            <Senere>
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
            </Senere>
        </div>
        <Senere>
        {move || planen.get().map(|p| view! { <Vejledning p=p /> })}
        <p>
            "Læs mere: "<a href="#/rettigheder/naar-forloebet-slutter">"Når forløbet slutter"</a>", "
            <a href="#/rettigheder/forbered-moedet">"Forbered mødet"</a>", "
            <a href="#/moede">"Møde med kommunen"</a>" og "
            <a href="#/rettigheder/gratis-hjaelp">"Gratis hjælp"</a>"."
        </p>
        </Senere>
        <Senere><Delepanel tilstand=t /></Senere>
    }
}

/// The dated steps as a list, with a drawing of them above it.
#[component]
fn PlanVisning(p: Plan) -> impl IntoView {
    view! {
        <PlanTidslinje p=p.clone() />
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

/// The steps drawn on a line, numbered as in the list under it (the list is the text alternative). The line
/// runs from the first step (or a month before the end) to a year after the end, so a folkepension decades
/// away does not squash the rest; the steps outside are named under the drawing and stand in the list.
#[component]
fn PlanTidslinje(p: Plan) -> impl IntoView {
    use chrono::{Datelike, Months};
    let foerste = p.skridt.iter().map(|s| s.dato).min().unwrap_or(p.slutdato);
    let fra = foerste
        .min(p.slutdato)
        .checked_sub_months(Months::new(1))
        .unwrap_or(foerste);
    let til = p
        .slutdato
        .checked_add_months(Months::new(12))
        .unwrap_or(p.slutdato);
    let dage = (til - fra).num_days().max(1) as f64;
    // 400 user units wide, as the forløb page's timeline: the 15-unit labels stay ≥ 12 px at 375 px.
    let (b, v, h) = (400.0_f64, 10.0_f64, 10.0_f64);
    let x = move |d: chrono::NaiveDate| {
        v + ((d - fra).num_days() as f64 / dage).clamp(0.0, 1.0) * (b - 2.0 * h)
    };
    let synlige: Vec<(usize, chrono::NaiveDate, bool)> = p
        .skridt
        .iter()
        .enumerate()
        .filter(|(_, s)| s.dato >= fra && s.dato <= til)
        .map(|(n, s)| (n + 1, s.dato, s.i_kalender()))
        .collect();
    let udenfor: Vec<String> = p
        .skridt
        .iter()
        .enumerate()
        .filter(|(_, s)| s.dato < fra || s.dato > til)
        .map(|(n, _)| (n + 1).to_string())
        .collect();
    let hoejde = 96.0 + 20.0 * synlige.len() as f64;
    let alle_aar: Vec<i32> = (fra.year() + 1..=til.year()).collect();
    let hver = alle_aar.len().div_ceil(7).max(1);
    let aar: Vec<i32> = alle_aar.into_iter().step_by(hver).collect();
    let slut = format!("Slut: {}", dato_tekst(p.slutdato));
    let halv = 4.2 * slut.chars().count() as f64;
    view! {
        <figure class="tidslinje">
            <svg viewBox=format!("0 0 {} {}", svg(b), svg(hoejde)) role="img" aria-labelledby="slutplan-tl-titel" class="tl-svg" id="slutplan-tidslinje">
                <title id="slutplan-tl-titel">"Tidslinje over planens datoer. Tallene er de samme som i listen herunder, hvor datoerne står som tekst."</title>
                <line x1=svg(v) x2=svg(b - h) y1=56 y2=56 class="akse-linje" />
                <text x=svg(x(p.slutdato).min(b - h - halv).max(v + halv)) y=16 text-anchor="middle" class="tl-slut">{slut}</text>
                {aar.into_iter().filter_map(|a| chrono::NaiveDate::from_ymd_opt(a, 1, 1)).map(|d| view! {
                    <g>
                        <line x1=svg(x(d)) x2=svg(x(d)) y1=52 y2=60 class="akse-linje" />
                        <text x=svg(x(d).min(b - h - 18.0).max(v + 18.0)) y=76 text-anchor="middle" class="akse">{d.year()}</text>
                    </g>
                }).collect_view()}
                {synlige.into_iter().enumerate().map(|(r, (nr, d, kalender))| {
                    let y = 98.0 + 20.0 * r as f64;
                    view! {
                        <g class=if kalender { "tl-maerke" } else { "tl-maerke pension" }>
                            <line x1=svg(x(d)) x2=svg(x(d)) y1=22 y2=svg(y - 14.0) />
                            <text x=svg(x(d).min(b - h - 8.0).max(v + 8.0)) y=svg(y) text-anchor="middle" class="tl-nr">{nr}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                "Tallene svarer til listen herunder."
                {(!udenfor.is_empty()).then(|| format!(" Nr. {} ligger uden for tegningen og står kun i listen.", udenfor.join(", ")))}
            </figcaption>
        </figure>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_and_length_or_end_date() {
        let t = Tilstand::<ForloebetSlutter>::default()
            .med(F::Start, "1.4.2024")
            .med(F::LaengdeMaaneder, "36")
            .med(F::Foedselsdato, "12.5.1968");
        let i = til_input(&t).unwrap();
        assert_eq!(i.laengde_maaneder, Some(36));
        assert!(i.foedselsdato.is_some());
        let e = til_input(&Tilstand::<ForloebetSlutter>::default()).unwrap_err();
        assert_eq!(e[0].felt, "s");
        let e = til_input(&Tilstand::<ForloebetSlutter>::default().med(F::Start, "1.4.2024"))
            .unwrap_err();
        assert_eq!(e[0].felt, "lm");
        let i =
            til_input(&Tilstand::<ForloebetSlutter>::default().med(F::Slut, "31.3.2027")).unwrap();
        assert!(i.start.is_none());
        let e = til_input(&t.clone().med(F::Foedselsdato, "32.1.1968")).unwrap_err();
        assert_eq!(e[0].felt, "fd");
    }
}
