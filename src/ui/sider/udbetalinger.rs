//! «Tjek dine udbetalinger» (`#/udbetalinger`): the period facts once, then one card per month (what
//! happened, what the kommune paid), and per month our amount with its trace, the difference, the likely
//! cause, the verdict and what to do; the totals, the letter draft and the calendar file. All law is in
//! `rules::aktivloven::udbetalinger`; this page only shows it.

use super::lovtekster::LOVTEKSTER;
use super::ydelse::{foerste_aar, FORLOEB};
use crate::indhold::udbetalingsbrev::{brev, brevets_maaneder, kalenderfil, Afsender};
use crate::rules::aktivloven::udbetalinger::{
    antal_tekst, beregn, frist_tekst, Dom, Resultat, UdbetalingerInput, Udfald,
};
use crate::rules::penge::kr;
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::Senere;
use crate::ui::komponenter::{
    felt_id, i_dag, noegle_id, Advarsler, Afkrydsning, Fejloversigt, Forklaringsvisning,
    Maanedsvaelger, Meddelelser, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::udbetalinger::UdbetalingerFelt as F;
use crate::ui::tilstand::udbetalinger::{
    self as skema, celle, celle_fejl, indsaet, kolonne, saet_celle, Celleart, Kolonne,
    Udbetalinger as U, KOLONNER,
};
use crate::ui::tilstand::Felt;
use crate::ui::tilstand::Tilstand;
use leptos::prelude::*;

const ICS_FIL: &str = "klagefrister-udbetalinger.ics";

/// The check with today's date (the rules never read the clock; the page does).
fn beregn_i_dag(i: &UdbetalingerInput) -> Resultat {
    let mut i = i.clone();
    i.i_dag = i_dag();
    beregn(&i)
}

fn celle_id(k: F, i: usize) -> String {
    format!("{}-{i}", felt_id::<U>(k))
}

/// A Blob URL for a calendar file (also used by the klagefrist calculator).
pub(super) fn blob_url(tekst: &str) -> Option<String> {
    let dele = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(tekst));
    let valg = web_sys::BlobPropertyBag::new();
    valg.set_type("text/calendar;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&dele, &valg).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// One cell of a month card: a labelled text field with its help text (where the value is found) and its own
/// inline error (shown after leaving it).
#[component]
fn Celle(t: RwSignal<Tilstand<U>>, c: &'static Kolonne, i: usize) -> impl IntoView {
    let k = c.k;
    let id = celle_id(k, i);
    let fejl_id = format!("{id}-fejl");
    let hjaelp_id = (!c.hjaelp.is_empty()).then(|| format!("{id}-hjaelp"));
    let forladt = RwSignal::new(false);
    let fejl = move || {
        if forladt.get() {
            t.with(|t| celle_fejl(t, k, i))
        } else {
            None
        }
    };
    let f2 = fejl_id.clone();
    let h2 = hjaelp_id.clone();
    let beskrevet = move || {
        let v: Vec<String> = h2
            .iter()
            .cloned()
            .chain(fejl().map(|_| fejl_id.clone()))
            .collect();
        (!v.is_empty()).then(|| v.join(" "))
    };
    view! {
        <div class="felt" class:felt-fejl=move || fejl().is_some()>
            <label for=id.clone()>{c.label}</label>
            {hjaelp_id.map(|h| view! { <p class="hjaelp" id=h>{c.hjaelp}</p> })}
            {move || fejl().map(|e| view! {
                <p class="fejlbesked" id=f2.clone()><span class="skjult">"Fejl: "</span>{e}</p>
            })}
            <input
                type="text"
                class="tekst"
                id=id.clone()
                inputmode=if c.art == Celleart::Beloeb || c.art == Celleart::Timer { "decimal" } else { "numeric" }
                autocomplete="off"
                spellcheck="false"
                placeholder=" "
                aria-describedby=beskrevet
                aria-invalid=move || if fejl().is_some() { "true" } else { "false" }
                prop:value=move || t.with(|t| celle(t, k, i))
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    t.update(|t| saet_celle(t, k, i, &v));
                }
                on:blur=move |_| forladt.set(true)
            />
        </div>
    }
}

/// «Tjek dine udbetalinger».
#[component]
pub fn Udbetalinger() -> impl IntoView {
    let Beregner {
        t,
        meddelelser,
        input: _,
        fejl,
        fejl_liste: _,
        resultat,
        forklaring,
    } = beregner(
        Tilstand::<U>::default,
        skema::til_input,
        beregn_i_dag,
        |r: &Resultat| &r.forklaring,
    );
    // The error summary: the period fields, and every wrong cell (linked to the cell itself).
    let fejl_liste = Signal::derive(move || {
        let mut v: Vec<(String, String)> = fejl
            .get()
            .into_iter()
            .filter(|f| F::fra_noegle(f.felt).and_then(kolonne).is_none())
            .map(|f| (noegle_id::<U>(f.felt), f.tekst))
            .collect();
        t.with(|t| {
            if let Some(mdr) = skema::maaneder(t) {
                for (i, m) in mdr.iter().enumerate() {
                    for c in KOLONNER {
                        if let Some(e) = celle_fejl(t, c.k, i) {
                            v.push((
                                celle_id(c.k, i),
                                format!("{} for {}: {e}", c.navn, m.tekst()),
                            ));
                        }
                    }
                }
            }
        });
        v
    });
    let maaneder = Memo::new(move |_| t.with(skema::maaneder).unwrap_or_default());
    let tjek = Memo::new(move |_| {
        resultat.with(|r| match r.as_ref().map(|r| &r.udfald) {
            Some(Udfald::Beregnet(u)) => Some(u.clone()),
            _ => None,
        })
    });
    let ugyldig = Memo::new(move |_| {
        resultat.with(|r| match r.as_ref().map(|r| &r.udfald) {
            Some(Udfald::Ugyldig { tekst, .. }) => Some(tekst.clone()),
            _ => None,
        })
    });
    let niveau = Memo::new(move |_| t.with(|t| t.hent(F::Niveau).to_string()));
    let jobafklaring = Memo::new(move |_| t.with(|t| t.hent(F::Forloeb) == "j"));
    let forsoerger = Memo::new(move |_| t.with(|t| t.ja(F::Forsoerger)));
    let hjemme = Memo::new(move |_| t.with(|t| t.ja(F::Hjemmeboende)));

    // Paste a column.
    let indsaet_tekst = RwSignal::new(String::new());
    let indsaet_kolonne = RwSignal::new(F::Kommunens);
    let indsaet_status = RwSignal::new(String::new());
    let saet_ind = move |_| {
        let tekst = indsaet_tekst.get_untracked();
        let k = indsaet_kolonne.get_untracked();
        let Some(Kolonne { k, navn, .. }) = kolonne(k) else {
            return;
        };
        let mut n = 0;
        t.update(|t| n = indsaet(t, *k, 0, &tekst));
        indsaet_status.set(if n == 0 {
            "Der var ingen beløb at sætte ind. Skriv eller indsæt ét beløb pr. linje.".into()
        } else {
            format!(
                "{} sat ind i «{navn}» fra første måned. Tjek dem i tabellen.",
                antal_tekst(n, "værdi", "værdier")
            )
        });
    };

    // The letter: never stored (page memory only), cleared when the page closes or «Ryd alt».
    let navn = RwSignal::new(String::new());
    let cpr = RwSignal::new(String::new());
    let sagsnr = RwSignal::new(String::new());
    let dato = RwSignal::new(String::new());
    let aktindsigt = RwSignal::new(false);
    let brevtekst = Memo::new(move |_| {
        tjek.with(|u| {
            u.as_ref().and_then(|u| {
                brev(
                    u,
                    &Afsender {
                        navn: navn.get(),
                        cpr: cpr.get(),
                        sagsnummer: sagsnr.get(),
                        dato: dato.get(),
                    },
                    aktindsigt.get(),
                )
            })
        })
    });
    let kopi_status = RwSignal::new(String::new());
    let kopier = move |_| {
        let tekst = brevtekst.get_untracked().unwrap_or_default();
        let navigator = window().navigator();
        let har = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard"))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false);
        if !har {
            kopi_status.set("Kopiér teksten i feltet ovenfor med tastaturet (Ctrl+C).".into());
            return;
        }
        let loefte = navigator.clipboard().write_text(&tekst);
        leptos::task::spawn_local(async move {
            let besked = match wasm_bindgen_futures::JsFuture::from(loefte).await {
                Ok(_) => {
                    "Brevet er kopieret. Sæt det ind i en besked til kommunen, fx i Digital Post."
                }
                Err(_) => "Brevet kunne ikke kopieres. Markér teksten, og kopiér den selv.",
            };
            let _ = kopi_status.try_set(besked.to_string());
        });
    };
    let udskriv = move |_| {
        let _ = window().print();
    };

    // The calendar file of the open klagefrister.
    let kalender = Memo::new(move |_| {
        tjek.with(|u| {
            u.as_ref()
                .and_then(|u| kalenderfil(u, chrono::Utc::now().naive_utc()))
        })
    });
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

    let til_aar = chrono::Datelike::year(&i_dag()) + 1;
    let maaned_resultat =
        move |i: usize| tjek.with(|u| u.as_ref().and_then(|u| u.maaneder.get(i).cloned()));

    view! {
        <h1 tabindex="-1">{crate::ui::register::Beregner::Udbetalinger.titel()}</h1>
        <p class="indledning">{crate::ui::register::Beregner::Udbetalinger.indledning()}</p>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <Senere>
        <form class="skema udbetalinger" on:submit=|ev| ev.prevent_default() novalidate>
            <h2>"Det, der gælder hele perioden"</h2>
            <Valgfelt tilstand=t k=F::Forloeb legend="Hvilket forløb er du i?" hjaelp="Det står i kommunens afgørelse om dit forløb." muligheder=FORLOEB />
            <Tekstfelt tilstand=t k=F::Start label="Hvornår begyndte dit forløb?" hjaelp="Skriv datoen som dag.måned.år, fx 1.6.2023. Den står i kommunens afgørelse om forløbet." fejl=fejl inputmode="numeric" />
            <Show when=move || !jobafklaring.get()>
                <Valgfelt tilstand=t k=F::Niveau legend="Hvad fik du, lige før forløbet begyndte?" hjaelp="Det står i afgørelsen om dit forløb. Det afgør, hvilket niveau du får." muligheder=&LOVTEKSTER.niveauer[..] />
                <Show when=move || niveau.get() == "s">
                    <Tekstfelt tilstand=t k=F::SdpUge label="Dine sygedagpenge om ugen (kr. før skat)" hjaelp="Står på din sidste udbetaling af sygedagpenge." fejl=fejl inputmode="decimal" />
                    <Tekstfelt tilstand=t k=F::SdpStop label="Den dag, din ret til sygedagpenge stopper eller stoppede (valgfrit)" hjaelp="Datoen står i kommunens afgørelse om revurdering eller forlængelse af dine sygedagpenge. Lad feltet stå tomt, hvis du ikke kender den: så regner vi, som om retten løber hele perioden." fejl=fejl inputmode="numeric" />
                </Show>
                <Show when=move || niveau.get() == "l">
                    <Tekstfelt tilstand=t k=F::LedighedsydelseUge label="Din ledighedsydelse om ugen (kr. før skat)" hjaelp="Lad feltet stå tomt, så bruger vi satsen for året." fejl=fejl inputmode="decimal" />
                </Show>
            </Show>
            <Afkrydsning tilstand=t k=F::Forsoerger label="Jeg har et barn under 18 år, som bor hos mig" hjaelp="Barnet skal bo hos dig. Betaler du børnebidrag til et barn, der bor hos den anden forælder, så sæt ikke kryds her." />
            <Show when=move || forsoerger.get()>
                <Tekstfelt tilstand=t k=F::BarnFoedt label="Fik du barnet, eller flyttede barnet ind, i perioden? Skriv datoen (valgfrit)" hjaelp="Fx 12.3.2024. Så får du forsørgersatsen fra den dag. Lad feltet stå tomt, hvis barnet boede hos dig hele perioden." fejl=fejl inputmode="numeric" />
            </Show>
            <Show when=move || !forsoerger.get()>
                <Afkrydsning tilstand=t k=F::Hjemmeboende label=LOVTEKSTER.hjemmeboende />
                <Show when=move || hjemme.get()>
                    <Tekstfelt tilstand=t k=F::Foedselsdato label="Din fødselsdato" hjaelp=LOVTEKSTER.foedselsdato_kort fejl=fejl inputmode="numeric" autocomplete="bday" />
                </Show>
            </Show>
            <h2>"Månederne"</h2>
            <Maanedsvaelger tilstand=t k=F::FoersteMaaned legend="Første måned, du vil tjekke" fra_aar=foerste_aar() til_aar=til_aar hjaelp="Måneden står på udbetalingsspecifikationen i din Digital Post." />
            <Tekstfelt tilstand=t k=F::Antal label="Hvor mange måneder vil du tjekke? (1–24)" hjaelp="Månederne følger efter hinanden." fejl=fejl inputmode="numeric" />
            <details class="indsaet">
                <summary>"Indsæt en kolonne af beløb"</summary>
                <p class="hjaelp">"Kopiér en kolonne fra et regneark eller fra kommunens brev, og sæt den ind her: ét beløb pr. linje, første måned øverst. Du kan skrive beløb som 10.303,65 eller 10303,65 kr."</p>
                <label for="udbetalinger-indsaet-kolonne">"Hvilken kolonne?"</label>
                <select id="udbetalinger-indsaet-kolonne" on:change=move |ev| {
                        if let Some(k) = F::fra_noegle(&event_target_value(&ev)) {
                            indsaet_kolonne.set(k);
                        }
                    }>
                    {KOLONNER.iter().filter(|c| c.art == Celleart::Beloeb && !c.ekstra).map(|c| view! {
                        <option value=c.k.k() selected=move || indsaet_kolonne.get() == c.k>{c.navn}</option>
                    }).collect_view()}
                </select>
                <label for="udbetalinger-indsaet">"Beløbene"</label>
                <textarea id="udbetalinger-indsaet" rows="6" prop:value=move || indsaet_tekst.get() on:input=move |ev| indsaet_tekst.set(event_target_value(&ev))></textarea>
                <button type="button" class="knap sekundaer" id="udbetalinger-indsaet-knap" on:click=saet_ind>"Sæt ind i tabellen"</button>
                <p role="status" class="hjaelp">{move || indsaet_status.get()}</p>
            </details>
            <p class="hjaelp">"Kommunens beløb før skat står på udbetalingsspecifikationen i din Digital Post («bruttobeløb» eller «ydelse i alt før skat»). Skriv dagen, du fik brevet om udbetalingen, hvis du vil vide, om du stadig kan klage."</p>
            <ol class="udb-maaneder">
                <For each=move || maaneder.get().into_iter().enumerate() key=|(i, m)| (*i, *m) let:((i, m))>
                    <li class="udb-maaned">
                        <fieldset>
                            <legend>{m.tekst()}</legend>
                            {KOLONNER.iter().filter(|c| !c.ekstra).map(|c| view! {
                                <Celle t=t c=c i=i />
                            }).collect_view()}
                            // Feriepenge and pay in a tilbud: folded, open from the start when the month has one.
                            <details class="udb-ekstra" open=t.with_untracked(|t| KOLONNER.iter().any(|c| c.ekstra && !celle(t, c.k, i).trim().is_empty()))>
                                <summary>"Feriepenge eller løn i et tilbud i " {m.tekst()}</summary>
                                {KOLONNER.iter().filter(|c| c.ekstra).map(|c| view! {
                                    <Celle t=t c=c i=i />
                                }).collect_view()}
                            </details>
                        </fieldset>
                        <div class="udb-resultat" aria-live="polite" id=format!("udbetalinger-resultat-{i}")>
                            {move || maaned_resultat(i).map(|mt| {
                                let klasse = match mt.dom { Dom::Passer => "dom passer", Dom::Afviger => "dom afviger", _ => "dom ukendt" };
                                let fk = Signal::stored(mt.beregning.forklaring.clone());
                                view! {
                                    <p class=klasse><strong>{mt.dom.tekst()}</strong></p>
                                    <dl class="udb-tal">
                                        <dt>"Efter reglerne"</dt><dd>{mt.vores.map(|v| format!("{} kr.", kr(v))).unwrap_or_else(|| "–".into())}</dd>
                                        <dt>"Kommunen udbetalte"</dt><dd>{mt.kommunens.map(|v| format!("{} kr.", kr(v))).unwrap_or_else(|| "–".into())}</dd>
                                        <dt>"Forskel"</dt><dd>{mt.forskel.map(|v| format!("{} kr.", kr(v))).unwrap_or_else(|| "–".into())}</dd>
                                    </dl>
                                    {match &mt.dom { Dom::KanIkkeAfgoeres(g) => Some(view! { <p>{g.clone()}</p> }), _ => None }}
                                    {mt.aarsag.clone().map(|a| view! { <p class="aarsag"><strong>"Mulig grund: "</strong>{a}</p> })}
                                    {(mt.dom == Dom::Afviger).then(|| view! {
                                        <p class="frist">{frist_tekst(&mt.frist)}</p>
                                        <ul class="raad">
                                            {mt.raad.iter().map(|u| view! {
                                                <li><strong>{u.titel.unwrap_or("")}</strong>" "{u.tekst}" "<span class="paragraf">"(" {u.paragraf} ")"</span></li>
                                            }).collect_view()}
                                        </ul>
                                    })}
                                    {mt.vores.is_some().then(|| view! {
                                        <details class="udb-spor">
                                            <summary>"Se, hvordan vi har regnet " {mt.maaned.tekst()}</summary>
                                            <Forklaringsvisning forklaring=fk />
                                        </details>
                                    })}
                                }
                            })}
                        </div>
                    </li>
                </For>
            </ol>
        </form>
        </Senere>
        <Senere>
        <section class="resultat udb-i-alt" aria-labelledby="udbetalinger-i-alt">
            <h2 id="udbetalinger-i-alt">"I alt"</h2>
            <div aria-live="polite" aria-atomic="true" id="udbetalinger-sum">
                {move || match (tjek.get(), ugyldig.get()) {
                    (Some(u), _) => view! {
                        <p class="tal">
                            <span class="etiket">"Kommunen har måske udbetalt for lidt"</span>
                            <strong id="udbetalinger-efterbetaling">{format!("{} kr.", kr(u.efterbetaling))}</strong>
                        </p>
                        <p>{format!(
                            "{} passer, {} afviger, {} kan ikke afgøres.",
                            antal_tekst(u.antal_passer, "måned", "måneder"),
                            u.antal_afviger,
                            u.antal_kan_ikke
                        )}</p>
                        {(u.overbetaling > rust_decimal::Decimal::ZERO).then(|| view! {
                            <p id="udbetalinger-overbetaling">{format!("Kommunen har udbetalt {} kr. mere, end vi regner med.", kr(u.overbetaling))}</p>
                        })}
                    }.into_any(),
                    (None, Some(tekst)) => view! { <p class="tal-ingen">{tekst}</p> }.into_any(),
                    _ => view! { <p class="mangler">"Vi viser resultatet, når perioden og månederne er udfyldt rigtigt."</p> }.into_any(),
                }}
            </div>
            <Advarsler forklaring=forklaring />
            <Show when=move || tjek.with(|u| u.is_some())>
                <details>
                    <summary>"Sådan har vi sammenlignet"</summary>
                    <Forklaringsvisning forklaring=forklaring />
                </details>
            </Show>
        </section>
        </Senere>
        <Senere>
        <Show when=move || kalender.with(|k| k.is_some())>
            <section class="udb-kalender" aria-labelledby="udbetalinger-kalender-titel">
                <h2 id="udbetalinger-kalender-titel">"Klagefristerne i din kalender"</h2>
                <p>"Hent en kalenderfil med en påmindelse kl. 9 den sidste dag, du kan klage. Filen bliver lavet på din enhed og sendes ingen steder hen."</p>
                <a class="knap" id="udbetalinger-ics-link" download=ICS_FIL href=move || href.get().unwrap_or_default()>"Hent kalenderfil (.ics)"</a>
                <details>
                    <summary>"Se, hvad der står i kalenderfilen"</summary>
                    <pre id="udbetalinger-ics" tabindex="0">{move || kalender.get().unwrap_or_default()}</pre>
                </details>
            </section>
        </Show>
        </Senere>
        <Senere>
        <Show when=move || brevtekst.with(|b| b.is_some())>
            <section class="udb-brev" aria-labelledby="udbetalinger-brev-titel">
                <h2 id="udbetalinger-brev-titel">"Brev til kommunen"</h2>
                <p>{move || tjek.with(|u| u.as_ref().map(|u| format!("Udkastet beder kommunen regne disse måneder om: {}.", brevets_maaneder(u).join(", "))).unwrap_or_default())}</p>
                <p class="hjaelp">"Dit navn, CPR-nummer og sagsnummer bliver kun sat ind i teksten her. De bliver ikke gemt, ikke delt og forsvinder, når du lukker siden eller trykker «Ryd alt»."</p>
                <div class="felt"><label for="udbetalinger-brev-navn">"Dit navn"</label><input type="text" class="tekst" id="udbetalinger-brev-navn" autocomplete="name" prop:value=move || navn.get() on:input=move |ev| navn.set(event_target_value(&ev)) /></div>
                <div class="felt"><label for="udbetalinger-brev-cpr">"Dit CPR-nummer"</label><input type="text" class="tekst" id="udbetalinger-brev-cpr" autocomplete="off" inputmode="numeric" prop:value=move || cpr.get() on:input=move |ev| cpr.set(event_target_value(&ev)) /></div>
                <div class="felt"><label for="udbetalinger-brev-sag">"Sagsnummer (valgfrit)"</label><input type="text" class="tekst" id="udbetalinger-brev-sag" autocomplete="off" prop:value=move || sagsnr.get() on:input=move |ev| sagsnr.set(event_target_value(&ev)) /></div>
                <div class="felt"><label for="udbetalinger-brev-dato">"Dato"</label><input type="text" class="tekst" id="udbetalinger-brev-dato" autocomplete="off" inputmode="numeric" prop:value=move || dato.get() on:input=move |ev| dato.set(event_target_value(&ev)) /></div>
                <div class="felt afkrydsning">
                    <input type="checkbox" id="udbetalinger-brev-aktindsigt" prop:checked=move || aktindsigt.get() on:change=move |ev| aktindsigt.set(event_target_checked(&ev)) />
                    <label for="udbetalinger-brev-aktindsigt">"Bed også om aktindsigt (at se kommunens oplysninger og beregninger)"</label>
                </div>
                <pre class="brev" id="udbetalinger-brev" tabindex="0">{move || brevtekst.get().unwrap_or_default()}</pre>
                <p class="knapper">
                    <button type="button" class="knap" on:click=kopier>"Kopiér brevet"</button>
                    " "
                    <button type="button" class="knap sekundaer" on:click=udskriv>"Udskriv"</button>
                </p>
                <p role="status">{move || kopi_status.get()}</p>
            </section>
        </Show>
        </Senere>
        <Senere><Delepanel tilstand=t /></Senere>
    }
}
