//! Robustness: feeds the rules, and every decoder of text from outside the app (the route, the share link
//! `tilstand::fra_fragment` through the field parsers to the rule, the stored data `tilstand::fra_lager`),
//! arbitrary — also absurd — inputs and fails on the first panic (or a share link that does not round-trip). A seeded generator, no nightly and no extra crates: each case has its own seed,
//! so any failure can be replayed exactly.
//!
//! ```text
//! cargo test --test fuzz                                   # smoke: 2,000 cases per target (in the normal suite)
//! RG_FUZZ_CASES=1000000 cargo test --release --test fuzz   # the full run
//! RG_FUZZ_SEED=7 RG_FUZZ_ONLY=ferie …                      # another seed; one target (name contains)
//! RG_FUZZ_REPLAY=ydelse:0x1234abcd cargo test --test fuzz  # print one case's input, then run it
//! ```
//!
//! Inputs mix realistic values (dates 1900–2100, amounts in kroner and øre) with edge values (the first and
//! last date chrono can hold, leap days, month ends, the law's key dates ± a few days, zero, `Decimal::MAX`,
//! negative amounts, 28 decimals, `u32::MAX` lengths, histories of thousands of months).
#![cfg(not(target_arch = "wasm32"))]

use std::any::Any;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use ressourceguiden::med_skema;
use ressourceguiden::rules::aktivloven::ferie::{self, FerieInput, Maanedsart};
use ressourceguiden::rules::aktivloven::ressourceforloebsydelse::{
    self as ydelse, Indtaegt, Indtaegtsart, Niveau, YdelseInput,
};
use ressourceguiden::rules::lab::forloebsgraenser::{self, ForloebInput, Periode};
use ressourceguiden::rules::lovdata::Forloebstype;
use ressourceguiden::rules::retssikkerhedsloven::{self, KlagefristInput, Levering};
use ressourceguiden::rules::{pensionsloven, tid};
use ressourceguiden::ui::register::{Beregner, BEREGNERE};
use ressourceguiden::ui::rute::Rute;
use ressourceguiden::ui::tilstand::{self, felt, Art, Skema, Tilstand};
use rust_decimal::Decimal;

/// Cases per target when `RG_FUZZ_CASES` is not set (the smoke run of the normal test suite).
const SMOKE_CASES: u64 = 2_000;

// ---------------------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------------------

/// SplitMix64: tiny, fast, and good enough to spread the cases.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn u32(&mut self) -> u32 {
        (self.u64() >> 32) as u32
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.u64() % n
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.u64() % ((hi - lo) as u64 + 1)) as i64
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn bool(&mut self) -> bool {
        self.u64() & 1 == 1
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }

    fn maybe<T>(&mut self, percent: u64, f: impl FnOnce(&mut Rng) -> T) -> Option<T> {
        if self.chance(percent) {
            Some(f(self))
        } else {
            None
        }
    }

    /// A length: mostly short, sometimes long, now and then huge.
    fn len(&mut self, typical: u64, long: u64) -> usize {
        match self.below(20) {
            0 => 0,
            1 => self.below(long + 1) as usize,
            _ => self.below(typical + 1) as usize,
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// Dates the rules care about: scheme starts, reforms, the last rates, leap days.
fn key_dates() -> [NaiveDate; 11] {
    [
        ymd(2013, 1, 1),
        ymd(2014, 7, 1),
        ymd(2022, 1, 1),
        ymd(2025, 7, 1),
        ymd(2026, 1, 31),
        ymd(2026, 2, 1),
        ymd(ressourceguiden::rules::lovdata::SENESTE_SATSAAR, 12, 31),
        ymd(ressourceguiden::rules::lovdata::SENESTE_SATSAAR + 1, 1, 4),
        ymd(2000, 2, 29),
        ymd(1954, 1, 1),
        ymd(1971, 1, 1),
    ]
}

/// Any date chrono can hold, weighted towards the ones that matter.
fn date(r: &mut Rng) -> NaiveDate {
    let (min, max) = (
        NaiveDate::MIN.num_days_from_ce(),
        NaiveDate::MAX.num_days_from_ce(),
    );
    let from_days =
        |d: i64| NaiveDate::from_num_days_from_ce_opt(d as i32).unwrap_or(NaiveDate::MIN);
    match r.below(10) {
        0..=3 => from_days(r.range(
            ymd(1900, 1, 1).num_days_from_ce() as i64,
            ymd(2100, 12, 31).num_days_from_ce() as i64,
        )),
        4 => from_days(r.range(min as i64, max as i64)),
        5 => from_days(r.range(min as i64, min as i64 + 400)),
        6 => from_days(r.range(max as i64 - 400, max as i64)),
        7 | 8 => {
            let k = r.pick(&key_dates()).num_days_from_ce() as i64;
            from_days(r.range(k - 40, k + 40))
        }
        _ => {
            // The last day of a month, or a 29 February.
            let y = r.range(1900, 2100) as i32;
            let m = r.range(1, 12) as u32;
            let first_next = if m == 12 {
                ymd(y + 1, 1, 1)
            } else {
                ymd(y, m + 1, 1)
            };
            if r.bool() {
                first_next.pred_opt().unwrap_or(first_next)
            } else {
                NaiveDate::from_ymd_opt(y, 2, 29).unwrap_or(first_next)
            }
        }
    }
}

/// A calendar month: realistic, or from any date (years far outside 1900–2200 included).
fn month(r: &mut Rng) -> tid::Maaned {
    if r.chance(70) {
        tid::Maaned::ny(r.range(2010, 2030) as i32, r.range(1, 12) as u32)
            .unwrap_or_else(|| tid::Maaned::af_dato(date(r)))
    } else {
        tid::Maaned::af_dato(date(r))
    }
}

/// An amount: kroner, øre, huge, negative, zero, tiny, up to 28 decimals, `Decimal::MAX`/`MIN`.
fn amount(r: &mut Rng) -> Decimal {
    match r.below(12) {
        0 => Decimal::ZERO,
        1..=4 => Decimal::new(r.range(0, 5_000_000), 2),
        5 => Decimal::new(r.range(0, 60_000), 0),
        6 => Decimal::new(r.range(-1_000_000, 1_000_000), r.range(0, 28) as u32),
        7 => r.pick(&[
            Decimal::MAX,
            Decimal::MIN,
            Decimal::ONE,
            Decimal::NEGATIVE_ONE,
            Decimal::new(1, 28),
            Decimal::new(-1, 28),
            Decimal::from(i64::MAX),
            Decimal::from(u64::MAX),
        ]),
        8 | 9 => Decimal::from_parts(r.u32(), r.u32(), r.u32(), r.bool(), r.below(29) as u32),
        _ => Decimal::from_parts(r.u32(), r.u32(), 0, false, r.below(29) as u32),
    }
}

/// A count: small, around the law's limits, or anything up to `u32::MAX`.
fn count(r: &mut Rng) -> u32 {
    match r.below(8) {
        0 => 0,
        1..=3 => r.range(1, 60) as u32,
        4 => r.pick(&[12, 36, 60, 120, 121, 365, 366, 367]),
        5 => r.pick(&[
            u32::MAX,
            u32::MAX - 1,
            i32::MAX as u32,
            (i32::MAX as u32) + 1,
        ]),
        _ => r.u32(),
    }
}

fn forloebstype(r: &mut Rng) -> Forloebstype {
    r.pick(&[Forloebstype::Ressourceforloeb, Forloebstype::Jobafklaring])
}

/// Text of every kind: fragments and share-link-like strings, percent escapes, base64url, JSON-ish, random
/// Unicode, control characters, very long strings.
fn text(r: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "#",
        "/",
        "#/",
        "?",
        "&",
        "=",
        "%",
        "%2F",
        "%ZZ",
        "%e2%80",
        "..",
        ".",
        "ydelse",
        "forloeb",
        "om",
        "rettigheder",
        "tilgaengelighed",
        "v=1",
        "m=2024-05",
        "2024-13-45",
        "-",
        "+",
        "0",
        "9999999999999999",
        "{",
        "}",
        "\"",
        ":",
        ",",
        "[",
        "]",
        "null",
        "true",
        "ÆØÅ",
        "æøå",
        "é",
        "\u{0}",
        "\u{200b}",
        "\u{1F600}",
        "\u{FEFF}",
        " ",
        "\t",
        "\n",
        "<script>",
        "'",
        "\\",
        "AAAA",
        "____",
        "-_",
        "==",
    ];
    let n = r.len(12, 400);
    let mut s = String::new();
    for _ in 0..n {
        match r.below(4) {
            0 => s.push(char::from_u32(r.below(0x11_0000) as u32).unwrap_or('\u{FFFD}')),
            1 => s.push((b' ' + r.below(95) as u8) as char),
            _ => s.push_str(r.pick(PIECES)),
        }
    }
    if r.chance(1) {
        s = s.repeat(1 + r.below(200) as usize);
    }
    s
}

// ---------------------------------------------------------------------------------------------------------
// The inputs
// ---------------------------------------------------------------------------------------------------------

/// Half the cases: everything arbitrary. The other half: a plausible situation with up to three fields
/// replaced by arbitrary values, so that the inputs also get past validation into the calculations.
fn ydelse_input(r: &mut Rng) -> YdelseInput {
    if r.bool() {
        return ydelse_arbitrary(r);
    }
    let mut i = ydelse_plausible(r);
    for _ in 0..r.below(4) {
        let a = ydelse_arbitrary(r);
        match r.below(12) {
            0 => i.maaned = a.maaned,
            1 => i.forloeb_start = a.forloeb_start,
            2 => i.afgoerelse = a.afgoerelse,
            3 => i.foedselsdato = a.foedselsdato,
            4 => i.barn_foedt = a.barn_foedt,
            5 => i.sdp_uge = a.sdp_uge,
            6 => i.sdp_ophoer = a.sdp_ophoer,
            7 => i.loen = a.loen,
            8 => (i.ferie_godtgoerelse, i.ferie_start) = (a.ferie_godtgoerelse, a.ferie_start),
            9 => i.feriedage = a.feriedage,
            10 => (i.tilbud_indtaegt, i.tilbud_timer) = (a.tilbud_indtaegt, a.tilbud_timer),
            _ => i.indtaegter = a.indtaegter,
        }
    }
    i
}

fn kroner(r: &mut Rng, max: i64) -> Decimal {
    Decimal::new(r.range(0, max * 100), 2)
}

fn ydelse_plausible(r: &mut Rng) -> YdelseInput {
    let forloeb = forloebstype(r);
    let first = if forloeb == Forloebstype::Jobafklaring {
        18
    } else {
        0
    };
    // January 2013 to December of the year after the newest rate year (that year is computed foreløbig).
    let idx = r.range(
        first,
        ((ressourceguiden::rules::lovdata::SENESTE_SATSAAR + 2 - 2013) * 12 - 1) as i64,
    );
    let maaned = tid::Maaned::ny(2013 + (idx / 12) as i32, (idx % 12 + 1) as u32)
        .unwrap_or_else(|| month(r));
    let m0 = maaned.foerste_dag();
    let back = |r: &mut Rng, days: i64| {
        m0.checked_sub_signed(chrono::Duration::days(r.range(0, days)))
            .unwrap_or(m0)
    };
    let near = |r: &mut Rng| {
        m0.checked_add_signed(chrono::Duration::days(r.range(-60, 60)))
            .unwrap_or(m0)
    };
    let niveau = r.pick(&[
        Niveau::Kontanthjaelp,
        Niveau::Kontanthjaelp,
        Niveau::Sygedagpenge,
        Niveau::Ledighedsydelse,
        Niveau::LedighedsydelseKontanthjaelp,
    ]);
    let ferie = r.chance(25);
    YdelseInput {
        maaned,
        forloeb,
        forloeb_start: back(r, 1500).max(ymd(2013, 1, 1)),
        afgoerelse: r.maybe(30, |r| back(r, 1500)),
        niveau,
        forsoerger: r.bool(),
        hjemmeboende: r.chance(30),
        foedselsdato: r.maybe(80, |r| {
            ymd(
                r.range(1955, 2005) as i32,
                r.range(1, 12) as u32,
                r.range(1, 28) as u32,
            )
        }),
        normalbidrag: r.maybe(15, |r| kroner(r, 2_000)),
        barn_foedt: r.maybe(15, near),
        sdp_uge: if niveau == Niveau::Sygedagpenge || r.chance(20) {
            Some(kroner(r, 6_000))
        } else {
            None
        },
        sdp_ophoer: r.maybe(30, near),
        ledighedsydelse_uge: r.maybe(30, |r| kroner(r, 5_000)),
        loen: if r.chance(50) {
            kroner(r, 40_000)
        } else {
            Decimal::ZERO
        },
        ferie_godtgoerelse: if ferie {
            kroner(r, 20_000)
        } else {
            Decimal::ZERO
        },
        ferie_start: if ferie { Some(near(r)) } else { None },
        feriedage: if ferie { r.range(1, 30) as u32 } else { 0 },
        tilbud_indtaegt: if r.chance(20) {
            kroner(r, 10_000)
        } else {
            Decimal::ZERO
        },
        tilbud_timer: if r.chance(20) {
            kroner(r, 160)
        } else {
            Decimal::ZERO
        },
        indtaegter: (0..r.below(3))
            .map(|_| Indtaegt {
                art: r.pick(&INDTAEGTSARTER),
                beloeb: kroner(r, 10_000),
            })
            .collect(),
    }
}

const INDTAEGTSARTER: [Indtaegtsart; 11] = [
    Indtaegtsart::Lejeindtaegt,
    Indtaegtsart::ManglendeAnsaettelsesbevis,
    Indtaegtsart::PrivatForsikring,
    Indtaegtsart::InvalidepensionArbejdsmarked,
    Indtaegtsart::Anden,
    Indtaegtsart::Invaliditetsydelse,
    Indtaegtsart::Valgvederlag,
    Indtaegtsart::SkattefritLegat,
    Indtaegtsart::ErstatningErhvervsevne,
    Indtaegtsart::GodtgoerelseLab175176,
    Indtaegtsart::Boernerelateret,
];

fn ydelse_arbitrary(r: &mut Rng) -> YdelseInput {
    const NIVEAUER: [Niveau; 5] = [
        Niveau::Kontanthjaelp,
        Niveau::Sygedagpenge,
        Niveau::Ledighedsydelse,
        Niveau::LedighedsydelseKontanthjaelp,
        Niveau::Foertidspension,
    ];
    let maaned = month(r);
    let indtaegter = (0..r.len(3, 60))
        .map(|_| Indtaegt {
            art: r.pick(&INDTAEGTSARTER),
            beloeb: amount(r),
        })
        .collect();
    YdelseInput {
        maaned,
        forloeb: forloebstype(r),
        forloeb_start: date(r),
        afgoerelse: r.maybe(50, date),
        niveau: r.pick(&NIVEAUER),
        forsoerger: r.bool(),
        hjemmeboende: r.bool(),
        foedselsdato: r.maybe(70, date),
        normalbidrag: r.maybe(30, amount),
        barn_foedt: r.maybe(20, date),
        sdp_uge: r.maybe(60, amount),
        sdp_ophoer: r.maybe(40, date),
        ledighedsydelse_uge: r.maybe(40, amount),
        loen: if r.chance(60) {
            amount(r)
        } else {
            Decimal::ZERO
        },
        ferie_godtgoerelse: if r.chance(30) {
            amount(r)
        } else {
            Decimal::ZERO
        },
        ferie_start: r.maybe(40, date),
        feriedage: count(r),
        tilbud_indtaegt: if r.chance(30) {
            amount(r)
        } else {
            Decimal::ZERO
        },
        tilbud_timer: if r.chance(30) {
            amount(r)
        } else {
            Decimal::ZERO
        },
        indtaegter,
    }
}

/// Like [`ydelse_input`]: half arbitrary, half plausible with up to three arbitrary fields.
fn forloeb_input(r: &mut Rng) -> ForloebInput {
    if r.bool() {
        return forloeb_arbitrary(r);
    }
    let afgoerelse = ymd(
        r.range(
            2013,
            ressourceguiden::rules::lovdata::SENESTE_SATSAAR as i64 + 1,
        ) as i32,
        r.range(1, 12) as u32,
        r.range(1, 28) as u32,
    );
    let years =
        |r: &mut Rng, lo: i64, hi: i64| chrono::Months::new(r.range(lo * 12, hi * 12) as u32);
    let foedselsdato = afgoerelse
        .checked_sub_months(years(r, 18, 72))
        .unwrap_or(afgoerelse);
    let voksen = foedselsdato
        .checked_add_months(chrono::Months::new(18 * 12))
        .unwrap_or(foedselsdato);
    // Earlier forløb one after another, between the 18th birthday and the decision.
    let mut tidligere = Vec::new();
    let mut fra = voksen + chrono::Duration::days(r.range(0, 3000));
    for _ in 0..r.below(4) {
        let til = fra + chrono::Duration::days(r.range(30, 1900));
        if til >= afgoerelse {
            break;
        }
        tidligere.push(Periode { fra, til });
        fra = til + chrono::Duration::days(r.range(1, 900));
    }
    let mut i = ForloebInput {
        forloeb: forloebstype(r),
        foedselsdato,
        afgoerelse,
        start: r.maybe(50, |r| afgoerelse + chrono::Duration::days(r.range(0, 90))),
        laengde_maaneder: r.range(1, 60) as u32,
        tidligere,
        oensker: r.bool(),
        fritagne_dage: if r.chance(20) {
            r.range(0, 200) as u32
        } else {
            0
        },
    };
    for _ in 0..r.below(4) {
        let a = forloeb_arbitrary(r);
        match r.below(6) {
            0 => i.foedselsdato = a.foedselsdato,
            1 => i.afgoerelse = a.afgoerelse,
            2 => i.start = a.start,
            3 => i.laengde_maaneder = a.laengde_maaneder,
            4 => i.tidligere = a.tidligere,
            _ => i.fritagne_dage = a.fritagne_dage,
        }
    }
    i
}

fn forloeb_arbitrary(r: &mut Rng) -> ForloebInput {
    let tidligere = (0..r.len(3, 200))
        .map(|_| Periode {
            fra: date(r),
            til: date(r),
        })
        .collect();
    ForloebInput {
        forloeb: forloebstype(r),
        foedselsdato: date(r),
        afgoerelse: date(r),
        start: r.maybe(50, date),
        laengde_maaneder: count(r),
        tidligere,
        oensker: r.bool(),
        fritagne_dage: count(r),
    }
}

fn ferie_input(r: &mut Rng) -> FerieInput {
    const ARTER: [Maanedsart; 3] = [
        Maanedsart::Hjaelp,
        Maanedsart::Loentilskud,
        Maanedsart::Ingen,
    ];
    // Runs of the same kind, so that chains of 12+ months actually happen.
    let n = r.len(48, 5_000);
    let mut maaneder = Vec::with_capacity(n);
    while maaneder.len() < n {
        let art = if r.chance(70) {
            Maanedsart::Hjaelp
        } else {
            r.pick(&ARTER)
        };
        let run = 1 + r.below(30) as usize;
        maaneder.extend(std::iter::repeat_n(art, run.min(n - maaneder.len())));
    }
    FerieInput {
        forloeb: forloebstype(r),
        fra: month(r),
        maaneder,
    }
}

fn klagefrist_input(r: &mut Rng) -> KlagefristInput {
    let dato = date(r);
    let klage_modtaget = r.maybe(60, |r| {
        if r.bool() {
            date(r)
        } else {
            // A complaint some days after the decision (the usual case).
            dato.checked_add_signed(chrono::Duration::days(r.range(0, 60)))
                .unwrap_or(dato)
        }
    });
    KlagefristInput {
        dato,
        levering: r.pick(&[
            Levering::DigitalPost,
            Levering::AlmindeligPost,
            Levering::Personligt,
        ]),
        klage_modtaget,
    }
}

// ---------------------------------------------------------------------------------------------------------
// The targets
// ---------------------------------------------------------------------------------------------------------

/// What a case ended in (kind, and e.g. the field an input was refused for), counted to show how deep the
/// generated inputs reach.
type Outcome = (&'static str, &'static str);

/// One thing to fuzz: builds its input from the generator and calls the code under test.
struct Target {
    name: &'static str,
    /// Generate one input from `rng`, optionally print it (replay), and run it. Panics on a bug.
    run: fn(&mut Rng, bool) -> Outcome,
}

fn show<T: std::fmt::Debug>(print: bool, input: &T) {
    if print {
        eprintln!("{input:#?}");
    }
}

/// A decoder of text: (name, run it on the text; panics on a bug).
type Decoder = (&'static str, fn(&str));

/// Decoders of text from outside the app, each fed arbitrary text: the route, the share link (for every
/// calculator, through to the calculation), the stored data, and the field parsers. A new decoder of outside
/// text goes here (and, if it has a structure worth generating, gets its own target like "delelink").
const TEXT_DECODERS: &[Decoder] = &[
    ("rute::fra_hash", |s| {
        if let Some(r) = Rute::fra_hash(s) {
            // What the router parses must lead back to the same page.
            assert_eq!(Rute::fra_hash(&r.hash()), Some(r));
        }
    }),
    ("tid::parse_iso", |s| {
        if let Some(d) = tid::parse_iso(s) {
            assert_eq!(tid::parse_iso(&tid::iso(d)), Some(d));
        }
    }),
    ("Maaned::parse", |s| {
        let _ = tid::Maaned::parse(s);
    }),
    ("tilstand::fra_fragment + til_input + regel", |s| {
        for b in BEREGNERE {
            let _ = registry_stored(b, s);
        }
    }),
    ("tilstand::fra_lager", |s| {
        let _ = stored(s);
    }),
    ("tilstand::del_hash", |s| {
        let _ = tilstand::del_hash(s);
    }),
    ("felt::beloeb/dato/heltal/decimaltal", |s| {
        let _ = felt::beloeb(s, Decimal::MAX);
        let _ = felt::beloeb(s, Decimal::from(500_000));
        let _ = felt::dato(s);
        let _ = felt::heltal(s, u32::MAX, "dage");
        let _ = felt::decimaltal(s, Decimal::MAX, "timer");
    }),
];

/// The invariants of «Tjek dine udbetalinger» (an extra for that calculator; every calculator of the
/// registry is run through [`Skema::til_input`] and [`Skema::regn`] by [`share_link`] without code here).
fn udbetalinger_invariants(input: &dyn Any, resultat: &dyn Any) {
    use ressourceguiden::rules::aktivloven::udbetalinger as u;
    let (Some(i), Some(r)) = (
        input.downcast_ref::<u::UdbetalingerInput>(),
        resultat.downcast_ref::<u::Resultat>(),
    ) else {
        return;
    };
    if let u::Udfald::Beregnet(b) = &r.udfald {
        // Every month is checked, and the totals are the sums of the «afviger» months.
        assert_eq!(b.maaneder.len(), i.maaneder.len());
        assert_eq!(
            b.antal_passer + b.antal_afviger + b.antal_kan_ikke,
            b.maaneder.len()
        );
        assert!(!b.efterbetaling.is_sign_negative() || b.efterbetaling.is_zero());
    }
}

/// A «Tjek dine udbetalinger» link: the period facts and up to 24 months of cells (now and then feriepenge and
/// pay in a tilbud with its hours) as people type them (and sometimes anything), joined by `~`, now and then cut.
fn udbetalinger_link(r: &mut Rng) -> String {
    use ressourceguiden::ui::sider::udbetalinger::{
        saet_celle, Udbetalinger, UdbetalingerFelt as F,
    };
    use tilstand::Felt;
    let mut t = Tilstand::<Udbetalinger>::default();
    t.saet(F::Start, &typed(r, Kind::Date));
    t.saet(F::FoersteMaaned, &tid::Maaned::to_string(&month(r)));
    t.saet(F::Antal, &r.range(0, 26).to_string());
    if r.bool() {
        t.saet(F::Forsoerger, "1");
    }
    if r.chance(20) {
        t.saet(F::Niveau, r.pick(tilstand::periode::NIVEAUER));
    }
    if r.chance(20) {
        t.saet(F::BarnFoedt, &typed(r, Kind::Date));
    }
    for k in ["mk", "ml", "mi", "mm", "mf", "mfs", "mfd", "mti", "mtt"] {
        let felt = F::fra_noegle(k).expect("a column key");
        // Feriepenge and tilbud are rare: most months leave them empty.
        let n = if k.starts_with("mf") || k.starts_with("mt") {
            r.below(4) * r.below(9)
        } else {
            r.below(26)
        };
        for i in 0..n as usize {
            let v = match (k, r.below(10)) {
                (_, 0) => field_text(r),
                (_, 1) => String::new(),
                ("mm" | "mfs", _) => typed(r, Kind::Date),
                ("mfd", _) => r.range(0, 25).to_string(),
                ("mtt", _) => typed(r, Kind::Hours),
                _ => typed(r, Kind::Amount),
            };
            saet_celle(&mut t, felt, i, &v);
        }
    }
    let q = tilstand::til_fragment(&t);
    if r.chance(5) {
        let mut i = r.below(q.len() as u64 + 1) as usize;
        while !q.is_char_boundary(i) {
            i -= 1;
        }
        return q[..i].to_string();
    }
    q
}

/// A random share link for a calculator of the registry, read as the app reads it (`med_skema!` is generated
/// from the registry: a calculator added to `content/beregnere.toml` is fuzzed with no change here).
/// «Tjek dine udbetalinger» has its own generator of month tables (an extra, not needed for a new calculator).
fn registry_link(b: Beregner, r: &mut Rng, p: bool) -> &'static str {
    if b == Beregner::Udbetalinger {
        let q = udbetalinger_link(r);
        show(p, &q);
        return share_link::<ressourceguiden::ui::sider::udbetalinger::Udbetalinger>(&q);
    }
    med_skema!(b, S => {
        let q = link::<S>(r);
        show(p, &q);
        share_link::<S>(&q)
    })
}

/// A stored page's query for a calculator of the registry.
fn registry_stored(b: Beregner, q: &str) -> &'static str {
    med_skema!(b, S => share_link::<S>(q))
}

/// A share-link query read as the app reads it, then on through the fields to the rule. What was read must
/// survive another round trip through the link unchanged — as long as the new link is not longer than the reader
/// accepts (`MAKS_LAENGDE`). (Found by this fuzzer: values of up to `MAKS_VAERDI` *characters* are accepted,
/// but percent-encoding multiplies non-ASCII text by up to 12, so a state with long Danish text can be written
/// to a link the reader then refuses as too long — with a message, never a panic.)
fn share_link<S: Skema>(q: &str) -> &'static str {
    let read = tilstand::fra_fragment::<S>(q);
    let link = tilstand::til_fragment(&read.tilstand);
    let again = tilstand::fra_fragment::<S>(&link);
    assert!(
        again.tilstand == read.tilstand || link.len() > tilstand::MAKS_LAENGDE,
        "the share link does not round-trip: {q:?} -> {link:?}"
    );
    match S::til_input(&read.tilstand) {
        Ok(i) => {
            let r = S::regn(&i);
            udbetalinger_invariants(&i, &r);
            S::udfald(&r)
        }
        Err(_) => "felter afvist",
    }
}

/// Stored data read as the app reads it; every stored page's query goes on through its calculator.
fn stored(json: &str) -> &'static str {
    let Ok(l) = tilstand::fra_lager(json) else {
        return "afvist";
    };
    for (side, q) in &l.sider {
        match Beregner::fra_navn(side) {
            Some(b) => registry_stored(b, q),
            None => "ukendt side",
        };
    }
    "læst"
}

/// The text of one field: what people type (amounts with Danish separators, dates, months, numbers, the
/// row lists of the multi-row fields, month codes), or anything.
fn field_text(r: &mut Rng) -> String {
    let amount_text = |r: &mut Rng| {
        r.pick(&[
            "20.000,50",
            "20000",
            "0",
            "-5",
            "1e9",
            "999999999999999999999999999999",
            "12,345678901234567890123456789",
            "1.2.3",
            "kr. 100",
            " 42 ",
            "0,005",
        ])
        .to_string()
    };
    let date_text = |r: &mut Rng| {
        let d = date(r);
        match r.below(4) {
            0 => tid::iso(d),
            1 => format!("{}.{}.{}", d.day(), d.month(), d.year()),
            2 => format!("{:02}-{:02}-{}", d.day(), d.month(), d.year()),
            _ => format!("{}-{:02}", d.year(), d.month()),
        }
    };
    match r.below(9) {
        0 | 1 => amount_text(r),
        2 | 3 => date_text(r),
        4 => r.range(-5, 5_000).to_string(),
        5 => count(r).to_string(),
        6 => (0..r.len(3, 20))
            .map(|_| {
                format!(
                    "{}:{}",
                    r.pick(&["anden", "leje", "boern", "x", ""]),
                    amount_text(r)
                )
            })
            .collect::<Vec<_>>()
            .join("~"),
        7 => (0..r.len(3, 20))
            .map(|_| format!("{}_{}", date_text(r), date_text(r)))
            .collect::<Vec<_>>()
            .join("~"),
        _ => {
            if r.bool() {
                (0..r.len(40, 400))
                    .map(|_| r.pick(&['h', 'l', 'i', 'h', 'h', 'x']))
                    .collect()
            } else {
                text(r)
            }
        }
    }
}

/// What a share-link field holds (from the calculators' `felter!` in `src/ui/sider/<navn>.rs`), to generate
/// values that get past the field parsers into the rules.
#[derive(Clone, Copy)]
enum Kind {
    Month,
    Date,
    Amount,
    Count,
    Hours,
    IncomeRows,
    PeriodRows,
    MonthCodes,
    Other,
}

fn kind(calculator: &str, key: &str) -> Kind {
    match (calculator, key) {
        ("ydelse", "m") | ("ferie", "fra") => Kind::Month,
        ("ydelse", "s" | "a" | "fd" | "bf" | "so" | "fst")
        | ("forloeb", "fd" | "a" | "s" | "sl")
        | ("klagefrist", "d" | "k")
        | ("forloebet-slutter", "s" | "sl" | "fd")
        | ("moede", "d") => Kind::Date,
        ("ydelse", "nb" | "su" | "lu" | "l" | "fg" | "ti" | "kb" | "kg" | "kf") => Kind::Amount,
        ("ydelse", "fdg") | ("forloeb" | "forloebet-slutter", "lm") | ("forloeb", "fr") => {
            Kind::Count
        }
        ("ydelse", "tt") => Kind::Hours,
        ("ydelse", "i") => Kind::IncomeRows,
        ("forloeb", "t") => Kind::PeriodRows,
        ("ferie", "m") => Kind::MonthCodes,
        _ => Kind::Other,
    }
}

/// A value as a person would type it into a field of this kind.
fn typed(r: &mut Rng, k: Kind) -> String {
    let day = |r: &mut Rng| {
        let d = ymd(
            r.range(1950, 2030) as i32,
            r.range(1, 12) as u32,
            r.range(1, 28) as u32,
        );
        if r.bool() {
            tid::iso(d)
        } else {
            format!("{}.{}.{}", d.day(), d.month(), d.year())
        }
    };
    let kr = |r: &mut Rng| match r.below(3) {
        0 => r.range(0, 40_000).to_string(),
        1 => format!("{}.{:03}", r.range(1, 40), r.range(0, 999)),
        _ => format!("{},{:02}", r.range(0, 40_000), r.range(0, 99)),
    };
    match k {
        Kind::Month => format!(
            "{}-{:02}",
            r.range(
                2013,
                ressourceguiden::rules::lovdata::SENESTE_SATSAAR as i64 + 1
            ),
            r.range(1, 12)
        ),
        Kind::Date if r.bool() => tid::iso(ymd(
            r.range(
                2012,
                ressourceguiden::rules::lovdata::SENESTE_SATSAAR as i64,
            ) as i32,
            r.range(1, 12) as u32,
            r.range(1, 28) as u32,
        )),
        Kind::Date => day(r),
        Kind::Amount => kr(r),
        Kind::Count => r.range(0, 60).to_string(),
        Kind::Hours => format!("{},{}", r.range(0, 160), r.range(0, 9)),
        Kind::IncomeRows => (0..r.below(4))
            .map(|_| {
                let art = r.pick(&[
                    "anden",
                    "leje",
                    "forsikring",
                    "invalidepension",
                    "ansaettelsesbevis",
                    "invaliditetsydelse",
                    "legat",
                    "erstatning",
                    "valg",
                    "transport",
                    "boern",
                ]);
                format!("{art}:{}", kr(r))
            })
            .collect::<Vec<_>>()
            .join("~"),
        Kind::PeriodRows => (0..r.below(4))
            .map(|_| format!("{}_{}", day(r), day(r)))
            .collect::<Vec<_>>()
            .join("~"),
        Kind::MonthCodes => (0..r.range(1, 60))
            .map(|_| r.pick(&['h', 'h', 'h', 'l', 'i']))
            .collect(),
        Kind::Other => field_text(r),
    }
}

/// A share-link query for `S`: the app's own encoding of field values (mostly typed as people type them,
/// sometimes anything), then now and then damaged.
fn link<S: Skema>(r: &mut Rng) -> String {
    if r.chance(10) {
        return text(r);
    }
    let mut t = Tilstand::<S>::default();
    for n in S::NOEGLER {
        // The fields a calculation needs are usually filled in; the optional ones usually not.
        let needed = matches!(
            (S::NAVN, n.k),
            ("ydelse", "m" | "s")
                | ("forloeb", "fd" | "a" | "lm")
                | ("ferie", "fra" | "m")
                | ("klagefrist", "d")
                | ("forloebet-slutter", "s" | "lm")
        );
        if r.chance(if needed { 5 } else { 65 }) {
            continue;
        }
        let v = match n.art {
            Art::Valg(codes) if r.chance(90) => r.pick(codes).to_string(),
            _ if r.chance(85) => typed(r, kind(S::NAVN, n.k)),
            _ => field_text(r),
        };
        t.saet_noegle(n.k, &v);
    }
    let mut q = tilstand::til_fragment(&t);
    let boundary = |q: &str, r: &mut Rng| {
        let mut i = r.below(q.len() as u64 + 1) as usize;
        while !q.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    match r.below(10) {
        0 => {
            q = q.replacen(
                "v=1",
                &format!("v={}", r.pick(&["2", "0", "", "x", "99999999999"])),
                1,
            )
        }
        1 => q = q.replacen("v=1&", "", 1),
        2 => q.push_str(&format!("&{}={}", text(r), text(r))),
        3 => {
            let cut = boundary(&q, r);
            q.truncate(cut);
        }
        4 => {
            let at = boundary(&q, r);
            q.insert(at, r.pick(&['%', '&', '=', '+', '~']));
        }
        _ => {}
    }
    q
}

/// Stored JSON: the app's own format with share-link queries, an arbitrary text, or a damaged version.
fn stored_json(r: &mut Rng) -> String {
    if r.chance(15) {
        return text(r);
    }
    let mut sider = serde_json_like(r);
    match r.below(8) {
        0 => {
            let mut cut = r.below(sider.len() as u64 + 1) as usize;
            while !sider.is_char_boundary(cut) {
                cut -= 1;
            }
            sider.truncate(cut);
        }
        1 => {
            sider = sider.replacen(
                "\"v\":1",
                &format!("\"v\":{}", r.pick(&["2", "-1", "1e400", "null", "\"1\""])),
                1,
            )
        }
        _ => {}
    }
    sider
}

/// `{"v":1,"sider":{…}}` with JSON-escaped queries (written by hand: no JSON crate in the tests).
fn serde_json_like(r: &mut Rng) -> String {
    let esc = |s: &str| {
        let mut o = String::new();
        for c in s.chars() {
            match c {
                '"' => o.push_str("\\\""),
                '\\' => o.push_str("\\\\"),
                c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
                c => o.push(c),
            }
        }
        o
    };
    let mut entries = Vec::new();
    for _ in 0..r.len(3, 8) {
        let (name, q) = if r.chance(80) {
            // A calculator of the registry with one of its links.
            let b = BEREGNERE[r.below(BEREGNERE.len() as u64) as usize];
            (b.navn().to_string(), med_skema!(b, S => link::<S>(r)))
        } else {
            (text(r), text(r))
        };
        entries.push(format!("\"{}\":\"{}\"", esc(&name), esc(&q)));
    }
    format!("{{\"v\":1,\"sider\":{{{}}}}}", entries.join(","))
}

const TARGETS: &[Target] = &[
    Target {
        name: "ydelse (ressourceforloebsydelse::beregn)",
        run: |r, p| {
            let i = ydelse_input(r);
            show(p, &i);
            match ydelse::beregn(&i).udfald {
                ydelse::Udfald::Beregnet(b) => {
                    assert!(
                        !b.ydelse.is_sign_negative() || b.ydelse.is_zero(),
                        "negative ydelse {}",
                        b.ydelse
                    );
                    ("beregnet", "")
                }
                ydelse::Udfald::IkkeTilgaengelig(_) => ("ikke tilgængelig", ""),
                ydelse::Udfald::Foertidspension => ("førtidspension", ""),
                ydelse::Udfald::ManglerSats(_) => ("mangler sats", ""),
                ydelse::Udfald::ManglerOplysning { felt, .. } => ("mangler oplysning", felt),
            }
        },
    },
    Target {
        name: "forloeb (forloebsgraenser::vurder)",
        run: |r, p| {
            let i = forloeb_input(r);
            show(p, &i);
            match forloebsgraenser::vurder(&i).udfald {
                forloebsgraenser::Udfald::Vurderet(_) => ("vurderet", ""),
                forloebsgraenser::Udfald::Ugyldig { felt, .. } => ("ugyldig", felt),
            }
        },
    },
    Target {
        name: "ferie (ferie::vurder)",
        run: |r, p| {
            let i = ferie_input(r);
            show(p, &i);
            match ferie::vurder(&i).udfald {
                ferie::Udfald::Vurderet(_) => ("vurderet", ""),
                ferie::Udfald::Ugyldig { felt, .. } => ("ugyldig", felt),
            }
        },
    },
    Target {
        name: "klagefrist (retssikkerhedsloven::beregn)",
        run: |r, p| {
            let i = klagefrist_input(r);
            show(p, &i);
            match retssikkerhedsloven::beregn(&i).udfald {
                retssikkerhedsloven::Udfald::Beregnet(_) => ("beregnet", ""),
                retssikkerhedsloven::Udfald::Ugyldig { felt, .. } => ("ugyldig", felt),
            }
        },
    },
    Target {
        name: "folkepension (pensionsloven::folkepensionsalder)",
        run: |r, p| {
            let d = date(r);
            show(p, &d);
            let _ = pensionsloven::beregn(d);
            match pensionsloven::folkepensionsalder(d) {
                Some(fp) => {
                    assert!(
                        fp.dato > d,
                        "folkepension on {} for someone born {d}",
                        fp.dato
                    );
                    let _ = fp.alder_tekst();
                    ("alder fundet", "")
                }
                None => ("ingen (uden for kalenderen)", ""),
            }
        },
    },
    Target {
        name: "delelink (tilstand::fra_fragment -> til_input -> regel)",
        run: |r, p| {
            // Every calculator of the registry, in turn at random.
            let b = BEREGNERE[r.below(BEREGNERE.len() as u64) as usize];
            (registry_link(b, r, p), b.navn())
        },
    },
    Target {
        name: "delelink udbetalinger (24 måneder -> til_input -> regel)",
        run: |r, p| {
            let q = udbetalinger_link(r);
            show(p, &q);
            (
                share_link::<ressourceguiden::ui::sider::udbetalinger::Udbetalinger>(&q),
                "udbetalinger",
            )
        },
    },
    Target {
        name: "lager (tilstand::fra_lager -> fra_fragment -> regel)",
        run: |r, p| {
            let json = stored_json(r);
            show(p, &json);
            (stored(&json), "")
        },
    },
    Target {
        name: "tekst (URL fragment and other decoders)",
        run: |r, p| {
            let s = text(r);
            show(p, &s);
            for (_, decode) in TEXT_DECODERS {
                decode(&s);
            }
            match Rute::fra_hash(&s) {
                Some(Rute::IkkeFundet(_)) => ("rute: ikke fundet", ""),
                Some(_) => ("rute: en side", ""),
                None => ("rute: intet (anker)", ""),
            }
        },
    },
];

// ---------------------------------------------------------------------------------------------------------
// The runner
// ---------------------------------------------------------------------------------------------------------

/// Inputs that once panicked (found by this fuzzer), run before every fuzz run.
fn regressions() {
    CURRENT.with(|c| c.set(("regressions", 0)));
    let m = tid::Maaned::ny(2024, 5).unwrap_or_else(|| tid::Maaned::af_dato(ymd(2024, 5, 1)));
    let base = YdelseInput::ny(m, Forloebstype::Ressourceforloeb, ymd(2023, 1, 1));

    // Decimal overflow in the wage deduction: absurd amounts are now refused.
    let mut i = base.clone();
    i.loen = Decimal::MAX;
    i.ferie_godtgoerelse = Decimal::MAX;
    i.ferie_start = Some(ymd(2024, 5, 1));
    i.feriedage = 5;
    assert!(matches!(
        ydelse::beregn(&i).udfald,
        ydelse::Udfald::ManglerOplysning { felt: "loen", .. }
    ));

    // Date overflow when a holiday starts at the end of the calendar.
    let mut i = base;
    i.ferie_godtgoerelse = Decimal::new(500_000, 2);
    i.ferie_start = Some(NaiveDate::MAX);
    i.feriedage = 366;
    let _ = ydelse::beregn(&i);
    eprintln!("fuzz: 2 regression cases, no panic");
}

thread_local! {
    /// (target, case seed) of the case being run, for the panic message.
    static CURRENT: Cell<(&'static str, u64)> = const { Cell::new(("", 0)) };
}

fn case_seed(base: u64, target: usize, i: u64) -> u64 {
    let mut r = Rng::new(base ^ ((target as u64) << 56) ^ i.wrapping_mul(0xd134_2543_de82_ef95));
    r.u64()
}

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim().replace(['_', ','], "");
    match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

fn main() {
    // libtest-style arguments (e.g. `--test-threads=1` from the CI) are ignored; a filter that names no target
    // runs nothing, so `cargo test <other test name>` stays quick.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if let Some(f) = &filter {
        if !"fuzz".contains(f.as_str()) && !TARGETS.iter().any(|t| t.name.contains(f.as_str())) {
            return;
        }
    }

    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let (name, seed) = CURRENT.with(Cell::get);
        let short = name.split(' ').next().unwrap_or(name);
        eprintln!(
            "\nfuzz: PANIC in {name} on case seed {seed:#x}\n      replay: RG_FUZZ_REPLAY={short}:{seed:#x} \
             cargo test --test fuzz"
        );
        default_hook(info);
    }));

    if let Ok(replay) = std::env::var("RG_FUZZ_REPLAY") {
        let (name, seed) = replay.split_once(':').unwrap_or((&replay, "0"));
        let seed = seed
            .strip_prefix("0x")
            .map_or_else(|| seed.parse().ok(), |h| u64::from_str_radix(h, 16).ok())
            .unwrap_or_else(|| panic!("RG_FUZZ_REPLAY: bad seed in {replay:?}"));
        let t = TARGETS
            .iter()
            .find(|t| t.name.starts_with(name))
            .unwrap_or_else(|| panic!("RG_FUZZ_REPLAY: no target {name:?}"));
        CURRENT.with(|c| c.set((t.name, seed)));
        let (kind, detail) = (t.run)(&mut Rng::new(seed), true);
        eprintln!(
            "fuzz: replayed {} {seed:#x}: no panic ({kind} {detail})",
            t.name
        );
        return;
    }

    regressions();
    let cases = env_u64("RG_FUZZ_CASES").unwrap_or(SMOKE_CASES);
    let base = env_u64("RG_FUZZ_SEED").unwrap_or(0x5eed_2026);
    let only = std::env::var("RG_FUZZ_ONLY").ok();
    let all = Instant::now();
    let mut total = 0u64;
    for (ti, t) in TARGETS.iter().enumerate() {
        if only.as_deref().is_some_and(|o| !t.name.contains(o)) {
            continue;
        }
        let start = Instant::now();
        let mut outcomes: BTreeMap<Outcome, u64> = BTreeMap::new();
        for i in 0..cases {
            let seed = case_seed(base, ti, i);
            CURRENT.with(|c| c.set((t.name, seed)));
            *outcomes
                .entry((t.run)(&mut Rng::new(seed), false))
                .or_default() += 1;
        }
        total += cases;
        let s = start.elapsed().as_secs_f64();
        eprintln!(
            "fuzz: {:<50} {cases:>10} cases, no panic, {s:>7.1} s ({:.1} µs/case)",
            t.name,
            s * 1e6 / cases.max(1) as f64
        );
        let mut by_count: Vec<_> = outcomes.into_iter().collect();
        by_count.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let shown: Vec<String> = by_count
            .iter()
            .map(|((kind, detail), n)| {
                let pct = 100.0 * *n as f64 / cases.max(1) as f64;
                if detail.is_empty() {
                    format!("{kind} {pct:.1}%")
                } else {
                    format!("{kind} ({detail}) {pct:.1}%")
                }
            })
            .collect();
        eprintln!("      outcomes: {}", shown.join(", "));
    }
    println!(
        "fuzz: {total} cases in {:.1} s, no panic (seed {base:#x}; set RG_FUZZ_CASES for more)",
        all.elapsed().as_secs_f64()
    );
}
