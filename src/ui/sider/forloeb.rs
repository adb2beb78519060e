//! «Dine forløb og grænser» (`#/forloeb`): the calculator's fields and how they become a [`ForloebInput`]
//! (first), then its page.

use super::forloeb::{self as skema, Forloeb as Fl};
use super::lovtekster::LOVTEKSTER;
use crate::rules::lab::forloebsgraenser::{Resultat, Svar, Udfald, Vurdering};
use crate::rules::lab::tidslinje::{Maerkeart, Periodeart, Tidslinje};
use crate::rules::lovdata::{datoer, vaerdier, Regelvaerdi};
use crate::rules::tid::{dato_tekst, varighed_tekst};
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::{svg, Senere};
use crate::ui::komponenter::{
    Advarsler, Afkrydsning, Fejloversigt, Forklaringsvisning, LaesMere, Meddelelser, Raekkeliste,
    SaetDel, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::felt::Fejl;
use crate::ui::tilstand::Tilstand;
use chrono::NaiveDate;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------------------------
// The fields (the share link's keys) and how they become the rule's input
// ---------------------------------------------------------------------------------------------------------

use crate::rules::lab::forloebsgraenser::{ForloebInput, Periode};
use crate::rules::lovdata::Forloebstype;
use crate::rules::tid::maaneder_til_slutdato;
use crate::ui::tilstand::felt::{dato, heltal, laes};
use crate::ui::tilstand::{raekker, saet_raekker, Art, Skema, JA_NEJ};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forloeb;

/// At most this many earlier forløb.
pub const MAKS_TIDLIGERE: usize = 8;

crate::ui::tilstand::felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum ForloebFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        Foedselsdato = ("fd", "Fødselsdato", Art::Tekst, ""),
        Afgoerelse = ("a", "Afgørelsens dato", Art::Tekst, ""),
        Start = ("s", "Startdato", Art::Tekst, ""),
        LaengdeMaaneder = ("lm", "Længde i måneder", Art::Tekst, "36"),
        Tidligere = ("t", "Tidligere forløb", Art::Tekst, ""),
        Oensker = ("o", "Du ønsker forløbet", Art::Valg(JA_NEJ), "0"),
        Fritagelse = ("fr", "Dage med fritagelse", Art::Tekst, ""),
        Slut = ("sl", "Slutdato", Art::Tekst, ""),
    }
}
use ForloebFelt as F;

impl Skema for Forloeb {
    type Felt = ForloebFelt;
    type Input = crate::rules::lab::forloebsgraenser::ForloebInput;
    type Resultat = crate::rules::lab::forloebsgraenser::Resultat;
    fn til_input(t: &Tilstand<Self>) -> Result<Self::Input, Vec<Fejl>> {
        til_input(t)
    }
    fn regn(i: &Self::Input) -> Self::Resultat {
        crate::rules::lab::forloebsgraenser::vurder(i)
    }
    fn udfald(r: &Self::Resultat) -> &'static str {
        match r.udfald {
            crate::rules::lab::forloebsgraenser::Udfald::Vurderet(_) => "vurderet",
            _ => "regel: ugyldig",
        }
    }
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Forloeb;
    const LISTER: &'static [(F, usize)] = &[(F::Tidligere, MAKS_TIDLIGERE)];
}

/// The earlier forløb as typed: (from, to) texts.
pub fn tidligere(t: &Tilstand<Forloeb>) -> Vec<(String, String)> {
    raekker(t, F::Tidligere, '_', MAKS_TIDLIGERE, |r| {
        (r.into(), String::new())
    })
}

/// Writes the earlier forløb back into the field.
pub fn saet_tidligere(t: &mut Tilstand<Forloeb>, rows: &[(String, String)]) {
    saet_raekker(t, F::Tidligere, '_', MAKS_TIDLIGERE, rows);
}

/// The rule input, or every problem with the fields.
pub fn til_input(t: &Tilstand<Forloeb>) -> Result<ForloebInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let foedt = laes(&mut fejl, F::Foedselsdato, dato(t.hent(F::Foedselsdato)));
    let afg = laes(&mut fejl, F::Afgoerelse, dato(t.hent(F::Afgoerelse)));
    let start = laes(&mut fejl, F::Start, dato(t.hent(F::Start)));
    let slut = laes(&mut fejl, F::Slut, dato(t.hent(F::Slut)));
    // The end date in the decision, when given, decides the length (start + n months − 1 day, F20).
    let laengde = match (slut, start.or(afg)) {
        (Some(sl), Some(fra)) => match maaneder_til_slutdato(fra, sl) {
            Some(n) => Some(n),
            None => {
                fejl.push(Fejl::ny(
                    F::Slut,
                    "Slutdatoen passer ikke med et helt antal måneder fra startdatoen (fx 1.4.2024 til 31.3.2027 = 36 måneder). Tjek datoerne, eller skriv længden i måneder og lad slutdatoen være tom.",
                ));
                None
            }
        },
        _ => laes(
            &mut fejl,
            F::LaengdeMaaneder,
            heltal(t.hent(F::LaengdeMaaneder), 120, "måneder"),
        ),
    };
    let fri = laes(
        &mut fejl,
        F::Fritagelse,
        heltal(t.hent(F::Fritagelse), 3650, "dage"),
    );
    let mut perioder = Vec::new();
    for (n, (a, b)) in tidligere(t).iter().enumerate() {
        match (dato(a), dato(b)) {
            (Ok(Some(fra)), Ok(Some(til))) => perioder.push(Periode { fra, til }),
            (Ok(None), Ok(None)) => {}
            (Ok(None), _) | (_, Ok(None)) => fejl.push(Fejl::ny(
                F::Tidligere,
                format!(
                    "Tidligere forløb nr. {}: skriv både start- og slutdato.",
                    n + 1
                ),
            )),
            (Err(e), _) | (_, Err(e)) => fejl.push(Fejl::ny(
                F::Tidligere,
                format!("Tidligere forløb nr. {}: {e}", n + 1),
            )),
        }
    }
    if foedt.is_none() && !fejl.iter().any(|f| f.gaelder(F::Foedselsdato)) {
        fejl.push(Fejl::ny(F::Foedselsdato, "Skriv din fødselsdato."));
    }
    // Without a decision date the start date stands in for it (the limits are tested on the decision day).
    let afg = afg.or(start);
    if afg.is_none()
        && !fejl
            .iter()
            .any(|f| [F::Afgoerelse, F::Start].into_iter().any(|k| f.gaelder(k)))
    {
        fejl.push(Fejl::ny(
            F::Start,
            "Skriv forløbets startdato fra din afgørelse (eller datoen for afgørelsen).",
        ));
    }
    if laengde.is_none()
        && !fejl.iter().any(|f| {
            [F::LaengdeMaaneder, F::Slut]
                .into_iter()
                .any(|k| f.gaelder(k))
        })
    {
        fejl.push(Fejl::ny(
            F::LaengdeMaaneder,
            "Skriv forløbets længde i måneder (3 år = 36).",
        ));
    }
    // In the order of the form.
    const ORDEN: &[F] = &[
        F::Forloeb,
        F::Foedselsdato,
        F::Start,
        F::Slut,
        F::LaengdeMaaneder,
        F::Afgoerelse,
        F::Tidligere,
        F::Oensker,
        F::Fritagelse,
    ];
    crate::ui::tilstand::felt::i_formens_orden(&mut fejl, ORDEN);
    match (foedt, afg, laengde) {
        (Some(foedselsdato), Some(afgoerelse), Some(laengde_maaneder)) if fejl.is_empty() => {
            Ok(ForloebInput {
                forloeb: if t.hent(F::Forloeb) == "j" {
                    Forloebstype::Jobafklaring
                } else {
                    Forloebstype::Ressourceforloeb
                },
                foedselsdato,
                afgoerelse,
                start,
                laengde_maaneder,
                tidligere: perioder,
                oensker: t.ja(F::Oensker),
                fritagne_dage: fri.unwrap_or(0),
            })
        }
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

/// Dine forløb og grænser: can a forløb be granted, how long, until when, and why — with a timeline.
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
        Tilstand::<Fl>::default,
        Fl::til_input,
        Fl::regn,
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
            <svg viewBox=format!("0 0 {} {}", svg(b), svg(hoejde)) role="img" aria-labelledby="tl-titel" class="tl-svg">
                <title id="tl-titel">"Tidslinje over dine forløb og vigtige datoer. Den står også som tekst under figuren."</title>
                <line x1=svg(v) x2=svg(b - h) y1=56 y2=56 class="akse-linje" />
                {slut.map(|d| {
                    let tekst = format!("Slut: {}", dato_tekst(d));
                    // About 8 units a character at 15 units: keep the whole label inside the drawing.
                    let halv = 4.2 * tekst.chars().count() as f64;
                    view! {
                        <text x=svg(x(d).min(b - h - halv).max(v + halv)) y=16 text-anchor="middle" class="tl-slut">{tekst}</text>
                    }
                })}
                {aar.into_iter().filter_map(|a| NaiveDate::from_ymd_opt(a, 1, 1)).map(|d| view! {
                    <g>
                        <line x1=svg(x(d)) x2=svg(x(d)) y1=52 y2=60 class="akse-linje" />
                        <text x=svg(x(d).min(b - h - 18.0).max(v + 18.0)) y=76 text-anchor="middle" class="akse">{chrono::Datelike::year(&d)}</text>
                    </g>
                }).collect_view()}
                {perioder.into_iter().map(|p| {
                    let (y, hh, klasse) = match p.art {
                        Periodeart::TidligereForloeb => (40.0, 12.0, "tl-tidligere"),
                        Periodeart::ForeslaaetForloeb => (38.0, 16.0, "tl-foreslaaet"),
                        Periodeart::Samlet5AarVindue => (24.0, 8.0, "tl-vindue"),
                    };
                    view! { <rect x=svg(x(p.fra)) y=svg(y) width=svg((x(p.til) - x(p.fra)).max(2.0)) height=svg(hh) class=klasse><title>{p.tekst}</title></rect> }
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
                            <line x1=svg(x(m.dato)) x2=svg(x(m.dato)) y1=22 y2=svg(y - 14.0) />
                            <text x=svg(x(m.dato).min(b - h - 6.0).max(v + 6.0)) y=svg(y) text-anchor="middle" class="tl-nr">{bogstav(n)}</text>
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tilstand::{fra_fragment, til_fragment};

    #[test]
    fn round_trip_and_input() {
        let mut t = Tilstand::<Forloeb>::default()
            .med(F::Foedselsdato, "1.10.1962")
            .med(F::Afgoerelse, "2023-11-01");
        saet_tidligere(&mut t, &[("2015-01-01".into(), "2016-12-31".into())]);
        let b = fra_fragment::<Forloeb>(&til_fragment(&t));
        assert_eq!(b.tilstand, t);
        let i = til_input(&t).unwrap();
        assert_eq!(i.tidligere.len(), 1);
        assert_eq!(i.laengde_maaneder, 36);
        let e = til_input(&t.clone().med(F::LaengdeMaaneder, "")).unwrap_err();
        assert_eq!(e[0].felt, "lm");
    }

    #[test]
    fn start_and_end_date_from_the_decision_are_enough() {
        // Jens: born 12.5.1968, forløb «fra 1.4.2024 til 31.3.2027» – no decision date, no length.
        let t = Tilstand::<Forloeb>::default()
            .med(F::Foedselsdato, "12.5.1968")
            .med(F::Start, "1.4.2024")
            .med(F::Slut, "31.3.2027")
            .med(F::LaengdeMaaneder, "");
        let i = til_input(&t).unwrap();
        assert_eq!(i.afgoerelse, i.start.unwrap());
        assert_eq!(i.laengde_maaneder, 36);
        // An end date that is not a whole number of months: a message on the end date, nothing computed.
        let e = til_input(&t.clone().med(F::Slut, "15.3.2027")).unwrap_err();
        assert_eq!(e[0].felt, "sl");
        // Neither start nor decision date: asked for the start date.
        let e = til_input(&Tilstand::<Forloeb>::default().med(F::Foedselsdato, "12.5.1968"))
            .unwrap_err();
        assert_eq!(e[0].felt, "s");
    }
}
