//! «Tjek dine udbetalinger»: the period facts (the same keys and meanings as the ydelse calculator) and one
//! column per month field, and how they become an [`UdbetalingerInput`].
//!
//! A month column is one text value with the months' cells separated by `~` (`ml=20.000~~20.000`): the first
//! cell is the first month. Cells are kept as typed, so a wrong cell never loses the table; each cell is
//! checked on its own ([`celle_fejl`]). The share link carries every month (format version 1, like the other
//! calculators); 24 months of all nine columns stay well below the link's length limit.

use super::felt::{beloeb, dato, decimaltal, heltal, Fejl};
use super::ydelse::{maks_maaned, periodefakta, NIVEAUER};
use super::{Art, Skema, Tilstand, JA_NEJ};
use crate::rules::aktivloven::ressourceforloebsydelse::Niveau;
use crate::rules::aktivloven::udbetalinger::{Periode, Raekke, UdbetalingerInput, FLEST_MAANEDER};
use crate::rules::tid::Maaned;
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

felter! {
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

super::ydelse::periodefelter!(UdbetalingerFelt);

impl Skema for Udbetalinger {
    type Felt = UdbetalingerFelt;
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
