//! Keep, share and print a calculation: the share link (state in the URL fragment), the opt-in save on this
//! device and the print handout with a QR code. How a page starts from a link or from storage and keeps its
//! answers is the calculator's own set-up (`ui::beregner`), which this panel builds on.

use crate::rules::lovdata::LOVDATA_KONTROLLERET;
use crate::rules::tid::dato_tekst;
use crate::ui::kontekst::{Kontekst, VERSION};
use crate::ui::lager;
use crate::ui::tilstand::{til_fragment, Skema, Tilstand, MAKS_LAENGDE};
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

pub use crate::ui::beregner::{glem_alt, SLETTET_ANDETSTEDS};

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
    use crate::ui::sider::ydelse::{Ydelse, YdelseFelt as F};
    use crate::ui::tilstand::fra_fragment;

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
