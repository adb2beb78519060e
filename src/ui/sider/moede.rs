//! «Møde med kommunen» (`#/moede`): a kit for the citizen and the bisidder. Before the meeting: what kind of
//! meeting it is, the citizen's rights, what to bring and the questions to ask, chosen by the meeting's
//! purpose. During: notes (what was said, agreed, promised). After: a letter asking the kommune to confirm it
//! in writing, with the klagefrist from the rules. The notes live only in memory unless the user opts in to
//! saving on the device (the save panel, `src/ui/lager.rs`); «Ryd alt» clears them. Every statement comes
//! from `content/law/moede.toml` with its § and sources ([`crate::indhold::moede`]).
//!
//! Its fields (first in this file: purpose, date, notes) and how they become [`Noter`]. The notes are free text: a
//! value may hold [`NOTE_MAKS`] characters, so this page reads longer queries than a calculator.

use super::forloebet_slutter::Kilde;
use crate::indhold::moede::{udsagn, Moedeafsnit, Moedebrev, Moedeudsagn, FORMAAL};
use crate::rules::tid::dato_tekst_lang;
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::brev as kopi;
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::Senere;
use crate::ui::komponenter::{felt_id, Fejloversigt, Meddelelser, Tekstfelt, Valgfelt};
use crate::ui::tilstand::{Felt, Tilstand};
use leptos::prelude::*;
use Moede as S;

// ---------------------------------------------------------------------------------------------------------
// The fields (the share link's keys) and how they become the rule's input
// ---------------------------------------------------------------------------------------------------------

use crate::indhold::moede::Noter;
use crate::ui::tilstand::felt::{dato, laes, Fejl};
use crate::ui::tilstand::{Art, Skema};

/// The most characters a note field holds (the textarea's `maxlength`).
pub const NOTE_MAKS: usize = 2000;
/// The longest query of this page: five free-text fields of [`NOTE_MAKS`] characters, each percent-encoded
/// (at most 12 characters for a 4-byte character), and the short fields.
pub const LAENGDE: usize = 5 * NOTE_MAKS * 12 + 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moede;

crate::ui::tilstand::felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum MoedeFelt {
        Formaal = ("fo", "Hvad handler mødet om", Art::Valg(&["slut", "tilbud", "ydelse", "opfoelgning"]), "slut"),
        Dato = ("d", "Mødets dato", Art::Tekst, ""),
        Deltagere = ("del", "Hvem var med", Art::Tekst, ""),
        Sagt = ("sagt", "Det blev sagt", Art::Tekst, ""),
        Aftalt = ("aft", "Det aftalte I", Art::Tekst, ""),
        Lovet = ("lov", "Det blev lovet", Art::Tekst, ""),
        Navn = ("n", "Dit navn", Art::Tekst, ""),
    }
}
use MoedeFelt as F;

impl Skema for Moede {
    type Felt = MoedeFelt;
    type Input = Noter;
    type Resultat = crate::indhold::moede::Moedebrev;
    fn til_input(t: &Tilstand<Self>) -> Result<Noter, Vec<Fejl>> {
        til_noter(t)
    }
    /// The letter, built from the notes (with the klagefrist from the rules when a date is given).
    fn regn(n: &Noter) -> Self::Resultat {
        crate::indhold::moede::brev(n)
    }
    fn udfald(_: &Self::Resultat) -> &'static str {
        "brev"
    }
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Moede;
    const LAENGDE_MAKS: usize = LAENGDE;
    const VAERDI_MAKS: usize = NOTE_MAKS;
}

/// The notes, or the problem with the date.
pub fn til_noter(t: &Tilstand<Moede>) -> Result<Noter, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let d = laes(&mut fejl, F::Dato, dato(t.hent(F::Dato)));
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(Noter {
        formaal: t.hent(F::Formaal).to_string(),
        dato: d,
        deltagere: t.hent(F::Deltagere).to_string(),
        sagt: t.hent(F::Sagt).to_string(),
        aftalt: t.hent(F::Aftalt).to_string(),
        lovet: t.hent(F::Lovet).to_string(),
        navn: t.hent(F::Navn).to_string(),
    })
}

// ---------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------

/// The purposes as radio choices (labels from the data file).
fn muligheder() -> &'static [(&'static str, &'static str, Option<&'static str>)] {
    thread_local! {
        static M: &'static [(&'static str, &'static str, Option<&'static str>)] =
            Box::leak(FORMAAL.iter().map(|(k, n)| (*k, *n, None)).collect::<Vec<_>>().into_boxed_slice());
    }
    M.with(|m| *m)
}

const BESKEDER: kopi::Beskeder = kopi::Beskeder {
    kopieret: "Brevet er kopieret. Sæt det ind i en besked til kommunen, fx i Digital Post.",
    markeret: "Brevet er markeret. Tryk Ctrl+C (på Mac ⌘+C) for at kopiere det.",
};

#[component]
pub fn Side() -> impl IntoView {
    let Beregner {
        t,
        meddelelser,
        input: _,
        fejl,
        fejl_liste,
        resultat,
        forklaring: _,
    } = beregner(
        Tilstand::<S>::default,
        S::til_input,
        S::regn,
        |b: &Moedebrev| &b.forklaring,
    );
    let formaal = Memo::new(move |_| t.with(|t| t.hent(F::Formaal).to_string()));
    let status = RwSignal::new(String::new());

    let kopier = move |_| {
        let tekst =
            resultat.with_untracked(|b| b.as_ref().map(|b| b.tekst.clone()).unwrap_or_default());
        kopi::kopier(tekst, "moede-brev", status, BESKEDER);
    };
    let udskriv_brev = move |_| kopi::udskriv();

    view! {
        <h1 tabindex="-1">{crate::ui::register::Beregner::Moede.titel()}</h1>
        <p class="indledning">{crate::ui::register::Beregner::Moede.indledning()}</p>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <Senere>
        <form class="skema moede-skema" on:submit=|ev| ev.prevent_default() novalidate>
            <Valgfelt tilstand=t k=F::Formaal legend="Hvad handler mødet om?" muligheder=muligheder() />
            <Tekstfelt tilstand=t k=F::Dato label="Mødets dato" hjaelp="Står i brevet om mødet, fx 4.3.2027. Vi bruger den til klagefristen i brevet efter mødet." fejl=fejl inputmode="numeric" />
        </form>
        </Senere>

        <Senere>
        <section class="moede-del" aria-labelledby="moede-foer-titel">
            <h2 id="moede-foer-titel">"Før mødet"</h2>
            <h3>"Det handler mødet om"</h3>
            {move || udsagn(Moedeafsnit::Moedet, &formaal.get()).into_iter().map(|u| view! {
                <div class="boks" id="moede-type"><p>{u.tekst}</p><UdsagnKilde u=u /></div>
            }).collect_view()}
            <h3>"Dine rettigheder"</h3>
            <ul class="moede-liste" id="moede-rettigheder">
                {move || udsagn(Moedeafsnit::Ret, &formaal.get()).into_iter().map(|u| view! {
                    <li><p><strong>{u.titel.unwrap_or("")}": "</strong>{u.tekst}</p><UdsagnKilde u=u /></li>
                }).collect_view()}
            </ul>
            <p>"Læs mere om "<a href="#/rettigheder/bisidder">"bisidder og partsrepræsentant"</a>" og om "
                <a href="#/rettigheder/aktindsigt-og-partshoering">"aktindsigt og partshøring"</a>"."</p>
            <h3>"Tag med til mødet"</h3>
            <ul class="moede-liste tjekliste" id="moede-medbring">
                {move || udsagn(Moedeafsnit::Medbring, &formaal.get()).into_iter().map(|u| view! {
                    <li><p>{u.tekst}</p><UdsagnKilde u=u /></li>
                }).collect_view()}
            </ul>
            <h3>"Spørgsmål, du kan stille"</h3>
            <ol class="moede-liste" id="moede-spoergsmaal">
                {move || udsagn(Moedeafsnit::Spoergsmaal, &formaal.get()).into_iter().map(|u| view! {
                    <li><p>{u.tekst}</p><UdsagnKilde u=u /></li>
                }).collect_view()}
            </ol>
            {move || (formaal.get() == "slut").then(|| view! {
                <p>"Få en plan med datoer: "<a href="#/forloebet-slutter">"Når dit forløb slutter"</a>"."</p>
            })}
        </section>
        </Senere>

        <Senere>
        <section class="moede-del" aria-labelledby="moede-under-titel">
            <h2 id="moede-under-titel">"Under mødet"</h2>
            <p>"Skriv kort, hvad der bliver sagt og aftalt – eller bed din bisidder om at gøre det. Du behøver ikke sige ja til noget med det samme."</p>
            <p class="boks">"Noterne bliver kun her, mens siden er åben. Vil du gemme dem på denne enhed, så slå «Gem mine svar på denne enhed» til nederst på siden. I mødetilstand gemmes intet, og «Ryd alt» sletter noterne."</p>
            <Notefelt t=t k=F::Deltagere label="Hvem var med?" hjaelp="Fx navnet på din sagsbehandler og din bisidder." raekker=2 />
            <Notefelt t=t k=F::Sagt label="Hvad blev sagt?" hjaelp="Det vigtigste, kommunen og du sagde." raekker=5 />
            <Notefelt t=t k=F::Aftalt label="Hvad aftalte I?" hjaelp="Fx et nyt tilbud, en ny samtale eller en afgørelse." raekker=5 />
            <Notefelt t=t k=F::Lovet label="Hvem lovede hvad, og hvornår?" hjaelp="Fx «Sagsbehandleren sender referatet senest 15.3.»." raekker=4 />
        </section>
        </Senere>

        <Senere>
        <section class="moede-del" aria-labelledby="moede-efter-titel">
            <h2 id="moede-efter-titel">"Efter mødet"</h2>
            <p>"Her er et udkast til et brev, hvor du beder kommunen bekræfte på skrift, hvad I aftalte. Brevet bliver lavet på din enhed og sendes ingen steder hen. Læs det, og ret det, hvis du vil."</p>
            <Tekstfelt tilstand=t k=F::Navn label="Dit navn (frivilligt)" hjaelp="Skriver du ikke noget, står der en plads til dit navn i brevet." fejl=fejl autocomplete="off" />
            {move || resultat.get().map(|b| view! {
                {b.klagefrist.map(|k| view! {
                    <p class="svar" id="moede-klagefrist"><strong>{format!("Fik du en afgørelse på mødet, er din klagefrist {}.", dato_tekst_lang(k))}</strong></p>
                })}
                <div class="klagebrev" id="moede-brev" tabindex="0" role="region" aria-label="Udkast til brev til kommunen">{b.tekst}</div>
            })}
            <div class="knapper">
                <button type="button" class="knap" on:click=kopier>"Kopiér brevet"</button>
                <button type="button" class="knap sekundaer" on:click=udskriv_brev>"Udskriv brevet"</button>
            </div>
            <p class="status" aria-live="polite">{move || status.get()}</p>
            {udsagn(Moedeafsnit::Brev, "").into_iter().map(|u| view! {
                <p>{u.tekst}</p><UdsagnKilde u=u />
            }).collect_view()}
            <p>"Beregn en klagefrist for en afgørelse, du får senere: "<a href="#/klagefrist">"Din klagefrist"</a>"."</p>
        </section>
        </Senere>
        <Senere>
        <p>
            "Læs mere: "<a href="#/rettigheder/forbered-moedet">"Forbered dig til et møde"</a>", "
            <a href="#/rettigheder/bisidder">"Bisidder og partsrepræsentant"</a>", "
            <a href="#/rettigheder/aktindsigt-og-partshoering">"Aktindsigt og partshøring"</a>" og "
            <a href="#/forloebet-slutter">"Når dit forløb slutter"</a>"."
        </p>
        </Senere>
        <Senere><Delepanel tilstand=t /></Senere>
    }
}

#[component]
fn UdsagnKilde(u: &'static Moedeudsagn) -> impl IntoView {
    view! { <Kilde paragraf=u.paragraf kilder=u.kilder status=u.status /> }
}

/// A notes field (a textarea), kept in the page's state like every other field.
#[component]
fn Notefelt(
    t: RwSignal<Tilstand<S>>,
    k: F,
    label: &'static str,
    hjaelp: &'static str,
    raekker: u32,
) -> impl IntoView {
    let id = felt_id::<S>(k);
    let k = k.k();
    let hjaelp_id = format!("{id}-hjaelp");
    let ved_loftet = move || t.with(|t| t.hent_noegle(k).encode_utf16().count() >= NOTE_MAKS);
    view! {
        <div class="felt">
            <label for=id.clone()>{label}</label>
            <p class="hjaelp" id=hjaelp_id.clone()>{hjaelp}</p>
            <textarea
                id=id.clone()
                name=id
                rows=raekker.to_string()
                maxlength=NOTE_MAKS.to_string()
                aria-describedby=hjaelp_id
                prop:value=move || t.with(|t| t.hent_noegle(k).to_string())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    t.update(|t| {
                        t.saet_noegle(k, &v);
                    });
                }
            ></textarea>
            <Show when=ved_loftet>
                <p class="hjaelp" role="status">{format!("Feltet kan højst rumme {NOTE_MAKS} tegn. Skriv det vigtigste kort.")}</p>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indhold::moede::FORMAAL;
    use crate::ui::tilstand::{fra_fragment, til_fragment};

    #[test]
    fn the_codes_match_the_data_and_long_notes_survive_the_round_trip() {
        let Art::Valg(koder) = Moede::NOEGLER[0].art else {
            panic!("fo is a choice");
        };
        assert_eq!(
            koder.to_vec(),
            FORMAAL.iter().map(|(k, _)| *k).collect::<Vec<_>>()
        );
        let lang = "æøå 😀 ".repeat(NOTE_MAKS / 6);
        let t = Tilstand::<Moede>::default()
            .med(F::Formaal, "ydelse")
            .med(F::Dato, "4.3.2027")
            .med(F::Sagt, &lang)
            .med(F::Aftalt, &lang)
            .med(F::Lovet, &lang)
            .med(F::Deltagere, &lang)
            .med(F::Navn, &lang);
        let q = til_fragment(&t);
        let ind = fra_fragment::<Moede>(&q);
        assert!(ind.problemer.is_empty(), "{:?}", ind.problemer);
        assert_eq!(ind.tilstand, t);
        let n = til_noter(&t).unwrap();
        assert_eq!(n.formaal, "ydelse");
        assert!(n.dato.is_some());
        assert!(til_noter(&t.clone().med(F::Dato, "32.3.2027")).is_err());
        assert!(til_noter(&Tilstand::<Moede>::default())
            .unwrap()
            .dato
            .is_none());
    }
}
