//! Reading what the user typed: amounts in Danish notation, dates, whole numbers — each with a plain Danish
//! message when it cannot be used.

use super::Felt;
use crate::rules::tid::parse_iso;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::str::FromStr;

/// One problem with one field: the field's share-link key (it names the field's id, for the error summary
/// link) and the message. Made only from a calculator's field enum ([`Fejl::ny`]), so the key is a real one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fejl {
    pub felt: &'static str,
    pub tekst: String,
}

impl Fejl {
    pub fn ny(felt: impl Felt, tekst: impl Into<String>) -> Self {
        Self::af_noegle(felt.k(), tekst.into())
    }

    fn af_noegle(felt: &'static str, tekst: String) -> Self {
        Fejl { felt, tekst }
    }

    /// Whether the problem is with the field `f`.
    pub fn gaelder(&self, f: impl Felt) -> bool {
        self.felt == f.k()
    }
}

/// Puts `fejl` in the order of the form's fields `orden` (problems of no listed field first), so the error
/// summary reads from the top of the form down.
pub fn i_formens_orden<F: Felt>(fejl: &mut Vec<Fejl>, orden: &[F]) {
    crate::rules::sortering::efter(fejl, |f| {
        orden
            .iter()
            .position(|k| f.gaelder(*k))
            .map_or(-1, |p| p as i64)
    });
}

/// The value of a field, or `None` with its problem recorded in `fejl`.
pub fn laes<T>(fejl: &mut Vec<Fejl>, felt: impl Felt, r: Result<Option<T>, String>) -> Option<T> {
    laes_noegle(fejl, felt.k(), r)
}

/// [`laes`] by the field's key (one copy of the code for all calculators).
fn laes_noegle<T>(
    fejl: &mut Vec<Fejl>,
    felt: &'static str,
    r: Result<Option<T>, String>,
) -> Option<T> {
    r.unwrap_or_else(|e| {
        fejl.push(Fejl::af_noegle(felt, e));
        None
    })
}

/// The text of an amount without the currency and the «,-» of a round amount: "kr. 4.000,00" → "4.000,00",
/// "4.000,-" → "4.000", "4000 kr." → "4000".
fn uden_valuta(tekst: &str) -> String {
    let mut t = tekst.trim().to_lowercase();
    for _ in 0..2 {
        for fjern in ["kr.", "kr", "dkk"] {
            if let Some(r) = t.strip_prefix(fjern) {
                t = r.trim().to_string();
            }
            if let Some(r) = t.strip_suffix(fjern) {
                t = r.trim().to_string();
            }
        }
        for fjern in [",--", ",-", ".-"] {
            if let Some(r) = t.strip_suffix(fjern) {
                t = r.trim().to_string();
            }
        }
    }
    t
}

/// An amount in kroner: "20000", "20.000", "20 000", "20.000,50", "20000.50", "20000 kr", "kr. 20.000,00",
/// "20.000,-". Empty → `None`. `maks` is the largest plausible amount for the field.
pub fn beloeb(tekst: &str, maks: Decimal) -> Result<Option<Decimal>, String> {
    let t = uden_valuta(tekst);
    let t = t.as_str();
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
        // "4,000": most likely a thousands separator written with a comma.
        if let Some((heltal, decimaler)) = uden_mellemrum.rsplit_once(',') {
            if decimaler.len() == 3 && !heltal.is_empty() && !heltal.contains('.') {
                return Err(format!(
                    "Skriv højst to decimaler (øre). Mente du {heltal}.{decimaler} kr.? Så skriv {heltal}.{decimaler} eller {heltal}{decimaler}."
                ));
            }
        }
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

/// The first year a two-digit year stands for: "24" is 2024 and "68" is 1968 (00–49 → 2000–2049,
/// 50–99 → 1950–1999). Forløb and decisions lie after 2000, and the birth dates that matter for a forløb
/// after 1950; the note under the field says which year was read (see [`dato_tolkning`]).
pub const TO_CIFRE_SKIFT: i32 = 50;

/// The Danish month names a date may be written with, in full or shortened to at least three letters
/// ("1. marts 2024", "1. mar. 2024", "1 sept 2024").
fn maaned_af_navn(ord: &str) -> Option<u32> {
    if ord.chars().count() < 3 {
        return None;
    }
    crate::rules::tid::MAANEDER
        .iter()
        .position(|m| m.starts_with(ord))
        .map(|i| i as u32 + 1)
}

fn aar_af(tekst: &str) -> Option<(i32, bool)> {
    if !tekst.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match tekst.len() {
        4 => Some((tekst.parse().ok()?, false)),
        2 => {
            let yy: i32 = tekst.parse().ok()?;
            Some((
                if yy < TO_CIFRE_SKIFT {
                    2000 + yy
                } else {
                    1900 + yy
                },
                true,
            ))
        }
        _ => None,
    }
}

/// A date and whether it was read from a short form (a two-digit year or a month name).
fn dato_med_form(t: &str) -> Option<(NaiveDate, bool)> {
    if let Some(d) = parse_iso(t) {
        return Some((d, false));
    }
    let lille = t.to_lowercase();
    // "1.3.2024", "01-03-2024", "1/3/2024", "1.3.24"
    let dele: Vec<&str> = lille.split(['.', '-', '/']).map(str::trim).collect();
    if let [d, m, y] = dele.as_slice() {
        if let (Ok(d), Ok(m), Some((y, kort))) = (d.parse(), m.parse(), aar_af(y)) {
            return NaiveDate::from_ymd_opt(y, m, d).map(|x| (x, kort));
        }
    }
    // "1. marts 2024", "1. mar. 2024", "1 marts 24"
    let ord: Vec<&str> = lille
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if let [d, m, y] = ord.as_slice() {
        let md = maaned_af_navn(m)?;
        let (y, _) = aar_af(y)?;
        return NaiveDate::from_ymd_opt(y, md, d.parse().ok()?).map(|x| (x, true));
    }
    None
}

/// A date: "2024-03-01" (what a date field gives), "1.3.2024", "01-03-2024", "1/3/2024", "1.3.24" (see
/// [`TO_CIFRE_SKIFT`]), "1. marts 2024", "1. mar. 2024". Empty → `None`.
pub fn dato(tekst: &str) -> Result<Option<NaiveDate>, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match dato_med_form(t) {
        Some((d, _)) if (1900..=2100).contains(&d.year()) => Ok(Some(d)),
        Some(_) => Err("Datoen skal ligge mellem år 1900 og 2100.".into()),
        None if ligner_dato(t) => {
            Err("Den dato findes ikke. Tjek dag og måned, fx 1.3.2024.".into())
        }
        None => Err("Skriv datoen som dag.måned.år, fx 1.3.2024 eller 1. marts 2024.".into()),
    }
}

/// Day, month and year in figures that make no date ("31.2.2024", "1.13.2024").
fn ligner_dato(t: &str) -> bool {
    let dele: Vec<&str> = t.split(['.', '-', '/']).map(str::trim).collect();
    matches!(dele.as_slice(), [d, m, y]
        if d.parse::<u32>().is_ok() && m.parse::<u32>().is_ok() && aar_af(y).is_some())
}

/// What a date typed in a short form was read as, to show under the field: "1.3.24" → «Vi læser det som
/// 1. marts 2024.» `None` when the text is not a date in a short form (a full date needs no note).
pub fn dato_tolkning(tekst: &str) -> Option<String> {
    let (d, kort) = dato_med_form(tekst.trim())?;
    if !kort || !(1900..=2100).contains(&d.year()) {
        return None;
    }
    let to_cifre = tekst
        .trim()
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .is_some_and(|y| y.len() == 2);
    let mut s = format!("Vi læser det som {}.", crate::rules::tid::dato_tekst(d));
    if to_cifre {
        s.push_str(&format!(
            " Et år med to cifre: 00–{} er 2000–20{}, {}–99 er 19{}–1999.",
            TO_CIFRE_SKIFT - 1,
            TO_CIFRE_SKIFT - 1,
            TO_CIFRE_SKIFT,
            TO_CIFRE_SKIFT
        ));
    }
    Some(s)
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
        assert!(dato("1.3.2400").is_err());
        assert_eq!(dato(" "), Ok(None));
    }

    #[test]
    fn two_digit_years_and_month_names() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
        assert_eq!(dato("1.3.24"), Ok(Some(d)));
        assert_eq!(dato("01-03-24"), Ok(Some(d)));
        assert_eq!(dato("1. marts 2024"), Ok(Some(d)));
        assert_eq!(dato("1. Marts 2024"), Ok(Some(d)));
        assert_eq!(dato("1. mar. 2024"), Ok(Some(d)));
        assert_eq!(dato("1 mar 2024"), Ok(Some(d)));
        assert_eq!(dato("1.marts 2024"), Ok(Some(d)));
        assert_eq!(dato("1. marts 24"), Ok(Some(d)));
        assert_eq!(
            dato("30. sept. 2026"),
            Ok(NaiveDate::from_ymd_opt(2026, 9, 30))
        );
        assert_eq!(
            dato("12. maj 1968"),
            Ok(NaiveDate::from_ymd_opt(1968, 5, 12))
        );
        // The century rule: 00–49 → 2000s, 50–99 → 1900s.
        assert_eq!(dato("12.5.68"), Ok(NaiveDate::from_ymd_opt(1968, 5, 12)));
        assert_eq!(dato("1.1.49"), Ok(NaiveDate::from_ymd_opt(2049, 1, 1)));
        assert_eq!(dato("1.1.50"), Ok(NaiveDate::from_ymd_opt(1950, 1, 1)));
        assert_eq!(dato("1.1.00"), Ok(NaiveDate::from_ymd_opt(2000, 1, 1)));
        // Not dates.
        assert!(dato("1. ma 2024").is_err());
        assert!(dato("1. martsx 2024").is_err());
        assert!(dato("31. februar 2024").is_err());
        assert!(dato("31.2.2024").unwrap_err().contains("findes ikke"));
        assert!(dato("1.13.24").unwrap_err().contains("findes ikke"));
        assert!(dato("i går").unwrap_err().contains("dag.måned.år"));
        assert!(dato("1.3.124").is_err());
        assert!(dato("1").is_err());
        assert!(dato("1.3").is_err());
        // The note under the field says how a short form was read, and only then.
        let note = dato_tolkning("1.3.24").unwrap();
        assert!(note.contains("1. marts 2024"), "{note}");
        assert!(note.contains("00–49 er 2000–2049"), "{note}");
        assert!(dato_tolkning("1. mar. 2024")
            .unwrap()
            .contains("1. marts 2024"));
        assert!(!dato_tolkning("1. mar. 2024").unwrap().contains("to cifre"));
        assert_eq!(dato_tolkning("1.3.2024"), None);
        assert_eq!(dato_tolkning("2024-03-01"), None);
        assert_eq!(dato_tolkning("4.000"), None);
        assert_eq!(dato_tolkning("31.2.24"), None);
    }

    #[test]
    fn amounts_as_written_in_letters_and_payslips() {
        assert_eq!(kr("4.000,-"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("4000,-"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("4.000,--"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("kr. 4.000,00"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("Kr. 4.000,00"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("kr 4000"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("4.000 kr.,-"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("kr. 4.000,-"), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("DKK 12.345,50"), Ok(Some(Decimal::new(1234550, 2))));
        assert_eq!(kr("4.000 kr."), Ok(Some(Decimal::from(4000))));
        assert_eq!(kr("kr."), Ok(None));
        assert!(kr("4.000,-,-5").is_err());
        let e = kr("4,000").unwrap_err();
        assert!(
            e.contains("højst to decimaler") && e.contains("Mente du 4.000 kr.?"),
            "{e}"
        );
        assert!(!kr("5,1234").unwrap_err().contains("Mente du"));
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(heltal("36", 120, "måneder"), Ok(Some(36)));
        assert!(heltal("121", 120, "måneder").is_err());
        assert!(heltal("-1", 120, "måneder").is_err());
        assert!(heltal("3,5", 120, "måneder").is_err());
    }
}
