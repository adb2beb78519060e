//! The explanation trace: every result carries the ordered lines that produced it.
//!
//! A line says in plain Danish what happened, with the amount, the § behind it, its sources, the valid-from
//! date of the figure used and that figure's status — so a citizen or advisor can check each step against the
//! kommune's letter.

use super::fortolkninger::Fortolkning;
use super::lovdata::{Figur, Hjemmel, Lovdato, Regelvaerdi, Status};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// What a line contributes to the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linjeart {
    /// A base amount (grundbeløb) that is added.
    Grundlag,
    /// A deduction.
    Fradrag,
    /// Explains something without changing the amount (e.g. income that is not deducted).
    Oplysning,
    /// The result.
    Resultat,
}

/// One step of a calculation.
#[derive(Clone, Debug, PartialEq)]
pub struct Linje {
    pub art: Linjeart,
    /// The plain-Danish sentence shown first.
    pub tekst: String,
    pub beloeb: Option<Decimal>,
    pub paragraf: String,
    pub kilder: Vec<&'static str>,
    /// Valid-from date of the figure used on this line, if a dated figure was used.
    pub gyldig_fra: Option<NaiveDate>,
    pub status: Status,
    /// The recorded interpretation this line relies on, if any.
    pub fortolkning: Option<Fortolkning>,
    /// The dated figure behind the line (parameter id, year): its entry in «Satser og kilder».
    pub tal: Option<(&'static str, i32)>,
}

impl Linje {
    /// A line backed by a dated figure used for `dag`: its sources, valid-from date and status come from the
    /// figure; the status is «foreløbig» when `dag` lies after the figure's period (no rates for that year yet).
    pub fn fra_figur(
        art: Linjeart,
        tekst: String,
        beloeb: Decimal,
        paragraf: &str,
        figur: &Figur,
        dag: NaiveDate,
    ) -> Self {
        Linje {
            art,
            tekst,
            beloeb: Some(beloeb),
            paragraf: paragraf.to_string(),
            kilder: figur.kilder.to_vec(),
            gyldig_fra: Some(figur.gyldig_fra),
            status: figur.status_paa(dag),
            fortolkning: None,
            tal: Some(figur.tal()),
        }
    }

    /// A line backed by a rule (no dated figure).
    pub fn regel(
        art: Linjeart,
        tekst: String,
        beloeb: Option<Decimal>,
        paragraf: &str,
        kilder: &[&'static str],
        status: Status,
    ) -> Self {
        Linje {
            art,
            tekst,
            beloeb,
            paragraf: paragraf.to_string(),
            kilder: kilder.to_vec(),
            gyldig_fra: None,
            status,
            fortolkning: None,
            tal: None,
        }
    }

    /// A line backed by a legal reference of `content/law/hjemmel.toml` (its §, sources and status).
    pub fn fra_hjemmel(art: Linjeart, tekst: String, h: Hjemmel) -> Self {
        let p = h.post();
        Linje::regel(art, tekst, None, p.paragraf, p.kilder, p.status)
    }

    /// A line backed by a counted rule from `content/law/regler.toml` (its §, sources, status, valid-from).
    pub fn fra_regelvaerdi(art: Linjeart, tekst: String, v: &Regelvaerdi) -> Self {
        Linje {
            art,
            tekst,
            beloeb: None,
            paragraf: v.paragraf.to_string(),
            kilder: v.kilder.to_vec(),
            gyldig_fra: v.fra,
            status: v.status,
            fortolkning: None,
            tal: None,
        }
    }

    /// A line backed by a key date of the law.
    pub fn fra_lovdato(art: Linjeart, tekst: String, d: &Lovdato) -> Self {
        Linje {
            art,
            tekst,
            beloeb: None,
            paragraf: d.paragraf.to_string(),
            kilder: d.kilder.to_vec(),
            gyldig_fra: Some(d.dato),
            status: d.status,
            fortolkning: None,
            tal: None,
        }
    }

    pub fn med_fortolkning(mut self, f: Fortolkning) -> Self {
        self.fortolkning = Some(f);
        self
    }
}

/// How serious a warning is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Alvor {
    /// Worth knowing (e.g. an interpretation was applied).
    Info,
    /// The figure or rule is not official, or the result may be off.
    Advarsel,
}

/// A warning shown prominently with the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Advarsel {
    pub alvor: Alvor,
    pub tekst: String,
    pub kilder: Vec<&'static str>,
    pub fortolkning: Option<Fortolkning>,
}

/// Why a result is *foreløbig* (a month after the newest rate year): shown as the result's headline.
#[derive(Clone, Debug, PartialEq)]
pub struct Foreloebighed {
    /// One short sentence for the headline.
    pub overskrift: String,
    /// Why, why the real amount is probably a little higher, and where the official figure is found.
    pub tekst: String,
    pub kilder: Vec<&'static str>,
}

/// The trace of one calculation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Forklaring {
    pub linjer: Vec<Linje>,
    pub advarsler: Vec<Advarsel>,
    /// Set when the result is computed with an earlier year's rates (*foreløbig*).
    pub foreloebig: Option<Foreloebighed>,
}

impl Forklaring {
    pub fn linje(&mut self, l: Linje) {
        self.linjer.push(l);
    }

    /// Adds a warning once (the same text is not repeated).
    pub fn advar(
        &mut self,
        alvor: Alvor,
        tekst: String,
        kilder: &[&'static str],
        fortolkning: Option<Fortolkning>,
    ) {
        if !self.advarsler.iter().any(|a| a.tekst == tekst) {
            self.advarsler.push(Advarsel {
                alvor,
                tekst,
                kilder: kilder.to_vec(),
                fortolkning,
            });
        }
    }

    /// Adds a warning for a figure that is not official, saying why.
    pub fn advar_om_figur(&mut self, navn: &str, figur: &Figur) {
        let aar = chrono::Datelike::year(&figur.gyldig_fra);
        let tekst = match figur.status {
            Status::Officiel | Status::Overfoert if !figur.lav_sikkerhed => return,
            Status::Afledt => format!(
                "{navn} for {aar} er afledt af den årlige satsregulering og endnu ikke bekræftet i Beskæftigelsesministeriets tabel{}.",
                if figur.lav_sikkerhed { " (svagt grundlag)" } else { "" }
            ),
            Status::Sekundaer => format!("{navn} for {aar} bygger på en sekundær kilde, ikke en myndighed."),
            Status::IkkeEfterproevet => format!("{navn} for {aar} er ikke efterprøvet i lovteksten."),
            _ => format!("{navn} for {aar} har et svagt grundlag."),
        };
        self.advar(Alvor::Advarsel, tekst, figur.kilder, None);
    }
}

#[cfg(test)]
mod tests {
    //! Added for mutation testing: which figures get a warning.
    use super::*;

    fn figur(status: Status, lav_sikkerhed: bool) -> Figur {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        Figur {
            parameter: "forsoerger",
            vaerdi: Some(Decimal::from(1)),
            interval: None,
            gyldig_fra: d(2026, 1, 1),
            gyldig_til: d(2026, 12, 31),
            status,
            ogsaa: &[],
            lav_sikkerhed,
            kilder: &[],
            note: None,
            kontrolleret: d(2026, 11, 22),
        }
    }

    #[test]
    fn an_official_figure_is_silent_unless_weakly_grounded() {
        let mut fk = Forklaring::default();
        fk.advar_om_figur("Satsen", &figur(Status::Officiel, false));
        assert!(fk.advarsler.is_empty());
        fk.advar_om_figur("Satsen", &figur(Status::Officiel, true));
        assert_eq!(
            fk.advarsler.first().map(|a| a.tekst.as_str()),
            Some("Satsen for 2026 har et svagt grundlag.")
        );
    }
}
