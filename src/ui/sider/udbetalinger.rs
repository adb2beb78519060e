//! «Tjek dine udbetalinger» (`#/udbetalinger`): the period facts once, then one card per month (what
//! happened, what the kommune paid), and per month our amount with its trace, the difference, the likely
//! cause, the verdict and what to do; the totals, the letter draft and the calendar file. All law is in
//! `rules::aktivloven::udbetalinger`; this page only shows it.
//!
//! Its fields (first in this file): the period facts (the same keys and meanings as the ydelse calculator) and
//! one column per month field, and how they become an [`UdbetalingerInput`].
//!
//! A month column is one text value with the months' cells separated by `~` (`ml=20.000~~20.000`): the first
//! cell is the first month. Cells are kept as typed, so a wrong cell never loses the table; each cell is
//! checked on its own ([`celle_fejl`]). The share link carries every month (format version 1, like the other
//! calculators); 24 months of all nine columns stay well below the link's length limit.

use super::lovtekster::LOVTEKSTER;
use super::udbetalinger::{self as skema, Udbetalinger as U};
use super::ydelse::{foerste_aar, FORLOEB};
use crate::indhold::udbetalingsbrev::{brev, brevets_maaneder, kalenderfil, Afsender};
use crate::rules::aktivloven::udbetalinger::{
    antal_tekst, frist_tekst, Dom, Resultat, UdbetalingerInput, Udfald,
};
use crate::rules::penge::kr;
use crate::ui::beregner::{beregner, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::Senere;
use crate::ui::komponenter::{
    felt_id, i_dag, noegle_id, Advarsler, Afkrydsning, Fejloversigt, Forklaringsvisning,
    Maanedsvaelger, Meddelelser, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::Felt;
use crate::ui::tilstand::Tilstand;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------------------------
// The fields (the share link's keys) and how they become the rule's input
// ---------------------------------------------------------------------------------------------------------

use crate::rules::aktivloven::ressourceforloebsydelse::Niveau;
use crate::rules::aktivloven::udbetalinger::{Periode, Raekke, FLEST_MAANEDER};
use crate::rules::tid::Maaned;
use crate::ui::tilstand::felt::{beloeb, dato, decimaltal, heltal, Fejl};
use crate::ui::tilstand::periode::{maks_maaned, periodefakta, NIVEAUER};
use crate::ui::tilstand::{Art, Skema, JA_NEJ};
use chrono::NaiveDate;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Udbetalinger;

/// What a month cell holds (how it is read and checked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Celleart {
    /// Kroner before tax.
    Beloeb,
    /// A date (dag.måned.år).
    Dato,
    /// Hours (a decimal number).
    Timer,
    /// Feriedage (a whole number).
    Dage,
}

/// One month column: its key in the state and the link, its name in messages, its label and help text in the
/// month card, what it holds, and whether it is one of the less common fields (feriepenge, tilbud) that sit
/// folded in the card and are not offered in the paste box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kolonne {
    pub k: UdbetalingerFelt,
    pub navn: &'static str,
    pub label: &'static str,
    pub hjaelp: &'static str,
    pub art: Celleart,
    pub ekstra: bool,
}

/// The most hours a month has (31 × 24), as in the ydelse calculator.
const TIMER_MAKS: u32 = 744;
/// The most feriedage one payment of feriepenge covers, as in the ydelse calculator.
const FERIEDAGE_MAKS: u32 = 25;
/// Feriedage when the cell is empty: one week (as in the ydelse calculator).
const FERIEDAGE_STANDARD: u32 = 5;

/// The month columns, in the order of the month card.
pub const KOLONNER: &[Kolonne] = &[
    Kolonne {
        k: F::Kommunens,
        navn: "Kommunens beløb",
        label: "Kommunen udbetalte (før skat)",
        hjaelp: "",
        art: Celleart::Beloeb,
        ekstra: false,
    },
    Kolonne {
        k: F::Loen,
        navn: "Løn",
        label: "Løn udbetalt i måneden (før skat)",
        hjaelp: "",
        art: Celleart::Beloeb,
        ekstra: false,
    },
    Kolonne {
        k: F::AndenIndtaegt,
        navn: "Anden indtægt",
        label: "Anden indtægt, der trækkes fra",
        hjaelp: "",
        art: Celleart::Beloeb,
        ekstra: false,
    },
    Kolonne {
        k: F::Meddelt,
        navn: "Brevets dato",
        label: "Dagen, du fik brevet om udbetalingen",
        hjaelp: "",
        art: Celleart::Dato,
        ekstra: false,
    },
    Kolonne {
        k: F::Feriepenge,
        navn: "Feriepenge",
        label: "Feriepenge for hele ferien (feriegodtgørelse fra et job, kr. før skat)",
        hjaelp: "Skriv dem i den måned, ferien begyndte. Skriv det samlede beløb for ferien – vi regner selv ud, hvor meget der falder i hver måned. Beløbet står på udbetalingen af dine feriepenge (Feriepengeinfo på borger.dk). Holder du ferie med løn fra dit job, er det løn: skriv det i lønfeltet.",
        art: Celleart::Beloeb,
        ekstra: true,
    },
    Kolonne {
        k: F::FerieStart,
        navn: "Feriens første dag",
        label: "Feriens første dag",
        hjaelp: "Fx 4.3.2024. Lad feltet stå tomt, hvis ferien begyndte den 1. i måneden.",
        art: Celleart::Dato,
        ekstra: true,
    },
    Kolonne {
        k: F::Feriedage,
        navn: "Feriedage",
        label: "Antal feriedage, som feriepengene dækker",
        hjaelp: "Arbejdsdage: 5 for en uge. Tomt: 5 dage.",
        art: Celleart::Dage,
        ekstra: true,
    },
    Kolonne {
        k: F::TilbudIndtaegt,
        navn: "Løn i et tilbud",
        label: "Løn, du fik i et tilbud fra kommunen (ikke din almindelige løn), kr.",
        hjaelp: "Beløbet står på lønsedlen fra tilbuddet. Har du et almindeligt job, skal lønnen stå i feltet «Løn udbetalt i måneden». Virksomhedspraktik er uden løn – skriv intet her. Er du i tvivl, så spørg kommunen.",
        art: Celleart::Beloeb,
        ekstra: true,
    },
    Kolonne {
        k: F::TilbudTimer,
        navn: "Timer i tilbuddet",
        label: "Timer, som lønnen fra tilbuddet dækker",
        hjaelp: "Står på lønsedlen fra tilbuddet. For hver time trækkes et fast beløb ikke fra. Uden timer ville hele lønnen blive trukket fra.",
        art: Celleart::Timer,
        ekstra: true,
    },
];

/// The column of field `k`.
pub fn kolonne(k: UdbetalingerFelt) -> Option<&'static Kolonne> {
    KOLONNER.iter().find(|c| c.k == k)
}

crate::ui::tilstand::felter! {
    /// The fields of «Tjek dine udbetalinger»; the keys are the share link's and must not change. The period
    /// facts have the ydelse calculator's keys and meanings ([`Periodefelt`]).
    pub enum UdbetalingerFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        Start = ("s", "Forløbets start", Art::Tekst, ""),
        Niveau = ("n", "Ydelse før forløbet", Art::Valg(NIVEAUER), "k"),
        Forsoerger = ("fs", "Forsørger", Art::Valg(JA_NEJ), "0"),
        BarnFoedt = ("bf", "Barn født", Art::Tekst, ""),
        Hjemmeboende = ("h", "Bor hjemme hos forældre", Art::Valg(JA_NEJ), "0"),
        Foedselsdato = ("fd", "Fødselsdato", Art::Tekst, ""),
        SdpUge = ("su", "Sygedagpenge om ugen", Art::Tekst, ""),
        SdpStop = ("so", "Retten til sygedagpenge stopper", Art::Tekst, ""),
        LedighedsydelseUge = ("lu", "Ledighedsydelse om ugen", Art::Tekst, ""),
        FoersteMaaned = ("fm", "Første måned", Art::Tekst, ""),
        Antal = ("an", "Antal måneder", Art::Tekst, "6"),
        Kommunens = ("mk", "Kommunens beløb", Art::Tekst, ""),
        Loen = ("ml", "Løn", Art::Tekst, ""),
        AndenIndtaegt = ("mi", "Anden indtægt", Art::Tekst, ""),
        Meddelt = ("mm", "Brevets dato", Art::Tekst, ""),
        Feriepenge = ("mf", "Feriepenge", Art::Tekst, ""),
        FerieStart = ("mfs", "Feriens første dag", Art::Tekst, ""),
        Feriedage = ("mfd", "Feriedage", Art::Tekst, ""),
        TilbudIndtaegt = ("mti", "Løn i et tilbud", Art::Tekst, ""),
        TilbudTimer = ("mtt", "Timer i tilbuddet", Art::Tekst, ""),
    }
}
use UdbetalingerFelt as F;

crate::ui::tilstand::periode::periodefelter!(UdbetalingerFelt);

impl Skema for Udbetalinger {
    type Felt = UdbetalingerFelt;
    type Input = crate::rules::aktivloven::udbetalinger::UdbetalingerInput;
    type Resultat = crate::rules::aktivloven::udbetalinger::Resultat;
    fn til_input(t: &Tilstand<Self>) -> Result<Self::Input, Vec<Fejl>> {
        til_input(t)
    }
    fn regn(i: &Self::Input) -> Self::Resultat {
        crate::rules::aktivloven::udbetalinger::beregn(i)
    }
    fn udfald(r: &Self::Resultat) -> &'static str {
        match r.udfald {
            crate::rules::aktivloven::udbetalinger::Udfald::Beregnet(_) => "beregnet",
            _ => "regel: ugyldig",
        }
    }
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Udbetalinger;
    const LISTER: &'static [(F, usize)] = &[
        (F::Kommunens, FLEST_MAANEDER),
        (F::Loen, FLEST_MAANEDER),
        (F::AndenIndtaegt, FLEST_MAANEDER),
        (F::Meddelt, FLEST_MAANEDER),
        (F::Feriepenge, FLEST_MAANEDER),
        (F::FerieStart, FLEST_MAANEDER),
        (F::Feriedage, FLEST_MAANEDER),
        (F::TilbudIndtaegt, FLEST_MAANEDER),
        (F::TilbudTimer, FLEST_MAANEDER),
    ];
}

/// The number of months (1–24; anything else reads as 6).
pub fn antal(t: &Tilstand<Udbetalinger>) -> usize {
    t.hent(F::Antal)
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=FLEST_MAANEDER).contains(n))
        .unwrap_or(6)
}

/// The months of the table, or `None` without a valid first month.
pub fn maaneder(t: &Tilstand<Udbetalinger>) -> Option<Vec<Maaned>> {
    let mut m = Maaned::parse(t.hent(F::FoersteMaaned))?;
    let mut v = Vec::new();
    for _ in 0..antal(t) {
        v.push(m);
        m = m.naeste();
    }
    Some(v)
}

/// The cell of column `k` for month `i` ("" when empty).
pub fn celle(t: &Tilstand<Udbetalinger>, k: UdbetalingerFelt, i: usize) -> String {
    t.hent(k).split('~').nth(i).unwrap_or("").to_string()
}

/// Sets one cell; the column grows with empty cells as needed and `~` is removed from the value.
pub fn saet_celle(t: &mut Tilstand<Udbetalinger>, k: UdbetalingerFelt, i: usize, v: &str) {
    let mut celler: Vec<String> = t.hent(k).split('~').map(str::to_string).collect();
    if i >= FLEST_MAANEDER {
        return;
    }
    while celler.len() <= i {
        celler.push(String::new());
    }
    celler[i] = v.replace('~', "");
    while celler.last().is_some_and(String::is_empty) {
        celler.pop();
    }
    t.saet(k, &celler.join("~"));
}

/// Pastes a column of values (one per line, or separated by tabs or semicolons, as from a spreadsheet or a
/// notice) into column `k` from month `fra`. Empty lines are skipped. Returns how many cells were filled.
pub fn indsaet(
    t: &mut Tilstand<Udbetalinger>,
    k: UdbetalingerFelt,
    fra: usize,
    tekst: &str,
) -> usize {
    let vaerdier: Vec<&str> = tekst
        .split(['\n', '\r', '\t', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut n = 0;
    for (j, v) in vaerdier.iter().enumerate() {
        if fra + j >= FLEST_MAANEDER {
            break;
        }
        saet_celle(t, k, fra + j, v);
        n += 1;
    }
    n
}

/// The problem with one cell, in Danish, or `None`. Besides its own format: pay in a tilbud needs its hours
/// (§ 68 a, stk. 3: without them the whole pay would be deducted), and a holiday's first day or days need the
/// feriepenge (as in the ydelse calculator).
pub fn celle_fejl(t: &Tilstand<Udbetalinger>, k: UdbetalingerFelt, i: usize) -> Option<String> {
    let v = celle(t, k, i);
    let art = kolonne(k).map_or(Celleart::Beloeb, |c| c.art);
    let egen = match art {
        Celleart::Beloeb => beloeb(&v, maks_maaned()).err(),
        Celleart::Dato => dato(&v).err(),
        Celleart::Timer => decimaltal(&v, Decimal::from(TIMER_MAKS), "timer").err(),
        Celleart::Dage => heltal(&v, FERIEDAGE_MAKS, "feriedage").err(),
    };
    if egen.is_some() {
        return egen;
    }
    let tom = |k: UdbetalingerFelt| celle(t, k, i).trim().is_empty();
    match k {
        F::TilbudTimer => {
            let loen = beloeb(&celle(t, F::TilbudIndtaegt, i), maks_maaned())
                .ok()
                .flatten();
            let timer = decimaltal(&v, Decimal::from(TIMER_MAKS), "timer")
                .ok()
                .flatten();
            (loen.is_some_and(|l| !l.is_zero()) && timer.is_none_or(|x| x.is_zero())).then(|| {
                "Skriv, hvor mange timer lønnen fra tilbuddet dækker. Uden timer ville vi trække hele beløbet fra.".to_string()
            })
        }
        F::Feriepenge if tom(F::Feriepenge) && !(tom(F::FerieStart) && tom(F::Feriedage)) => Some(
            "Skriv feriepengenes beløb, eller slet feriens første dag og feriedagene.".to_string(),
        ),
        _ => None,
    }
}

/// The rule input (with `i_dag` = the first day of the first month: the page sets today), or every problem.
pub fn til_input(t: &Tilstand<Udbetalinger>) -> Result<UdbetalingerInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let maks = maks_maaned();
    let p = periodefakta(t, &mut fejl);
    let Some(mdr) = maaneder(t) else {
        fejl.insert(
            0,
            Fejl::ny(F::FoersteMaaned, "Vælg den første måned, du vil tjekke."),
        );
        return Err(fejl);
    };
    let Some(start) = p.start(&mut fejl) else {
        return Err(fejl);
    };
    let niveau = p.niveau;
    let mut raekker = Vec::new();
    for (i, m) in mdr.iter().enumerate() {
        let mut r = Raekke::ny(*m);
        for c in KOLONNER {
            if let Some(e) = celle_fejl(t, c.k, i) {
                fejl.push(Fejl::ny(c.k, format!("{} for {}: {e}", c.navn, m.tekst())));
            }
        }
        r.kommunens = beloeb(&celle(t, F::Kommunens, i), maks).ok().flatten();
        r.loen = beloeb(&celle(t, F::Loen, i), maks)
            .ok()
            .flatten()
            .unwrap_or_default();
        r.anden_indtaegt = beloeb(&celle(t, F::AndenIndtaegt, i), maks)
            .ok()
            .flatten()
            .unwrap_or_default();
        r.meddelt = dato(&celle(t, F::Meddelt, i)).ok().flatten();
        // Feriepenge as in the ydelse calculator: without a first day the holiday begins on the 1st, without
        // days it is one week.
        if let Some(fg) = beloeb(&celle(t, F::Feriepenge, i), maks).ok().flatten() {
            r.ferie_godtgoerelse = fg;
            r.ferie_start = dato(&celle(t, F::FerieStart, i))
                .ok()
                .flatten()
                .or(Some(m.foerste_dag()));
            r.feriedage = heltal(&celle(t, F::Feriedage, i), FERIEDAGE_MAKS, "feriedage")
                .ok()
                .flatten()
                .unwrap_or(FERIEDAGE_STANDARD);
        }
        r.tilbud_indtaegt = beloeb(&celle(t, F::TilbudIndtaegt, i), maks)
            .ok()
            .flatten()
            .unwrap_or_default();
        r.tilbud_timer = decimaltal(
            &celle(t, F::TilbudTimer, i),
            Decimal::from(TIMER_MAKS),
            "timer",
        )
        .ok()
        .flatten()
        .unwrap_or_default();
        raekker.push(r);
    }
    let foerste = mdr.first().map(|m| m.foerste_dag());
    let sidste = mdr.last().map(|m| m.sidste_dag());
    let i_perioden =
        |d: NaiveDate| foerste.is_some_and(|f| d >= f) && sidste.is_some_and(|s| d <= s);
    // «Et barn under 18 bor hos mig» with the day it came: before the period forsørger all along; inside it
    // the month of that day is split and later months are forsørger (the rules module).
    let mut forsoerger = p.barn_bor_hos;
    if let (true, Some(b)) = (forsoerger, p.barn) {
        if i_perioden(b) {
            forsoerger = false;
            if let Some(r) = raekker.iter_mut().find(|r| Maaned::af_dato(b) == r.maaned) {
                r.barn_foedt = Some(b);
            }
        } else if sidste.is_some_and(|s| b > s) {
            forsoerger = false;
        }
    }
    // § 68, stk. 4: the day the sygedagpenge right ended: inside the period on its month's row, else for the
    // whole period.
    let mut periode_sdp = None;
    if let Some(d) = p.sdp_stop {
        match raekker.iter_mut().find(|r| Maaned::af_dato(d) == r.maaned) {
            Some(r) => r.sdp_ophoer = Some(d),
            None => periode_sdp = Some(d),
        }
    }
    if niveau == Niveau::Sygedagpenge && !p.jobafklaring && p.sdp.is_none() {
        fejl.push(Fejl::ny(
            F::SdpUge,
            "Skriv, hvor mange sygedagpenge du fik om ugen, før forløbet begyndte.",
        ));
    }
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(UdbetalingerInput {
        periode: Periode {
            forloeb: p.forloeb(),
            forloeb_start: start,
            afgoerelse: None,
            niveau,
            forsoerger,
            hjemmeboende: p.hjemmeboende,
            foedselsdato: p.foedt,
            normalbidrag: None,
            sdp_uge: p.sdp,
            sdp_ophoer: periode_sdp,
            ledighedsydelse_uge: p.ly,
        },
        maaneder: raekker,
        i_dag: foerste.unwrap_or_default(),
    })
}

// ---------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------

const ICS_FIL: &str = "klagefrister-udbetalinger.ics";

/// The check with today's date (the rules never read the clock; the page does).
fn beregn_i_dag(i: &UdbetalingerInput) -> Resultat {
    let mut i = i.clone();
    i.i_dag = i_dag();
    U::regn(&i)
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
pub fn Side() -> impl IntoView {
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
        U::til_input,
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
            <Afkrydsning tilstand=t k=F::Forsoerger label=LOVTEKSTER.forsoerger hjaelp="Barnet skal bo hos dig. Betaler du børnebidrag til et barn, der bor hos den anden forælder, så sæt ikke kryds her." />
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tilstand::{fra_fragment, til_fragment};

    fn t() -> Tilstand<Udbetalinger> {
        Tilstand::<Udbetalinger>::default()
            .med(F::FoersteMaaned, "2024-01")
            .med(F::Start, "1.6.2023")
            .med(F::Forsoerger, "1")
    }

    #[test]
    fn a_pasted_column_fills_the_cells_and_the_link_round_trips() {
        let mut a = t();
        let n = indsaet(
            &mut a,
            F::Kommunens,
            0,
            "16.382,00\r\n14359,65 kr.\n\n9.462,75\t12.326\n16382\n16.381,50",
        );
        assert_eq!(n, 6);
        assert_eq!(celle(&a, F::Kommunens, 1), "14359,65 kr.");
        saet_celle(&mut a, F::Loen, 2, "20.000");
        let q = til_fragment(&a);
        let b = fra_fragment::<Udbetalinger>(&q);
        assert!(b.problemer.is_empty(), "{:?}", b.problemer);
        assert_eq!(b.tilstand, a);
        let i = til_input(&a).unwrap();
        assert_eq!(i.maaneder.len(), 6);
        assert_eq!(i.maaneder[1].kommunens, Some(Decimal::new(1435965, 2)));
        assert_eq!(i.maaneder[2].loen, Decimal::from(20000));
        assert_eq!(i.maaneder[0].loen, Decimal::ZERO);
    }

    #[test]
    fn a_wrong_cell_is_an_error_of_its_own_and_keeps_the_table() {
        let mut a = t();
        saet_celle(&mut a, F::Kommunens, 3, "tolv tusind");
        saet_celle(&mut a, F::Kommunens, 4, "16.382");
        assert!(celle_fejl(&a, F::Kommunens, 3).is_some());
        assert!(celle_fejl(&a, F::Kommunens, 4).is_none());
        let e = til_input(&a).unwrap_err();
        assert_eq!(e.len(), 1);
        assert!(e[0].tekst.contains("april 2024"), "{e:?}");
        assert_eq!(celle(&a, F::Kommunens, 4), "16.382");
    }

    #[test]
    fn a_child_born_in_the_period_is_put_on_its_month() {
        let a = t().med(F::BarnFoedt, "16.3.2024");
        let i = til_input(&a).unwrap();
        assert!(!i.periode.forsoerger);
        assert_eq!(
            i.maaneder[2].barn_foedt,
            NaiveDate::from_ymd_opt(2024, 3, 16)
        );
    }

    #[test]
    fn feriepenge_and_pay_in_a_tilbud_go_on_their_month() {
        let mut a = t();
        saet_celle(&mut a, F::Feriepenge, 1, "7.500");
        saet_celle(&mut a, F::TilbudIndtaegt, 2, "3.000");
        saet_celle(&mut a, F::TilbudTimer, 2, "37,5");
        saet_celle(&mut a, F::Feriepenge, 4, "2.000");
        saet_celle(&mut a, F::FerieStart, 4, "27.5.2024");
        saet_celle(&mut a, F::Feriedage, 4, "10");
        let b = fra_fragment::<Udbetalinger>(&til_fragment(&a));
        assert!(b.problemer.is_empty(), "{:?}", b.problemer);
        assert_eq!(b.tilstand, a);
        let i = til_input(&a).unwrap();
        let feb = &i.maaneder[1];
        assert_eq!(feb.ferie_godtgoerelse, Decimal::from(7500));
        assert_eq!(feb.ferie_start, NaiveDate::from_ymd_opt(2024, 2, 1));
        assert_eq!(feb.feriedage, 5);
        assert_eq!(i.maaneder[2].tilbud_indtaegt, Decimal::from(3000));
        assert_eq!(i.maaneder[2].tilbud_timer, Decimal::new(375, 1));
        let maj = &i.maaneder[4];
        assert_eq!(maj.ferie_start, NaiveDate::from_ymd_opt(2024, 5, 27));
        assert_eq!(maj.feriedage, 10);
        assert_eq!(i.maaneder[0].ferie_godtgoerelse, Decimal::ZERO);
        assert_eq!(i.maaneder[0].ferie_start, None);
    }

    #[test]
    fn tilbud_pay_without_hours_and_holiday_days_without_feriepenge_are_cell_errors() {
        let mut a = t();
        saet_celle(&mut a, F::TilbudIndtaegt, 0, "3.000");
        saet_celle(&mut a, F::Feriedage, 3, "5");
        saet_celle(&mut a, F::TilbudTimer, 5, "800");
        let timer = celle_fejl(&a, F::TilbudTimer, 0).unwrap();
        assert!(timer.contains("timer"), "{timer}");
        assert!(celle_fejl(&a, F::Feriepenge, 3)
            .unwrap()
            .contains("feriepengenes beløb"));
        assert!(celle_fejl(&a, F::TilbudTimer, 5)
            .unwrap()
            .contains("højst 744 timer"));
        let e = til_input(&a).unwrap_err();
        let felter: Vec<_> = e.iter().map(|f| f.felt).collect();
        assert_eq!(felter, ["mtt", "mf", "mtt"], "{e:?}");
        assert!(
            e[0].tekst
                .starts_with("Timer i tilbuddet for januar 2024: "),
            "{e:?}"
        );
        saet_celle(&mut a, F::TilbudTimer, 0, "20");
        assert_eq!(celle_fejl(&a, F::TilbudTimer, 0), None);
        assert_eq!(celle(&a, F::TilbudIndtaegt, 0), "3.000");
    }
}
