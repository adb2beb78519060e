//! What every calculator page sets up the same way: its state (from a share link, from storage or the
//! defaults), saving on change, the rule input with field errors, the visible errors and the error summary,
//! the result and its explanation.

use crate::rules::forklaring::Forklaring;
use crate::ui::deling::{gem_ved_aendring, start_tilstand};
use crate::ui::komponenter::{noegle_id, synlige_fejl};
use crate::ui::tilstand::felt::Fejl;
use crate::ui::tilstand::{Skema, Tilstand};
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
    beregner_med_regelfejl(standard, til_input, beregn, forklaring, |_| None)
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
    let (start, meddelelser) = start_tilstand::<S>(standard);
    let t = RwSignal::new(start);
    gem_ved_aendring(t);
    let meddelelser = Signal::derive(move || meddelelser.clone());
    let input = Memo::new(move |_| t.with(til_input));
    let resultat = Memo::new(move |_| input.with(|i| i.as_ref().ok().map(beregn)));
    let fejl: Signal<Vec<Fejl>> = Signal::derive(move || {
        t.with(|t| {
            input.with(|i| match i {
                Err(f) => synlige_fejl(t, f),
                Ok(_) => resultat.with(|r| {
                    synlige_fejl(
                        t,
                        &r.as_ref()
                            .and_then(regelfejl)
                            .into_iter()
                            .collect::<Vec<_>>(),
                    )
                }),
            })
        })
    });
    let fejl_liste = Signal::derive(move || {
        fejl.get()
            .into_iter()
            .map(|f| (noegle_id::<S>(f.felt), f.tekst))
            .collect::<Vec<_>>()
    });
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
        fejl_liste,
        resultat,
        forklaring,
    }
}
