//! Danish public holidays (søn- og helligdage), needed to count *hverdage* for when an ordinary letter
//! counts as received (retssikkerhedsloven § 67; fortolkning F18).
//!
//! The holidays are the folkekirke's: nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, store
//! bededag (until it was abolished, [`datoer::STORE_BEDEDAG_AFSKAFFET`]), Kristi himmelfartsdag, pinsedag,
//! 2. pinsedag, juledag and 2. juledag. Grundlovsdag, juleaften and nytårsaften are not helligdage. Easter
//! moves each year and is computed (Gregorian calendar), not tabulated.

use super::lovdata::datoer;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of `aar` (the anonymous Gregorian algorithm, «Meeus/Jones/Butcher»).
pub fn paaskedag(aar: i32) -> Option<NaiveDate> {
    let a = aar.rem_euclid(19);
    let b = aar.div_euclid(100);
    let c = aar.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let maaned = (h + l - 7 * m + 114) / 31;
    let dag = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(aar, u32::try_from(maaned).ok()?, u32::try_from(dag).ok()?)
}

/// The name of the helligdag on `d`, if it is one.
pub fn helligdag(d: NaiveDate) -> Option<&'static str> {
    match (d.month(), d.day()) {
        (1, 1) => return Some("nytårsdag"),
        (12, 25) => return Some("juledag"),
        (12, 26) => return Some("2. juledag"),
        _ => {}
    }
    let paaske = paaskedag(d.year())?;
    let efter = (d - paaske).num_days();
    match efter {
        -3 => Some("skærtorsdag"),
        -2 => Some("langfredag"),
        0 => Some("påskedag"),
        1 => Some("2. påskedag"),
        26 if d < datoer::STORE_BEDEDAG_AFSKAFFET.dato => Some("store bededag"),
        39 => Some("Kristi himmelfartsdag"),
        49 => Some("pinsedag"),
        50 => Some("2. pinsedag"),
        _ => None,
    }
}

/// Grundlovsdag, juleaftensdag and nytårsaftensdag: not helligdage (so a deadline on them is not moved, F19),
/// but days many offices are closed.
pub fn saerlig_dag(d: NaiveDate) -> Option<&'static str> {
    match (d.month(), d.day()) {
        (6, 5) => Some("grundlovsdag"),
        (12, 24) => Some("juleaftensdag"),
        (12, 31) => Some("nytårsaftensdag"),
        _ => None,
    }
}

/// Why `d` is not a hverdag: "lørdag", "søndag" or the helligdag's name. `med_loerdag`: count Saturdays as
/// hverdage (the alternative reading of "hverdage").
pub fn ikke_hverdag(d: NaiveDate, med_loerdag: bool) -> Option<&'static str> {
    match d.weekday() {
        Weekday::Sun => Some("søndag"),
        Weekday::Sat if !med_loerdag => Some("lørdag"),
        _ => helligdag(d),
    }
}

/// The `n`-th hverdag after `d`, and the non-hverdage skipped on the way (date, reason).
pub fn hverdage_efter(
    d: NaiveDate,
    n: u32,
    med_loerdag: bool,
    med_helligdage: bool,
) -> Option<(NaiveDate, Vec<(NaiveDate, &'static str)>)> {
    let mut dag = d;
    let mut talt = 0;
    let mut sprunget = Vec::new();
    while talt < n {
        dag = dag.checked_add_days(Days::new(1))?;
        let grund = match dag.weekday() {
            Weekday::Sun => Some("søndag"),
            Weekday::Sat if !med_loerdag => Some("lørdag"),
            _ if med_helligdage => helligdag(dag),
            _ => None,
        };
        match grund {
            Some(g) => sprunget.push((dag, g)),
            None => talt += 1,
        }
    }
    Some((dag, sprunget))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn easter_in_known_years() {
        assert_eq!(paaskedag(2024), Some(d(2024, 3, 31)));
        assert_eq!(paaskedag(2025), Some(d(2025, 4, 20)));
        assert_eq!(paaskedag(2026), Some(d(2026, 4, 5)));
        assert_eq!(paaskedag(2019), Some(d(2019, 4, 21)));
        assert_eq!(paaskedag(2038), Some(d(2038, 4, 25)));
    }

    #[test]
    fn holidays_of_2023_and_2026() {
        assert_eq!(helligdag(d(2023, 5, 5)), Some("store bededag"));
        assert_eq!(helligdag(d(2024, 4, 26)), None);
        assert_eq!(helligdag(d(2026, 4, 2)), Some("skærtorsdag"));
        assert_eq!(helligdag(d(2026, 5, 14)), Some("Kristi himmelfartsdag"));
        assert_eq!(helligdag(d(2026, 5, 25)), Some("2. pinsedag"));
        assert_eq!(helligdag(d(2026, 6, 5)), None);
        assert_eq!(helligdag(d(2026, 12, 24)), None);
    }

    #[test]
    fn six_hverdage_after_a_letter() {
        // Reference worked example 5: letter dated Mon 2 Mar 2026 → received Tue 10 Mar.
        let (dag, sprunget) = hverdage_efter(d(2026, 3, 2), 6, false, true).unwrap();
        assert_eq!(dag, d(2026, 3, 10));
        assert_eq!(sprunget.len(), 2);
        // Over Easter 2026 (2–6 April are skærtorsdag … 2. påskedag).
        let (dag, _) = hverdage_efter(d(2026, 3, 31), 6, false, true).unwrap();
        assert_eq!(dag, d(2026, 4, 13));
        let (dag, _) = hverdage_efter(d(2026, 3, 31), 6, true, false).unwrap();
        assert_eq!(dag, d(2026, 4, 7));
    }

    // Added for mutation testing (tests/MUTANTER.md). Easter dates from an independent implementation of the
    // Gregorian computus (python-dateutil's `easter`), across four centuries and both extremes (22 March,
    // 25 April).
    #[test]
    fn easter_across_the_centuries() {
        for (y, m, dd) in [
            (1818, 3, 22),
            (1900, 4, 15),
            // Easter in early April with a small epact term (h < 10 but h + l ≥ 10): found by mutation testing.
            (1934, 4, 1),
            (1953, 4, 5),
            (1943, 4, 25),
            (1954, 4, 18),
            (1961, 4, 2),
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2013, 3, 31),
            (2016, 3, 27),
            (2018, 4, 1),
            (2027, 3, 28),
            (2049, 4, 18),
            (2100, 3, 28),
            (2160, 3, 23),
            (2200, 4, 6),
            (2285, 3, 22),
        ] {
            assert_eq!(paaskedag(y), Some(d(y, m, dd)), "påskedag {y}");
        }
    }

    #[test]
    fn every_helligdag_of_2024_and_the_days_around_easter() {
        // Easter Sunday 2024 is 31 March; store bededag was abolished from 2024.
        let navne = [
            (d(2024, 1, 1), Some("nytårsdag")),
            (d(2024, 3, 27), None),
            (d(2024, 3, 28), Some("skærtorsdag")),
            (d(2024, 3, 29), Some("langfredag")),
            (d(2024, 3, 30), None),
            (d(2024, 3, 31), Some("påskedag")),
            (d(2024, 4, 1), Some("2. påskedag")),
            (d(2024, 4, 2), None),
            (d(2024, 4, 26), None),
            (d(2024, 5, 9), Some("Kristi himmelfartsdag")),
            (d(2024, 5, 19), Some("pinsedag")),
            (d(2024, 5, 20), Some("2. pinsedag")),
            (d(2024, 5, 21), None),
            (d(2024, 12, 24), None),
            (d(2024, 12, 25), Some("juledag")),
            (d(2024, 12, 26), Some("2. juledag")),
            (d(2024, 12, 31), None),
            (d(2023, 5, 5), Some("store bededag")),
            (d(2023, 12, 31), None),
        ];
        for (dag, navn) in navne {
            assert_eq!(helligdag(dag), navn, "{dag}");
        }
    }

    #[test]
    fn special_days_are_named_but_are_not_helligdage() {
        assert_eq!(saerlig_dag(d(2026, 6, 5)), Some("grundlovsdag"));
        assert_eq!(saerlig_dag(d(2026, 12, 24)), Some("juleaftensdag"));
        assert_eq!(saerlig_dag(d(2026, 12, 31)), Some("nytårsaftensdag"));
        assert_eq!(saerlig_dag(d(2026, 6, 4)), None);
        assert_eq!(saerlig_dag(d(2026, 12, 25)), None);
        assert_eq!(helligdag(d(2026, 6, 5)), None);
    }

    #[test]
    fn why_a_day_is_not_a_hverdag() {
        // Saturday 7 and Sunday 8 March 2026; Monday 9 March; Saturday 26 December 2026 is 2. juledag.
        assert_eq!(ikke_hverdag(d(2026, 3, 8), false), Some("søndag"));
        assert_eq!(ikke_hverdag(d(2026, 3, 8), true), Some("søndag"));
        assert_eq!(ikke_hverdag(d(2026, 3, 7), false), Some("lørdag"));
        assert_eq!(ikke_hverdag(d(2026, 3, 7), true), None);
        assert_eq!(ikke_hverdag(d(2026, 3, 9), false), None);
        assert_eq!(ikke_hverdag(d(2026, 12, 26), true), Some("2. juledag"));
        assert_eq!(ikke_hverdag(d(2026, 4, 3), false), Some("langfredag"));
    }

    #[test]
    fn hverdage_skipped_are_listed_with_their_reason() {
        // From Friday 27 March 2026, 3 hverdage: Mon 30, Tue 31 March, Wed 1 April; the weekend is skipped.
        let (dag, sprunget) = hverdage_efter(d(2026, 3, 27), 3, false, true).unwrap();
        assert_eq!(dag, d(2026, 4, 1));
        assert_eq!(
            sprunget,
            vec![(d(2026, 3, 28), "lørdag"), (d(2026, 3, 29), "søndag")]
        );
        // Saturdays counted: Sat 28, Mon 30, Tue 31.
        let (dag, sprunget) = hverdage_efter(d(2026, 3, 27), 3, true, true).unwrap();
        assert_eq!(dag, d(2026, 3, 31));
        assert_eq!(sprunget, vec![(d(2026, 3, 29), "søndag")]);
        // Over Easter with and without the helligdage: Wed 1 April + 1 hverdag.
        let (dag, sprunget) = hverdage_efter(d(2026, 4, 1), 1, false, true).unwrap();
        assert_eq!(dag, d(2026, 4, 7));
        assert_eq!(sprunget.len(), 5);
        assert_eq!(sprunget[0], (d(2026, 4, 2), "skærtorsdag"));
        let (dag, sprunget) = hverdage_efter(d(2026, 4, 1), 1, false, false).unwrap();
        assert_eq!(dag, d(2026, 4, 2));
        assert!(sprunget.is_empty());
        // Zero hverdage: the same day.
        assert_eq!(
            hverdage_efter(d(2026, 3, 27), 0, false, true),
            Some((d(2026, 3, 27), vec![]))
        );
    }
}
