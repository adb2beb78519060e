//! Form and result building blocks shared by the calculators, after GOV.UK Frontend's patterns: a label, an
//! optional hint and an inline error for every field (tied together with `aria-describedby`), an error summary
//! at the top that links to the fields, and a result whose explanation shows the plain sentence first and the
//! §, source, valid-from and status one click away.

use crate::rules::forklaring::{Alvor, Forklaring, Linjeart};
use crate::rules::penge::kr;
use crate::rules::tid::{dato_tekst, Maaned, MAANEDER};
use crate::ui::tilstand::felt::Fejl;
use crate::ui::tilstand::{Felt, Skema, Tilstand};
use leptos::prelude::*;

/// The id of a field's input element.
pub fn felt_id<S: Skema>(k: S::Felt) -> String {
    noegle_id::<S>(k.k())
}

/// The id of the input element of the field with the share-link key `k` (a [`Fejl`]'s `felt`).
pub fn noegle_id<S: Skema>(k: &str) -> String {
    id_af(S::NAVN, k)
}

fn id_af(side: &str, k: &str) -> String {
    format!("{side}-{k}")
}

/// Moves focus to an element by id (error-summary links must not change the route in the fragment).
pub fn fokuser(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(e) = document().get_element_by_id(id) {
        if let Ok(h) = e.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

thread_local! {
    /// The id of the text field the user is typing into for the first time: its error waits until the field
    /// loses focus, so «1» on the way to «1.3.2024» is not called wrong. A field that already showed an error
    /// when it got focus is not quiet: its message goes away as soon as the value is right. (An `Arc` signal:
    /// it outlives the page that first read it.)
    static STILLE_FELT: ArcRwSignal<Option<String>> = ArcRwSignal::new(None);
}

/// The quiet field's id (tracked: the errors are shown again when it loses focus).
fn stille_felt() -> Option<String> {
    STILLE_FELT.with(|s| s.get())
}

/// Whether the field with this id is being typed into for the first time (its error waits for blur).
pub fn er_stille(id: &str) -> bool {
    stille_felt().as_deref() == Some(id)
}

fn saet_stille_felt(id: Option<String>) {
    STILLE_FELT.with(|s| s.set(id));
}

/// The errors to show: those of fields the user has typed something into (an empty required field is a
/// prompt in the result, not an error), except the field being typed into for the first time. The result
/// is withheld all the same while any field is wrong.
pub fn synlige_fejl<S: Skema>(t: &Tilstand<S>, fejl: &[Fejl]) -> Vec<Fejl> {
    synlige(S::NAVN, &|k| !t.hent_noegle(k).trim().is_empty(), fejl)
}

/// [`synlige_fejl`] with the page's name and whether a field has something in it (one copy of the code for
/// all calculators).
fn synlige(side: &str, udfyldt: &dyn Fn(&str) -> bool, fejl: &[Fejl]) -> Vec<Fejl> {
    let stille = stille_felt();
    fejl.iter()
        .filter(|f| udfyldt(f.felt))
        .filter(|f| stille.as_deref() != Some(id_af(side, f.felt).as_str()))
        .cloned()
        .collect()
}

fn fejltekst(fejl: Signal<Vec<Fejl>>, k: &str) -> Option<String> {
    let v: Vec<String> = fejl
        .get()
        .into_iter()
        .filter(|f| f.felt == k)
        .map(|f| f.tekst)
        .collect();
    (!v.is_empty()).then(|| v.join(" "))
}

/// A text field (amounts, dates, numbers are typed as text and parsed in Danish notation).
#[component]
pub fn Tekstfelt<S: Skema + Send + Sync>(
    tilstand: RwSignal<Tilstand<S>>,
    k: S::Felt,
    label: &'static str,
    #[prop(optional)] hjaelp: Option<&'static str>,
    fejl: Signal<Vec<Fejl>>,
    #[prop(default = "text")] inputmode: &'static str,
    #[prop(default = "")] autocomplete: &'static str,
    #[prop(default = "")] klasse: &'static str,
) -> impl IntoView {
    // The share-link key inside the component: one copy of the code for every calculator.
    let k = k.k();
    let id = noegle_id::<S>(k);
    let hjaelp_id = format!("{id}-hjaelp");
    let fejl_id = format!("{id}-fejl");
    let (h2, f2) = (hjaelp_id.clone(), fejl_id.clone());
    let (id_fokus, id_blur) = (id.clone(), id.clone());
    // A date typed in a short form («1.3.24», «1. mar. 2024»): say which date we read.
    let tolkning_id = format!("{id}-tolkning");
    let t3 = tolkning_id.clone();
    let tolkning = move || {
        (inputmode != "decimal" && fejltekst(fejl, k).is_none())
            .then(|| tilstand.with(|t| crate::ui::tilstand::felt::dato_tolkning(t.hent_noegle(k))))
            .flatten()
    };
    let beskrevet = move || {
        let mut v = Vec::new();
        if hjaelp.is_some() {
            v.push(h2.clone());
        }
        if fejltekst(fejl, k).is_some() {
            v.push(f2.clone());
        }
        if tolkning().is_some() {
            v.push(t3.clone());
        }
        (!v.is_empty()).then(|| v.join(" "))
    };
    view! {
        <div class="felt" class:felt-fejl=move || fejltekst(fejl, k).is_some()>
            <label for=id.clone()>{label}</label>
            {hjaelp.map(|h| view! { <p class="hjaelp" id=hjaelp_id.clone()>{h}</p> })}
            {move || fejltekst(fejl, k).map(|t| view! {
                <p class="fejlbesked" id=fejl_id.clone()><span class="skjult">"Fejl: "</span>{t}</p>
            })}
            <input
                type="text"
                class=format!("tekst {klasse}")
                id=id.clone()
                name=id.clone()
                inputmode=inputmode
                autocomplete=if autocomplete.is_empty() { "off" } else { autocomplete }
                spellcheck="false"
                // Never shown: lets the print style leave out fields that are empty (`:placeholder-shown`).
                placeholder=" "
                aria-describedby=beskrevet
                aria-invalid=move || if fejltekst(fejl, k).is_some() { "true" } else { "false" }
                prop:value=move || tilstand.with(|t| t.hent_noegle(k).to_string())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    tilstand.update(|t| {
                        t.saet_noegle(k, &v);
                    });
                }
                on:focus=move |_| {
                    let rolig = fejltekst(fejl, k).is_none();
                    saet_stille_felt(rolig.then(|| id_fokus.clone()));
                }
                on:blur=move |_| {
                    if er_stille(&id_blur) {
                        saet_stille_felt(None);
                    }
                }
            />
            {move || tolkning().map(|t| view! { <p class="hjaelp tolkning" id=tolkning_id.clone()>{t}</p> })}
        </div>
    }
}

/// A set of radio buttons: (code, label, optional hint).
#[component]
pub fn Valgfelt<S: Skema + Send + Sync>(
    tilstand: RwSignal<Tilstand<S>>,
    k: S::Felt,
    legend: &'static str,
    muligheder: &'static [(&'static str, &'static str, Option<&'static str>)],
    #[prop(optional)] hjaelp: Option<&'static str>,
) -> impl IntoView {
    // The share-link key inside the component: one copy of the code for every calculator.
    let k = k.k();
    let navn = noegle_id::<S>(k);
    let hjaelp_id = format!("{navn}-hjaelp");
    view! {
        <fieldset class="felt valg" aria-describedby=hjaelp.map(|_| hjaelp_id.clone())>
            <legend>{legend}</legend>
            {hjaelp.map(|h| view! { <p class="hjaelp" id=hjaelp_id.clone()>{h}</p> })}
            {muligheder
                .iter()
                .enumerate()
                .map(|(n, (kode, tekst, hint))| {
                    let id = if n == 0 { navn.clone() } else { format!("{navn}-{kode}") };
                    let hint_id = format!("{navn}-{kode}-hint");
                    let kode = *kode;
                    view! {
                        <div class="valgmulighed">
                            <input
                                type="radio"
                                id=id.clone()
                                name=navn.clone()
                                value=kode
                                aria-describedby=hint.map(|_| hint_id.clone())
                                prop:checked=move || tilstand.with(|t| t.hent_noegle(k) == kode)
                                on:change=move |_| tilstand.update(|t| {
                                    t.saet_noegle(k, kode);
                                })
                            />
                            <label for=id>{*tekst}</label>
                            {hint.map(|h| view! { <p class="hjaelp" id=hint_id>{h}</p> })}
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A yes/no checkbox ("1"/"0").
#[component]
pub fn Afkrydsning<S: Skema + Send + Sync>(
    tilstand: RwSignal<Tilstand<S>>,
    k: S::Felt,
    label: &'static str,
    #[prop(optional)] hjaelp: Option<&'static str>,
) -> impl IntoView {
    // The share-link key inside the component: one copy of the code for every calculator.
    let k = k.k();
    let id = noegle_id::<S>(k);
    let hjaelp_id = format!("{id}-hjaelp");
    view! {
        <div class="felt afkrydsning">
            <input
                type="checkbox"
                id=id.clone()
                aria-describedby=hjaelp.map(|_| hjaelp_id.clone())
                prop:checked=move || tilstand.with(|t| t.hent_noegle(k) == "1")
                on:change=move |ev| {
                    let ja = event_target_checked(&ev);
                    tilstand.update(|t| {
                        t.saet_noegle(k, if ja { "1" } else { "0" });
                    });
                }
            />
            <label for=id>{label}</label>
            {hjaelp.map(|h| view! { <p class="hjaelp" id=hjaelp_id>{h}</p> })}
        </div>
    }
}

/// Month and year as two selects, written as "ÅÅÅÅ-MM".
#[component]
pub fn Maanedsvaelger<S: Skema + Send + Sync>(
    tilstand: RwSignal<Tilstand<S>>,
    k: S::Felt,
    legend: &'static str,
    fra_aar: i32,
    til_aar: i32,
    #[prop(optional)] hjaelp: Option<&'static str>,
) -> impl IntoView {
    // The share-link key inside the component: one copy of the code for every calculator.
    let k = k.k();
    let id = noegle_id::<S>(k);
    let aar_id = format!("{id}-aar");
    let hjaelp_id = format!("{id}-hjaelp");
    let nu = move || tilstand.with(|t| Maaned::parse(t.hent_noegle(k)));
    let saet = move |aar: Option<i32>, md: Option<u32>| {
        let gammel = nu();
        let aar = aar.or(gammel.map(|m| m.aar())).unwrap_or(til_aar);
        let md = md.or(gammel.map(|m| m.md())).unwrap_or(1);
        if let Some(m) = Maaned::ny(aar, md) {
            tilstand.update(|t| {
                t.saet_noegle(k, &m.to_string());
            });
        }
    };
    view! {
        <fieldset class="felt maaned" aria-describedby=hjaelp.map(|_| hjaelp_id.clone())>
            <legend>{legend}</legend>
            {hjaelp.map(|h| view! { <p class="hjaelp" id=hjaelp_id.clone()>{h}</p> })}
            <div class="side-om-side">
                <div>
                    <label for=id.clone()>"Måned"</label>
                    <select id=id.clone() on:change=move |ev| saet(None, event_target_value(&ev).parse().ok())>
                        {(1..=12u32)
                            .map(|m| view! {
                                <option value=m.to_string() selected=move || nu().is_some_and(|x| x.md() == m)>
                                    {MAANEDER[(m - 1) as usize]}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div>
                    <label for=aar_id.clone()>"År"</label>
                    <select id=aar_id on:change=move |ev| saet(event_target_value(&ev).parse().ok(), None)>
                        {(fra_aar..=til_aar)
                            .rev()
                            .map(|a| view! {
                                <option value=a.to_string() selected=move || nu().is_some_and(|x| x.aar() == a)>
                                    {a}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            // A month from a link or from storage that the selects cannot show (e.g. `m=2100-05`): say so,
            // rather than show another month than the one the result is for.
            {move || nu().filter(|m| !(fra_aar..=til_aar).contains(&m.aar())).map(|m| view! {
                <p class="fejlbesked" role="status">
                    {format!(
                        "Måneden fra linket ({} {}) ligger uden for de år, du kan vælge her ({fra_aar}–{til_aar}). Vælg måned og år ovenfor.",
                        MAANEDER[(m.md() - 1) as usize], m.aar()
                    )}
                </p>
            })}
        </fieldset>
    }
}

/// The error summary at the top of a form: a heading and a link to each field with a problem.
#[component]
pub fn Fejloversigt(fejl: Signal<Vec<(String, String)>>) -> impl IntoView {
    move || {
        let v = fejl.get();
        (!v.is_empty()).then(|| {
            view! {
                <div class="fejloversigt" role="region" aria-labelledby="fejloversigt-titel">
                    <h2 id="fejloversigt-titel">"Tjek disse felter"</h2>
                    <ul>
                        {v.into_iter()
                            .map(|(id, tekst)| {
                                let href = format!("#{id}");
                                // Name the field: «Skriv en dato …» could be any of four date fields.
                                let navn = document()
                                    .query_selector(&format!("label[for='{id}']"))
                                    .ok()
                                    .flatten()
                                    .and_then(|l| l.text_content())
                                    .map(|n| format!("{} – ", n.trim()));
                                view! {
                                    <li>
                                        <a href=href on:click=move |ev| {
                                            ev.prevent_default();
                                            fokuser(&id);
                                        }>{navn}{tekst}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// Messages about what was read from a link or from storage.
#[component]
pub fn Meddelelser(meddelelser: Signal<Vec<String>>) -> impl IntoView {
    move || {
        let v = meddelelser.get();
        (!v.is_empty()).then(|| {
            view! {
                <div class="boks vigtigt" role="status">
                    {v.into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
                </div>
            }
        })
    }
}

/// The warnings of a result, most serious first.
#[component]
pub fn Advarsler(forklaring: Signal<Forklaring>) -> impl IntoView {
    move || {
        let mut a = forklaring.get().advarsler;
        // Most serious first (`Alvor` is declared from the least serious).
        crate::rules::sortering::efter(&mut a, |x| -(x.alvor as i64));
        (!a.is_empty()).then(|| {
            view! {
                <ul class="advarsler">
                    {a.into_iter()
                        .map(|a| {
                            let klasse = if a.alvor == Alvor::Advarsel { "advarsel" } else { "info" };
                            view! {
                                <li class=klasse>
                                    <strong>{if a.alvor == Alvor::Advarsel { "Vær opmærksom: " } else { "Godt at vide: " }}</strong>
                                    {a.tekst}
                                    {a.fortolkning.map(|f| view! { <span class="fortolkning">" (fortolkning " {f.id()} ")"</span> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}

/// The explanation: one list item per line, the sentence (and amount) first, § and sources in a disclosure.
#[component]
pub fn Forklaringsvisning(forklaring: Signal<Forklaring>) -> impl IntoView {
    // Below the result: drawn in a task of its own (its many lines would make the page's start one long task).
    view! { <Senere>{move || forklaringslinjer(forklaring)}</Senere> }
}

fn forklaringslinjer(forklaring: Signal<Forklaring>) -> impl IntoView {
    let linjer = forklaring.get().linjer;
    view! {
        <ol class="forklaring">
            {linjer
                .into_iter()
                .map(|l| {
                    let klasse = match l.art {
                        Linjeart::Resultat => "linje resultatlinje",
                        Linjeart::Fradrag => "linje fradrag",
                        _ => "linje",
                    };
                    // The amount in its own right-aligned column, unless the sentence already says it.
                    let beloeb = l.beloeb.filter(|b| !l.tekst.contains(&kr(*b))).map(|b| {
                        let tegn = if l.art == Linjeart::Fradrag { "− " } else { "" };
                        view! { <span class="beloeb">{format!("{tegn}{} kr.", kr(b))}</span> }
                    });
                    view! {
                        <li class=klasse>
                            <p class="linjetekst"><span>{l.tekst.clone()}</span> {beloeb}</p>
                            <details>
                                <summary>"Paragraf og kilde"</summary>
                                <dl class="fakta">
                                    <dt>"Regel"</dt>
                                    <dd>{l.paragraf.clone()}</dd>
                                    {l.gyldig_fra.map(|d| view! { <dt>"Gælder fra"</dt><dd>{dato_tekst(d)}</dd> })}
                                    <dt>"Status"</dt>
                                    <dd>{l.status.tekst()}</dd>
                                    {l.tal.map(|(p, aar)| {
                                        let href = crate::indhold::satser::rute(Some(&crate::indhold::satser::anker(p, aar)));
                                        view! { <dt>"Tallet"</dt><dd><a href=href>"Se tallet og dets historik i «Satser og kilder»"</a></dd> }
                                    })}
                                    {l.fortolkning.map(|f| view! { <dt>"Fortolkning"</dt><dd>{format!("{}: {}", f.id(), f.tekst())}</dd> })}
                                    <dt>"Kilde"</dt>
                                    <dd>
                                        <ul class="kilder">
                                            {l.kilder
                                                .iter()
                                                .map(|k| view! {
                                                    <li><a href=*k rel="noopener noreferrer" target="_blank">{vaert(k)} <span class="skjult">" (åbner i et nyt vindue)"</span></a></li>
                                                })
                                                .collect_view()}
                                        </ul>
                                    </dd>
                                </dl>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// "star.dk" from a source URL, for a short link text.
pub fn vaert(url: &str) -> String {
    let uden = url.split("://").nth(1).unwrap_or(url);
    let vaert = uden.split('/').next().unwrap_or(uden);
    vaert.strip_prefix("www.").unwrap_or(vaert).to_string()
}

/// «Læs mere»: the rights pages that belong to a calculator (they link back to it), from the rights guide.
#[component]
pub fn LaesMere(beregner: &'static str) -> impl IntoView {
    let sider = crate::indhold::sider_for_beregner(beregner);
    view! {
        <nav class="laes-mere" aria-label="Læs mere om dine rettigheder">
            <h3>"Læs mere om dine rettigheder"</h3>
            <ul>
                {sider
                    .into_iter()
                    .map(|(slug, titel)| view! { <li><a href=format!("#/rettigheder/{slug}")>{titel}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The rows of a list field as typed: (first part, second part).
pub type Raekker = Vec<(String, String)>;

/// Sets one part of row `n` of a list field: `(n, first, second)`, `None` = unchanged.
pub type SaetDel = Callback<(usize, Option<String>, Option<String>)>;

/// A list field with two parts per row (earlier forløb, other income): the rows' controls drawn by `raekke`,
/// a remove button per row and an add button up to `maks` rows. `hent`/`saet` read and write the field.
#[component]
pub fn Raekkeliste<S: Skema + Send + Sync>(
    tilstand: RwSignal<Tilstand<S>>,
    k: S::Felt,
    legend: &'static str,
    hjaelp: &'static str,
    fejl: Signal<Vec<Fejl>>,
    hent: fn(&Tilstand<S>) -> Vec<(String, String)>,
    saet: fn(&mut Tilstand<S>, &[(String, String)]),
    maks: usize,
    /// A new row's values.
    ny: (&'static str, &'static str),
    /// What one row is called in the buttons: «forløb», «indtægt».
    navn: &'static str,
    tilfoej: &'static str,
    raekke: fn(usize, (String, String), SaetDel) -> AnyView,
) -> impl IntoView {
    // The share-link key inside the component: one copy of the code for every calculator.
    let k = k.k();
    let raekker = move || tilstand.with(hent);
    let ret = move |f: &dyn Fn(&mut Raekker)| {
        tilstand.update(|t| {
            let mut r = hent(t);
            f(&mut r);
            saet(t, &r);
        })
    };
    let saet_del: SaetDel =
        Callback::new(move |(n, a, b): (usize, Option<String>, Option<String>)| {
            ret(&|r| {
                if let Some(row) = r.get_mut(n) {
                    if let Some(a) = a.clone() {
                        row.0 = a;
                    }
                    if let Some(b) = b.clone() {
                        row.1 = b;
                    }
                }
            })
        });
    view! {
        <fieldset class="felt liste" id={noegle_id::<S>(k)} tabindex="-1">
            <legend>{legend}</legend>
            <p class="hjaelp">{hjaelp}</p>
            {move || fejl.get().into_iter().filter(|f| f.felt == k).map(|f| view! {
                <p class="fejlbesked"><span class="skjult">"Fejl: "</span>{f.tekst}</p>
            }).collect_view()}
            {move || raekker().into_iter().enumerate().map(|(n, r)| view! {
                <div class="raekke">
                    {raekke(n, r, saet_del)}
                    <button type="button" class="knap sekundaer lille" on:click=move |_| ret(&|r| {
                        if n < r.len() {
                            r.remove(n);
                        }
                    })>{format!("Fjern {navn} nr. {}", n + 1)}</button>
                </div>
            }).collect_view()}
            <Show when=move || raekker().len() < maks>
                <button type="button" class="knap sekundaer" on:click=move |_| ret(&|r| r.push((ny.0.into(), ny.1.into())))>
                    {tilfoej}
                </button>
            </Show>
        </fieldset>
    }
}

/// The headline of a *foreløbig* result (a month after the newest rate year): why, and where the official
/// figure is found. Rendered inside the result's live region, before the amount.
#[component]
pub fn ForeloebigOverskrift(
    foreloebig: Option<crate::rules::forklaring::Foreloebighed>,
) -> impl IntoView {
    foreloebig.map(|f| {
        let url = f.kilder.first().copied().unwrap_or_default();
        view! {
            <div class="foreloebig">
                <p class="foreloebig-overskrift"><strong>{f.overskrift}</strong></p>
                <p>{f.tekst}</p>
                <p>
                    <a href=url rel="noopener noreferrer" target="_blank">
                        "Se de officielle satser på " {vaert(url)}
                        <span class="skjult">" (åbner i et nyt vindue)"</span>
                    </a>
                </p>
            </div>
        }
    })
}

/// Today on the user's device (the browser's clock; native tests use `rules::tid::i_dag`, which honours the
/// fake clock `RG_IDAG`).
pub fn i_dag() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// A coordinate of a drawing (SVG user units) as text, rounded to one decimal: `12.5`, `-0.3`, `480`. Written
/// with integers, because printing a floating-point number would put Rust's float formatting (about 10 KB) into
/// the wasm for the three drawings that need it. Not a number gives `0`.
pub fn svg(v: f64) -> String {
    // Saturating conversion; NaN becomes 0.
    let t = (v * 10.0).round() as i64;
    let (hel, tiendel) = (t / 10, (t % 10).abs());
    let fortegn = if t < 0 && hel == 0 { "-" } else { "" };
    if tiendel == 0 {
        format!("{fortegn}{hel}")
    } else {
        format!("{fortegn}{hel}.{tiendel}")
    }
}

/// Draws `children` in a task of its own, after the one that is running (a zero timeout): a page starts as several
/// short tasks instead of one long one, so a slow phone can paint and answer a tap in between (README «Tempo»).
/// Used for what lies below the first screen — the explanation, «Hvad hvis», «Tjek din afgørelse», the share
/// panel. Several of them on one page come in document order, so nothing already drawn moves.
#[component]
pub fn Senere(children: ChildrenFn) -> impl IntoView {
    let klar = RwSignal::new(false);
    set_timeout(
        move || {
            // The page may be gone (the reader moved on): then there is nothing to draw.
            let _ = klar.try_set(true);
        },
        std::time::Duration::ZERO,
    );
    move || klar.get().then(|| children())
}

#[cfg(test)]
mod tests {
    use super::svg;

    /// Drawing coordinates keep one decimal, with the sign also between 0 and -1, and never print a float.
    #[test]
    fn svg_coordinates_have_at_most_one_decimal() {
        assert_eq!(svg(480.0), "480");
        assert_eq!(svg(12.34), "12.3");
        assert_eq!(svg(12.35), "12.4");
        assert_eq!(svg(66.0 + 414.0 * 2.0 / 3.0), "342");
        assert_eq!(svg(0.04), "0");
        assert_eq!(svg(-0.25), "-0.3");
        assert_eq!(svg(-3.0), "-3");
        assert_eq!(svg(-12.5), "-12.5");
        assert_eq!(svg(f64::NAN), "0");
        for n in -2000..2000 {
            let v = f64::from(n) / 10.0;
            assert_eq!(svg(v).parse::<f64>().ok(), Some(v), "{v}");
        }
    }
}
