//! Danish month names and date text, one set for the build (the rights pages' «sidst kontrolleret») and the app
//! (`rules::tid`, which re-exports them). No dependencies: a date is given as year, month and day.

/// The Danish month names, January first.
pub const MAANEDER: [&str; 12] = [
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

/// The month's Danish name for `md` 1–12, else `None`.
pub fn maaned_navn(md: u32) -> Option<&'static str> {
    MAANEDER
        .get(usize::try_from(md).ok()?.checked_sub(1)?)
        .copied()
}

/// "5. marts 2026" for (2026, 3, 5); `None` for a month outside 1–12. The day is not checked against the month.
pub fn dato_tekst(aar: i32, md: u32, dag: u32) -> Option<String> {
    Some(format!("{dag}. {} {aar}", maaned_navn(md)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_danish_and_one_based() {
        assert_eq!(maaned_navn(1), Some("januar"));
        assert_eq!(maaned_navn(12), Some("december"));
        assert_eq!(maaned_navn(0), None);
        assert_eq!(maaned_navn(13), None);
        assert_eq!(dato_tekst(2026, 3, 5).as_deref(), Some("5. marts 2026"));
        assert_eq!(
            dato_tekst(2026, 11, 22).as_deref(),
            Some("22. november 2026")
        );
        assert_eq!(dato_tekst(2026, 0, 1), None);
    }
}
