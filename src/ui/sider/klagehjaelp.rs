//! The klage helper on the klage page: a few fields → a draft complaint in plain Danish to copy or print.
//! The letter is put together in the browser ([`crate::indhold::klagebrev`]); it is never sent and nothing is
//! stored. What the user types survives going to another page of the app and back (memory only, gone on
//! reload), and a validation error never clears a field.

use crate::indhold::klagebrev::{klagebrev, tjek, Felt, Klagefelter};
use crate::ui::brev;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The fields and the last letter, kept in memory while the app is open.
    static UDKAST: RefCell<(Klagefelter, Option<String>)> = RefCell::new(Default::default());
}

/// Forgets the draft (meeting mode «Ryd alt»): the next person who opens the klage page sees empty fields.
pub fn glem() {
    UDKAST.with(|u| *u.borrow_mut() = Default::default());
}

/// The draft and its last letter, for the hand-off to the whole app ([`crate::ui::overdrag`]).
pub fn udkast() -> (Klagefelter, Option<String>) {
    UDKAST.with(|u| u.borrow().clone())
}

/// Keeps a draft handed over by a small app ([`crate::ui::overdrag`]).
pub fn saet_udkast(udkast: (Klagefelter, Option<String>)) {
    UDKAST.with(|u| *u.borrow_mut() = udkast);
}

fn gem(felter: RwSignal<Klagefelter>, brev: RwSignal<Option<String>>) {
    let (f, b) = (felter.get_untracked(), brev.get_untracked());
    UDKAST.with(|u| *u.borrow_mut() = (f, b));
}

/// Today on the user's device.
fn i_dag() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

fn fokus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

const BESKEDER: brev::Beskeder = brev::Beskeder {
    kopieret: "Teksten er kopieret. Sæt den ind i en besked til kommunen, fx i Digital Post.",
    markeret: "Teksten er markeret. Tryk Ctrl+C (på Mac ⌘+C) for at kopiere den.",
};

/// A field of the form.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Inddata {
    Dato,
    Emne,
    Grund,
    Navn,
}

impl Inddata {
    /// (label, required, hint, input type; "" = textarea).
    fn tekster(self) -> (&'static str, bool, &'static str, &'static str) {
        match self {
            Inddata::Dato => (
                "Afgørelsens dato",
                true,
                "Datoen står i brevet med afgørelsen.",
                "date",
            ),
            Inddata::Emne => (
                "Hvad handler afgørelsen om?",
                true,
                "Fx «min ressourceforløbsydelse for marts» eller «en sanktion».",
                "text",
            ),
            Inddata::Grund => (
                "Hvorfor er du uenig?",
                true,
                "Skriv med dine egne ord, hvad du mener er forkert, og hvad du mener er rigtigt. Har du ikke tid nu, så skriv «Jeg uddyber min begrundelse senere.» og send begrundelsen så hurtigt, du kan.",
                "",
            ),
            Inddata::Navn => (
                "Dit navn",
                false,
                "Skriver du ikke noget, står der en plads til dit navn i udkastet.",
                "text",
            ),
        }
    }

    fn id(self) -> &'static str {
        match self {
            Inddata::Dato => Felt::Dato.id(),
            Inddata::Emne => Felt::Emne.id(),
            Inddata::Grund => Felt::Grund.id(),
            Inddata::Navn => "klage-navn",
        }
    }

    fn felt(self) -> Option<Felt> {
        match self {
            Inddata::Dato => Some(Felt::Dato),
            Inddata::Emne => Some(Felt::Emne),
            Inddata::Grund => Some(Felt::Grund),
            Inddata::Navn => None,
        }
    }

    fn les(self, f: &Klagefelter) -> &str {
        match self {
            Inddata::Dato => &f.dato,
            Inddata::Emne => &f.emne,
            Inddata::Grund => &f.grund,
            Inddata::Navn => &f.navn,
        }
    }

    fn vaerdi(self, f: &mut Klagefelter) -> &mut String {
        match self {
            Inddata::Dato => &mut f.dato,
            Inddata::Emne => &mut f.emne,
            Inddata::Grund => &mut f.grund,
            Inddata::Navn => &mut f.navn,
        }
    }
}

/// State of the helper, all `Copy` handles.
#[derive(Clone, Copy)]
struct Tilstand {
    felter: RwSignal<Klagefelter>,
    brev: RwSignal<Option<String>>,
    fejl: RwSignal<Vec<(Felt, &'static str)>>,
}

impl Tilstand {
    fn gem(self) {
        gem(self.felter, self.brev);
    }

    fn fejl_for(self, felt: Option<Felt>) -> Option<&'static str> {
        let felt = felt?;
        self.fejl
            .with(|v| v.iter().find(|(f, _)| *f == felt).map(|(_, m)| *m))
    }
}

/// One labelled field with its hint and (after a failed attempt) its error message.
fn felt_view(t: Tilstand, i: Inddata) -> AnyView {
    let (label, kraeves, hjaelp, kind) = i.tekster();
    let id = i.id();
    let fejl = move || t.fejl_for(i.felt());
    let beskrevet_af = move || match fejl() {
        Some(_) => format!("{id}-hjaelp {id}-fejl"),
        None => format!("{id}-hjaelp"),
    };
    let vaerdi = move || t.felter.with(|f| i.les(f).to_string());
    let moede = use_context::<crate::ui::kontekst::Kontekst>().map(|k| k.moede);
    let ved_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        t.felter.update(|f| *i.vaerdi(f) = v);
        t.gem();
    };
    // A cap on what can be typed (a huge text froze the page for seconds), with a message at the cap.
    let (maks, maks_tekst): (usize, &str) = if kind.is_empty() {
        (10_000, "10.000")
    } else {
        (300, "300")
    };
    let ved_loftet = move || t.felter.with(|f| i.les(f).encode_utf16().count() >= maks);
    let kontrol = if kind.is_empty() {
        view! {
            <textarea
                id=id
                maxlength=maks.to_string()
                rows="6"
                aria-required=kraeves.to_string()
                aria-invalid=move || fejl().is_some().to_string()
                aria-describedby=beskrevet_af
                prop:value=vaerdi
                on:input=ved_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type=kind
                maxlength=maks.to_string()
                // On a shared PC (meeting mode) the browser should not remember the citizen's name.
                autocomplete=move || {
                    if i == Inddata::Navn && !moede.is_some_and(|m| m.get()) { "name" } else { "off" }
                }
                aria-required=kraeves.to_string()
                aria-invalid=move || fejl().is_some().to_string()
                aria-describedby=beskrevet_af
                prop:value=vaerdi
                on:input=ved_input
            />
        }
        .into_any()
    };
    view! {
        <div class="felt">
            <label for=id>
                {label} " " <span class="krav">{if kraeves { "(skal udfyldes)" } else { "(frivilligt)" }}</span>
            </label>
            <p class="hjaelp" id=format!("{id}-hjaelp")>{hjaelp}</p>
            {move || fejl().map(|m| view! { <p class="fejl" id=format!("{id}-fejl")>{m}</p> })}
            {kontrol}
            <Show when=ved_loftet>
                <p class="hjaelp" role="status">{format!("Feltet kan højst rumme {maks_tekst} tegn. Skriv det vigtigste kort.")}</p>
            </Show>
        </div>
    }
    .into_any()
}

/// The klage helper.
#[component]
pub fn Klagehjaelp() -> impl IntoView {
    let (start, start_brev) = UDKAST.with(|u| u.borrow().clone());
    let t = Tilstand {
        felter: RwSignal::new(start),
        brev: RwSignal::new(start_brev),
        fejl: RwSignal::new(Vec::new()),
    };
    let status = RwSignal::new(String::new());

    let lav = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = t.felter.get_untracked();
        let idag = i_dag();
        status.set(String::new());
        let (brev, fejl, fokus_id) = match tjek(&f, idag) {
            Ok(afgoerelse) => (
                Some(klagebrev(&f, afgoerelse, idag)),
                Vec::new(),
                Some("klagebrev-titel"),
            ),
            Err(e) => {
                let foerste = e.first().map(|(f, _)| f.id());
                (None, e, foerste)
            }
        };
        t.fejl.set(fejl);
        t.brev.set(brev);
        t.gem();
        if let Some(id) = fokus_id {
            request_animation_frame(move || fokus(id));
        }
    };

    let kopier = move |_| {
        let tekst = t.brev.get_untracked().unwrap_or_default();
        brev::kopier(tekst, "klage-brev", status, BESKEDER);
    };

    let udskriv = move |_| brev::udskriv();

    view! {
        <section class="klagehjaelp" aria-labelledby="skriv-din-klage">
            <h2 id="skriv-din-klage" tabindex="-1">"Skriv din klage"</h2>
            <p>
                "Udfyld felterne, så laver Ressourceguiden et udkast til en klage, som du kan kopiere eller "
                "udskrive. Udkastet bliver lavet på din enhed. Det bliver ikke sendt og ikke gemt – du sender "
                "det selv til kommunen."
            </p>
            <p>
                "Husk: Klagen skal være fremme hos kommunen senest "
                {super::klagefrist::klagefrist_uger()} " uger efter, at du fik afgørelsen. "
                <a href="#/klagefrist">"Beregn din klagefrist"</a>"."
            </p>
            {move || {
                let v = t.fejl.get();
                (!v.is_empty())
                    .then(|| {
                        view! {
                            <div class="boks vigtigt fejl-oversigt" role="alert">
                                <p><strong>"Udkastet kunne ikke laves endnu:"</strong></p>
                                <ul>{v.into_iter().map(|(_, m)| view! { <li>{m}</li> }).collect_view()}</ul>
                            </div>
                        }
                    })
            }}
            <form class="klageformular" novalidate on:submit=lav>
                {[Inddata::Dato, Inddata::Emne, Inddata::Grund, Inddata::Navn]
                    .into_iter()
                    .map(|i| felt_view(t, i))
                    .collect_view()}
                <div class="felt valg">
                    <input
                        id="klage-aktindsigt"
                        type="checkbox"
                        prop:checked=move || t.felter.with(|f| f.aktindsigt)
                        on:change=move |ev| {
                            t.felter.update(|f| f.aktindsigt = event_target_checked(&ev));
                            t.gem();
                        }
                    />
                    <label for="klage-aktindsigt">"Bed også om aktindsigt, så du kan se papirerne i din sag"</label>
                </div>
                <button type="submit" class="knap">"Lav udkast til klage"</button>
            </form>
            {move || {
                t.brev
                    .get()
                    .map(|tekst| {
                        view! {
                            <div class="klagebrev-resultat">
                                <h3 id="klagebrev-titel" tabindex="-1">"Dit udkast"</h3>
                                <p>
                                    "Læs det igennem, og ret det, hvis du vil sige noget anderledes. Send det til "
                                    "den kommune, der traf afgørelsen – fx i Digital Post – og gem en kopi."
                                </p>
                                <div class="klagebrev" id="klage-brev">{tekst}</div>
                                <div class="knapper">
                                    <button type="button" class="knap" on:click=kopier>"Kopiér teksten"</button>
                                    <button type="button" class="knap sekundaer" on:click=udskriv>"Udskriv"</button>
                                </div>
                            </div>
                        }
                    })
            }}
            <p class="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}
