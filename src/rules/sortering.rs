//! Stable sorting with one sort routine for the whole app. Each `sort_by_key` on a new element type makes the
//! compiler emit the standard library's whole sort again (about 5 KB of WebAssembly each, a dozen times over);
//! [`efter`] sorts `(key, position)` pairs instead — one type, one routine — and moves the elements after.

use chrono::{Datelike, NaiveDate};

/// Sorts `v` by `noegle`, keeping the order of elements with the same key (a stable sort).
pub fn efter<T>(v: &mut Vec<T>, noegle: impl Fn(&T) -> i64) {
    let mut orden: Vec<(i64, usize)> = v.iter().map(&noegle).zip(0..).collect();
    // Unique pairs (the position breaks ties), so the unstable sort gives the stable order.
    orden.sort_unstable();
    let mut gamle: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(orden.into_iter().filter_map(|(_, i)| gamle[i].take()));
}

/// Sorts `v` by the date `dato` gives, keeping the order of elements on the same day.
pub fn efter_dato<T>(v: &mut Vec<T>, dato: impl Fn(&T) -> NaiveDate) {
    efter(v, |x| i64::from(dato(x).num_days_from_ce()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_the_order_of_equal_keys() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (-2, 'd'), (1, 'e'), (0, 'f')];
        let mut forventet = v.clone();
        forventet.sort_by_key(|x| x.0);
        efter(&mut v, |x| i64::from(x.0));
        assert_eq!(v, forventet);
        assert_eq!(
            v,
            vec![(-2, 'd'), (0, 'f'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]
        );
        let mut tom: Vec<u8> = Vec::new();
        efter(&mut tom, |x| i64::from(*x));
        assert!(tom.is_empty());
    }

    #[test]
    fn dates_sort_in_calendar_order() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date");
        let mut v = vec![
            d("2026-02-01"),
            d("2013-01-01"),
            d("2029-01-30"),
            d("2026-01-31"),
        ];
        efter_dato(&mut v, |x| *x);
        assert_eq!(
            v,
            vec![
                d("2013-01-01"),
                d("2026-01-31"),
                d("2026-02-01"),
                d("2029-01-30")
            ]
        );
    }
}
