//! Money: rounding and Danish formatting, all in `rust_decimal`.
//!
//! Every rounding in the rules goes through [`oere`], which rounds half away from zero to whole øre
//! (fortolkning F1 in `content/law/INTERPRETATIONS.md`). `round_dp` alone would use banker's rounding.

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to whole øre, half away from zero (F1).
pub fn oere(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Rounds to whole kroner, half away from zero — for display of "ca." amounts only.
pub fn hele_kroner(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// `pct` percent of `d`, rounded to øre.
pub fn procent_af(pct: Decimal, d: Decimal) -> Decimal {
    oere(d * pct / Decimal::ONE_HUNDRED)
}

/// Danish format with thousands separator and two decimals: 12.326,00.
pub fn kr(d: Decimal) -> String {
    let d = oere(d);
    let neg = d.is_sign_negative() && !d.is_zero();
    let s = format!("{:.2}", d.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    format!("{}{},{}", if neg { "−" } else { "" }, group(int), frac)
}

/// Danish format without decimals when the amount is whole: 12.326 or 2.022,35.
pub fn kr_kort(d: Decimal) -> String {
    if oere(d).fract().is_zero() {
        let d = oere(d).trunc();
        let neg = d.is_sign_negative() && !d.is_zero();
        format!(
            "{}{}",
            if neg { "−" } else { "" },
            group(&d.abs().to_string())
        )
    } else {
        kr(d)
    }
}

fn group(int: &str) -> String {
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(*c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        assert_eq!(oere(Decimal::new(12345, 3)), Decimal::new(1235, 2));
        assert_eq!(oere(Decimal::new(12355, 3)), Decimal::new(1236, 2));
        assert_eq!(hele_kroner(Decimal::new(25, 1)), Decimal::new(3, 0));
    }

    #[test]
    fn formats_danish_amounts() {
        assert_eq!(kr(Decimal::new(1030365, 2)), "10.303,65");
        assert_eq!(kr(Decimal::new(12326, 0)), "12.326,00");
        assert_eq!(kr(Decimal::new(5, 1)), "0,50");
        assert_eq!(kr_kort(Decimal::new(12326, 0)), "12.326");
        assert_eq!(kr_kort(Decimal::new(1573, 2)), "15,73");
        assert_eq!(kr_kort(Decimal::new(1_000_000, 0)), "1.000.000");
    }

    // Added for mutation testing (tests/MUTANTER.md): the percentage, the sign and the grouping.
    #[test]
    fn percent_of_an_amount_is_rounded_half_away_from_zero() {
        assert_eq!(
            procent_af(Decimal::new(89, 0), Decimal::new(20000, 0)),
            Decimal::new(17800, 0)
        );
        // 0,5 % of 1.001 kr. = 5,005 → 5,01 (half away from zero, not to even).
        assert_eq!(
            procent_af(Decimal::new(5, 1), Decimal::new(1001, 0)),
            Decimal::new(501, 2)
        );
        assert_eq!(
            procent_af(Decimal::new(30, 0), Decimal::new(100001, 2)),
            Decimal::new(30000, 2)
        );
        assert_eq!(oere(Decimal::new(-1235, 3)), Decimal::new(-124, 2));
        assert_eq!(hele_kroner(Decimal::new(24, 1)), Decimal::new(2, 0));
        assert_eq!(hele_kroner(Decimal::new(-25, 1)), Decimal::new(-3, 0));
    }

    #[test]
    fn negative_amounts_get_a_minus_sign_and_zero_never_does() {
        assert_eq!(kr(Decimal::new(-12345, 1)), "−1.234,50");
        assert_eq!(kr(Decimal::ZERO), "0,00");
        assert_eq!(kr(Decimal::new(-1, 3)), "0,00");
        assert_eq!(kr_kort(Decimal::new(-12326, 0)), "−12.326");
        assert_eq!(kr_kort(Decimal::new(-1, 3)), "0");
        assert_eq!(kr_kort(Decimal::ZERO), "0");
        assert_eq!(kr_kort(Decimal::new(-1573, 2)), "−15,73");
        assert_eq!(kr_kort(Decimal::new(1999, 3)), "2");
    }

    #[test]
    fn thousands_are_grouped_from_the_right() {
        assert_eq!(kr(Decimal::new(123, 0)), "123,00");
        assert_eq!(kr(Decimal::new(1234, 0)), "1.234,00");
        assert_eq!(kr(Decimal::new(123456, 0)), "123.456,00");
        assert_eq!(kr_kort(Decimal::new(100, 0)), "100");
        assert_eq!(kr_kort(Decimal::new(1000, 0)), "1.000");
        assert_eq!(kr_kort(Decimal::new(12, 0)), "12");
    }
}
