//! Benchmark: «Tjek dine udbetalinger» for 24 months (every month computed with its trace, compared, diagnosed
//! where it differs, with its klagefrist). Run with `cargo bench --bench udbetalinger` (not part of the test
//! suite; timings are not asserted anywhere). Plain std timing: warmed up, then 7 rounds; the median is reported.

use chrono::NaiveDate;
use regler::aktivloven::ressourceforloebsydelse::Niveau;
use regler::aktivloven::udbetalinger::{beregn, Periode, Raekke, UdbetalingerInput};
use regler::lovdata::Forloebstype;
use regler::tid::Maaned;
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::Instant;

/// 24 months from January 2024 (across a new year), a wage every other month, and every third month a kommune
/// amount that differs (so the diagnosis runs for 8 months).
fn input() -> UdbetalingerInput {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let mut m = Maaned::ny(2024, 1).unwrap();
    let mut maaneder = Vec::new();
    for i in 0..24 {
        let mut r = Raekke::ny(m);
        if i % 2 == 1 {
            r.loen = Decimal::from(20_000);
        }
        r.kommunens = Some(if i % 3 == 0 {
            Decimal::from(9_000)
        } else {
            Decimal::from(16_382)
        });
        r.meddelt = Some(m.sidste_dag());
        maaneder.push(r);
        m = m.naeste();
    }
    UdbetalingerInput {
        periode: Periode {
            forloeb: Forloebstype::Ressourceforloeb,
            forloeb_start: d(2023, 6, 1),
            afgoerelse: None,
            niveau: Niveau::Kontanthjaelp,
            forsoerger: true,
            hjemmeboende: false,
            foedselsdato: None,
            normalbidrag: None,
            sdp_uge: None,
            sdp_ophoer: None,
            ledighedsydelse_uge: None,
        },
        maaneder,
        i_dag: d(2025, 6, 1),
    }
}

fn main() {
    const N: u32 = 200;
    let input = input();
    for _ in 0..20 {
        black_box(beregn(black_box(&input)));
    }
    let mut runder: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..N {
                black_box(beregn(black_box(&input)));
            }
            t.elapsed().as_secs_f64() * 1e3 / f64::from(N)
        })
        .collect();
    runder.sort_by(|a, b| a.total_cmp(b));
    println!(
        "udbetalinger/24 måneder: median {:.3} ms per recompute (7 rounds × {N})",
        runder[3]
    );
}
