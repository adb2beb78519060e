//! «Tjek din afgørelse»: compare the amount in the kommune's letter with our calculation and find the most
//! likely causes of a difference, by recomputing with the usual mistakes and misunderstandings and seeing
//! which of them gives the kommune's amount. Nothing here is a rule of its own: every candidate is a run of
//! [`beregn`] with one input or rule changed.

use super::ressourceforloebsydelse::{beregn, Udfald, YdelseInput};
use crate::rules::fortolkninger::Fortolkning;
use crate::rules::lovdata::{datoer, figur, loenfradragsregel, Forloebstype, Sats};
use crate::rules::penge::{kr, procent_af};
use crate::rules::tid::dato_tekst;
use rust_decimal::Decimal;

/// One likely cause.
#[derive(Clone, Debug, PartialEq)]
pub struct MuligAarsag {
    /// Plain Danish: what may have happened and what to do.
    pub tekst: String,
    /// Whether recomputing with this cause gives the kommune's amount (within 1 kr.).
    pub forklarer_forskellen: bool,
    pub fortolkning: Option<Fortolkning>,
}

/// The comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Sammenligning {
    pub vores: Decimal,
    pub kommunens: Decimal,
    /// Kommunens − vores.
    pub forskel: Decimal,
    /// Causes that explain the difference first, then general ones.
    pub aarsager: Vec<MuligAarsag>,
}

fn ydelse(i: &YdelseInput) -> Option<Decimal> {
    match beregn(i).udfald {
        Udfald::Beregnet(b) => Some(b.ydelse),
        _ => None,
    }
}

/// Compares `kommunens` with our result for `input`. `None` when we cannot compute the month.
pub fn sammenlign(input: &YdelseInput, kommunens: Decimal) -> Option<Sammenligning> {
    let res = beregn(input);
    let Udfald::Beregnet(b) = &res.udfald else {
        return None;
    };
    let forskel = kommunens - b.ydelse;
    let taet = |x: Decimal| (x - kommunens).abs() <= Decimal::ONE;
    let mut aarsager = Vec::new();
    if forskel.is_zero() {
        return Some(Sammenligning {
            vores: b.ydelse,
            kommunens,
            forskel,
            aarsager,
        });
    }
    if forskel.abs() <= Decimal::ONE {
        aarsager.push(MuligAarsag {
            tekst: "Forskellen er under 1 krone. Den skyldes sandsynligvis afrunding.".into(),
            forklarer_forskellen: true,
            fortolkning: Some(Fortolkning::Afrunding),
        });
    }
    // No deduction at all.
    if b.fradrag_i_alt > Decimal::ZERO && taet(b.grundbeloeb) {
        aarsager.push(MuligAarsag {
            tekst: format!(
                "Kommunens beløb svarer til ydelsen uden fradrag ({}). Måske er din løn eller anden indtægt ikke trukket fra endnu, fx fordi den trækkes i en senere måned. Spørg kommunen, hvornår fradraget kommer.",
                kr(b.grundbeloeb)
            ),
            forklarer_forskellen: true,
            fortolkning: None,
        });
    }
    // The deduction below the lønindtægtsgrænse that applied to ressourceforløb until 2021 (lønfradrag rules
    // in content/law/regler.toml), still used after the change.
    let maaned_start = input.maaned.foerste_dag();
    let skifte = datoer::BEDRE_RESSOURCEFORLOEB.dato;
    let gammel_regel = skifte
        .pred_opt()
        .and_then(|d| loenfradragsregel(Forloebstype::Ressourceforloeb, d));
    let ny_regel = loenfradragsregel(Forloebstype::Ressourceforloeb, maaned_start);
    if let (true, Some(gammel), Some(ny), Ok(g)) = (
        input.forloeb == Forloebstype::Ressourceforloeb
            && maaned_start >= skifte
            && input.loen > Decimal::ZERO,
        gammel_regel,
        ny_regel,
        figur(Sats::Loenindtaegtsgraense, maaned_start),
    ) {
        let graense = g.vaerdi.unwrap_or_default();
        let ekstra = gammel.under_graense_pct - ny.under_graense_pct;
        let gammelt = procent_af(ekstra, input.loen.min(graense));
        if gammelt > Decimal::ZERO && taet((b.ydelse - gammelt).max(Decimal::ZERO)) {
            aarsager.push(MuligAarsag {
                tekst: format!(
                    "Kommunen har måske trukket {} % af lønnen under lønindtægtsgrænsen ({}). Det fradrag gjaldt kun til {}; i ressourceforløb trækkes nu {} % under grænsen og {} % over ({}). Klag, hvis det er tilfældet.",
                    gammel.under_graense_pct.normalize(),
                    kr(gammelt),
                    dato_tekst(gammel.til.unwrap_or(skifte)),
                    ny.under_graense_pct.normalize(),
                    ny.over_graense_pct.normalize(),
                    ny.paragraf
                ),
                forklarer_forskellen: true,
                fortolkning: None,
            });
        }
    }
    // Forsørger status the other way round.
    let mut omvendt = input.clone();
    omvendt.forsoerger = !input.forsoerger;
    if ydelse(&omvendt).is_some_and(taet) {
        aarsager.push(MuligAarsag {
            tekst: if input.forsoerger {
                "Kommunens beløb passer med satsen for en person uden forsørgerpligt. Tjek, om kommunen ved, at du har forsørgerpligt over for et barn.".into()
            } else {
                "Kommunens beløb passer med forsørgersatsen. Tjek, om kommunen har registreret dig rigtigt.".into()
            },
            forklarer_forskellen: true,
            fortolkning: None,
        });
    }
    // Last year's rates.
    let mut sidste_aar = input.clone();
    let mut m = input.maaned;
    for _ in 0..12 {
        m = m.forrige();
    }
    sidste_aar.maaned = m;
    if sidste_aar.forloeb_start > m.sidste_dag() {
        sidste_aar.forloeb_start = m.foerste_dag();
    }
    if ydelse(&sidste_aar).is_some_and(taet) {
        aarsager.push(MuligAarsag {
            tekst: "Kommunens beløb passer med sidste års satser. Satserne reguleres 1. januar; spørg kommunen, om den har brugt årets satser.".into(),
            forklarer_forskellen: true,
            fortolkning: None,
        });
    }
    // General causes, always worth checking.
    if input.loen > Decimal::ZERO {
        aarsager.push(MuligAarsag {
            tekst: "Tjek, at kommunen har brugt den samme løn som dig: løn før skat og før AM-bidrag, med pension. Lønnen trækkes normalt fra i den måned, den udbetales.".into(),
            forklarer_forskellen: false,
            fortolkning: Some(Fortolkning::LoenFoerAmBidrag),
        });
    }
    aarsager.push(MuligAarsag {
        tekst: "Tjek, at kommunen kender de samme oplysninger som dig: hvilken ydelse du fik før forløbet, om du er forsørger, din alder og om du bor hjemme, feriepenge og anden indtægt.".into(),
        forklarer_forskellen: false,
        fortolkning: None,
    });
    Some(Sammenligning {
        vores: b.ydelse,
        kommunens,
        forskel,
        aarsager,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::tid::Maaned;
    use chrono::NaiveDate;

    fn input() -> YdelseInput {
        let mut i = YdelseInput::ny(
            Maaned::ny(2024, 3).unwrap(),
            Forloebstype::Ressourceforloeb,
            NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(),
        );
        i.loen = Decimal::from(20000);
        i
    }

    #[test]
    fn the_old_30_pct_deduction_is_recognised() {
        // Worked example 1: 10.303,65. With 30 % of 16.323 also deducted: 10.303,65 − 4.896,90 = 5.406,75.
        let s = sammenlign(&input(), Decimal::new(540675, 2)).unwrap();
        assert_eq!(s.vores, Decimal::new(1030365, 2));
        assert!(s.aarsager[0].tekst.contains("30 %"), "{:?}", s.aarsager);
        assert!(s.aarsager[0].forklarer_forskellen);
    }

    #[test]
    fn no_deduction_and_rounding_are_recognised() {
        let s = sammenlign(&input(), Decimal::from(12326)).unwrap();
        assert!(s.aarsager[0].tekst.contains("uden fradrag"));
        let s = sammenlign(&input(), Decimal::from(10304)).unwrap();
        assert!(s.aarsager[0].tekst.contains("afrunding"));
        let s = sammenlign(&input(), Decimal::new(1030365, 2)).unwrap();
        assert!(s.aarsager.is_empty());
    }
}
