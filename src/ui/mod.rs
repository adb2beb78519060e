//! The Leptos user interface. Components are thin: they read inputs, call [`crate::rules`] and show the
//! result and its explanation. No rule of law lives here.

pub mod beregner;
pub mod brev;
pub mod deling;
pub mod hent;
pub mod indlejring;
pub mod komponenter;
pub mod kontekst;
pub mod lager;
pub mod overdrag;
pub mod panik;
pub mod register;
pub mod rute;
pub mod sider;
pub mod tilstand;

use crate::rules::lovdata::LOVDATA_KONTROLLERET;
use crate::rules::tid::dato_tekst;
use leptos::prelude::*;
use rute::{titel, Rute, HOVEDMENU};

// The shared context lives in its own module, which the pages import directly; re-exported here for code that
// still says `crate::ui::Kontekst` / `crate::ui::VERSION`.
pub use kontekst::{Kontekst, VERSION};

thread_local! {
    /// What `#skelet` of index.html showed when the app started (a calculator's heading and introduction, the
    /// Om page, a fetched rights page): the app's first task draws its frame around this, and the page itself
    /// follows in the next task (README «Først læsbar, så interaktiv»).
    static SKELET: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Whether this page is shown inside a frame of another page (`window.top !== window.self`).
fn er_indrammet() -> bool {
    let w = window();
    match w.top() {
        Ok(Some(top)) => {
            let top: &wasm_bindgen::JsValue = top.as_ref();
            let selv: &wasm_bindgen::JsValue = w.as_ref();
            top != selv
        }
        // No top window, or it cannot be read: assume a frame (the safe side).
        _ => true,
    }
}

fn nuvaerende_rute() -> Rute {
    let hash = window().location().hash().unwrap_or_default();
    Rute::fra_hash(&hash).unwrap_or(Rute::Forside)
}

/// The whole app: header, main navigation, the current page, footer.
#[component]
pub fn App() -> impl IntoView {
    let rute = RwSignal::new(nuvaerende_rute());
    let indlejret = matches!(rute.get_untracked(), Rute::Indlejret(_));
    if indlejret {
        start_indlejring();
    }
    let indrammet = !indlejret && er_indrammet();
    if indlejret || indrammet {
        lager::slaa_fra();
    }
    let k = Kontekst {
        // «Mødetilstand» pressed on the prerendered page before the app had started (src/web/efterbyg.mjs).
        moede: RwSignal::new(
            js_sys::Reflect::get(&window(), &"__rgMoede".into())
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
        ),
        gemmer: RwSignal::new(lager::slaaet_til()),
        lager_fejl: RwSignal::new(None),
        nulstil: RwSignal::new(0),
        indlejret,
        indrammet,
        lager_mulig: lager::mulig(),
    };
    provide_context(k);
    // «Slet alt» (or opting in) in another tab: this tab follows, so a deletion is never undone by a keystroke
    // here.
    lager::lyt_paa_andre_faner(move || {
        let nu = lager::slaaet_til();
        if k.gemmer.get_untracked() && !nu {
            k.lager_fejl.set(Some(deling::SLETTET_ANDETSTEDS.into()));
        }
        k.gemmer.set(nu);
    });
    // Meeting mode changes the layout through a class on <body>.
    Effect::new(move |_| {
        let paa = k.moede.get();
        if let Some(b) = document().body() {
            let _ = b.class_list().toggle_with_force("moede", paa);
        }
    });
    // Printing opens every «Paragraf og kilde» so the handout carries the § and sources.
    let foer_print = window_event_listener_untyped("beforeprint", |_| saet_detaljer(true));
    let efter_print = window_event_listener_untyped("afterprint", |_| saet_detaljer(false));
    on_cleanup(move || {
        foer_print.remove();
        efter_print.remove();
    });
    // «Ryd alt» has been pressed (until meeting mode is turned off): the status says what was cleared.
    let ryddet = RwSignal::new(false);
    let ryd_alt = move |_| {
        // Everything kept in memory for the session: the klage draft and the last search.
        sider::glem_hukommelse();
        ryddet.set(true);
        lager::slet();
        deling::glem_alt();
        k.gemmer.set(false);
        k.lager_fejl.set(None);
        let hash = window().location().hash().unwrap_or_default();
        let (sti, _) = tilstand::del_hash(&hash);
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("#{sti}")),
            );
        }
        k.nulstil.update(|n| *n += 1);
    };
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = window().location().hash().unwrap_or_default();
        // An in-page anchor (e.g. the skip link's target) is not a route: stay on the page.
        if let Some(r) = Rute::fra_hash(&hash) {
            rute.set(r);
        }
    });
    on_cleanup(move || handle.remove());

    // After a route change (not on first load): title from the new h1, focus on it, scroll to the top,
    // so screen-reader and keyboard users land on the new page (WCAG 2.4.3).
    // Started by a link on the prerendered front page (src/web/efterbyg.mjs): the first page is a page change too.
    let navigeret = js_sys::Reflect::get(&window(), &"__rgNavigeret".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let foerste = StoredValue::new(!navigeret);
    // The start in two tasks: the first draws the frame around what the prerendered page already shows (the
    // skeleton's heading and introduction, the same HTML and so the same place); the page follows in the next
    // task. Each task compiles and runs about half of the code, so neither blocks the phone for long.
    let skelet = if indlejret {
        None
    } else {
        SKELET.with(|s| s.borrow_mut().take())
    };
    let klar = RwSignal::new(skelet.is_none());
    if !klar.get_untracked() {
        set_timeout(move || klar.set(true), std::time::Duration::ZERO);
    }
    // A route with an anchor (`#/rettigheder/ordbog/fuldmagt`) scrolls to that element and focuses it instead.
    Effect::new(move |_| {
        if !klar.get() {
            return;
        }
        let anker = rute.with(|r| r.anker().map(str::to_string));
        let flyt_fokus = !foerste.get_value();
        foerste.set_value(false);
        // After the next frame and after the parts of the page that are drawn in tasks of their own
        // (`komponenter::Senere`), so an anchor further down the page exists.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let doc = document();
                    let ved_anker = anker.is_some_and(|a| sider::vis_anker(&a));
                    if let Ok(Some(h1)) = doc.query_selector("main h1") {
                        doc.set_title(&titel(&h1.text_content().unwrap_or_default()));
                        if flyt_fokus && !ved_anker {
                            use wasm_bindgen::JsCast;
                            if let Ok(h) = h1.dyn_into::<web_sys::HtmlElement>() {
                                let _ = h.focus();
                            }
                            window().scroll_to_with_x_and_y(0.0, 0.0);
                        }
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    });

    if indlejret {
        return view! {
            <main id="indhold" tabindex="-1" class="indlejret">
                {move || sider::side(rute.get())}
            </main>
            <footer class="indlejret-fod">
                <p>
                    "Beregnet af "
                    <a href="./" target="_blank" rel="noopener">"Ressourceguiden"<span class="skjult">" (åbner i et nyt vindue)"</span></a>
                    " · En vejledende beregning, ikke en afgørelse · Dine oplysninger forlader aldrig din enhed."
                </p>
            </footer>
        }
        .into_any();
    }

    view! {
        <a class="skip" href="#indhold" on:click=move |ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("indhold") {
                use wasm_bindgen::JsCast;
                if let Ok(m) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = m.focus();
                }
            }
        }>"Gå til indhold"</a>
        <header class="top">
            <div class="bredde">
                <a class="navn" href="#/">"Ressourceguiden"</a>
                <p class="formaal">{crate::indhold::forside::FORMAAL}</p>
                <div class="moedeknapper">
                    <button type="button" class="knap lys" aria-pressed=move || k.moede.get().to_string()
                        on:click=move |_| {
                            k.moede.update(|m| *m = !*m);
                            ryddet.set(false);
                        }>
                        "Mødetilstand"
                    </button>
                    <Show when=move || k.moede.get()>
                        <button type="button" class="knap lys" on:click=ryd_alt>"Ryd alt"</button>
                        <span class="moedestatus" role="status">{move || if ryddet.get() {
                            "Alt er ryddet – også klageudkastet og søgningen. Luk browservinduet, når mødet er slut."
                        } else {
                            "Mødetilstand (til en delt computer): intet gemmes på enheden. Tryk «Ryd alt», når I er færdige."
                        }}</span>
                    </Show>
                </div>
            </div>
            <nav aria-label="Hovedmenu" class="bredde">
                <ul>
                    {HOVEDMENU
                        .iter()
                        .map(|(href, tekst)| {
                            let href = *href;
                            view! {
                                <li>
                                    <a
                                        href=href
                                        aria-current=move || {
                                            (rute.get().hovedpunkt() == Some(href)).then_some("page")
                                        }
                                    >
                                        {*tekst}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
        <main id="indhold" tabindex="-1" class="bredde">
            {move || {
                k.nulstil.get();
                if klar.get() {
                    sider::side(rute.get())
                } else {
                    let html = skelet.clone().unwrap_or_default();
                    view! { <div id="skelet" inner_html=html></div> }.into_any()
                }
            }}
        </main>
        <footer class="bund">
            <div class="bredde">
                <p class="loefte">"Dine oplysninger forlader aldrig din enhed."</p>
                <p>
                    "Version " {VERSION} " · Lovdata sidst kontrolleret "
                    {dato_tekst(LOVDATA_KONTROLLERET)}
                    " · En vejledende beregning, ikke en afgørelse."
                </p>
                <p>
                    <a href="#/tilgaengelighed">"Tilgængelighedserklæring"</a>
                    " · "
                    <a href="#/om">"Om og kontakt"</a>
                    " · "
                    <a href="#/indlejr">"Indlejr en beregner på jeres hjemmeside"</a>
                </p>
            </div>
        </footer>
    }
    .into_any()
}

/// Embed mode: take the host parameters out of the address, apply the host's colour within AA contrast, and
/// post the page height to the host (only to its origin) whenever it changes.
fn start_indlejring() {
    use wasm_bindgen::JsCast;
    let hash = window().location().hash().unwrap_or_default();
    let (sti, q) = tilstand::del_hash(&hash);
    let p = indlejring::del_parametre(q.unwrap_or(""));
    if let Ok(h) = window().history() {
        let ny = if p.rest.is_empty() {
            format!("#{sti}")
        } else {
            format!("#{sti}?{}", p.rest)
        };
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&ny));
    }
    if let Some(b) = document().body() {
        let _ = b.class_list().add_1("indlejret");
    }
    aabn_sider_i_nyt_vindue();
    if let Some((a, m, l, _)) = p.accent.as_deref().and_then(indlejring::tema) {
        if let Some(rod) = document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let stil = rod.style();
            let _ = stil.set_property("--accent", &a);
            let _ = stil.set_property("--accent-moerk", &m);
            let _ = stil.set_property("--accent-lys", &l);
        }
    }
    let Some(vaert) = p.vaert else {
        return;
    };
    let send = move || {
        // The content's own height (the body's box), not the document's scroll height, which is never less
        // than the iframe itself: measured that way, the frame could grow but never shrink again.
        // Plus the body's offset (a first heading's top margin collapses through it).
        let hoejde = document()
            .body()
            .map(|b| b.scroll_height() + b.offset_top())
            .unwrap_or(0);
        if let Ok(Some(forael)) = window().parent() {
            let besked = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&besked, &"type".into(), &"ressourceguiden:hoejde".into());
            let _ = js_sys::Reflect::set(&besked, &"hoejde".into(), &hoejde.into());
            // The browser delivers it only if the parent's origin is `vaert`.
            let _ = forael.post_message(&besked, &vaert);
        }
    };
    send();
    let cb = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(send);
    if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        if let Some(b) = document().body() {
            obs.observe(&b);
        }
        // The observer and its callback live as long as the page.
        std::mem::forget(obs);
    }
    cb.forget();
}

/// Embed mode: a link to another page of the app («Læs mere», the klage page, the klagefrist calculator) opens
/// the full app in a new window instead of inside the host's frame, where it would have no menu and no way back
/// (domain review C-46). In-page anchors (`#indhold`) and links that already open a new window are left alone.
fn aabn_sider_i_nyt_vindue() {
    use wasm_bindgen::JsCast;
    let ved_klik =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
            let Some(a) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href^='#/']").ok().flatten())
            else {
                return;
            };
            if a.get_attribute("target").is_some() {
                return;
            }
            let href = a.get_attribute("href").unwrap_or_default();
            e.prevent_default();
            let adresse = format!("{}{href}", deling::app_adresse());
            let _ = window().open_with_url_and_target_and_features(
                &adresse,
                "_blank",
                "noopener,noreferrer",
            );
        });
    let _ = document().add_event_listener_with_callback("click", ved_klik.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    ved_klik.forget();
}

fn saet_detaljer(aaben: bool) {
    use wasm_bindgen::JsCast;
    if let Ok(alle) = document().query_selector_all("main details") {
        for i in 0..alle.length() {
            if let Some(d) = alle
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = if aaben {
                    d.set_attribute("open", "")
                } else {
                    d.remove_attribute("open")
                };
            }
        }
    }
}

/// Mounts the app into `#app`, replacing the loading and fallback text that index.html shows before the
/// WebAssembly has started.
pub fn start() {
    panik::installer();
    let doc = document();
    if let Some(rod) = doc.get_element_by_id("app") {
        behold_forside(&rod);
        // Started by a small app that the reader has left (its answers and the front page).
        overdrag::modtag();
        let skelet = doc
            .get_element_by_id("skelet")
            .map(|e| e.inner_html())
            .filter(|h| !h.trim().is_empty());
        SKELET.with(|s| *s.borrow_mut() = skelet);
        if let Some(html) = doc.document_element() {
            // The route marker of src/web/vagt.js chose what the prerendered page showed; the app shows it now.
            let _ = html.remove_attribute("data-rute");
        }
        rod.set_inner_html("");
        use wasm_bindgen::JsCast;
        if let Ok(rod) = rod.dyn_into::<web_sys::HtmlElement>() {
            leptos::mount::mount_to(rod, App).forget();
        }
    }
    // Tells src/web/vagt.js that the start went well: from now on an uncaught error no longer replaces the
    // page with the start-up error screen (unless the page has become empty).
    let _ = js_sys::Reflect::set(&window(), &"__rgStartet".into(), &true.into());
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-startet", "");
    }
    // Started by «Mødetilstand» on the prerendered page: the button that was pressed is gone, so its successor
    // gets the focus (a keyboard user stays where she was).
    let moede = js_sys::Reflect::get(&window(), &"__rgMoede".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if moede {
        use wasm_bindgen::JsCast;
        if let Some(knap) = doc
            .query_selector(".moedeknapper button")
            .ok()
            .flatten()
            .and_then(|k| k.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = knap.focus();
        }
    }
}

/// Keeps the front page that the build wrote into `index.html` (`crate::indhold::forside`) for the app's own front
/// page, with its links to the rights guide's static pages turned into the app's routes (`data-app`), so moving
/// around inside the app never reloads it (and never loses what the user typed).
fn behold_forside(rod: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(Some(forside)) = rod.query_selector(".forside-statisk") else {
        return;
    };
    if let Ok(links) = forside.query_selector_all("a[data-app]") {
        for i in 0..links.length() {
            if let Some(a) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                if let Some(rute) = a.get_attribute("data-app") {
                    let _ = a.set_attribute("href", &rute);
                    let _ = a.remove_attribute("data-app");
                }
            }
        }
    }
    sider::gem_forside(forside.inner_html());
}
