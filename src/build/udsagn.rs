//! What the statement files `content/law/slutplan.toml` (and `udbetalinger.toml`, read by the same
//! generator) and `content/law/moede.toml` check alike: the `checked` date, each statement's id, section,
//! status, text, § and sources. One validator for both generators ([`crate::slutplan`], [`crate::moede`]).

use std::collections::BTreeSet;

/// The law data's status codes and their Rust names.
pub const STATUS: [(&str, &str); 4] = [
    ("official", "Status::Officiel"),
    ("secondary", "Status::Sekundaer"),
    ("derived", "Status::Afledt"),
    ("unverified", "Status::IkkeEfterproevet"),
];

/// A well-formed `http(s)://` address with a host.
pub fn url_ok(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.split("://")
            .nth(1)
            .is_some_and(|rest| rest.contains('.') && !rest.starts_with('/'))
        && !s.contains(char::is_whitespace)
}

/// An id or code: a–z, 0–9 and `_`, not empty.
pub fn kode_ok(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The file's `checked` date (ÅÅÅÅ-MM-DD).
pub fn tjek_checked(checked: &str, fejl: &mut Vec<String>) {
    if chrono::NaiveDate::parse_from_str(checked, "%Y-%m-%d").is_err() {
        fejl.push(format!("checked «{checked}» er ikke en dato"));
    }
}

/// The fields every statement has.
pub struct Faelles<'a> {
    pub id: &'a str,
    pub afsnit: &'a str,
    pub tekst: &'a str,
    pub paragraf: &'a str,
    pub status: &'a str,
    pub sources: &'a [String],
}

impl Faelles<'_> {
    /// Checks the common fields (problems go to `fejl`, each starting with `udsagn «<id>»`) and returns the
    /// Rust names of the section (from `afsnit_tabel`) and of the status, `None` for an unknown one.
    pub fn tjek(
        &self,
        afsnit_tabel: &[(&str, &'static str)],
        ids: &mut BTreeSet<String>,
        fejl: &mut Vec<String>,
    ) -> (Option<&'static str>, Option<&'static str>) {
        let w = format!("udsagn «{}»", self.id);
        if !kode_ok(self.id) {
            fejl.push(format!("{w}: id må kun have a–z, 0–9 og _"));
        }
        if !ids.insert(self.id.to_string()) {
            fejl.push(format!("{w}: id findes to gange"));
        }
        let afsnit = afsnit_tabel
            .iter()
            .find(|(n, _)| *n == self.afsnit)
            .map(|(_, k)| *k);
        if afsnit.is_none() {
            fejl.push(format!("{w}: ukendt afsnit «{}»", self.afsnit));
        }
        let status = STATUS
            .iter()
            .find(|(n, _)| *n == self.status)
            .map(|(_, k)| *k);
        if status.is_none() {
            fejl.push(format!("{w}: ukendt status «{}»", self.status));
        }
        if self.tekst.trim().is_empty() {
            fejl.push(format!("{w}: ingen tekst"));
        }
        if self.paragraf.trim().is_empty() {
            fejl.push(format!("{w}: ingen paragraf"));
        }
        if self.sources.is_empty() {
            fejl.push(format!("{w}: ingen kilde"));
        }
        for s in self.sources {
            if !url_ok(s) {
                fejl.push(format!(
                    "{w}: kilden «{s}» er ikke en gyldig http(s)-adresse"
                ));
            }
        }
        (afsnit, status)
    }
}
