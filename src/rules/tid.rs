//! Dates: calendar months, birthdays and Danish date text. Plain chrono arithmetic, no `format()` (it costs
//! ~24 KB of wasm).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar month, written "ÅÅÅÅ-MM".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Maaned {
    aar: i32,
    md: u32,
}

/// The Danish month names, January first (shared with the build's page renderer).
pub use bygger::dato::MAANEDER;

impl Maaned {
    /// `None` unless 1 ≤ md ≤ 12 and the year is within 1900–2200.
    pub fn ny(aar: i32, md: u32) -> Option<Maaned> {
        ((1..=12).contains(&md) && (1900..=2200).contains(&aar)).then_some(Maaned { aar, md })
    }

    pub fn af_dato(d: NaiveDate) -> Maaned {
        Maaned {
            aar: d.year(),
            md: d.month(),
        }
    }

    pub fn aar(self) -> i32 {
        self.aar
    }

    pub fn md(self) -> u32 {
        self.md
    }

    pub fn foerste_dag(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.aar, self.md, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn sidste_dag(self) -> NaiveDate {
        self.naeste()
            .foerste_dag()
            .pred_opt()
            .unwrap_or(NaiveDate::MIN)
    }

    pub fn naeste(self) -> Maaned {
        if self.md == 12 {
            Maaned {
                aar: self.aar + 1,
                md: 1,
            }
        } else {
            Maaned {
                aar: self.aar,
                md: self.md + 1,
            }
        }
    }

    pub fn forrige(self) -> Maaned {
        if self.md == 1 {
            Maaned {
                aar: self.aar - 1,
                md: 12,
            }
        } else {
            Maaned {
                aar: self.aar,
                md: self.md - 1,
            }
        }
    }

    /// "marts 2024".
    pub fn tekst(self) -> String {
        format!("{} {}", MAANEDER[(self.md - 1) as usize], self.aar)
    }

    /// Parses "ÅÅÅÅ-MM".
    pub fn parse(s: &str) -> Option<Maaned> {
        let (a, m) = s.trim().split_once('-')?;
        if a.len() != 4 || m.is_empty() || m.len() > 2 {
            return None;
        }
        Maaned::ny(a.parse().ok()?, m.parse().ok()?)
    }
}

impl fmt::Display for Maaned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.aar, self.md)
    }
}

impl Serialize for Maaned {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Maaned {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Maaned::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("«{s}» er ikke en måned (ÅÅÅÅ-MM)")))
    }
}

/// Number of days in the month.
/// The environment variable of the fake clock: `RG_IDAG=2028-03-01` makes native code (tests, tools) see that
/// day as today. The wasm app cannot read it and uses the device's clock (see README «Et falsk ur»).
pub const FALSK_UR: &str = "RG_IDAG";

/// Today's date for native code (tests, tools): `RG_IDAG` (ÅÅÅÅ-MM-DD) when set and valid, else the local
/// clock. The wasm UI reads the browser's clock (`ui::komponenter::i_dag`). No rule result depends on it.
pub fn i_dag() -> NaiveDate {
    std::env::var(FALSK_UR)
        .ok()
        .and_then(|s| parse_iso(s.trim()))
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

pub fn dage_i_maaned(m: Maaned) -> i64 {
    (m.sidste_dag() - m.foerste_dag()).num_days() + 1
}

/// The day a person born on `foedt` turns `aar` years old. A 29 February birthday falls on 28 February in
/// other years (chrono's month arithmetic; see INTERPRETATIONS.md).
pub fn foedselsdag(foedt: NaiveDate, aar: u32) -> Option<NaiveDate> {
    foedt.checked_add_months(Months::new(aar.checked_mul(12)?))
}

/// The same date `maaneder` months later; when that date does not exist (29 February in an ordinary year,
/// the 31st of a shorter month) the first day of the month after. Used for "n months/years after" a start
/// (fortolkning F20).
pub fn samme_dato_senere(d: NaiveDate, maaneder: u32) -> Option<NaiveDate> {
    let maal = Maaned::af_dato(d.with_day(1)?.checked_add_months(Months::new(maaneder))?);
    NaiveDate::from_ymd_opt(maal.aar, maal.md, d.day())
        .or_else(|| Some(maal.naeste().foerste_dag()))
}

/// The last day of a period that starts on `start` and lasts `maaneder` months: the day before the same date
/// `maaneder` months later (1 Jan 2021 + 24 months → 31 Dec 2022; 29 Feb 2024 + 12 → 28 Feb 2025).
pub fn slutdato(start: NaiveDate, maaneder: u32) -> Option<NaiveDate> {
    samme_dato_senere(start, maaneder)?.pred_opt()
}

/// The whole number of months (1–120) a period from `start` must last to end on `slut` ([`slutdato`]), if
/// there is one: a decision «fra 1.4.2024 til 31.3.2027» is 36 months.
pub fn maaneder_til_slutdato(start: NaiveDate, slut: NaiveDate) -> Option<u32> {
    (1..=120).find(|&n| slutdato(start, n) == Some(slut))
}

/// Completed years on `paa` for a person born on `foedt` (an age is reached on the birthday).
pub fn alder(foedt: NaiveDate, paa: NaiveDate) -> u32 {
    if paa < foedt {
        return 0;
    }
    let mut aar = (paa.year() - foedt.year()).max(0) as u32;
    while aar > 0 && foedselsdag(foedt, aar).is_none_or(|f| f > paa) {
        aar -= 1;
    }
    aar
}

/// Whole calendar months and remaining days from `fra` to `til` inclusive (1 Jan–31 Dec = 12 months 0 days).
pub fn varighed(fra: NaiveDate, til: NaiveDate) -> (u32, u32) {
    let Some(efter) = til.succ_opt() else {
        return (0, 0);
    };
    if efter <= fra {
        return (0, 0);
    }
    let mut md = 0u32;
    while samme_dato_senere(fra, md + 1).is_some_and(|d| d <= efter) {
        md += 1;
    }
    let base = samme_dato_senere(fra, md).unwrap_or(fra);
    (md, (efter - base).num_days().max(0) as u32)
}

const UGEDAGE: [&str; 7] = [
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
];

/// "torsdag".
pub fn ugedag(d: NaiveDate) -> &'static str {
    UGEDAGE[d.weekday().num_days_from_monday() as usize]
}

/// "torsdag 5. marts 2026".
pub fn dato_tekst_lang(d: NaiveDate) -> String {
    format!("{} {}", ugedag(d), dato_tekst(d))
}

/// "2 år og 6 måneder", "3 år", "8 måneder og 12 dage".
pub fn varighed_tekst(maaneder: u32, dage: u32) -> String {
    let (aar, md) = (maaneder / 12, maaneder % 12);
    let mut dele = Vec::new();
    if aar > 0 {
        dele.push(format!("{aar} år"));
    }
    if md > 0 {
        dele.push(format!(
            "{md} {}",
            if md == 1 { "måned" } else { "måneder" }
        ));
    }
    if dage > 0 {
        dele.push(format!("{dage} {}", if dage == 1 { "dag" } else { "dage" }));
    }
    match dele.len() {
        0 => "0 dage".into(),
        1 => dele.remove(0),
        _ => {
            let sidste = dele.pop().unwrap_or_default();
            format!("{} og {sidste}", dele.join(", "))
        }
    }
}

/// "5. marts 2026".
pub fn dato_tekst(d: NaiveDate) -> String {
    // The same text as the build gives a page's «sidst kontrolleret»; a NaiveDate's month is always 1–12.
    bygger::dato::dato_tekst(d.year(), d.month(), d.day()).unwrap_or_else(|| iso(d))
}

/// "ÅÅÅÅ-MM-DD" without chrono's formatting machinery.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Parses "ÅÅÅÅ-MM-DD" (what `<input type="date">` gives).
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let mut it = s.trim().splitn(3, '-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn months_know_their_days() {
        assert_eq!(dage_i_maaned(Maaned::ny(2024, 2).unwrap()), 29);
        assert_eq!(dage_i_maaned(Maaned::ny(2026, 2).unwrap()), 28);
        assert_eq!(
            Maaned::ny(2025, 12).unwrap().naeste(),
            Maaned::ny(2026, 1).unwrap()
        );
        assert_eq!(Maaned::parse("2024-03"), Maaned::ny(2024, 3));
        assert_eq!(Maaned::parse("2024-13"), None);
        assert_eq!(Maaned::parse("24-03"), None);
        assert_eq!(Maaned::ny(2024, 3).unwrap().tekst(), "marts 2024");
    }

    #[test]
    fn birthdays_and_leap_days() {
        assert_eq!(foedselsdag(d(2000, 5, 1), 25), Some(d(2025, 5, 1)));
        assert_eq!(foedselsdag(d(2004, 2, 29), 25), Some(d(2029, 2, 28)));
        assert_eq!(foedselsdag(d(2004, 2, 29), 24), Some(d(2028, 2, 29)));
    }

    #[test]
    fn same_date_later_rolls_past_missing_days() {
        assert_eq!(samme_dato_senere(d(2024, 3, 1), 6), Some(d(2024, 9, 1)));
        assert_eq!(samme_dato_senere(d(2024, 2, 29), 12), Some(d(2025, 3, 1)));
        assert_eq!(samme_dato_senere(d(2024, 1, 31), 1), Some(d(2024, 3, 1)));
        assert_eq!(slutdato(d(2021, 1, 1), 24), Some(d(2022, 12, 31)));
        assert_eq!(slutdato(d(2025, 11, 1), 36), Some(d(2028, 10, 31)));
        assert_eq!(slutdato(d(2024, 2, 29), 12), Some(d(2025, 2, 28)));
        assert_eq!(slutdato(d(2024, 2, 29), 48), Some(d(2028, 2, 28)));
    }

    #[test]
    fn ages_and_durations() {
        assert_eq!(alder(d(1980, 5, 10), d(2020, 5, 9)), 39);
        assert_eq!(alder(d(1980, 5, 10), d(2020, 5, 10)), 40);
        assert_eq!(alder(d(2004, 2, 29), d(2029, 2, 27)), 24);
        assert_eq!(alder(d(2004, 2, 29), d(2029, 2, 28)), 25);
        assert_eq!(alder(d(2000, 1, 1), d(1999, 1, 1)), 0);
        assert_eq!(varighed(d(2021, 1, 1), d(2022, 12, 31)), (24, 0));
        assert_eq!(varighed(d(2021, 1, 1), d(2021, 1, 10)), (0, 10));
        assert_eq!(varighed(d(2021, 1, 15), d(2021, 3, 20)), (2, 6));
        assert_eq!(varighed(d(2021, 1, 15), d(2021, 1, 1)), (0, 0));
        assert_eq!(varighed_tekst(30, 0), "2 år og 6 måneder");
        assert_eq!(varighed_tekst(36, 0), "3 år");
        assert_eq!(varighed_tekst(13, 1), "1 år, 1 måned og 1 dag");
        assert_eq!(dato_tekst_lang(d(2026, 3, 5)), "torsdag 5. marts 2026");
    }

    #[test]
    fn iso_dates_round_trip_and_reject_impossible_days() {
        assert_eq!(parse_iso("2026-02-05"), Some(d(2026, 2, 5)));
        assert_eq!(iso(d(2026, 2, 5)), "2026-02-05");
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(parse_iso("abc"), None);
        assert_eq!(dato_tekst(d(2026, 3, 5)), "5. marts 2026");
    }

    // Added for mutation testing (tests/MUTANTER.md).
    #[test]
    fn months_exist_only_within_their_bounds() {
        assert_eq!(Maaned::ny(1899, 12), None);
        assert!(Maaned::ny(1900, 1).is_some());
        assert!(Maaned::ny(2200, 12).is_some());
        assert_eq!(Maaned::ny(2201, 1), None);
        assert_eq!(Maaned::ny(2024, 0), None);
        assert_eq!(Maaned::ny(2024, 13), None);
        let m = Maaned::af_dato(d(2024, 2, 29));
        assert_eq!((m.aar(), m.md()), (2024, 2));
        assert_eq!(m.foerste_dag(), d(2024, 2, 1));
        assert_eq!(m.sidste_dag(), d(2024, 2, 29));
        assert_eq!(Maaned::ny(2025, 12).unwrap().sidste_dag(), d(2025, 12, 31));
        assert_eq!(dage_i_maaned(Maaned::ny(2026, 1).unwrap()), 31);
        assert_eq!(dage_i_maaned(Maaned::ny(2026, 4).unwrap()), 30);
    }

    #[test]
    fn months_step_forward_and_back_across_the_year() {
        let m = |a, b| Maaned::ny(a, b).unwrap();
        assert_eq!(m(2026, 1).forrige(), m(2025, 12));
        assert_eq!(m(2026, 3).forrige(), m(2026, 2));
        assert_eq!(m(2026, 3).naeste(), m(2026, 4));
        assert_eq!(m(2026, 12).forrige(), m(2026, 11));
    }

    #[test]
    fn months_are_written_and_read_as_aaaa_mm() {
        let m = Maaned::ny(2024, 3).unwrap();
        assert_eq!(m.to_string(), "2024-03");
        assert_eq!(Maaned::ny(1900, 11).unwrap().to_string(), "1900-11");
        assert_eq!(Maaned::parse(" 2024-03 "), Some(m));
        assert_eq!(Maaned::parse("2024-3"), Some(m));
        assert_eq!(Maaned::parse("2024-"), None);
        assert_eq!(Maaned::parse("2024-003"), None);
        assert_eq!(Maaned::parse("20245-03"), None);
        // A year that parses to 2024 but is not four digits (found by mutation testing).
        assert_eq!(Maaned::parse("02024-03"), None);
        assert_eq!(Maaned::parse("+2024-03"), None);
        assert_eq!(Maaned::parse("abcd-03"), None);
        assert_eq!(Maaned::parse("202403"), None);
        // Serialised as the same text (share links, golden cases).
        #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
        struct Med {
            m: Maaned,
        }
        assert_eq!(toml::to_string(&Med { m }).unwrap(), "m = \"2024-03\"\n");
        assert_eq!(toml::from_str::<Med>("m = \"2024-03\"").unwrap(), Med { m });
        let fejl = toml::from_str::<Med>("m = \"2024-13\"").unwrap_err();
        assert!(fejl.to_string().contains("er ikke en måned"), "{fejl}");
    }

    #[test]
    fn the_fake_clock_sets_today() {
        // Only this test reads or sets RG_IDAG in this test binary.
        let foer = std::env::var(FALSK_UR).ok();
        std::env::set_var(FALSK_UR, "2028-03-01");
        assert_eq!(i_dag(), d(2028, 3, 1));
        std::env::set_var(FALSK_UR, " 2031-12-24 ");
        assert_eq!(i_dag(), d(2031, 12, 24));
        match foer {
            Some(v) => std::env::set_var(FALSK_UR, v),
            None => std::env::remove_var(FALSK_UR),
        }
    }

    #[test]
    fn end_dates_map_back_to_whole_months() {
        assert_eq!(
            maaneder_til_slutdato(d(2024, 4, 1), d(2027, 3, 31)),
            Some(36)
        );
        assert_eq!(maaneder_til_slutdato(d(2024, 4, 1), d(2027, 3, 30)), None);
        assert_eq!(
            maaneder_til_slutdato(d(2020, 1, 1), d(2020, 1, 31)),
            Some(1)
        );
        assert_eq!(
            maaneder_til_slutdato(d(2020, 1, 1), d(2029, 12, 31)),
            Some(120)
        );
        assert_eq!(maaneder_til_slutdato(d(2020, 1, 1), d(2030, 1, 31)), None);
        assert_eq!(foedselsdag(d(2000, 1, 1), u32::MAX), None);
        assert_eq!(samme_dato_senere(d(2024, 1, 31), 0), Some(d(2024, 1, 31)));
    }

    #[test]
    fn ages_and_durations_at_their_edges() {
        assert_eq!(alder(d(2000, 6, 15), d(2000, 6, 15)), 0);
        assert_eq!(alder(d(2000, 6, 15), d(2001, 6, 14)), 0);
        assert_eq!(alder(d(2000, 6, 15), d(2001, 6, 15)), 1);
        assert_eq!(alder(d(2000, 12, 31), d(2001, 1, 1)), 0);
        assert_eq!(varighed(d(2021, 1, 1), d(2021, 12, 31)), (12, 0));
        assert_eq!(varighed(d(2021, 1, 1), d(2021, 1, 1)), (0, 1));
        assert_eq!(varighed(d(2021, 1, 15), d(2021, 2, 14)), (1, 0));
        assert_eq!(varighed(d(2021, 1, 15), d(2021, 2, 15)), (1, 1));
        assert_eq!(varighed(d(2021, 1, 1), NaiveDate::MAX), (0, 0));
        assert_eq!(varighed_tekst(0, 0), "0 dage");
        assert_eq!(varighed_tekst(1, 0), "1 måned");
        assert_eq!(varighed_tekst(2, 0), "2 måneder");
        assert_eq!(varighed_tekst(0, 2), "2 dage");
        assert_eq!(varighed_tekst(12, 5), "1 år og 5 dage");
        assert_eq!(varighed_tekst(25, 0), "2 år og 1 måned");
        assert_eq!(ugedag(d(2026, 3, 1)), "søndag");
        assert_eq!(ugedag(d(2026, 3, 2)), "mandag");
    }

    #[test]
    fn iso_dates_need_four_two_two_digits() {
        assert_eq!(parse_iso(" 2026-02-05 "), Some(d(2026, 2, 5)));
        assert_eq!(parse_iso("2026-2-05"), None);
        assert_eq!(parse_iso("2026-02-5"), None);
        assert_eq!(parse_iso("226-02-05"), None);
        assert_eq!(parse_iso("2026-02"), None);
        assert_eq!(iso(d(5, 1, 2)), "0005-01-02");
        assert_eq!(dato_tekst(d(2026, 12, 31)), "31. december 2026");
        assert_eq!(dato_tekst(d(2026, 1, 1)), "1. januar 2026");
    }
}
