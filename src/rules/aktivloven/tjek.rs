//! «Tjek din afgørelse»: compare the amount in the kommune's letter with our calculation and find the most
//! likely causes of a difference, by recomputing with the usual mistakes and misunderstandings and seeing
//! which of them gives the kommune's amount. Nothing here is a rule of its own: every candidate is a run of
//! [`beregn`] with one input or rule changed.

use super::ressourceforloebsydelse::{beregn_uden_tekst, Beregning, Niveau, YdelseInput};
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

/// A candidate run: the amount only, without building any text.
fn ydelse(i: &YdelseInput) -> Option<Decimal> {
    beregn_uden_tekst(i).ok().map(|b| b.ydelse)
}

/// Compares `kommunens` with our result for `input`. `None` when we cannot compute the month.
pub fn sammenlign(input: &YdelseInput, kommunens: Decimal) -> Option<Sammenligning> {
    let b = beregn_uden_tekst(input).ok()?;
    Some(sammenlign_med(input, &b, kommunens))
}

/// The same, with our result for `input` already computed (the page passes the result it shows).
pub fn sammenlign_med(input: &YdelseInput, b: &Beregning, kommunens: Decimal) -> Sammenligning {
    let forskel = kommunens - b.ydelse;
    let taet = |x: Decimal| (x - kommunens).abs() <= Decimal::ONE;
    let mut aarsager = Vec::new();
    if forskel.is_zero() {
        return Sammenligning {
            vores: b.ydelse,
            kommunens,
            forskel,
            aarsager,
        };
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
                "Kommunens beløb passer med satsen for en person uden børn. Tjek, om kommunen ved, at du har et barn under 18 år, som bor hos dig.".into()
            } else {
                "Kommunens beløb passer med forsørgersatsen. Tjek, om kommunen har registreret dig rigtigt. Forsørgersatsen er for dig, der har et barn under 18 år boende. Betaler du børnebidrag til et barn, der bor hos den anden forælder, er det ikke nok.".into()
            },
            forklarer_forskellen: true,
            fortolkning: None,
        });
    }
    // The hjemmeboende rate the other way round (§ 68, stk. 2, nr. 3).
    if !input.forsoerger {
        let mut hjemme = input.clone();
        hjemme.hjemmeboende = !input.hjemmeboende;
        if ydelse(&hjemme).is_some_and(taet) {
            aarsager.push(MuligAarsag {
                tekst: if input.hjemmeboende {
                    "Kommunens beløb passer med satsen for en, der ikke bor hos sine forældre. Tjek, om kommunen ved, at du bor hjemme og er under 25 år.".into()
                } else {
                    "Kommunens beløb passer med den lave sats for unge under 25 år, der bor hos deres forældre. Tjek, om kommunen ved, at du er flyttet hjemmefra eller er fyldt 25 år.".into()
                },
                forklarer_forskellen: true,
                fortolkning: None,
            });
        }
    }
    // The sygedagpenge level has ended (§ 68, stk. 4): the same month at kontanthjælp level.
    if input.forloeb == Forloebstype::Ressourceforloeb
        && input.niveau == Niveau::Sygedagpenge
        && input
            .sdp_ophoer
            .is_none_or(|o| o >= input.maaned.foerste_dag())
    {
        let mut stoppet = input.clone();
        stoppet.sdp_ophoer = input
            .maaned
            .foerste_dag()
            .max(input.forloeb_start)
            .pred_opt();
        if ydelse(&stoppet).is_some_and(taet) {
            aarsager.push(MuligAarsag {
                tekst: "Kommunens beløb passer med kontanthjælpsniveau. Måske er din ret til sygedagpenge stoppet, så du ikke længere får sygedagpengeniveau. Spørg kommunen, hvilken dag din ret til sygedagpenge stoppede, og skriv datoen i beregningen. Det er kun en fejl, hvis retten ikke er stoppet.".into(),
                forklarer_forskellen: true,
                fortolkning: None,
            });
        }
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
        tekst: "Tjek, at kommunen kender de samme oplysninger som dig: hvilken ydelse du fik før forløbet, om du har et barn boende, din alder og om du bor hjemme, feriepenge og anden indtægt.".into(),
        forklarer_forskellen: false,
        fortolkning: None,
    });
    // The ressourceforløb counted with the jobafklaring rule (30 % of the wage below the grænse).
    if input.forloeb == Forloebstype::Ressourceforloeb && input.loen > Decimal::ZERO {
        let mut ja = input.clone();
        ja.forloeb = Forloebstype::Jobafklaring;
        if ydelse(&ja).is_some_and(taet) {
            aarsager.push(MuligAarsag {
                tekst: "Kommunens beløb passer med reglerne for et jobafklaringsforløb, hvor der også trækkes 30 % af lønnen under grænsen. Tjek i afgørelsen, hvilket forløb du er i.".into(),
                forklarer_forskellen: true,
                fortolkning: None,
            });
        }
    }
    // A periodesanktion: the difference is a whole number of days at the sanction rate of the category
    // (aktivloven § 69 a, stk. 3; § 69 b, stk. 2; the daily amounts in content/law/satser).
    if forskel < Decimal::ZERO {
        let sats = if input.forsoerger {
            Sats::PeriodesanktionForsoerger
        } else if input.hjemmeboende {
            Sats::PeriodesanktionU25
        } else {
            Sats::PeriodesanktionIkkeForsoerger
        };
        if let Some(dag) = figur(sats, maaned_start)
            .ok()
            .and_then(|f| f.vaerdi)
            .filter(|d| *d > Decimal::ZERO)
        {
            let dage = (-forskel / dag).round();
            if dage >= Decimal::ONE
                && dage <= Decimal::from(31)
                && (-forskel - dage * dag).abs() <= Decimal::ONE
            {
                aarsager.push(MuligAarsag {
                    tekst: format!(
                        "Forskellen svarer til {} dages sanktion ({} kr. om dagen). Har du fået et brev om en sanktion, fordi du blev væk fra et tilbud? Så er det sandsynligvis grunden. Du kan klage over sanktionen.",
                        dage.normalize(),
                        kr(dag)
                    ),
                    forklarer_forskellen: true,
                    fortolkning: None,
                });
            }
        }
    }
    if forskel < Decimal::ZERO {
        aarsager.push(MuligAarsag {
            tekst: "Har du fået en sanktion, fordi du blev væk fra et tilbud uden en rimelig grund, trækker kommunen et beløb fra ydelsen (aktivloven § 69 b). Det står i et brev fra kommunen. Det regner vi ikke med.".into(),
            forklarer_forskellen: false,
            fortolkning: None,
        });
    } else {
        aarsager.push(MuligAarsag {
            tekst: "Får du særlig støtte til høje boligudgifter (aktivloven § 34), er den ikke med i vores beregning. Reglerne om særlig støtte bliver afskaffet med overgangsregler – se kommunens afgørelse om, hvor længe du får den.".into(),
            forklarer_forskellen: false,
            fortolkning: None,
        });
    }
    Sammenligning {
        vores: b.ydelse,
        kommunens,
        forskel,
        aarsager,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::aktivloven::ressourceforloebsydelse::beregn;
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
    fn an_ended_sygedagpenge_right_is_recognised_and_the_unknown_date_is_a_warning() {
        // Sara, March 2026: came from sygedagpenge 5.200/uge (cap 5.085 → 22.035,00), right's end unknown.
        let mut i = YdelseInput::ny(
            Maaned::ny(2026, 3).unwrap(),
            Forloebstype::Ressourceforloeb,
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        );
        i.niveau = Niveau::Sygedagpenge;
        i.sdp_uge = Some(Decimal::from(5200));
        i.loen = Decimal::from(6200);
        let r = beregn(&i);
        assert_eq!(r.ydelse(), Some(Decimal::from(22035)));
        let advarsel = r
            .forklaring
            .advarsler
            .iter()
            .find(|a| a.tekst.contains("i stedet for"))
            .expect("the unknown date is a warning with the alternative");
        assert!(advarsel
            .tekst
            .contains("13.345,00 kr. i stedet for 22.035,00 kr."));
        assert!(advarsel.tekst.contains("8.690,00 kr. mindre"));
        let s = sammenlign(&i, Decimal::from(13345)).unwrap();
        assert!(
            s.aarsager[0].tekst.contains("kontanthjælpsniveau"),
            "{:?}",
            s.aarsager
        );
        assert!(s.aarsager[0].forklarer_forskellen);
        // With the date from the kommune's letter the month is at kontanthjælp level, and no warning is left.
        i.sdp_ophoer = NaiveDate::from_ymd_opt(2024, 8, 31);
        let r = beregn(&i);
        assert_eq!(r.ydelse(), Some(Decimal::from(13345)));
        assert!(!r
            .forklaring
            .advarsler
            .iter()
            .any(|a| a.tekst.contains("i stedet for")));
        assert!(r
            .forklaring
            .linjer
            .iter()
            .any(|l| l.tekst.contains("stoppede 31. august 2024")));
    }

    #[test]
    fn the_hjemmeboende_rate_is_recognised() {
        // Under 25 (born 14.5.2001), moved away from home, no wage, March 2024: 12.326 (ikke-forsørger). A
        // kommune that still uses the hjemmeboende rate pays 3.834.
        let mut i = input();
        i.loen = Decimal::ZERO;
        i.foedselsdato = NaiveDate::from_ymd_opt(2001, 5, 14);
        let s = sammenlign(&i, Decimal::from(3834)).unwrap();
        assert!(
            s.aarsager
                .iter()
                .any(|a| a.forklarer_forskellen && a.tekst.contains("flyttet hjemmefra")),
            "{:?}",
            s.aarsager
        );
    }

    #[test]
    fn a_periodesanktion_is_recognised() {
        // Worked example 1 (10.303,65) less 3 days at the 2024 ikke-forsørger rate 569: 10.303,65 − 1.707 = 8.596,65.
        let s = sammenlign(&input(), Decimal::new(859665, 2)).unwrap();
        let a = s
            .aarsager
            .iter()
            .find(|a| a.tekst.contains("sanktion"))
            .unwrap();
        assert!(
            a.forklarer_forskellen && a.tekst.contains("3 dages"),
            "{a:?}"
        );
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
