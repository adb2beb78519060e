//! What every calculator page sets up the same way: its state (from a share link, from storage or the
//! defaults), saving on change, the rule input with field errors, the visible errors and the error summary,
//! the result and its explanation.

use crate::rules::forklaring::Forklaring;
use crate::ui::komponenter::{noegle_id, synlige_fejl};
use crate::ui::kontekst::Kontekst;
use crate::ui::lager;
use crate::ui::tilstand::felt::Fejl;
use crate::ui::tilstand::{del_hash, fra_fragment, til_fragment, Skema, Tilstand};
use leptos::prelude::*;

/// The signals of one calculator page.
pub struct Beregner<S: Skema + Send + Sync, I: Send + Sync + 'static, R: Send + Sync + 'static> {
    pub t: RwSignal<Tilstand<S>>,
    /// Messages about where the state came from (a link, storage) and what could not be read.
    pub meddelelser: Signal<Vec<String>>,
    pub input: Memo<Result<I, Vec<Fejl>>>,
    /// The errors of fields the user has typed into.
    pub fejl: Signal<Vec<Fejl>>,
    /// The same as (field id, message) for the error summary.
    pub fejl_liste: Signal<Vec<(String, String)>>,
    pub resultat: Memo<Option<R>>,
    pub forklaring: Signal<Forklaring>,
}

/// Sets up a calculator page: `standard` is the state without a link or saved answers, `til_input` reads the
/// fields, `beregn` calls the rules and `forklaring` takes the explanation out of the result.
pub fn beregner<S, I, R>(
    standard: impl Fn() -> Tilstand<S>,
    til_input: fn(&Tilstand<S>) -> Result<I, Vec<Fejl>>,
    beregn: fn(&I) -> R,
    forklaring: fn(&R) -> &Forklaring,
) -> Beregner<S, I, R>
where
    S: Skema + Send + Sync,
    I: Clone + PartialEq + Send + Sync + 'static,
    R: Clone + PartialEq + Send + Sync + 'static,
{
    let (start, meddelelser) = start_tilstand::<S>(standard);
    let t = RwSignal::new(start);
    gem_ved_aendring(t);
    let meddelelser = Signal::derive(move || meddelelser.clone());
    let input = Memo::new(move |_| t.with(til_input));
    let fejl: Signal<Vec<Fejl>> = Signal::derive(move || {
        t.with(|t| {
            input.with(|i| {
                i.as_ref()
                    .err()
                    .map(|f| synlige_fejl(t, f))
                    .unwrap_or_default()
            })
        })
    });
    let resultat = Memo::new(move |_| input.with(|i| i.as_ref().ok().map(beregn)));
    let forklaring = Signal::derive(move || {
        resultat.with(|r| {
            r.as_ref()
                .map(|r| forklaring(r).clone())
                .unwrap_or_default()
        })
    });
    Beregner {
        t,
        meddelelser,
        input,
        fejl,
        fejl_liste: fejl_liste::<S>(fejl),
        resultat,
        forklaring,
    }
}

/// The errors as (field id, message) for the error summary.
fn fejl_liste<S: Skema + Send + Sync>(fejl: Signal<Vec<Fejl>>) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        fejl.get()
            .into_iter()
            .map(|f| (noegle_id::<S>(f.felt), f.tekst))
            .collect::<Vec<_>>()
    })
}

/// As [`beregner`], and `regelfejl` names the field a rule-level problem in the result is about (the rules'
/// own `felt`, mapped to the calculator's field enum): it is shown at that field and in the error summary like
/// a field error (once the field has something in it; an empty field is a prompt in the result).
pub fn beregner_med_regelfejl<S, I, R>(
    standard: impl Fn() -> Tilstand<S>,
    til_input: fn(&Tilstand<S>) -> Result<I, Vec<Fejl>>,
    beregn: fn(&I) -> R,
    forklaring: fn(&R) -> &Forklaring,
    regelfejl: fn(&R) -> Option<Fejl>,
) -> Beregner<S, I, R>
where
    S: Skema + Send + Sync,
    I: Clone + PartialEq + Send + Sync + 'static,
    R: Clone + PartialEq + Send + Sync + 'static,
{
    let b = beregner(standard, til_input, beregn, forklaring);
    let (t, felt_fejl, resultat) = (b.t, b.fejl, b.resultat);
    let fejl: Signal<Vec<Fejl>> = Signal::derive(move || {
        let mut f = felt_fejl.get();
        if f.is_empty() {
            if let Some(r) = resultat.with(|r| r.as_ref().and_then(regelfejl)) {
                f = t.with(|t| synlige_fejl(t, &[r]));
            }
        }
        f
    });
    Beregner {
        fejl,
        fejl_liste: fejl_liste::<S>(fejl),
        ..b
    }
}

thread_local! {
    /// Each calculator's answers while the page is open (memory only, never stored): moving to another page of
    /// the app and back — by the menu, a «Læs mere» link or the browser's Back button — keeps the form, as the
    /// klage helper's draft does. «Ryd alt» empties it ([`glem_alt`]).
    static HUSKET: std::cell::RefCell<std::collections::BTreeMap<&'static str, String>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Every calculator's answers held in memory (as share-link fragments), for the hand-off to the whole app
/// ([`crate::ui::overdrag`]).
pub fn husket() -> Vec<(&'static str, String)> {
    HUSKET.with(|h| h.borrow().iter().map(|(n, q)| (*n, q.clone())).collect())
}

/// Keeps a calculator's answers in memory, as handed over by a small app ([`crate::ui::overdrag::modtag`]).
pub fn husk(navn: &'static str, q: String) {
    HUSKET.with(|h| h.borrow_mut().insert(navn, q));
}

/// Forgets every calculator's answers held in memory, and nothing else (a small app that has handed them over).
pub fn glem_husket() {
    HUSKET.with(|h| h.borrow_mut().clear());
}

/// Forgets every calculator's answers held in memory and the share link kept for this tab («Ryd alt»).
pub fn glem_alt() {
    glem_husket();
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
        let v = ind.tilstand.hent_noegle(n.k);
        if v != n.standard {
            tilstand.saet_noegle(n.k, v);
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
