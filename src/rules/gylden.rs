//! What the golden cases (`tests/golden/*.toml`, run by `tests/golden.rs`) see of a calculation: each
//! calculator with golden cases has, next to its rule, a `GyldenKald` that implements [`Gylden`] — it reads
//! the case's input, runs the rule and names its results — and the runner finds it from the registry
//! (`content/beregnere.toml`: `golden = true` and `regel`) with [`med_gylden!`](crate::med_gylden), so a new
//! calculator needs no line in the runner. Test support, but plain `pub`: nothing in the app calls it, so
//! none of it reaches the wasm.

use crate::forklaring::Forklaring;
use crate::tid;
use std::collections::BTreeMap;

include!(concat!(env!("OUT_DIR"), "/gylden.rs"));

/// A calculation as a golden case compares it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gyldent {
    /// The named outputs, as strings (dates ÅÅÅÅ-MM-DD, lists joined by ","); a case's `expected` names a
    /// subset of them.
    pub faktisk: BTreeMap<&'static str, String>,
    /// The trace lines and warnings (shown under a failing case).
    pub linjer: Vec<String>,
    /// The trace snapshot (see [`spor`]), compared with `tests/golden/spor/<file>.txt`.
    pub spor: String,
}

/// A calculator's golden adapter: its input as written in a case (`input = { … }`), and the calculation.
pub trait Gylden {
    /// The rule's input.
    type Input: serde::de::DeserializeOwned;
    /// Runs the rule on a case's input.
    fn koer(i: &Self::Input) -> Gyldent;
}

/// A result that is not a calculation (a refused input): its status and field among the named outputs, and
/// its message for the trace snapshot.
pub fn ugyldig<'a>(
    m: &mut BTreeMap<&'static str, String>,
    felt: &str,
    tekst: &'a str,
) -> Option<&'a str> {
    m.insert("status", "ugyldig".into());
    m.insert("felt", felt.into());
    Some(tekst)
}

/// A date, or «-».
pub fn iso_opt(d: Option<chrono::NaiveDate>) -> String {
    d.map(tid::iso).unwrap_or_else(|| "-".into())
}

/// The trace snapshot of one calculation: every line and warning with everything the page shows about it
/// (sentence, amount, §, status, valid-from, interpretation, figure, sources), and the message of a result
/// that is not a calculation.
pub fn spor(f: &Forklaring, besked: Option<&str>) -> String {
    use std::fmt::Write;
    let mut ud = String::new();
    if let Some(b) = besked {
        let _ = writeln!(ud, "BESKED: {b}");
    }
    if let Some(fl) = &f.foreloebig {
        let _ = writeln!(ud, "FORELØBIG: {}", fl.overskrift);
        let _ = writeln!(ud, "  {}", fl.tekst);
        let _ = writeln!(ud, "  kilder: {}", fl.kilder.join(" "));
    }
    for l in &f.linjer {
        let _ = writeln!(ud, "LINJE {:?}: {}", l.art, l.tekst);
        let _ = writeln!(
            ud,
            "  beløb: {} · § {} · {:?} · gyldig fra: {} · fortolkning: {} · tal: {}",
            l.beloeb
                .map(|b| b.normalize().to_string())
                .unwrap_or("-".into()),
            l.paragraf,
            l.status,
            iso_opt(l.gyldig_fra),
            l.fortolkning.map(|x| x.id()).unwrap_or("-"),
            l.tal.map(|(p, a)| format!("{p}/{a}")).unwrap_or("-".into()),
        );
        let _ = writeln!(ud, "  kilder: {}", l.kilder.join(" "));
    }
    for a in &f.advarsler {
        let _ = writeln!(ud, "ADVARSEL {:?}: {}", a.alvor, a.tekst);
        let _ = writeln!(
            ud,
            "  fortolkning: {} · kilder: {}",
            a.fortolkning.map(|x| x.id()).unwrap_or("-"),
            a.kilder.join(" ")
        );
    }
    ud
}

/// The trace lines and warnings as text (for a failing case's detail).
pub fn linjer(f: &Forklaring) -> Vec<String> {
    f.linjer
        .iter()
        .map(|l| l.tekst.clone())
        .chain(f.advarsler.iter().map(|a| format!("ADVARSEL: {}", a.tekst)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retssikkerhedsloven::{beregn, KlagefristInput, Levering};

    /// A failing case shows the calculation's trace lines and then its warnings, marked as such.
    #[test]
    fn the_lines_of_a_failing_case_are_the_trace_then_the_warnings() {
        let i = KlagefristInput {
            dato: chrono::NaiveDate::from_ymd_opt(2024, 3, 1).expect("a date"),
            levering: Levering::AlmindeligPost,
            klage_modtaget: None,
        };
        let f = beregn(&i).forklaring;
        let l = linjer(&f);
        assert!(!f.linjer.is_empty() && !f.advarsler.is_empty());
        assert_eq!(l.len(), f.linjer.len() + f.advarsler.len());
        assert_eq!(l[0], f.linjer[0].tekst);
        assert_eq!(
            l.last().map(String::as_str),
            f.advarsler
                .last()
                .map(|a| format!("ADVARSEL: {}", a.tekst))
                .as_deref()
        );
    }
}
