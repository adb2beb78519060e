//! «Din klagefrist» (`#/klagefrist`): the calculator's fields and how they become a [`KlagefristInput`]
//! (first), then its page.

use crate::rules::retssikkerhedsloven::{Resultat, Udfald};
use crate::rules::tid::dato_tekst_lang;
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::Senere;
use crate::ui::komponenter::{
    Advarsler, Fejloversigt, Forklaringsvisning, LaesMere, Meddelelser, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::Tilstand;
use chrono::NaiveDate;
use leptos::prelude::*;
use Klagefrist as K;

// ---------------------------------------------------------------------------------------------------------
// The fields (the share link's keys) and how they become the rule's input
// ---------------------------------------------------------------------------------------------------------

use crate::rules::retssikkerhedsloven::{KlagefristInput, Levering};
use crate::ui::tilstand::felt::{dato, laes, Fejl};
use crate::ui::tilstand::{Art, Skema};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Klagefrist;

crate::ui::tilstand::felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum KlagefristFelt {
        Dato = ("d", "Dato", Art::Tekst, ""),
        Levering = ("l", "Sådan fik du afgørelsen", Art::Valg(&["d", "p", "u"]), "d"),
        Modtaget = ("k", "Kommunen modtog klagen", Art::Tekst, ""),
    }
}
use KlagefristFelt as F;

impl Skema for Klagefrist {
    type Felt = KlagefristFelt;
    type Input = crate::rules::retssikkerhedsloven::KlagefristInput;
    type Resultat = crate::rules::retssikkerhedsloven::Resultat;
    fn til_input(t: &Tilstand<Self>) -> Result<Self::Input, Vec<Fejl>> {
        til_input(t)
    }
    fn regn(i: &Self::Input) -> Self::Resultat {
        crate::rules::retssikkerhedsloven::beregn(i)
    }
    fn udfald(r: &Self::Resultat) -> &'static str {
        match r.udfald {
            crate::rules::retssikkerhedsloven::Udfald::Beregnet(_) => "beregnet",
            _ => "regel: ugyldig",
        }
    }
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Klagefrist;
}

/// The rule input, or the problems.
pub fn til_input(t: &Tilstand<Klagefrist>) -> Result<KlagefristInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let d = laes(&mut fejl, F::Dato, dato(t.hent(F::Dato)));
    let k = laes(&mut fejl, F::Modtaget, dato(t.hent(F::Modtaget)));
    if d.is_none() && fejl.iter().all(|f| !f.gaelder(F::Dato)) {
        fejl.insert(0, Fejl::ny(F::Dato, "Skriv datoen for afgørelsen."));
    }
    match d {
        Some(dato) if fejl.is_empty() => Ok(KlagefristInput {
            dato,
            levering: match t.hent(F::Levering) {
                "p" => Levering::AlmindeligPost,
                "u" => Levering::Personligt,
                _ => Levering::DigitalPost,
            },
            klage_modtaget: k,
        }),
        _ => Err(fejl),
    }
}

// ---------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------

const LEVERING: &[(&str, &str, Option<&str>)] = &[
    (
        "d",
        "Digital Post (e-Boks, mit.dk)",
        Some("Skriv den dag, brevet kom i din digitale postkasse."),
    ),
    (
        "p",
        "Almindeligt brev",
        Some("Skriv datoen, der står på brevet."),
    ),
    (
        "u",
        "Jeg fik den udleveret (fx på et møde)",
        Some("Skriv den dag, du fik den."),
    ),
];

fn i_dag() -> Option<NaiveDate> {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// Din klagefrist: the last day a complaint may arrive, and the kommune's genvurdering deadline.
#[component]
pub fn Side() -> impl IntoView {
    let Beregner {
        t,
        meddelelser,
        input: _,
        fejl,
        fejl_liste,
        resultat,
        forklaring,
    } = beregner(
        Tilstand::<K>::default,
        K::til_input,
        K::regn,
        |r: &Resultat| &r.forklaring,
    );
    // The calendar file (.ics) of the deadline(s), made on the device (issue #15).
    let kalender = Memo::new(move |_| match resultat.get().map(|r| r.udfald) {
        Some(Udfald::Beregnet(k)) => Some(crate::indhold::udbetalingsbrev::klagefrist_kalenderfil(
            &k,
            chrono::Utc::now().naive_utc(),
        )),
        _ => None,
    });
    let href = RwSignal::new(None::<String>);
    Effect::new(move |forrige: Option<Option<String>>| {
        if let Some(Some(u)) = forrige {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
        let url = kalender.with(|k| k.as_deref().and_then(super::udbetalinger::blob_url));
        href.set(url.clone());
        url
    });
    on_cleanup(move || {
        if let Some(Some(u)) = href.try_get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
    });
    let levering = Memo::new(
        move |_| match t.with(|t| t.hent(F::Levering).to_string()).as_str() {
            "p" => "p",
            "u" => "u",
            _ => "d",
        },
    );
    view! {
        <h1 tabindex="-1">{crate::ui::register::Beregner::Klagefrist.titel()}</h1>
        <p class="indledning">{crate::ui::register::Beregner::Klagefrist.indledning()}</p>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <div class="beregner">
            <Senere>
            <form class="skema" on:submit=|ev| ev.prevent_default() novalidate>
                <Valgfelt tilstand=t k=F::Levering legend="Hvordan fik du afgørelsen?" muligheder=LEVERING />
                // The date's label follows the choice above (only redrawn when the choice changes).
                {move || match levering.get() {
                    "p" => view! { <Tekstfelt tilstand=t k=F::Dato label="Datoen øverst på brevet" hjaelp="Fx 2.3.2026." fejl=fejl inputmode="numeric" /> }.into_any(),
                    "u" => view! { <Tekstfelt tilstand=t k=F::Dato label="Dagen, du fik afgørelsen" hjaelp="Fx 5.2.2026." fejl=fejl inputmode="numeric" /> }.into_any(),
                    _ => view! { <Tekstfelt tilstand=t k=F::Dato label="Dagen, brevet kom i din digitale postkasse" hjaelp="Fx 5.2.2026." fejl=fejl inputmode="numeric" /> }.into_any(),
                }}
                <Tekstfelt tilstand=t k=F::Modtaget label="Hvis du har klaget: den dag, kommunen modtog klagen (valgfrit)" hjaelp="Sendte du klagen digitalt, er det den dag, du sendte den. Står datoen på en kvittering, så brug den. Så viser vi også, hvornår kommunen skal have genvurderet sagen." fejl=fejl inputmode="numeric" />
            </form>
            </Senere>
            <Senere>
            <section class="resultat" aria-labelledby="klagefrist-resultat-titel">
                <h2 id="klagefrist-resultat-titel">"Resultat"</h2>
                <div aria-live="polite" aria-atomic="true" class="hovedtal">
                    {move || match resultat.get().map(|r| r.udfald) {
                        Some(Udfald::Beregnet(k)) => {
                            let tilbage = i_dag().map(|d| (k.sikker_sidste_dag - d).num_days());
                            view! {
                                <p class="tal">
                                    <span class="etiket">"Send klagen, så den er fremme senest"</span>
                                    <strong>{dato_tekst_lang(k.sikker_sidste_dag)}</strong>
                                    <span class="etiket">{match tilbage {
                                        Some(n) if n < 0 => "Fristen er måske overskredet. Du kan stadig klage og bede om dispensation, hvis der er en særlig grund. Tjek også, om afgørelsen havde en klagevejledning – ellers løber fristen måske ikke.".to_string(),
                                        Some(0) => "Det er i dag.".to_string(),
                                        Some(1) => "Det er i morgen.".to_string(),
                                        Some(n) => format!("Der er {n} dage til."),
                                        None => String::new(),
                                    }}</span>
                                </p>
                                {k.forbehold.map(|f| view! { <p class="forbehold">{f}</p> })}
                                {k.genvurdering_senest.map(|g| view! {
                                    <p>"Kommunen skal have genvurderet sagen senest " <strong>{dato_tekst_lang(g)}</strong> "."</p>
                                })}
                                <p class="naeste-skridt">
                                    <a class="knap" href="#/rettigheder/klage/skriv-din-klage">"Skriv din klage"</a>
                                </p>
                            }.into_any()
                        }
                        Some(Udfald::Ugyldig { tekst, .. }) => view! { <p class="tal-ingen">{tekst}</p> }.into_any(),
                        None => view! {
                            <p class="mangler">"Vi viser fristen, når du har skrevet datoen rigtigt."</p>
                        }.into_any(),
                    }}
                </div>
                <Advarsler forklaring=forklaring />
                <Show when=move || kalender.with(|k| k.is_some())>
                    <p>
                        <a class="knap sekundaer" id="klagefrist-ics-link" download="klagefrist.ics" href=move || href.get().unwrap_or_default()>"Hent fristen til din kalender (.ics)"</a>
                    </p>
                    <details class="ics-visning">
                        <summary>"Se, hvad der står i kalenderfilen"</summary>
                        <pre id="klagefrist-ics" tabindex="0">{move || kalender.get().unwrap_or_default()}</pre>
                    </details>
                </Show>
                <Show when=move || resultat.with(|r| r.is_some())>
                    <h3>"Sådan er det regnet ud"</h3>
                    <Forklaringsvisning forklaring=forklaring />
                    <LaesMere beregner="klagefrist" />
                </Show>
            </section>
            </Senere>
        </div>
        <Senere><Delepanel tilstand=t /></Senere>
    }
}

/// The klagefrist in weeks (retssikkerhedsloven § 67; content/law/regler.toml).
pub(crate) fn klagefrist_uger() -> u32 {
    use crate::rules::lovdata::{vaerdier, Regelvaerdi};
    Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER).vaerdi
}
