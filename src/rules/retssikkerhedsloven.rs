//! Lov om retssikkerhed og administration på det sociale område (retssikkerhedsloven) §§ 66–67: the klagefrist
//! and the kommune's genvurdering.

use super::forklaring::{Alvor, Forklaring, Linje, Linjeart};
use super::fortolkninger::Fortolkning;
use super::helligdage::{hverdage_efter, ikke_hverdag, saerlig_dag};
use super::lovdata::{vaerdier, Hjemmel, Regelvaerdi};
use super::tid::{dato_tekst, dato_tekst_lang};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// How the decision reached the citizen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Levering {
    /// Digital Post: received the day it arrives in the mailbox.
    DigitalPost,
    /// An ordinary letter: received 6 hverdage after the date on the letter.
    AlmindeligPost,
    /// Handed over in person (e.g. at a meeting): received that day.
    Personligt,
}

/// Input. Field names match the golden case files (`calc = "klagefrist"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KlagefristInput {
    /// Digital Post / in person: the day it was delivered. Ordinary post: the date on the letter.
    pub dato: NaiveDate,
    pub levering: Levering,
    /// When the kommune received the complaint (for the genvurdering deadline).
    #[serde(default)]
    pub klage_modtaget: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Klagefrist {
    /// The day the decision counts as received (an ordinary letter: 6 hverdage without Saturdays, F18).
    pub modtaget: NaiveDate,
    /// Receipt + 4 weeks (the same weekday), before any move to a hverdag.
    pub udloeb: NaiveDate,
    /// The last day under Justitsministeriets method as we read it: `udloeb`, moved to the next hverdag when it
    /// is a Saturday, Sunday or helligdag (F19). The latest date we show; never the headline alone.
    pub sidste_dag: NaiveDate,
    /// The date the citizen can safely rely on, and the headline: the earliest last day under every reading
    /// (Saturdays and helligdage counted in «6 hverdage», no move to a hverdag). Equal to `sidste_dag` when
    /// the readings agree.
    pub sikker_sidste_dag: NaiveDate,
    /// `udloeb` is a Saturday, Sunday or helligdag (the reason it is moved, F19).
    pub sidste_dag_fridag: Option<&'static str>,
    /// When `sikker_sidste_dag < sidste_dag`: one plain sentence on why the deadline may be later.
    pub forbehold: Option<String>,
    /// The kommune's genvurdering deadline, when the complaint's arrival is known.
    pub genvurdering_senest: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Udfald {
    Beregnet(Klagefrist),
    Ugyldig { felt: &'static str, tekst: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub udfald: Udfald,
    pub forklaring: Forklaring,
}

/// The first hverdag on or after `d` (Saturdays, Sundays and helligdage are not hverdage), and the days
/// passed over.
fn naeste_hverdag(d: NaiveDate) -> Option<(NaiveDate, Vec<(NaiveDate, &'static str)>)> {
    let mut dag = d;
    let mut sprunget = Vec::new();
    while let Some(g) = ikke_hverdag(dag, false) {
        sprunget.push((dag, g));
        dag = dag.checked_add_days(Days::new(1))?;
    }
    Some((dag, sprunget))
}

/// «en lørdag», «en søndag», but «2. juledag» (a helligdag's name takes no article).
fn med_artikel(g: &str) -> String {
    if matches!(g, "lørdag" | "søndag") {
        format!("en {g}")
    } else {
        g.to_string()
    }
}

/// Retssikkerhedsloven § 67: a complaint must have arrived within 4 weeks of receiving the decision (same
/// weekday 4 weeks later; a digital complaint until 23:59). Digital Post and a decision handed over count as
/// received that day, also a Saturday or helligdag; an ordinary letter 6 hverdage after its date (Saturdays
/// and helligdage not counted, F18). Justitsministeriets vejledning nr. 9533 af 26. juni 2018: a deadline
/// ending on a Saturday, Sunday or helligdag moves to the next hverdag (F19). The headline is the earliest
/// date under every reading (`sikker_sidste_dag`). § 66: the kommune reassesses within 4 weeks of receiving
/// the complaint.
pub fn beregn(input: &KlagefristInput) -> Resultat {
    let mut fk = Forklaring::default();
    match klagefrist(input, &mut fk) {
        Ok(k) => Resultat {
            udfald: Udfald::Beregnet(k),
            forklaring: fk,
        },
        Err((felt, tekst)) => ugyldig(fk, felt, tekst),
    }
}

const UDEN_FOR_KALENDEREN: &str = "Datoen ligger uden for kalenderen.";

/// The steps of [`beregn`]; an error is the field to correct and its message.
fn klagefrist(
    input: &KlagefristInput,
    fk: &mut Forklaring,
) -> Result<Klagefrist, (&'static str, &'static str)> {
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let post = Regelvaerdi::altid(vaerdier::ALMINDELIG_POST_HVERDAGE);
    let (modtaget, sikker_modtaget) =
        modtaget(input, post, fk).ok_or(("dato", UDEN_FOR_KALENDEREN))?;
    let (Some(udloeb), Some(sikker)) = (
        uger(frist.vaerdi, modtaget),
        uger(frist.vaerdi, sikker_modtaget),
    ) else {
        return Err(("dato", UDEN_FOR_KALENDEREN));
    };
    let (sidste, flyttet_over) = naeste_hverdag(udloeb).ok_or(("dato", UDEN_FOR_KALENDEREN))?;
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!(
            "{}: {}. Din klage skal være nået frem til kommunen senest den dag. Sender du den digitalt, skal den være nået frem senest kl. 23.59. Send den gerne i Digital Post til kommunen, og gem kvitteringen.",
            frist.navn,
            dato_tekst_lang(udloeb)
        ),
        frist,
    ));
    let fridag = fristen_paa_fridag(udloeb, sidste, &flyttet_over, frist, fk);
    let forbehold = forbehold(sidste, sikker, sikker_modtaget < modtaget, fridag);
    if sikker_modtaget < modtaget {
        fk.advar(
            Alvor::Advarsel,
            format!(
                "Om lørdage tæller med som hverdage, når et brev regnes for modtaget, er ikke afklaret. Gør de, er sidste frist allerede {}. Klag senest den dag for at være på den sikre side.",
                dato_tekst_lang(sikker)
            ),
            post.kilder,
            Some(Fortolkning::Hverdage),
        );
    }
    if fridag.is_some() {
        fk.advar(
            Alvor::Advarsel,
            format!(
                "Reglen om at rykke fristen til næste hverdag har vi kun kunnet læse i en gengivelse af Justitsministeriets vejledning. Send derfor klagen, så den er nået frem senest {}.",
                dato_tekst_lang(sikker)
            ),
            frist.kilder,
            Some(Fortolkning::FristPaaFridag),
        );
    }
    if input.levering == Levering::AlmindeligPost {
        fk.advar(
            Alvor::Info,
            "Sender du klagen med almindelig post, skal den være nået frem inden fristen. Send den i god tid, eller klag digitalt.".into(),
            frist.kilder,
            None,
        );
    }
    klagevejledning(fk);
    let genvurdering_senest = match input.klage_modtaget {
        Some(k) if k < modtaget => {
            return Err((
                "klage_modtaget",
                "Klagen kan ikke være modtaget, før du fik afgørelsen.",
            ))
        }
        Some(k) => Some(genvurdering(k, sidste, sikker, fk)?),
        None => None,
    };
    Ok(Klagefrist {
        modtaget,
        udloeb,
        sidste_dag: sidste,
        sikker_sidste_dag: sikker,
        sidste_dag_fridag: fridag,
        forbehold,
        genvurdering_senest,
    })
}

/// Why the deadline may be later than the safe day, when it may: a Saturday in the 6 hverdage (F18) or a
/// last day that moves to the next hverdag (F19).
fn forbehold(
    sidste: NaiveDate,
    sikker: NaiveDate,
    loerdag_uafklaret: bool,
    fridag: Option<&'static str>,
) -> Option<String> {
    (sikker < sidste).then(|| {
        let mut grunde = Vec::new();
        if loerdag_uafklaret {
            grunde.push(
                "om lørdage tæller med, når et brev regnes for modtaget, er ikke afklaret".to_string(),
            );
        }
        if let Some(g) = fridag {
            grunde.push(format!(
                "sidste dag er {} og rykkes efter Justitsministeriets vejledning til næste hverdag",
                med_artikel(g)
            ));
        }
        format!(
            "Fristen er måske først {}, fordi {}. Men send klagen senest {} for at være på den sikre side.",
            dato_tekst_lang(sidste),
            grunde.join(", og "),
            dato_tekst_lang(sikker)
        )
    })
}

/// `n` weeks after `d` (the same weekday).
fn uger(n: u32, d: NaiveDate) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(u64::from(n) * 7))
}

/// When the decision counts as received: (the day, the earliest day under every reading, F18).
fn modtaget(
    input: &KlagefristInput,
    post: &'static Regelvaerdi,
    fk: &mut Forklaring,
) -> Option<(NaiveDate, NaiveDate)> {
    Some(match input.levering {
        Levering::DigitalPost | Levering::Personligt => {
            fk.linje(Linje::fra_regelvaerdi(
                Linjeart::Oplysning,
                format!(
                    "{} regnes afgørelsen for modtaget samme dag – også en lørdag, søndag eller helligdag: {}.",
                    if input.levering == Levering::DigitalPost {
                        "Med Digital Post"
                    } else {
                        "Når du får afgørelsen udleveret,"
                    },
                    dato_tekst_lang(input.dato)
                ),
                post,
            ));
            if input.levering == Levering::DigitalPost {
                fk.linje(Linje::fra_regelvaerdi(
                    Linjeart::Oplysning,
                    "Kan du vise, at brevet først kom senere i din digitale postkasse, tæller den senere dag.".into(),
                    post,
                ));
            }
            (input.dato, input.dato)
        }
        Levering::AlmindeligPost => {
            let (m, sprunget) = hverdage_efter(input.dato, post.vaerdi, false, true)?;
            let tidlig = hverdage_efter(input.dato, post.vaerdi, true, false)
                .map(|x| x.0)
                .unwrap_or(m);
            let oversprunget: Vec<String> = sprunget
                .iter()
                .filter(|(_, g)| !matches!(*g, "lørdag" | "søndag"))
                .map(|(d, g)| format!("{g} {}", dato_tekst(*d)))
                .collect();
            fk.linje(
                Linje::fra_regelvaerdi(
                    Linjeart::Oplysning,
                    format!(
                        "{}. Brevet er dateret {}, så det regnes for modtaget {} (lørdage, søndage og helligdage er ikke talt med{}).",
                        post.navn,
                        dato_tekst_lang(input.dato),
                        dato_tekst_lang(m),
                        if oversprunget.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", oversprunget.join(", "))
                        }
                    ),
                    post,
                )
                .med_fortolkning(Fortolkning::Hverdage),
            );
            (m, tidlig)
        }
    })
}

/// A last day on a weekend or helligdag moves to the next hverdag (F19); a special day that is not a
/// helligdag (e.g. juleaftensdag) does not. Returns the name of the day the deadline moved from.
fn fristen_paa_fridag(
    udloeb: NaiveDate,
    sidste: NaiveDate,
    flyttet_over: &[(NaiveDate, &'static str)],
    frist: &'static Regelvaerdi,
    fk: &mut Forklaring,
) -> Option<&'static str> {
    let fridag = flyttet_over.first().map(|(_, g)| *g);
    if let Some(g) = fridag {
        fk.linje(
            Linje::fra_regelvaerdi(
                Linjeart::Resultat,
                format!(
                    "Fristen udløber {}{}. Det er ikke en hverdag, så efter Justitsministeriets vejledning om beregning af klagefrister rykkes fristen til næste hverdag: {}.",
                    dato_tekst_lang(udloeb),
                    if matches!(g, "lørdag" | "søndag") {
                        String::new()
                    } else {
                        format!(" ({g})")
                    },
                    dato_tekst_lang(sidste)
                ),
                frist,
            )
            .med_fortolkning(Fortolkning::FristPaaFridag),
        );
    } else if let Some(navn) = saerlig_dag(udloeb) {
        fk.advar(
            Alvor::Info,
            format!(
                "Sidste dag er {navn}. Den er ikke en helligdag, så fristen rykkes ikke. Kommunens kontor kan være lukket: send klagen digitalt, så den er nået frem senest kl. 23.59, eller send den før."
            ),
            frist.kilder,
            Some(Fortolkning::FristPaaFridag),
        );
    }
    fridag
}

/// Where and how to complain, what suspends the deadline, dispensation.
fn klagevejledning(fk: &mut Forklaring) {
    fk.linje(Linje::fra_hjemmel(
        Linjeart::Oplysning,
        "Du klager til den kommune, der har truffet afgørelsen, mundtligt eller skriftligt. Der er ingen krav til formen, men klag helst skriftligt, fx i Digital Post, og gem kvitteringen. Klager en anden for dig, skal vedkommende have din skriftlige fuldmagt. En klage udsætter normalt ikke afgørelsen.".into(),
        Hjemmel::Rsl6667Klage,
    ));
    fk.linje(Linje::fra_hjemmel(
        Linjeart::Oplysning,
        "Fristen løber kun, hvis afgørelsen har en korrekt klagevejledning. Mangler begrundelsen, eller beder du om aktindsigt, før fristen udløber, kan fristen blive forlænget.".into(),
        Hjemmel::Fvl1725,
    ));
    fk.linje(Linje::fra_hjemmel(
        Linjeart::Oplysning,
        "Er fristen overskredet, kan der dispenseres, hvis der er en særlig grund, fx alvorlig sygdom i hele perioden.".into(),
        Hjemmel::Rsl67Dispensation,
    ));
}

/// § 66: the kommune reassesses within 4 weeks of receiving the complaint; a complaint after the deadline.
fn genvurdering(
    k: NaiveDate,
    sidste: NaiveDate,
    sikker: NaiveDate,
    fk: &mut Forklaring,
) -> Result<NaiveDate, (&'static str, &'static str)> {
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let genv = Regelvaerdi::altid(vaerdier::GENVURDERING_UGER);
    let Some(g) = uger(genv.vaerdi, k) else {
        return Err(("klage_modtaget", UDEN_FOR_KALENDEREN));
    };
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!(
            "{}: kommunen modtog klagen {}, så den skal have genvurderet sagen senest {}. Fastholder den afgørelsen, sender den sagen videre til Ankestyrelsen. Hører du ikke noget inden da, så ryk kommunen.",
            genv.navn,
            dato_tekst_lang(k),
            dato_tekst_lang(g)
        ),
        genv,
    ));
    if k > sidste {
        fk.advar(
            Alvor::Advarsel,
            format!(
                "Klagen kom frem {}, efter fristen {}. Kommunen kan afvise den, medmindre der er en særlig grund til at se bort fra fristen.",
                dato_tekst(k),
                dato_tekst(sidste)
            ),
            Hjemmel::Rsl67Dispensation.kilder(),
            None,
        );
    } else if k > sikker {
        fk.advar(
            Alvor::Advarsel,
            format!(
                "Klagen kom frem {}, efter den sikre frist {}. Den er rettidig, hvis fristen er {}, men det er ikke helt afklaret.",
                dato_tekst(k),
                dato_tekst(sikker),
                dato_tekst(sidste)
            ),
            frist.kilder,
            None,
        );
    }
    Ok(g)
}

fn ugyldig(forklaring: Forklaring, felt: &'static str, tekst: &str) -> Resultat {
    Resultat {
        udfald: Udfald::Ugyldig {
            felt,
            tekst: tekst.into(),
        },
        forklaring,
    }
}

#[cfg(test)]
mod tests {
    //! The edges of the warnings about a late complaint, and the wording of the reservation (found by mutation
    //! testing: no golden case had a complaint arriving exactly on the last or the safe day).
    use super::*;

    fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dag).unwrap()
    }

    fn frist(i: &KlagefristInput) -> (Klagefrist, Vec<String>) {
        let r = beregn(i);
        match r.udfald {
            Udfald::Beregnet(k) => (
                k,
                r.forklaring
                    .advarsler
                    .into_iter()
                    .map(|a| a.tekst)
                    .collect(),
            ),
            u => panic!("{u:?}"),
        }
    }

    #[test]
    fn a_complaint_on_the_last_day_is_in_time_and_the_day_after_is_late() {
        // Digital Post on Thursday 5 February 2026: 4 weeks later is Thursday 5 March, a hverdag.
        let mut i = KlagefristInput {
            dato: d(2026, 2, 5),
            levering: Levering::DigitalPost,
            klage_modtaget: None,
        };
        let (k, _) = frist(&i);
        assert_eq!(
            (k.sidste_dag, k.sikker_sidste_dag),
            (d(2026, 3, 5), d(2026, 3, 5))
        );
        i.klage_modtaget = Some(d(2026, 3, 5));
        let (_, a) = frist(&i);
        assert!(
            !a.iter()
                .any(|t| t.contains("efter fristen") || t.contains("sikre frist")),
            "{a:?}"
        );
        i.klage_modtaget = Some(d(2026, 3, 6));
        let (_, a) = frist(&i);
        assert!(
            a.iter()
                .any(|t| t.contains("Klagen kom frem 6. marts 2026, efter fristen")),
            "{a:?}"
        );
    }

    #[test]
    fn between_the_safe_day_and_the_last_day_the_complaint_is_in_time_with_a_reservation() {
        // Digital Post on Friday 28 November 2025: 4 weeks later is Friday 26 December, 2. juledag; the last
        // day moves to Monday 29 December, the safe day is 26 December itself.
        let mut i = KlagefristInput {
            dato: d(2025, 11, 28),
            levering: Levering::DigitalPost,
            klage_modtaget: None,
        };
        let (k, _) = frist(&i);
        assert_eq!(k.sidste_dag, d(2025, 12, 29));
        assert!(k.sikker_sidste_dag < k.sidste_dag);
        let forbehold = k.forbehold.unwrap_or_default();
        assert!(
            forbehold.contains("sidste dag er 2. juledag og rykkes"),
            "{forbehold}"
        );
        assert!(!forbehold.contains("lørdage tæller med"), "{forbehold}");
        i.klage_modtaget = Some(k.sikker_sidste_dag);
        let (_, a) = frist(&i);
        assert!(
            !a.iter()
                .any(|t| t.contains("sikre frist") || t.contains("efter fristen")),
            "{a:?}"
        );
        i.klage_modtaget = Some(k.sidste_dag);
        let (_, a) = frist(&i);
        assert!(
            a.iter().any(|t| t.contains("efter den sikre frist")),
            "{a:?}"
        );
        assert!(!a.iter().any(|t| t.contains("efter fristen")), "{a:?}");
    }

    #[test]
    fn a_weekend_day_takes_its_article_in_the_reservation() {
        // Digital Post on Saturday 7 February 2026: 4 weeks later is Saturday 7 March.
        let (k, _) = frist(&KlagefristInput {
            dato: d(2026, 2, 7),
            levering: Levering::DigitalPost,
            klage_modtaget: None,
        });
        let forbehold = k.forbehold.unwrap_or_default();
        assert!(
            forbehold.contains("sidste dag er en lørdag og rykkes"),
            "{forbehold}"
        );
    }
}
