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
}
