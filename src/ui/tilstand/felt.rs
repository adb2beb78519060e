//! Reading what the user typed: amounts in Danish notation, dates, whole numbers — each with a plain Danish
//! message when it cannot be used.

use crate::rules::tid::parse_iso;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::str::FromStr;

/// One problem with one field: the field's id (for the error summary link) and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fejl {
    pub felt: &'static str,
    pub tekst: String,
}

impl Fejl {
    pub fn ny(felt: &'static str, tekst: impl Into<String>) -> Self {
        Fejl {
            felt,
            tekst: tekst.into(),
        }
    }
}

/// The value of a field, or `None` with its problem recorded in `fejl`.
pub fn laes<T>(
    fejl: &mut Vec<Fejl>,
    felt: &'static str,
    r: Result<Option<T>, String>,
) -> Option<T> {
    r.unwrap_or_else(|e| {
        fejl.push(Fejl::ny(felt, e));
        None
    })
}

/// An amount in kroner: "20000", "20.000", "20 000", "20.000,50", "20000.50", "20000 kr". Empty → `None`.
/// `maks` is the largest plausible amount for the field.
pub fn beloeb(tekst: &str, maks: Decimal) -> Result<Option<Decimal>, String> {
    let t = tekst.trim();
    let t = t
        .strip_suffix("kr.")
        .or_else(|| t.strip_suffix("kr"))
        .unwrap_or(t)
        .trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.starts_with('-') || t.starts_with('−') {
        return Err("Beløbet kan ikke være negativt.".into());
    }
    let uden_mellemrum: String = t
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if !uden_mellemrum
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err("Skriv beløbet med tal, fx 12.500 eller 12500,50.".into());
    }
    let normal = if let Some((heltal, decimaler)) = uden_mellemrum.rsplit_once(',') {
        // Danish: "." groups thousands, "," marks decimals.
        if heltal.contains(',') || decimaler.contains('.') {
            return Err("Skriv beløbet med højst ét komma, fx 12.500,50.".into());
        }
        format!("{}.{decimaler}", heltal.replace('.', ""))
    } else {
        let punkter = uden_mellemrum.matches('.').count();
        match uden_mellemrum.rsplit_once('.') {
            // "12.500" or "1.234.567": thousands separators.
            Some((_, efter)) if efter.len() == 3 => uden_mellemrum.replace('.', ""),
            // "12500.50": a decimal point.
            Some(_) if punkter == 1 => uden_mellemrum.clone(),
            Some(_) => return Err("Skriv beløbet som fx 12.500 eller 12500,50.".into()),
            None => uden_mellemrum.clone(),
        }
    };
    let d = Decimal::from_str(&normal)
        .map_err(|_| "Skriv beløbet med tal, fx 12.500 eller 12500,50.".to_string())?;
    if d.scale() > 2 {
        return Err("Skriv højst to decimaler (øre).".into());
    }
    if d > maks {
        return Err(format!(
            "Beløbet er urimeligt stort (over {} kr.). Tjek, at du har skrevet et månedsbeløb i kroner.",
            crate::rules::penge::kr_kort(maks)
        ));
    }
    Ok(Some(d))
}

/// A date: "2024-03-01" (what a date field gives), "1.3.2024", "01-03-2024", "1/3/2024". Empty → `None`.
pub fn dato(tekst: &str) -> Result<Option<NaiveDate>, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let d = parse_iso(t).or_else(|| {
        let dele: Vec<&str> = t.split(['.', '-', '/']).collect();
        match dele.as_slice() {
            [d, m, y] if y.len() == 4 => {
                NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
            }
            _ => None,
        }
    });
    match d {
        Some(d) if (1900..=2100).contains(&d.year()) => Ok(Some(d)),
        Some(_) => Err("Datoen skal ligge mellem år 1900 og 2100.".into()),
        None => Err("Skriv en rigtig dato, fx 1.3.2024.".into()),
    }
}

/// A whole number in `0..=maks`. Empty → `None`.
pub fn heltal(tekst: &str, maks: u32, enhed: &str) -> Result<Option<u32>, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.starts_with('-') {
        return Err(format!("Antal {enhed} kan ikke være negativt."));
    }
    match t.parse::<u32>() {
        Ok(n) if n <= maks => Ok(Some(n)),
        Ok(_) => Err(format!("Skriv højst {maks} {enhed}.")),
        Err(_) => Err(format!("Skriv et helt tal ({enhed}), fx 3.")),
    }
}

/// A decimal number of hours etc. ("37", "37,5"). Empty → `None`.
pub fn decimaltal(tekst: &str, maks: Decimal, enhed: &str) -> Result<Option<Decimal>, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.starts_with('-') {
        return Err(format!("Antal {enhed} kan ikke være negativt."));
    }
    match Decimal::from_str(&t.replace(',', ".")) {
        Ok(d) if d > maks => Err(format!("Skriv højst {maks} {enhed}.")),
        Ok(d) if d.scale() <= 2 => Ok(Some(d)),
        _ => Err(format!("Skriv antal {enhed} med tal, fx 10 eller 7,5.")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kr(s: &str) -> Result<Option<Decimal>, String> {
        beloeb(s, Decimal::from(1_000_000))
    }

    #[test]
    fn danish_amounts() {
        assert_eq!(kr("20.000"), Ok(Some(Decimal::from(20000))));
        assert_eq!(kr("20 000 kr."), Ok(Some(Decimal::from(20000))));
        assert_eq!(kr("20.000,50"), Ok(Some(Decimal::new(2000050, 2))));
        assert_eq!(kr("20000.5"), Ok(Some(Decimal::new(200005, 1))));
        assert_eq!(kr("1.234.567"), Err(kr("2.000.000").unwrap_err()));
        assert_eq!(kr(""), Ok(None));
        assert!(kr("abc").is_err());
        assert!(kr("-5").is_err());
        assert!(kr("5,123").is_err());
        assert!(kr("1.2.3").is_err());
        assert!(kr("99999999999999999999999999999999").is_err());
    }

    #[test]
    fn dates_in_several_notations() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
        assert_eq!(dato("2024-03-01"), Ok(Some(d)));
        assert_eq!(dato("1.3.2024"), Ok(Some(d)));
        assert_eq!(dato("01-03-2024"), Ok(Some(d)));
        assert!(dato("30.2.2024").is_err());
        assert!(dato("1.3.24").is_err());
        assert!(dato("1.3.2400").is_err());
        assert_eq!(dato(" "), Ok(None));
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(heltal("36", 120, "måneder"), Ok(Some(36)));
        assert!(heltal("121", 120, "måneder").is_err());
        assert!(heltal("-1", 120, "måneder").is_err());
        assert!(heltal("3,5", 120, "måneder").is_err());
    }
}
