//! Keep, share and print a calculation: the share link (state in the URL fragment), the opt-in save on this
//! device, the print handout with a QR code, and how a page starts from a link or from storage.

use crate::rules::lovdata::LOVDATA_KONTROLLERET;
use crate::rules::tid::dato_tekst;
use crate::ui::kontekst::{Kontekst, VERSION};
use crate::ui::lager;
use crate::ui::tilstand::{del_hash, fra_fragment, til_fragment, Skema, Tilstand, MAKS_LAENGDE};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The app's own address: origin and path, without the query string (e.g. `?genstart=1` from the error page,
/// or a campaign tag) and without the fragment.
pub fn app_adresse() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// The full share link for a calculator's query.
pub fn del_link(navn: &str, forespoergsel: &str) -> String {
    format!("{}#/{navn}?{forespoergsel}", app_adresse())
}

thread_local! {
    /// Each calculator's answers while the page is open (memory only, never stored): moving to another page of
    /// the app and back — by the menu, a «Læs mere» link or the browser's Back button — keeps the form, as the
    /// klage helper's draft does. «Ryd alt» empties it ([`glem_alt`]).
    static HUSKET: std::cell::RefCell<std::collections::BTreeMap<&'static str, String>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Forgets every calculator's answers held in memory and the share link kept for this tab («Ryd alt»).
pub fn glem_alt() {
    HUSKET.with(|h| h.borrow_mut().clear());
    if let Ok(h) = window().history() {
        let _ = h.replace_state(&wasm_bindgen::JsValue::NULL, "");
    }
}

/// The share link this tab was opened with, kept in the tab's own history entry (`history.state`, never in
/// storage), so that reloading the tab does not silently show an empty form. The browser already keeps the
/// opened address with the same answers in its history (README «Sikkerhed, privatliv og offline»).
fn link_i_fanen(navn: &str) -> Option<String> {
    let state = window().history().ok()?.state().ok()?;
    let side = js_sys::Reflect::get(&state, &"ressourceguiden".into()).ok()?;
    if side.as_string().as_deref() != Some(navn) {
        return None;
    }
    js_sys::Reflect::get(&state, &"q".into()).ok()?.as_string()
}

fn link_state(navn: &str, q: &str) -> wasm_bindgen::JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"ressourceguiden".into(), &navn.into());
    let _ = js_sys::Reflect::set(&o, &"q".into(), &q.into());
    o.into()
}

/// A share link's answers over `standard` (only the values the link sets).
fn fra_link<S: Skema>(q: &str, standard: impl Fn() -> Tilstand<S>) -> (Tilstand<S>, Vec<String>) {
    let ind = fra_fragment::<S>(q);
    let mut tilstand = standard();
    for n in S::NOEGLER {
        let v = ind.tilstand.hent(n.felt);
        if v != n.standard {
            tilstand.saet(n.felt, v);
        }
    }
    (tilstand, ind.problemer)
}

/// The state a calculator page starts with, and messages about where it came from: a share link in the
/// fragment wins (and is removed from the address bar, so the address does not keep the answers), then the
/// answers held in memory since the page was last open, then the share link this tab was opened with (after a
/// reload), then what the user saved on the device (not in meeting mode), then `standard`.
pub fn start_tilstand<S: Skema>(standard: impl Fn() -> Tilstand<S>) -> (Tilstand<S>, Vec<String>) {
    let k = use_context::<Kontekst>();
    let hash = window().location().hash().unwrap_or_default();
    let (sti, q) = del_hash(&hash);
    if let Some(q) = q {
        let sti = sti.to_string();
        let (tilstand, mut problemer) = fra_link::<S>(q, &standard);
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(&link_state(S::NAVN, q), "", Some(&format!("#{sti}")));
        }
        if problemer.is_empty() {
            problemer
                .push("Beregningen er åbnet fra et link. Tjek, at svarene passer på dig.".into());
        }
        return (tilstand, problemer);
    }
    if let Some(q) = HUSKET.with(|h| h.borrow().get(S::NAVN).cloned()) {
        return (fra_fragment::<S>(&q).tilstand, Vec::new());
    }
    if let Some(q) = link_i_fanen(S::NAVN) {
        let (tilstand, mut problemer) = fra_link::<S>(&q, &standard);
        problemer.insert(
            0,
            "Svarene er fra det link, du åbnede i denne fane. Tjek, at de passer på dig.".into(),
        );
        return (tilstand, problemer);
    }
    let moede = k.is_some_and(|k| k.moede.get_untracked() || k.indlejret);
    if !moede {
        match lager::laes() {
            Ok(Some(l)) => {
                if let Some(q) = l.sider.get(S::NAVN) {
                    let ind = fra_fragment::<S>(q);
                    let mut p: Vec<String> = ind
                        .problemer
                        .into_iter()
                        .map(|p| format!("Dine gemte svar: {p}"))
                        .collect();
                    if p.is_empty() {
                        p.push("Vi har hentet de svar, du har gemt på denne enhed. Er det ikke dine svar, så tryk «Slet alt, der er gemt» nederst.".into());
                    }
                    return (ind.tilstand, p);
                }
            }
            Ok(None) => {}
            // No storage on this device: the save panel says so, once.
            Err(lager::LagerFejl::Ingen) => {}
            Err(e) => return (standard(), vec![e.besked()]),
        }
    }
    (standard(), Vec::new())
}

/// Shown when what was saved has been deleted elsewhere (another tab or window) while this page was open.
pub const SLETTET_ANDETSTEDS: &str =
    "Det, du havde gemt, er blevet slettet (fx i et andet vindue). Dine svar her gemmes ikke længere. Slå «Gem mine svar» til igen, hvis du vil gemme dem.";

/// Keeps the calculator's state in memory on every change (see `HUSKET`), and saves it on the device when the
/// user has opted in and is not in meeting mode.
pub fn gem_ved_aendring<S: Skema + Send + Sync>(tilstand: RwSignal<Tilstand<S>>) {
    let Some(k) = use_context::<Kontekst>() else {
        return;
    };
    // Its own effect, tracking only the answers: a change of the save setting (e.g. by «Ryd alt», which also
    // empties the memory) must not write the old answers back.
    Effect::new(move |_| {
        let q = til_fragment(&tilstand.get());
        HUSKET.with(|h| h.borrow_mut().insert(S::NAVN, q));
    });
    Effect::new(move |_| {
        let q = til_fragment(&tilstand.get());
        if k.gemmer.get() && !k.moede.get() && !k.indlejret {
            match lager::gem(S::NAVN, &q) {
                Ok(lager::Gemt::Ja) => {}
                Ok(lager::Gemt::Slettet) => {
                    k.gemmer.set(false);
                    k.lager_fejl.set(Some(SLETTET_ANDETSTEDS.into()));
                }
                Err(e) => {
                    k.gemmer.set(false);
                    k.lager_fejl.set(Some(e));
                }
            }
        }
    });
}

/// Whether a share link's query is longer than the reader accepts ([`MAKS_LAENGDE`]): then it must not be
/// offered as if it worked.
pub fn for_langt(link: &str) -> bool {
    link.split_once('?')
        .is_some_and(|(_, q)| q.len() > MAKS_LAENGDE)
}

/// The QR code of `tekst` as an SVG path, with its size in modules (including a 4-module quiet zone).
pub fn qr_sti(tekst: &str) -> Option<(i32, String)> {
    let qr = qrcodegen::QrCode::encode_text(tekst, qrcodegen::QrCodeEcc::Low).ok()?;
    let n = qr.size();
    let mut d = String::new();
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((n + 8, d))
}

fn nu_tekst() -> String {
    let d = js_sys::Date::new_0();
    let dato =
        chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date());
    format!(
        "{} kl. {:02}.{:02}",
        dato.map(dato_tekst).unwrap_or_default(),
        d.get_hours(),
        d.get_minutes()
    )
}

const IKKE_KOPIERET: &str =
    "Linket kunne ikke kopieres automatisk. Det er markeret, så du kan kopiere det selv.";

/// Share link, save on this device, print — and the print-only header with date, version and QR code.
#[component]
pub fn Delepanel<S: Skema + Send + Sync>(tilstand: RwSignal<Tilstand<S>>) -> impl IntoView {
    let k = expect_context::<Kontekst>();
    let link = Memo::new(move |_| del_link(S::NAVN, &til_fragment(&tilstand.get())));
    let vis_link = RwSignal::new(false);
    let kopieret = RwSignal::new(String::new());
    let link_id = format!("{}-dellink", S::NAVN);
    let link_id2 = link_id.clone();
    let kopier = move |_| {
        let tekst = link.get_untracked();
        let id = link_id2.clone();
        // Select the text first: if the clipboard is not available, the user can copy it by hand.
        if let Some(e) = document().get_element_by_id(&id) {
            if let Ok(i) = e.dyn_into::<web_sys::HtmlInputElement>() {
                i.select();
            }
        }
        // Not every browser has a clipboard API (plain http, older webviews): then the selection is the way.
        let navigator = window().navigator();
        let har_udklipsholder = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false);
        if !har_udklipsholder {
            kopieret.set(IKKE_KOPIERET.into());
            return;
        }
        let lovning = navigator.clipboard().write_text(&tekst);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(lovning).await.is_ok();
            kopieret.set(if ok {
                "Linket er kopieret.".into()
            } else {
                IKKE_KOPIERET.into()
            });
        });
    };
    let udskriv = move |_| {
        let _ = window().print();
    };
    let gem_skift = move |ev: leptos::ev::Event| {
        if event_target_checked(&ev) {
            match lager::slaa_til()
                .and_then(|_| lager::gem(S::NAVN, &til_fragment(&tilstand.get_untracked())))
            {
                Ok(_) => {
                    k.gemmer.set(true);
                    k.lager_fejl.set(None);
                }
                Err(e) => {
                    k.gemmer.set(false);
                    k.lager_fejl.set(Some(e));
                    if let Some(i) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        i.set_checked(false);
                    }
                }
            }
        } else {
            lager::slet();
            k.gemmer.set(false);
        }
    };
    let slet = move |_| {
        lager::slet();
        k.gemmer.set(false);
        k.lager_fejl.set(Some(
            "Alt, hvad Ressourceguiden havde gemt på denne enhed, er slettet.".into(),
        ));
    };
    let qr = Memo::new(move |_| qr_sti(&link.get()));
    if k.indlejret {
        // Embedded on a host's page: no storage, no print — only a way to the full app (the host's page never
        // sees the answers: the link is opened by the user).
        return view! {
            <p class="del">
                <a href=move || link.get() target="_blank" rel="noopener noreferrer">
                    "Åbn beregningen i Ressourceguiden" <span class="skjult">" (åbner i et nyt vindue)"</span>
                </a>
            </p>
        }
        .into_any();
    }
    view! {
        <section class="del" aria-labelledby=format!("{}-del-titel", S::NAVN)>
            <h2 id=format!("{}-del-titel", S::NAVN)>"Gem, del og udskriv"</h2>
            <div class="knapper">
                <button type="button" class="knap sekundaer" aria-expanded=move || vis_link.get().to_string()
                    on:click=move |_| vis_link.update(|v| *v = !*v)>
                    "Lav et link til beregningen"
                </button>
                <button type="button" class="knap sekundaer" on:click=udskriv>"Udskriv"</button>
            </div>
            <Show when=move || vis_link.get()>
                <div class="felt">
                    <label for=link_id.clone()>"Link til din beregning"</label>
                    <p class="hjaelp">"Linket indeholder dine svar. Del det kun med nogen, du stoler på. Vi kan ikke se det. Men når linket åbnes, husker browseren det i sin historik – tænk over det på en computer, som andre også bruger."</p>
                    <input id=link_id.clone() class="tekst link" type="text" readonly prop:value=move || link.get() />
                    <button type="button" class="knap sekundaer" on:click=kopier.clone()>"Kopiér link"</button>
                    <Show when=move || for_langt(&link.get())>
                        <p class="fejlbesked" role="alert">"Linket er blevet for langt til at kunne åbnes igen, fordi nogle felter indeholder meget tekst. Gør teksterne kortere, eller brug «Udskriv»."</p>
                    </Show>
                </div>
            </Show>
            <p role="status" class="status">{move || kopieret.get()}</p>
            {move || if k.indrammet {
                // Shown inside another site's page (only the embed route is meant for that): no save or delete
                // buttons, which a hidden frame could trick the user into clicking.
                view! {
                    <p class="boks">
                        "Ressourceguiden er vist inde i en anden hjemmeside. Her kan du ikke gemme dine svar. "
                        <a href=move || link.get() target="_blank" rel="noopener noreferrer">
                            "Åbn Ressourceguiden i sit eget vindue"<span class="skjult">" (åbner i et nyt vindue)"</span>
                        </a>
                    </p>
                }.into_any()
            } else if !k.lager_mulig {
                view! { <p class="boks">{lager::INGEN_LAGER}</p> }.into_any()
            } else if k.moede.get() {
                view! {
                    <p class="boks">"Mødetilstand er slået til: intet gemmes på denne enhed. Brug «Ryd alt» øverst, når mødet er slut."</p>
                }.into_any()
            } else {
                view! {
                    <div class="felt afkrydsning">
                        <input type="checkbox" id=format!("{}-gem", S::NAVN) prop:checked=move || k.gemmer.get() on:change=gem_skift />
                        <label for=format!("{}-gem", S::NAVN)>"Gem mine svar på denne enhed"</label>
                        <p class="hjaelp">"Svarene gemmes kun i denne browser, så du kan fortsætte senere. Brug det ikke på en computer, som andre også bruger."</p>
                    </div>
                    <button type="button" class="knap sekundaer" on:click=slet>"Slet alt, der er gemt"</button>
                }.into_any()
            }}
            <p role="status" class="status">{move || k.lager_fejl.get()}</p>
        </section>
        <div class="kun-print udskrift">
            <p>{move || format!("Udskrevet {} · Ressourceguiden version {VERSION} · lovdata kontrolleret {}", nu_tekst(), dato_tekst(LOVDATA_KONTROLLERET))}</p>
            <p>"En vejledende beregning, ikke en afgørelse. Scan koden eller brug linket for at åbne beregningen igen:"</p>
            {move || qr.get().map(|(n, d)| view! {
                <svg class="qr" viewBox=format!("0 0 {n} {n}") width="140" height="140" role="img" aria-label="QR-kode med linket til beregningen">
                    <rect width="100%" height="100%" fill="#fff"></rect>
                    <path d=d fill="#000"></path>
                </svg>
            })}
            <p class="link-tekst">{move || link.get()}</p>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tilstand::ydelse::{Ydelse, YdelseFelt as F};

    #[test]
    fn a_link_too_long_to_read_back_is_flagged() {
        let kort = Tilstand::<Ydelse>::default().med(F::Loen, "20.000");
        let q = til_fragment(&kort);
        assert!(!for_langt(&format!("https://x.dk/#/ydelse?{q}")));
        assert!(fra_fragment::<Ydelse>(&q).problemer.is_empty());
        // 1,200 × «æ» in two fields: 2 × 7,200 characters once percent-encoded.
        let lang = "æ".repeat(1200);
        let t = Tilstand::<Ydelse>::default()
            .med(F::Loen, &lang)
            .med(F::Feriepenge, &lang);
        let q = til_fragment(&t);
        assert!(for_langt(&format!("https://x.dk/#/ydelse?{q}")));
        assert!(!fra_fragment::<Ydelse>(&q).problemer.is_empty());
    }
}
