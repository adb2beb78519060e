use super::lovtekster::LOVTEKSTER;
use crate::rules::lab::forloebsgraenser::{vurder, Resultat, Svar, Udfald, Vurdering};
use crate::rules::lab::tidslinje::{Maerkeart, Periodeart, Tidslinje};
use crate::rules::lovdata::{datoer, vaerdier, Regelvaerdi};
use crate::rules::tid::{dato_tekst, varighed_tekst};
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::Senere;
use crate::ui::komponenter::{
    Advarsler, Afkrydsning, Fejloversigt, Forklaringsvisning, LaesMere, Meddelelser, Raekkeliste,
    SaetDel, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::felt::Fejl;
use crate::ui::tilstand::forloeb::ForloebFelt as F;
use crate::ui::tilstand::forloeb::{self as skema, Forloeb as Fl, MAKS_TIDLIGERE};
use crate::ui::tilstand::Tilstand;
use chrono::NaiveDate;
use leptos::prelude::*;

const FORLOEB: &[(&str, &str, Option<&str>)] = &[
    ("r", "Ressourceforløb", None),
    ("j", "Jobafklaringsforløb", None),
];

/// Dine forløb og grænser: can a forløb be granted, how long, until when, and why — with a timeline.
#[component]
pub fn Forloeb() -> impl IntoView {
    let Beregner {
        t,
        meddelelser,
        input,
        fejl,
        fejl_liste,
        resultat,
        forklaring,
    } = beregner(
        Tilstand::<Fl>::default,
        skema::til_input,
        vurder,
        |r: &Resultat| &r.forklaring,
    );
    let ressource = move || t.with(|t| t.hent(F::Forloeb) != "j");

    view! {
        <h1 tabindex="-1">{crate::ui::register::Beregner::Forloeb.titel()}</h1>
        <p class="indledning">
            {move || if ressource() {
                crate::ui::register::Beregner::Forloeb.indledning()
            } else {
                "Se, hvor længe et jobafklaringsforløb kan vare, og hvornår det slutter. Du finder datoerne i kommunens afgørelse – eller skriv den dag, du forventer afgørelsen.".to_string()
            }}
        </p>
        <div class="boks vigtigt" role="note">
            <p>{format!("Fra {} giver kommunerne ikke nye ressourceforløb. Et forløb, der allerede kører, fortsætter til slutdatoen i din afgørelse.", dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato))}</p>
        </div>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <div class="beregner">
            <Senere>
            <form class="skema" on:submit=|ev| ev.prevent_default() novalidate>
                <Valgfelt tilstand=t k=F::Forloeb legend="Hvilket forløb drejer det sig om?" muligheder=FORLOEB />
                <Tekstfelt tilstand=t k=F::Foedselsdato label="Din fødselsdato" hjaelp="Fx 1.10.1962." fejl=fejl inputmode="numeric" autocomplete="bday" />
                <Tekstfelt tilstand=t k=F::Start label="Forløbets startdato" hjaelp="Står i afgørelsen, fx «fra 1.4.2024». Fx 1.4.2024." fejl=fejl inputmode="numeric" />
                <Tekstfelt tilstand=t k=F::Slut label="Forløbets slutdato (hvis du kender den)" hjaelp="Står i afgørelsen, fx «til 31.3.2027». Så behøver du ikke skrive længden." fejl=fejl inputmode="numeric" />
                <Tekstfelt tilstand=t k=F::LaengdeMaaneder label="Forløbets længde i måneder" hjaelp="Bruges, hvis du ikke har skrevet slutdatoen. 1 år = 12, 2 år = 24, 3 år = 36." fejl=fejl inputmode="numeric" klasse="kort" />
                <Tekstfelt tilstand=t k=F::Afgoerelse label="Datoen for kommunens afgørelse (valgfrit)" hjaelp="Står øverst i brevet. Skriver du ikke noget, bruger vi startdatoen. Reglerne gælder fra den dag, kommunen traf afgørelsen." fejl=fejl inputmode="numeric" />
                <Show when=ressource>
                    <Tidligere t=t fejl=fejl />
                    <Afkrydsning tilstand=t k=F::Oensker label="Jeg ønsker selv forløbet" hjaelp=LOVTEKSTER.oensker />
                    <Tekstfelt tilstand=t k=F::Fritagelse label=LOVTEKSTER.fritagelse hjaelp=LOVTEKSTER.fritagelse_hjaelp fejl=fejl inputmode="numeric" klasse="kort" />
                </Show>
            </form>
            </Senere>
            <Senere>
            <section class="resultat" aria-labelledby="forloeb-resultat-titel">
                <h2 id="forloeb-resultat-titel">"Resultat"</h2>
                <div aria-live="polite" aria-atomic="true" class="hovedtal">
                    {move || match (input.get(), resultat.get()) {
                        (Err(f), _) => view! {
                            <p class="mangler">"Vi viser svaret, når felterne er udfyldt rigtigt:"</p>
                            <ul class="mangler">{f.into_iter().map(|f| view! { <li>{f.tekst}</li> }).collect_view()}</ul>
                        }.into_any(),
                        (Ok(_), Some(r)) => svar_visning(&r),
                        _ => view! { <p></p> }.into_any(),
                    }}
                </div>
                <Advarsler forklaring=forklaring />
                {move || match resultat.get().map(|r| r.udfald) {
                    Some(Udfald::Vurderet(v)) => view! { <TidslinjeVisning tl=v.tidslinje.clone() /> }.into_any(),
                    _ => view! { <span></span> }.into_any(),
                }}
                <Show when=move || resultat.with(|r| r.is_some())>
                    <h3>"Sådan er det vurderet"</h3>
                    <Forklaringsvisning forklaring=forklaring />
                    <p class="vejledende">"En vejledende vurdering, ikke en afgørelse."</p>
                    <LaesMere beregner="forloeb" />
                </Show>
            </section>
            </Senere>
        </div>
        <Senere><Delepanel tilstand=t /></Senere>
    }
}

fn svar_visning(r: &Resultat) -> AnyView {
    match &r.udfald {
        Udfald::Ugyldig { tekst, .. } => {
            view! { <p class="tal-ingen">{tekst.clone()}</p> }.into_any()
        }
        Udfald::Vurderet(v) => {
            let v: &Vurdering = v;
            let klasse = match (v.loebende, v.svar) {
                (true, _) | (false, Svar::Ja | Svar::JaFordiDuOensker) => "svar ja",
                (false, Svar::KunHvisDuOensker) => "svar maaske",
                (false, Svar::Nej) => "svar nej",
            };
            view! {
                <p class=klasse><strong>{v.overskrift.clone()}</strong></p>
                {v.undertekst.iter().map(|u| view! { <p>{u.clone()}</p> }).collect_view()}
                <p><a href="#/forloebet-slutter">"Lav din plan for, når forløbet slutter"</a></p>
                {v.loebende.then(|| view! {
                    <p><a href="#/rettigheder/naar-forloebet-slutter">"Hvad sker der, når forløbet slutter?"</a></p>
                })}
                <dl class="fakta">
                    <dt>"Slutdato"</dt><dd>{dato_tekst(v.slutdato)}</dd>
                    {v.max_maaneder.map(|m| view! { <dt>"Højeste længde"</dt><dd>{varighed_tekst(m, 0)}</dd> })}
                    {v.indsats_senest.map(|d| view! { <dt>{format!("Senest dato for første tilbud ({}-måneders-reglen)", Regelvaerdi::nyeste(vaerdier::INDSATS_SENEST_MAANEDER).vaerdi)}</dt><dd>{dato_tekst(d)}</dd> })}
                    {v.folkepension.map(|f| view! { <dt>"Folkepension"</dt><dd>{format!("{} ({})", dato_tekst(f.dato), f.alder_tekst())}</dd> })}
                    {v.seks_aars_graense.map(|d| view! { <dt>{format!("{} år før folkepension", Regelvaerdi::nyeste(vaerdier::AAR_FOER_FOLKEPENSION).vaerdi)}</dt><dd>{dato_tekst(d)}</dd> })}
                    {v.plads_inden_5_aar.map(|(m, d)| view! { <dt>{format!("Så meget mere forløb kan du få uden dit eget ønske ({}-års-grænsen)", Regelvaerdi::nyeste(vaerdier::SAMLET_VARIGHED_MAANEDER_40_50).vaerdi / 12)}</dt><dd>{varighed_tekst(m, d)}</dd> })}
                </dl>
            }
            .into_any()
        }
    }
}

/// Earlier ressourceforløb: from and to, add and remove.
#[component]
fn Tidligere(t: RwSignal<Tilstand<Fl>>, fejl: Signal<Vec<Fejl>>) -> impl IntoView {
    view! {
        <Raekkeliste tilstand=t k=F::Tidligere legend="Tidligere ressourceforløb"
            hjaelp="Kun ressourceforløb – ikke jobafklaringsforløb. Skriv start- og slutdato for hvert forløb, du har haft før. Ingen? Så lad listen være tom."
            fejl=fejl hent=skema::tidligere saet=skema::saet_tidligere maks=MAKS_TIDLIGERE ny=("", "")
            navn="forløb" tilfoej="Tilføj et tidligere forløb" raekke=tidligere_raekke />
    }
}

fn tidligere_raekke(n: usize, (fra, til): (String, String), saet: SaetDel) -> AnyView {
    let fra_id = format!("forloeb-t-fra-{n}");
    let til_id = format!("forloeb-t-til-{n}");
    view! {
        <div>
            <label for=fra_id.clone()>{format!("Forløb nr. {}: startdato", n + 1)}</label>
            <input type="text" class="tekst" inputmode="numeric" id=fra_id prop:value=fra
                on:change=move |ev| saet.run((n, Some(event_target_value(&ev)), None)) />
        </div>
        <div>
            <label for=til_id.clone()>{format!("Forløb nr. {}: slutdato", n + 1)}</label>
            <input type="text" class="tekst" inputmode="numeric" id=til_id prop:value=til
                on:change=move |ev| saet.run((n, None, Some(event_target_value(&ev)))) />
        </div>
    }
    .into_any()
}

/// The timeline as SVG, with the same content as a list (the text alternative).
#[component]
fn TidslinjeVisning(tl: Tidslinje) -> impl IntoView {
    // Draw from 2 years before the first forløb (or the decision) to 1 year after the later of the end and
    // the 6-year line, so decades-away dates do not squash the forløb; marks outside are listed in the text.
    let foerste = tl
        .perioder
        .iter()
        .filter(|p| p.art != Periodeart::Samlet5AarVindue)
        .map(|p| p.fra)
        .min()
        .unwrap_or(tl.fra);
    let sidste = tl
        .perioder
        .iter()
        .filter(|p| p.art != Periodeart::Samlet5AarVindue)
        .map(|p| p.til)
        .max()
        .unwrap_or(tl.til);
    let fra = foerste
        .checked_sub_months(chrono::Months::new(24))
        .unwrap_or(foerste);
    let til = sidste
        .checked_add_months(chrono::Months::new(12))
        .unwrap_or(sidste);
    let dage = (til - fra).num_days().max(1) as f64;
    // 400 user units wide: drawn 343 px wide on a 375 px phone, the 15-unit labels are ≥ 12 px
    // (style/main.css). The marks carry a number in the drawing and their text in the list under it, so no
    // label is ever cut off at the edge.
    let (b, v, h) = (400.0_f64, 10.0_f64, 10.0_f64);
    let x = move |d: NaiveDate| {
        v + ((d - fra).num_days() as f64 / dage).clamp(0.0, 1.0) * (b - 2.0 * h)
    };
    let synlig = move |d: NaiveDate| d >= fra && d <= til;
    let perioder: Vec<_> = tl
        .perioder
        .iter()
        .filter(|p| p.til >= fra && p.fra <= til)
        .cloned()
        .collect();
    let maerker: Vec<_> = tl
        .maerker
        .iter()
        .filter(|m| synlig(m.dato))
        .cloned()
        .collect();
    // The end of the forløb asked about, labelled above its bar.
    let slut = perioder
        .iter()
        .filter(|p| p.art == Periodeart::ForeslaaetForloeb)
        .map(|p| p.til)
        .max();
    let hoejde = 96.0 + 20.0 * maerker.len() as f64;
    let alle_aar: Vec<i32> =
        (chrono::Datelike::year(&fra) + 1..=chrono::Datelike::year(&til)).collect();
    // At most 7 year labels, so they never run into each other.
    let hver = alle_aar.len().div_ceil(7).max(1);
    let aar: Vec<i32> = alle_aar.into_iter().step_by(hver).collect();
    let tekst = tl.som_tekst();
    // The marks are lettered (A, B, …), not numbered, so the key does not read «1. 1. januar 2022».
    let bogstav = |n: usize| {
        char::from_u32('A' as u32 + (n % 26) as u32)
            .unwrap_or('?')
            .to_string()
    };
    let noegle: Vec<(String, String)> = maerker
        .iter()
        .enumerate()
        .map(|(n, m)| (bogstav(n), format!("{}: {}", dato_tekst(m.dato), m.tekst)))
        .collect();
    view! {
        <h3>"Tidslinje"</h3>
        <figure class="tidslinje">
            <svg viewBox=format!("0 0 {b} {hoejde}") role="img" aria-labelledby="tl-titel" class="tl-svg">
                <title id="tl-titel">"Tidslinje over dine forløb og vigtige datoer. Den står også som tekst under figuren."</title>
                <line x1=v x2=b - h y1=56 y2=56 class="akse-linje" />
                {slut.map(|d| {
                    let tekst = format!("Slut: {}", dato_tekst(d));
                    // About 8 units a character at 15 units: keep the whole label inside the drawing.
                    let halv = 4.2 * tekst.chars().count() as f64;
                    view! {
                        <text x=x(d).min(b - h - halv).max(v + halv) y=16 text-anchor="middle" class="tl-slut">{tekst}</text>
                    }
                })}
                {aar.into_iter().filter_map(|a| NaiveDate::from_ymd_opt(a, 1, 1)).map(|d| view! {
                    <g>
                        <line x1=x(d) x2=x(d) y1=52 y2=60 class="akse-linje" />
                        <text x=x(d).min(b - h - 18.0).max(v + 18.0) y=76 text-anchor="middle" class="akse">{chrono::Datelike::year(&d)}</text>
                    </g>
                }).collect_view()}
                {perioder.into_iter().map(|p| {
                    let (y, hh, klasse) = match p.art {
                        Periodeart::TidligereForloeb => (40.0, 12.0, "tl-tidligere"),
                        Periodeart::ForeslaaetForloeb => (38.0, 16.0, "tl-foreslaaet"),
                        Periodeart::Samlet5AarVindue => (24.0, 8.0, "tl-vindue"),
                    };
                    view! { <rect x=x(p.fra) y=y width=(x(p.til) - x(p.fra)).max(2.0) height=hh class=klasse><title>{p.tekst}</title></rect> }
                }).collect_view()}
                {maerker.into_iter().enumerate().map(|(n, m)| {
                    let klasse = match m.art {
                        Maerkeart::Folkepension | Maerkeart::SeksAarFoerFolkepension => "tl-maerke pension",
                        Maerkeart::BedreRessourceforloeb | Maerkeart::Afskaffelse2026 => "tl-maerke lov",
                        _ => "tl-maerke",
                    };
                    let y = 98.0 + 20.0 * n as f64;
                    view! {
                        <g class=klasse>
                            <line x1=x(m.dato) x2=x(m.dato) y1=22 y2=y - 14.0 />
                            <text x=x(m.dato).min(b - h - 6.0).max(v + 6.0) y=y text-anchor="middle" class="tl-nr">{bogstav(n)}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                {(!noegle.is_empty()).then(|| view! {
                    <ul class="tl-noegle">
                        {noegle.into_iter().map(|(b, t)| view! { <li><strong class="tl-bogstav">{b}</strong>" " {t}</li> }).collect_view()}
                    </ul>
                })}
                <span class="skjult">"Tidslinjen som tekst følger herunder."</span>
            </figcaption>
        </figure>
        <ul class="tidslinje-tekst">
            {tekst.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
        </ul>
    }
}
