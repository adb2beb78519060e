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

const MAANEDER: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

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
pub fn dage_i_maaned(m: Maaned) -> i64 {
    (m.sidste_dag() - m.foerste_dag()).num_days() + 1
}

/// The day a person born on `foedt` turns `aar` years old. A 29 February birthday falls on 28 February in
/// other years (chrono's month arithmetic; see INTERPRETATIONS.md).
pub fn foedselsdag(foedt: NaiveDate, aar: u32) -> Option<NaiveDate> {
    foedt.checked_add_months(Months::new(aar.checked_mul(12)?))
}

/// "5. marts 2026".
pub fn dato_tekst(d: NaiveDate) -> String {
    format!(
        "{}. {} {}",
        d.day(),
        MAANEDER[d.month0() as usize],
        d.year()
    )
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
    fn iso_dates_round_trip_and_reject_impossible_days() {
        assert_eq!(parse_iso("2026-02-05"), Some(d(2026, 2, 5)));
        assert_eq!(iso(d(2026, 2, 5)), "2026-02-05");
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(parse_iso("abc"), None);
        assert_eq!(dato_tekst(d(2026, 3, 5)), "5. marts 2026");
    }
}
