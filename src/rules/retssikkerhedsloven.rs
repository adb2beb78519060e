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
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let post = Regelvaerdi::altid(vaerdier::ALMINDELIG_POST_HVERDAGE);
    let genv = Regelvaerdi::altid(vaerdier::GENVURDERING_UGER);
    let uger = |n: u32, d: NaiveDate| d.checked_add_days(Days::new(u64::from(n) * 7));

    let (modtaget, sikker_modtaget) = match input.levering {
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
            let Some((m, sprunget)) = hverdage_efter(input.dato, post.vaerdi, false, true) else {
                return ugyldig(fk, "dato", "Datoen ligger uden for kalenderen.");
            };
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
    };
    let (Some(udloeb), Some(sikker)) = (
        uger(frist.vaerdi, modtaget),
        uger(frist.vaerdi, sikker_modtaget),
    ) else {
        return ugyldig(fk, "dato", "Datoen ligger uden for kalenderen.");
    };
    let Some((sidste, flyttet_over)) = naeste_hverdag(udloeb) else {
        return ugyldig(fk, "dato", "Datoen ligger uden for kalenderen.");
    };
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!(
            "{}: {}. Din klage skal være nået frem til kommunen senest den dag. Sender du den digitalt, skal den være nået frem senest kl. 23.59. Send den gerne i Digital Post til kommunen, og gem kvitteringen.",
            frist.navn,
            dato_tekst_lang(udloeb)
        ),
        frist,
    ));
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
    let forbehold = (sikker < sidste).then(|| {
        let mut grunde = Vec::new();
        if sikker_modtaget < modtaget {
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
    });
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
    let genvurdering_senest = match input.klage_modtaget {
        Some(k) if k < modtaget => {
            return ugyldig(
                fk,
                "klage_modtaget",
                "Klagen kan ikke være modtaget, før du fik afgørelsen.",
            )
        }
        Some(k) => {
            let Some(g) = uger(genv.vaerdi, k) else {
                return ugyldig(fk, "klage_modtaget", "Datoen ligger uden for kalenderen.");
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
            Some(g)
        }
        None => None,
    };
    Resultat {
        udfald: Udfald::Beregnet(Klagefrist {
            modtaget,
            udloeb,
            sidste_dag: sidste,
            sikker_sidste_dag: sikker,
            sidste_dag_fridag: fridag,
            forbehold,
            genvurdering_senest,
        }),
        forklaring: fk,
    }
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
