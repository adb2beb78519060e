//! «Tjek dine udbetalinger»: the period facts (the same keys and meanings as the ydelse calculator) and one
//! column per month field, and how they become an [`UdbetalingerInput`].
//!
//! A month column is one text value with the months' cells separated by `~` (`ml=20.000~~20.000`): the first
//! cell is the first month. Cells are kept as typed, so a wrong cell never loses the table; each cell is
//! checked on its own ([`celle_fejl`]). The share link carries every month (format version 1, like the other
//! calculators); 24 months of four columns stay far below the link's length limit.

use super::felt::{beloeb, dato, laes, Fejl};
use super::ydelse::{maks_maaned, NIVEAUER};
use super::{Art, Noegle, Skema, Tilstand, JA_NEJ};
use crate::rules::aktivloven::ressourceforloebsydelse::Niveau;
use crate::rules::aktivloven::udbetalinger::{Periode, Raekke, UdbetalingerInput, FLEST_MAANEDER};
use crate::rules::lovdata::Forloebstype;
use crate::rules::tid::Maaned;
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Udbetalinger;

/// The month columns: (key, name in messages, label in the table, is a date).
pub const KOLONNER: &[(&str, &str, &str, bool)] = &[
    (
        "mk",
        "Kommunens beløb",
        "Kommunen udbetalte (før skat)",
        false,
    ),
    ("ml", "Løn", "Løn udbetalt i måneden (før skat)", false),
    (
        "mi",
        "Anden indtægt",
        "Anden indtægt, der trækkes fra",
        false,
    ),
    (
        "mm",
        "Brevets dato",
        "Dagen, du fik brevet om udbetalingen",
        true,
    ),
];

impl Skema for Udbetalinger {
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Udbetalinger;
    const LISTER: &'static [(&'static str, usize)] = &[
        ("mk", FLEST_MAANEDER),
        ("ml", FLEST_MAANEDER),
        ("mi", FLEST_MAANEDER),
        ("mm", FLEST_MAANEDER),
    ];
    const NOEGLER: &'static [Noegle] = &[
        Noegle {
            k: "f",
            navn: "Forløb",
            art: Art::Valg(&["r", "j"]),
            standard: "r",
        },
        Noegle {
            k: "s",
            navn: "Forløbets start",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "n",
            navn: "Ydelse før forløbet",
            art: Art::Valg(NIVEAUER),
            standard: "k",
        },
        Noegle {
            k: "fs",
            navn: "Forsørger",
            art: Art::Valg(JA_NEJ),
            standard: "0",
        },
        Noegle {
            k: "bf",
            navn: "Barn født",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "h",
            navn: "Hjemmeboende under 25",
            art: Art::Valg(JA_NEJ),
            standard: "0",
        },
        Noegle {
            k: "fd",
            navn: "Fødselsdato",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "su",
            navn: "Sygedagpenge om ugen",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "so",
            navn: "Retten til sygedagpenge stopper",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "lu",
            navn: "Ledighedsydelse om ugen",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "fm",
            navn: "Første måned",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "an",
            navn: "Antal måneder",
            art: Art::Tekst,
            standard: "6",
        },
        Noegle {
            k: "mk",
            navn: "Kommunens beløb",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "ml",
            navn: "Løn",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "mi",
            navn: "Anden indtægt",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "mm",
            navn: "Brevets dato",
            art: Art::Tekst,
            standard: "",
        },
    ];
}

/// The number of months (1–24; anything else reads as 6).
pub fn antal(t: &Tilstand<Udbetalinger>) -> usize {
    t.hent("an")
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=FLEST_MAANEDER).contains(n))
        .unwrap_or(6)
}

/// The months of the table, or `None` without a valid first month.
pub fn maaneder(t: &Tilstand<Udbetalinger>) -> Option<Vec<Maaned>> {
    let mut m = Maaned::parse(t.hent("fm"))?;
    let mut v = Vec::new();
    for _ in 0..antal(t) {
        v.push(m);
        m = m.naeste();
    }
    Some(v)
}

/// The cell of column `k` for month `i` ("" when empty).
pub fn celle(t: &Tilstand<Udbetalinger>, k: &str, i: usize) -> String {
    t.hent(k).split('~').nth(i).unwrap_or("").to_string()
}

/// Sets one cell; the column grows with empty cells as needed and `~` is removed from the value.
pub fn saet_celle(t: &mut Tilstand<Udbetalinger>, k: &str, i: usize, v: &str) {
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
pub fn indsaet(t: &mut Tilstand<Udbetalinger>, k: &str, fra: usize, tekst: &str) -> usize {
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

/// The problem with one cell, in Danish, or `None`.
pub fn celle_fejl(t: &Tilstand<Udbetalinger>, k: &str, i: usize) -> Option<String> {
    let v = celle(t, k, i);
    let dato_kolonne = KOLONNER.iter().any(|(kk, _, _, d)| *kk == k && *d);
    if dato_kolonne {
        dato(&v).err()
    } else {
        beloeb(&v, maks_maaned()).err()
    }
}

/// The rule input (with `i_dag` = the first day of the first month: the page sets today), or every problem.
pub fn til_input(t: &Tilstand<Udbetalinger>) -> Result<UdbetalingerInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let maks = maks_maaned();
    let start = laes(&mut fejl, "s", dato(t.hent("s")));
    let foedt = laes(&mut fejl, "fd", dato(t.hent("fd")));
    let barn = laes(&mut fejl, "bf", dato(t.hent("bf")));
    let sdp = laes(&mut fejl, "su", beloeb(t.hent("su"), maks));
    let sdp_stop = laes(&mut fejl, "so", dato(t.hent("so")));
    let ly = laes(&mut fejl, "lu", beloeb(t.hent("lu"), maks));
    let Some(mdr) = maaneder(t) else {
        fejl.insert(0, Fejl::ny("fm", "Vælg den første måned, du vil tjekke."));
        return Err(fejl);
    };
    let Some(start) = start else {
        if !fejl.iter().any(|e| e.felt == "s") {
            fejl.insert(0, Fejl::ny("s", "Skriv datoen, hvor dit forløb begyndte."));
        }
        return Err(fejl);
    };
    let jobafklaring = t.hent("f") == "j";
    let niveau = match t.hent("n") {
        _ if jobafklaring => Niveau::Kontanthjaelp,
        "s" => Niveau::Sygedagpenge,
        "l" => Niveau::Ledighedsydelse,
        "lk" => Niveau::LedighedsydelseKontanthjaelp,
        "p" => Niveau::Foertidspension,
        _ => Niveau::Kontanthjaelp,
    };
    let mut raekker = Vec::new();
    for (i, m) in mdr.iter().enumerate() {
        let mut r = Raekke::ny(*m);
        for (k, navn, _, _) in KOLONNER {
            if let Some(e) = celle_fejl(t, k, i) {
                fejl.push(Fejl::ny(k, format!("{} for {}: {e}", navn, m.tekst())));
            }
        }
        r.kommunens = beloeb(&celle(t, "mk", i), maks).ok().flatten();
        r.loen = beloeb(&celle(t, "ml", i), maks)
            .ok()
            .flatten()
            .unwrap_or_default();
        r.anden_indtaegt = beloeb(&celle(t, "mi", i), maks)
            .ok()
            .flatten()
            .unwrap_or_default();
        r.meddelt = dato(&celle(t, "mm", i)).ok().flatten();
        raekker.push(r);
    }
    let foerste = mdr.first().map(|m| m.foerste_dag());
    let sidste = mdr.last().map(|m| m.sidste_dag());
    let i_perioden =
        |d: NaiveDate| foerste.is_some_and(|f| d >= f) && sidste.is_some_and(|s| d <= s);
    // «Et barn under 18 bor hos mig» with the day it came: before the period forsørger all along; inside it
    // the month of that day is split and later months are forsørger (the rules module).
    let mut forsoerger = t.ja("fs");
    if let (true, Some(b)) = (forsoerger, barn) {
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
    if let Some(d) = sdp_stop {
        match raekker.iter_mut().find(|r| Maaned::af_dato(d) == r.maaned) {
            Some(r) => r.sdp_ophoer = Some(d),
            None => periode_sdp = Some(d),
        }
    }
    if niveau == Niveau::Sygedagpenge && !jobafklaring && sdp.is_none() {
        fejl.push(Fejl::ny(
            "su",
            "Skriv, hvor mange sygedagpenge du fik om ugen, før forløbet begyndte.",
        ));
    }
    if !fejl.is_empty() {
        return Err(fejl);
    }
    Ok(UdbetalingerInput {
        periode: Periode {
            forloeb: if jobafklaring {
                Forloebstype::Jobafklaring
            } else {
                Forloebstype::Ressourceforloeb
            },
            forloeb_start: start,
            afgoerelse: None,
            niveau,
            forsoerger,
            hjemmeboende: t.ja("h"),
            foedselsdato: foedt,
            normalbidrag: None,
            sdp_uge: sdp,
            sdp_ophoer: periode_sdp,
            ledighedsydelse_uge: ly,
        },
        maaneder: raekker,
        i_dag: foerste.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tilstand::{fra_fragment, til_fragment};
    use rust_decimal::Decimal;

    fn t() -> Tilstand<Udbetalinger> {
        Tilstand::<Udbetalinger>::default()
            .med("fm", "2024-01")
            .med("s", "1.6.2023")
            .med("fs", "1")
    }

    #[test]
    fn a_pasted_column_fills_the_cells_and_the_link_round_trips() {
        let mut a = t();
        let n = indsaet(
            &mut a,
            "mk",
            0,
            "16.382,00\r\n14359,65 kr.\n\n9.462,75\t12.326\n16382\n16.381,50",
        );
        assert_eq!(n, 6);
        assert_eq!(celle(&a, "mk", 1), "14359,65 kr.");
        saet_celle(&mut a, "ml", 2, "20.000");
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
        saet_celle(&mut a, "mk", 3, "tolv tusind");
        saet_celle(&mut a, "mk", 4, "16.382");
        assert!(celle_fejl(&a, "mk", 3).is_some());
        assert!(celle_fejl(&a, "mk", 4).is_none());
        let e = til_input(&a).unwrap_err();
        assert_eq!(e.len(), 1);
        assert!(e[0].tekst.contains("april 2024"), "{e:?}");
        assert_eq!(celle(&a, "mk", 4), "16.382");
    }

    #[test]
    fn a_child_born_in_the_period_is_put_on_its_month() {
        let a = t().med("bf", "16.3.2024");
        let i = til_input(&a).unwrap();
        assert!(!i.periode.forsoerger);
        assert_eq!(
            i.maaneder[2].barn_foedt,
            NaiveDate::from_ymd_opt(2024, 3, 16)
        );
    }
}
