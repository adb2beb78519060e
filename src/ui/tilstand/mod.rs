//! The calculators' input state, kept as the text the user typed (so nothing typed is ever lost), and the
//! two ways it leaves the page: a **share link** (in the URL fragment, never the query string) and the
//! opt-in **save on this device** (localStorage). Pure Rust, no web calls: the decoders are tested and fuzzed
//! natively.
//!
//! # Share-link format (version 1)
//! `#/<side>?v=1&<nøgle>=<værdi>&…`, e.g. `#/ydelse?v=1&f=r&m=2024-03&s=2023-06-01&n=k&l=20000`.
//! * `v` is the format version; a link without it, or with another version, is read as far as possible and the
//!   user is told.
//! * Keys are short and fixed per calculator ([`Skema::NOEGLER`]); only values that differ from the defaults
//!   are written. Values are percent-encoded UTF-8 (everything but `A–Z a–z 0–9 - . _ ~ ,` and `:`).
//! * Unknown keys, bad encodings and values that cannot be read are reported and skipped (the default is kept);
//!   free-text values (amounts, dates) are taken as typed and validated like typed input.
//! * At most [`MAKS_LAENGDE`] characters in all, and [`MAKS_VAERDI`] per value.
//!
//! # Stored format (version 1)
//! localStorage key [`LAGER_NOEGLE`] holds JSON `{"v":1,"sider":{"ydelse":"v=1&…",…}}`: one share-link query
//! per calculator. Anything else (corrupt JSON, another version) is reported, ignored and can be deleted.

/// Declares a calculator's fields in ONE place: the enum the code uses (so a mistyped field does not
/// compile) and, for each variant, its share-link and storage key (which must never change: old links and
/// saved answers are read by it), its Danish name in messages, its kind and its default.
///
/// ```ignore
/// felter! {
///     /// The ydelse calculator's fields.
///     pub enum YdelseFelt {
///         Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
///         Maaned = ("m", "Måned", Art::Tekst, ""),
///     }
/// }
/// ```
macro_rules! felter {
    ($(#[$m:meta])* pub enum $navn:ident {
        $($(#[$vm:meta])* $v:ident = ($k:literal, $tekst:literal, $art:expr, $std:literal)),+ $(,)?
    }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $navn {
            $($(#[$vm])* $v),+
        }

        impl $crate::ui::tilstand::Felt for $navn {
            const NOEGLER: &'static [$crate::ui::tilstand::Noegle<Self>] = &[
                $($crate::ui::tilstand::Noegle {
                    felt: $navn::$v,
                    k: $k,
                    navn: $tekst,
                    art: $art,
                    standard: $std,
                }),+
            ];

            fn k(self) -> &'static str {
                // The variants are declared in the order of `NOEGLER` (this macro writes both).
                <Self as $crate::ui::tilstand::Felt>::NOEGLER[self as usize].k
            }
        }
    };
}

/// `felter!` for the calculators' own modules (`src/ui/sider/<navn>.rs`): `crate::ui::tilstand::felter! { … }`.
pub(crate) use felter;

pub mod felt;
pub mod periode;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::marker::PhantomData;

/// The share-link and storage format version.
pub const FORMAT: u32 = 1;
/// The longest share-link query we read.
pub const MAKS_LAENGDE: usize = 6000;
/// The longest single value we read.
pub const MAKS_VAERDI: usize = 1500;
/// The largest stored JSON we read: every calculator's query plus the meeting kit's notes
/// ([`crate::ui::sider::moede::LAENGDE`]).
pub const MAKS_LAGER: usize = 8 * MAKS_LAENGDE + crate::ui::sider::moede::LAENGDE;
/// The localStorage key (the only one the app ever writes, and only after opt-in).
pub const LAGER_NOEGLE: &str = "ressourceguiden";

/// What kind of value a key holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Art {
    /// Free text as typed (amounts, dates, lists): validated like typed input.
    Tekst,
    /// One of a fixed set of codes.
    Valg(&'static [&'static str]),
}

/// One field of a calculator: the field, its share-link key, its Danish name (for messages), its kind and
/// default. Written only by [`felter!`], so the field and its key cannot drift apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noegle<F> {
    pub felt: F,
    pub k: &'static str,
    pub navn: &'static str,
    pub art: Art,
    pub standard: &'static str,
}

/// A calculator's field enum (declared with [`felter!`]): the code names a field by its variant, the share
/// link and storage by its key.
pub trait Felt: Copy + Eq + std::fmt::Debug + Send + Sync + 'static {
    /// Every field, in the order of the share link.
    const NOEGLER: &'static [Noegle<Self>];
    /// The share-link and storage key.
    fn k(self) -> &'static str;
    /// The field with the share-link key `k`.
    fn fra_noegle(k: &str) -> Option<Self> {
        Self::NOEGLER.iter().find(|n| n.k == k).map(|n| n.felt)
    }
    /// The Danish name (for messages).
    fn navn(self) -> &'static str {
        Self::NOEGLER
            .iter()
            .find(|n| n.felt == self)
            .map_or("", |n| n.navn)
    }
}

/// A calculator: its fields, how they become the rule's input, and the rule. Each calculator's page
/// (`src/ui/sider/<navn>.rs`) implements it; the page and the fuzzer (`tests/fuzz.rs`) both call
/// [`Skema::til_input`] and [`Skema::regn`], so a new calculator is fuzzed without any code of its own there.
pub trait Skema: Clone + PartialEq + 'static {
    /// The calculator's field enum.
    type Felt: Felt;
    /// What the fields become: the rule's input.
    type Input: Clone + PartialEq + Send + Sync + 'static;
    /// What the rule returns (result and explanation).
    type Resultat: Clone + PartialEq + Send + Sync + 'static;
    /// The rule's input, or every problem with the fields (each with its field).
    fn til_input(t: &Tilstand<Self>) -> Result<Self::Input, Vec<felt::Fejl>>;
    /// Runs the rule (pure: no clock, no web calls).
    fn regn(i: &Self::Input) -> Self::Resultat;
    /// What the rule decided, in a word (e.g. «beregnet», «regel: ugyldig»): the fuzzer counts these to show
    /// how deep its inputs reach.
    fn udfald(r: &Self::Resultat) -> &'static str;
    /// The calculator in the registry (`content/beregnere.toml`).
    const BEREGNER: crate::ui::register::Beregner;
    /// The route and storage name ("ydelse", "forloeb", …): the registry's.
    const NAVN: &'static str = Self::BEREGNER.navn();
    /// The fields with their keys (from [`Skema::Felt`]).
    const NOEGLER: &'static [Noegle<Self::Felt>] = <Self::Felt as Felt>::NOEGLER;
    /// The list fields (see [`raekker`]) and how many rows each can hold: a link with more is reported.
    const LISTER: &'static [(Self::Felt, usize)] = &[];
    /// The longest query read for this page (the meeting kit's notes need more than a calculator).
    const LAENGDE_MAKS: usize = MAKS_LAENGDE;
    /// The longest single value read for this page.
    const VAERDI_MAKS: usize = MAKS_VAERDI;
}

/// A calculator's raw input state: the text of every field, keyed by its share-link key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tilstand<S: Skema> {
    vaerdier: BTreeMap<&'static str, String>,
    _skema: PhantomData<S>,
}

impl<S: Skema> Default for Tilstand<S> {
    fn default() -> Self {
        // Inserted one by one, not collected: `collect` into a map sorts first, with the standard library's
        // sort compiled again for every calculator (about 5 KB of wasm each).
        let mut vaerdier = BTreeMap::new();
        for n in S::NOEGLER {
            vaerdier.insert(n.k, n.standard.to_string());
        }
        Tilstand {
            vaerdier,
            _skema: PhantomData,
        }
    }
}

impl<S: Skema> Tilstand<S> {
    /// The text of a field.
    #[inline]
    pub fn hent(&self, f: S::Felt) -> &str {
        self.hent_noegle(f.k())
    }

    /// The text of the field with the share-link key `k` ("" for a key the calculator does not have): for
    /// what arrives as a key (a link, a [`felt::Fejl`]).
    pub fn hent_noegle(&self, k: &str) -> &str {
        hent_i(&self.vaerdier, k)
    }

    /// A yes/no field.
    pub fn ja(&self, f: S::Felt) -> bool {
        self.hent(f) == "1"
    }

    /// Sets a field; `false` (and the field keeps its value) for a value outside a choice field's codes.
    pub fn saet(&mut self, f: S::Felt, v: &str) -> bool {
        self.saet_noegle(f.k(), v)
    }

    /// Sets the field with the share-link key `k` (as read from a link); `false` (and the field keeps its
    /// value) for an unknown key or a value outside a choice field's codes.
    pub fn saet_noegle(&mut self, k: &str, v: &str) -> bool {
        let Some(n) = S::NOEGLER.iter().find(|n| n.k == k) else {
            return false;
        };
        if let Art::Valg(koder) = n.art {
            if !koder.contains(&v) {
                return false;
            }
        }
        self.vaerdier.insert(n.k, v.to_string());
        true
    }

    /// Sets a field (ignores a refused code, which cannot happen for the UI's own codes).
    pub fn med(mut self, f: S::Felt, v: &str) -> Self {
        self.saet(f, v);
        self
    }
}

/// The text under key `k` (one copy of the code for all calculators).
fn hent_i<'a>(vaerdier: &'a BTreeMap<&'static str, String>, k: &str) -> &'a str {
    vaerdier.get(k).map(String::as_str).unwrap_or("")
}

/// A list field: rows separated by `~`, each row two parts separated by `skille`, at most `maks` rows. A row
/// without the separator is read by `uden_skille`.
pub fn raekker<S: Skema>(
    t: &Tilstand<S>,
    k: S::Felt,
    skille: char,
    maks: usize,
    uden_skille: fn(&str) -> (String, String),
) -> Vec<(String, String)> {
    t.hent(k)
        .split('~')
        .filter(|r| !r.is_empty())
        .take(maks)
        .map(|r| match r.split_once(skille) {
            Some((a, b)) => (a.to_string(), b.to_string()),
            None => uden_skille(r),
        })
        .collect()
}

/// Writes a list field (see [`raekker`]); the separators are removed from the values.
pub fn saet_raekker<S: Skema>(
    t: &mut Tilstand<S>,
    k: S::Felt,
    skille: char,
    maks: usize,
    rows: &[(String, String)],
) {
    let v: Vec<String> = rows
        .iter()
        .take(maks)
        .map(|(a, b)| {
            format!(
                "{}{skille}{}",
                a.replace(['~', skille], ""),
                b.replace(['~', skille], "")
            )
        })
        .collect();
    t.saet(k, &v.join("~"));
}

/// Yes/no codes.
pub const JA_NEJ: &[&str] = &["0", "1"];

/// The query part of a share link (without `?`), only with values that differ from the defaults.
pub fn til_fragment<S: Skema>(s: &Tilstand<S>) -> String {
    let mut dele = vec![format!("v={FORMAT}")];
    for n in S::NOEGLER {
        let v = s.hent_noegle(n.k);
        if v != n.standard {
            dele.push(format!("{}={}", n.k, kod(v)));
        }
    }
    dele.join("&")
}

/// The state read from a link or from storage, with what could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Indlaest<S: Skema> {
    pub tilstand: Tilstand<S>,
    /// Danish sentences for the user (empty when everything was read).
    pub problemer: Vec<String>,
}

/// Reads a share-link query (without `?`). Never fails: what cannot be read is reported and left at the
/// default.
pub fn fra_fragment<S: Skema>(q: &str) -> Indlaest<S> {
    let mut tilstand = Tilstand::<S>::default();
    let mut problemer = Vec::new();
    if q.len() > S::LAENGDE_MAKS {
        problemer.push(
            "Linket er for langt til at være fra Ressourceguiden. Vi har brugt standardværdierne."
                .into(),
        );
        return Indlaest {
            tilstand,
            problemer,
        };
    }
    let mut version = None;
    let mut ukendte = Vec::new();
    let mut ulaeselige = Vec::new();
    let mut set: Vec<&str> = Vec::new();
    let mut dubletter: Vec<String> = Vec::new();
    for del in q.split('&').filter(|d| !d.is_empty()) {
        let (k, v) = del.split_once('=').unwrap_or((del, ""));
        if set.contains(&k) {
            let navn = S::NOEGLER
                .iter()
                .find(|n| n.k == k)
                .map(|n| n.navn.to_string())
                .unwrap_or_else(|| k.chars().take(20).collect());
            if !dubletter.contains(&navn) {
                dubletter.push(navn);
            }
        } else if set.len() < 100 {
            set.push(k);
        }
        if k == "v" {
            version = v.parse::<u32>().ok();
            continue;
        }
        let Some(Noegle { navn, .. }) = S::NOEGLER.iter().find(|n| n.k == k) else {
            ukendte.push(k.chars().take(20).collect::<String>());
            continue;
        };
        let vaerdi = match dekod(v) {
            Some(v) if v.chars().count() <= S::VAERDI_MAKS => v,
            _ => {
                ulaeselige.push(*navn);
                continue;
            }
        };
        if !tilstand.saet_noegle(k, &vaerdi) {
            ulaeselige.push(*navn);
        }
    }
    match version {
        Some(FORMAT) => {}
        Some(_) => problemer.push(
            "Linket er fra en anden version af Ressourceguiden. Vi har læst det, vi kunne; tjek felterne."
                .into(),
        ),
        None => problemer.push(
            "Linket mangler sit versionsnummer og er måske ændret. Vi har læst det, vi kunne; tjek felterne."
                .into(),
        ),
    }
    if !ulaeselige.is_empty() {
        problemer.push(format!(
            "Disse felter i linket kunne ikke læses, så vi har brugt standardværdien: {}.",
            ulaeselige.join(", ")
        ));
    }
    if !ukendte.is_empty() {
        problemer.push(format!(
            "Linket indeholder noget, vi ikke kender ({}), og som vi har set bort fra.",
            ukendte.join(", ")
        ));
    }
    if !dubletter.is_empty() {
        problemer.push(format!(
            "Linket er måske ændret: det har det samme felt flere gange ({}). Vi har brugt den sidste værdi; tjek felterne.",
            dubletter.join(", ")
        ));
    }
    for (k, maks) in S::LISTER {
        let antal = tilstand
            .hent(*k)
            .split('~')
            .filter(|r| !r.is_empty())
            .count();
        if antal > *maks {
            let navn = k.navn();
            problemer.push(format!(
                "Linket har {antal} rækker i «{navn}», men vi kan højst læse {maks}. Vi har brugt de første {maks}."
            ));
        }
    }
    Indlaest {
        tilstand,
        problemer,
    }
}

/// What is saved on the device after opt-in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lager {
    pub v: u32,
    /// Calculator name → share-link query.
    #[serde(default)]
    pub sider: BTreeMap<String, String>,
}

/// Reads the stored JSON. `Err` with a Danish message when it is corrupt or from another version.
pub fn fra_lager(json: &str) -> Result<Lager, String> {
    if json.len() > MAKS_LAGER {
        return Err("De gemte oplysninger er for store og kan ikke læses.".into());
    }
    match serde_json::from_str::<Lager>(json) {
        Ok(l) if l.v == FORMAT => Ok(l),
        Ok(_) => Err(
            "De gemte oplysninger er fra en anden version af Ressourceguiden og kan ikke læses."
                .into(),
        ),
        Err(_) => Err("De gemte oplysninger er beskadigede og kan ikke læses.".into()),
    }
}

/// The stored JSON.
pub fn til_lager(l: &Lager) -> String {
    serde_json::to_string(l).unwrap_or_else(|_| format!("{{\"v\":{FORMAT}}}"))
}

/// Splits a location hash into route path and query: `#/ydelse?v=1&…` → ("/ydelse", Some("v=1&…")).
pub fn del_hash(hash: &str) -> (&str, Option<&str>) {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    match h.split_once('?') {
        Some((sti, q)) => (sti, Some(q)),
        None => (h, None),
    }
}

fn kod(s: &str) -> String {
    let mut ud = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' | b':' => {
                ud.push(b as char)
            }
            _ => ud.push_str(&format!("%{b:02X}")),
        }
    }
    ud
}

fn dekod(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut ud = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                ud.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                ud.push(b' ');
                i += 1;
            }
            c => {
                ud.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(ud).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_coding_round_trips_danish_text() {
        for s in ["", "20.000,50", "æøå ÆØÅ & = % # ?", "2024-03", "a+b"] {
            assert_eq!(dekod(&kod(s)).as_deref(), Some(s));
        }
        assert_eq!(dekod("%ZZ"), None);
        assert_eq!(dekod("%C3"), None);
        assert_eq!(dekod("%"), None);
    }

    #[test]
    fn hash_splits_into_route_and_query() {
        assert_eq!(
            del_hash("#/ydelse?v=1&m=2024-03"),
            ("/ydelse", Some("v=1&m=2024-03"))
        );
        assert_eq!(del_hash("#/ydelse"), ("/ydelse", None));
    }

    #[test]
    fn duplicate_keys_and_rows_over_the_cap_are_reported() {
        use crate::ui::sider::forloeb::{Forloeb, MAKS_TIDLIGERE};
        let dublet = |q: &str| {
            fra_fragment::<Forloeb>(q)
                .problemer
                .iter()
                .any(|p| p.contains("flere gange"))
        };
        assert!(dublet("v=1&fd=1.1.1970&fd=2.2.1970"));
        assert!(dublet("v=2&v=1&fd=1.1.1970"));
        assert!(!dublet("v=1&fd=1.1.1970&a=1.1.2024"));
        let raekker = ["1.1.2000_31.12.2000"; 20].join("~");
        let ind = fra_fragment::<Forloeb>(&format!("v=1&t={raekker}"));
        assert!(
            ind.problemer
                .iter()
                .any(|p| p.contains("20 rækker")
                    && p.contains(&format!("de første {MAKS_TIDLIGERE}"))),
            "{:?}",
            ind.problemer
        );
        let otte = ["1.1.2000_31.12.2000"; MAKS_TIDLIGERE].join("~");
        assert!(fra_fragment::<Forloeb>(&format!("v=1&t={otte}"))
            .problemer
            .is_empty());
    }

    #[test]
    fn storage_rejects_corrupt_and_foreign_data() {
        assert!(fra_lager("{").is_err());
        assert!(fra_lager("{\"v\":2}").is_err());
        assert!(fra_lager("[1,2]").is_err());
        let mut l = Lager {
            v: FORMAT,
            ..Default::default()
        };
        l.sider.insert("ydelse".into(), "v=1&l=20000".into());
        assert_eq!(fra_lager(&til_lager(&l)), Ok(l));
    }
}
