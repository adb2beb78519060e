//! Benchmark: one month's ressourceforløbsydelse with its full explanation trace (`beregn`), and the same month
//! on the text-free path (`beregn_uden_tekst`, what «Hvad hvis» and «Tjek din afgørelse» run).
//! Run with `cargo bench -p regler --bench ydelse` (not part of the test suite; timings are not asserted anywhere).
//! Plain std timing: each scenario is warmed up, then timed over several rounds; the median round is reported.

// A test of the rules crate (`regler`, src/rules/Cargo.toml).
use chrono::NaiveDate;
use regler::aktivloven::ressourceforloebsydelse::{
    beregn, beregn_uden_tekst, Indtaegt, Indtaegtsart, Niveau, YdelseInput,
};
use regler::lovdata::Forloebstype;
use regler::tid::Maaned;
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::Instant;

fn scenarier() -> Vec<(&'static str, YdelseInput)> {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let mut simpel = YdelseInput::ny(
        Maaned::ny(2024, 3).unwrap(),
        Forloebstype::Ressourceforloeb,
        d(2023, 6, 1),
    );
    simpel.loen = Decimal::from(20_000);
    let mut tung = YdelseInput::ny(
        Maaned::ny(2025, 1).unwrap(),
        Forloebstype::Ressourceforloeb,
        d(2024, 6, 1),
    );
    tung.niveau = Niveau::Sygedagpenge;
    tung.sdp_uge = Some(Decimal::from(5_000));
    tung.sdp_ophoer = Some(d(2025, 1, 20));
    tung.barn_foedt = Some(d(2025, 1, 12));
    tung.loen = Decimal::from(9_000);
    tung.ferie_godtgoerelse = Decimal::from(3_000);
    tung.ferie_start = Some(d(2025, 1, 27));
    tung.feriedage = 5;
    tung.tilbud_indtaegt = Decimal::from(1_000);
    tung.tilbud_timer = Decimal::from(10);
    tung.indtaegter = vec![Indtaegt {
        art: Indtaegtsart::Lejeindtaegt,
        beloeb: Decimal::from(1_500),
    }];
    vec![
        ("simpel (2024, løn)", simpel),
        ("tung (jan. 2025, sygedagpenge, barn, ferie, tilbud)", tung),
    ]
}

const N: u32 = 20_000;

/// The median of 7 timed rounds of `N` runs, in µs per run, after a warm-up.
fn median_us(f: impl Fn()) -> f64 {
    for _ in 0..2_000 {
        f();
    }
    let mut runder: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..N {
                f();
            }
            t.elapsed().as_secs_f64() * 1e6 / f64::from(N)
        })
        .collect();
    runder.sort_by(|a, b| a.total_cmp(b));
    runder[3]
}

fn main() {
    for (navn, input) in scenarier() {
        let fuld = median_us(|| {
            black_box(beregn(black_box(&input)));
        });
        let uden = median_us(|| {
            black_box(beregn_uden_tekst(black_box(&input)).ok());
        });
        let linjer = beregn(&input).forklaring.linjer.len();
        println!(
            "ydelse/{navn}: median {fuld:.2} µs per calculation ({linjer} trace lines); without text {uden:.2} µs ({:.1}×); 7 rounds × {N}",
            fuld / uden
        );
    }
}
