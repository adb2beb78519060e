//! Calendar reminders as an iCalendar file (RFC 5545), made on the device: one all-day `VEVENT` per date
//! with a `VALARM` at 9:00 that day. Pure Rust, no formatting machinery; the app offers the text as a download
//! through a Blob URL (nothing leaves the device).
//!
//! RFC 5545 details kept here: lines end in CRLF (§ 3.1); a line longer than 75 octets is folded with CRLF
//! and one space, never inside a UTF-8 character (§ 3.1); in TEXT values `\`, `;`, `,` and newlines are
//! escaped (§ 3.3.11); `DTSTART;VALUE=DATE` with `DTEND` the day after makes an all-day event (§ 3.6.1);
//! `UID` and `DTSTAMP` are required in a `VEVENT` (§ 3.6.1), `ACTION`, `TRIGGER` and `DESCRIPTION` in a
//! display `VALARM` (§ 3.6.6).

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};

/// One all-day reminder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Begivenhed {
    /// Unique and stable for the same plan, so importing the file again updates rather than duplicates.
    pub uid: String,
    pub dato: NaiveDate,
    pub titel: String,
    pub beskrivelse: String,
}

/// The most octets on one line before folding.
const LINJE: usize = 75;

/// Escapes a TEXT value (RFC 5545 § 3.3.11).
pub fn escape(tekst: &str) -> String {
    let mut ud = String::with_capacity(tekst.len());
    let mut tegn = tekst.chars().peekable();
    while let Some(c) = tegn.next() {
        match c {
            '\\' => ud.push_str("\\\\"),
            ';' => ud.push_str("\\;"),
            ',' => ud.push_str("\\,"),
            '\r' => {
                if tegn.peek() == Some(&'\n') {
                    tegn.next();
                }
                ud.push_str("\\n");
            }
            '\n' => ud.push_str("\\n"),
            c if c.is_control() => {}
            c => ud.push(c),
        }
    }
    ud
}

/// Folds one content line into CRLF-terminated lines of at most 75 octets (RFC 5545 § 3.1).
fn fold(linje: &str, ud: &mut String) {
    let mut brugt = 0;
    for c in linje.chars() {
        let n = c.len_utf8();
        if brugt + n > LINJE {
            ud.push_str("\r\n ");
            brugt = 1;
        }
        ud.push(c);
        brugt += n;
    }
    ud.push_str("\r\n");
}

fn dato(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn tid_utc(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        dato(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The calendar file. `nu` (UTC) becomes every event's `DTSTAMP`.
pub fn ics(begivenheder: &[Begivenhed], nu: NaiveDateTime) -> String {
    let mut ud = String::new();
    let mut l = |s: String| fold(&s, &mut ud);
    l("BEGIN:VCALENDAR".into());
    l("VERSION:2.0".into());
    l("PRODID:-//Ressourceguiden//Naar dit forloeb slutter//DA".into());
    l("CALSCALE:GREGORIAN".into());
    l("METHOD:PUBLISH".into());
    for b in begivenheder {
        let slut = b.dato.checked_add_days(Days::new(1)).unwrap_or(b.dato);
        l("BEGIN:VEVENT".into());
        l(format!("UID:{}", escape(&b.uid)));
        l(format!("DTSTAMP:{}", tid_utc(nu)));
        l(format!("DTSTART;VALUE=DATE:{}", dato(b.dato)));
        l(format!("DTEND;VALUE=DATE:{}", dato(slut)));
        l(format!("SUMMARY:{}", escape(&b.titel)));
        l(format!("DESCRIPTION:{}", escape(&b.beskrivelse)));
        l("TRANSP:TRANSPARENT".into());
        l("BEGIN:VALARM".into());
        l("ACTION:DISPLAY".into());
        l("TRIGGER:PT9H".into());
        l(format!("DESCRIPTION:{}", escape(&b.titel)));
        l("END:VALARM".into());
        l("END:VEVENT".into());
    }
    l("END:VCALENDAR".into());
    ud
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nu() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 6)
            .unwrap()
            .and_hms_opt(0, 15, 7)
            .unwrap()
    }

    fn b(titel: &str, beskrivelse: &str) -> Begivenhed {
        Begivenhed {
            uid: "20270331-1@ressourceguiden".into(),
            dato: NaiveDate::from_ymd_opt(2026, 9, 30).unwrap(),
            titel: titel.into(),
            beskrivelse: beskrivelse.into(),
        }
    }

    /// Undoes folding the way RFC 5545 § 3.1 says a reader must.
    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "").replace("\r\n\t", "")
    }

    #[test]
    fn escapes_the_four_special_characters() {
        assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(
            escape("linje 1\nlinje 2\r\nlinje 3"),
            r"linje 1\nlinje 2\nlinje 3"
        );
        assert_eq!(escape("æøå: «ok»"), "æøå: «ok»");
    }

    #[test]
    fn every_line_ends_in_crlf_and_has_at_most_75_octets() {
        let lang = "Skriv til kommunen, at du skal have en afgørelse før slutdatoen. Få gerne gratis hjælp, fx fra en bisidder – æøå æøå æøå æøå æøå æøå.";
        let s = ics(&[b("Bed om et møde", lang)], nu());
        assert!(s.ends_with("END:VCALENDAR\r\n"));
        assert!(!s.replace("\r\n", "").contains('\n'), "a bare LF");
        for linje in s.split("\r\n") {
            assert!(linje.len() <= 75, "{} octets: {linje}", linje.len());
        }
        // Folding never splits a character: every line is valid UTF-8 by construction of `str`, and
        // unfolding gives back the escaped text exactly.
        let hel = unfold(&s);
        assert!(hel.contains(&format!("DESCRIPTION:{}\r\n", escape(lang))));
    }

    #[test]
    fn an_all_day_event_with_uid_stamp_and_alarm() {
        let s = unfold(&ics(&[b("Bed om et møde", "x")], nu()));
        for l in [
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
            "UID:20270331-1@ressourceguiden\r\n",
            "DTSTAMP:20261206T001507Z\r\n",
            "DTSTART;VALUE=DATE:20260930\r\n",
            "DTEND;VALUE=DATE:20261001\r\n",
            "SUMMARY:Bed om et møde\r\n",
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT9H\r\nDESCRIPTION:Bed om et møde\r\nEND:VALARM\r\n",
        ] {
            assert!(s.contains(l), "missing {l:?} in\n{s}");
        }
        assert_eq!(s.matches("BEGIN:VEVENT").count(), 1);
    }
}
