//! Lov om social pension (pensionsloven) § 1 a: the folkepensionsalder by date of birth.

use super::forklaring::{Forklaring, Linje, Linjeart};
use super::fortolkninger::Fortolkning;
use super::lovdata::{Folkepensionsraekke, FOLKEPENSIONSALDER};
use super::tid::dato_tekst;
use chrono::{Datelike, Months, NaiveDate};

/// The folkepensionsalder of one person and the day it is reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Folkepension {
    pub aar: u32,
    /// 0 or 6 (half years).
    pub maaneder: u32,
    /// The day the person reaches the folkepensionsalder.
    pub dato: NaiveDate,
    pub raekke: &'static Folkepensionsraekke,
}

impl Folkepension {
    /// "67 år", "65½ år".
    pub fn alder_tekst(&self) -> String {
        if self.maaneder == 6 {
            format!("{}½ år", self.aar)
        } else if self.maaneder == 0 {
            format!("{} år", self.aar)
        } else {
            format!("{} år og {} måneder", self.aar, self.maaneder)
        }
    }
}

/// Pensionsloven § 1 a: the folkepensionsalder for a person born on `foedt` (65 for those born before 1954,
/// rising in half years to 67, then 68, 69 and 70 for those born from 1971), reached on the birthday — or,
/// for a half year, the same day six months later. A day that does not exist in that month (29 February, the
/// 31st) falls on the month's last day (fortolkning F17). `None` only for dates beyond the calendar.
pub fn folkepensionsalder(foedt: NaiveDate) -> Option<Folkepension> {
    let raekke = FOLKEPENSIONSALDER.iter().find(|r| {
        r.foedt_fra.is_none_or(|f| f <= foedt) && r.foedt_til.is_none_or(|t| foedt <= t)
    })?;
    // chrono's month arithmetic keeps the day, or takes the month's last day when it does not exist.
    let dato = foedt.checked_add_months(Months::new(raekke.aar * 12 + raekke.maaneder))?;
    Some(Folkepension {
        aar: raekke.aar,
        maaneder: raekke.maaneder,
        dato,
        raekke,
    })
}

/// The trace line for a folkepensionsalder.
pub fn linje(foedt: NaiveDate, fp: &Folkepension) -> Linje {
    let kohorte = match (fp.raekke.foedt_fra, fp.raekke.foedt_til) {
        (None, Some(t)) => format!("født senest {}", dato_tekst(t)),
        (Some(f), None) => format!("født {} eller senere", dato_tekst(f)),
        (Some(f), Some(t)) => format!("født {} – {}", dato_tekst(f), dato_tekst(t)),
        (None, None) => "alle".into(),
    };
    let mut l = Linje::regel(
        Linjeart::Resultat,
        format!(
            "Du er født {} ({kohorte}), så din folkepensionsalder er {}. Du når den {}.",
            dato_tekst(foedt),
            fp.alder_tekst(),
            dato_tekst(fp.dato)
        ),
        None,
        fp.raekke.paragraf,
        fp.raekke.kilder,
        fp.raekke.status,
    );
    if fp.dato.day() != foedt.day() {
        l = l.med_fortolkning(Fortolkning::AlderMaanedsslut);
    }
    l
}

/// Folkepensionsalder with its explanation.
pub fn beregn(foedt: NaiveDate) -> (Option<Folkepension>, Forklaring) {
    let mut f = Forklaring::default();
    let fp = folkepensionsalder(foedt);
    if let Some(fp) = &fp {
        f.linje(linje(foedt, fp));
        if let Some(n) = fp.raekke.note {
            f.linje(Linje::regel(
                Linjeart::Oplysning,
                n.to_string(),
                None,
                fp.raekke.paragraf,
                fp.raekke.kilder,
                fp.raekke.status,
            ));
        }
    }
    (fp, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn reference_worked_example_6() {
        let fp = folkepensionsalder(d(1966, 6, 15)).unwrap();
        assert_eq!((fp.aar, fp.maaneder, fp.dato), (68, 0, d(2034, 6, 15)));
        assert_eq!(folkepensionsalder(d(1967, 1, 1)).unwrap().aar, 69);
        assert_eq!(folkepensionsalder(d(1966, 12, 31)).unwrap().aar, 68);
        assert_eq!(folkepensionsalder(d(1971, 1, 1)).unwrap().aar, 70);
    }

    #[test]
    fn half_years_and_month_ends() {
        let fp = folkepensionsalder(d(1954, 3, 31)).unwrap();
        assert_eq!((fp.aar, fp.maaneder, fp.dato), (65, 6, d(2019, 9, 30)));
        assert_eq!(fp.alder_tekst(), "65½ år");
        let fp = folkepensionsalder(d(1955, 6, 30)).unwrap();
        assert_eq!((fp.aar, fp.maaneder, fp.dato), (66, 6, d(2021, 12, 30)));
        let fp = folkepensionsalder(d(1960, 2, 29)).unwrap();
        assert_eq!(fp.dato, d(2027, 2, 28));
        assert_eq!(folkepensionsalder(d(1953, 12, 31)).unwrap().aar, 65);
        assert_eq!(folkepensionsalder(d(1900, 1, 1)).unwrap().aar, 65);
    }
}
