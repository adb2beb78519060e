//! Every sentence of the klagefrist calculator (retssikkerhedsloven §§ 66–67): the trace lines, the warnings,
//! the reservation about a later deadline and the messages for input to correct. [`super::retssikkerhedsloven`]
//! computes the dates and decides what is said ([`Frister`]); this module words it. A second language would
//! replace this module only.

use super::forklaring::{Alvor, Forklaring, Linje, Linjeart};
use super::fortolkninger::Fortolkning;
use super::lovdata::{vaerdier, Hjemmel, Regelvaerdi};
use super::retssikkerhedsloven::{
    Fejl, Frister, Genvurdering, KlagefristInput, Levering, Modtagelse, Naaet, Rettidighed,
};
use super::tid::{dato_tekst, dato_tekst_lang};
use chrono::NaiveDate;

/// The trace of a computed deadline: receipt, the deadline and its move, the warnings, how to complain and
/// the genvurdering.
pub fn forklaring(input: &KlagefristInput, f: &Frister) -> Forklaring {
    let mut fk = Forklaring::default();
    frist(&mut fk, input, f);
    if let Some(g) = &f.genvurdering {
        genvurdering(&mut fk, g, f);
    }
    fk
}

/// The trace of what was found before input stopped the computation.
pub fn forklaring_ved_stop(input: &KlagefristInput, naaet: &Naaet) -> Forklaring {
    let mut fk = Forklaring::default();
    match naaet {
        Naaet::Intet => {}
        Naaet::Modtaget(m) => modtagelse(&mut fk, input, m),
        Naaet::Frist(f) => frist(&mut fk, input, f),
    }
    fk
}

/// Receipt, the deadline, its move to a hverdag, the warnings and how to complain.
fn frist(fk: &mut Forklaring, input: &KlagefristInput, f: &Frister) {
    let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
    let post = Regelvaerdi::altid(vaerdier::ALMINDELIG_POST_HVERDAGE);
    modtagelse(fk, input, &f.modtagelse);
    fk.linje(klagefrist(frist, f.udloeb));
    if let Some(g) = f.sidste_dag_fridag {
        fk.linje(fristen_rykket(f.udloeb, g, f.sidste_dag, frist));
    } else if let Some(navn) = f.saerlig_dag {
        saerlig_dag(fk, navn, frist);
    }
    if f.loerdag_uafklaret() {
        loerdag_uafklaret(fk, f.sikker_sidste_dag, post);
    }
    if f.sidste_dag_fridag.is_some() {
        fridag_uafklaret(fk, f.sikker_sidste_dag, frist);
    }
    if input.levering == Levering::AlmindeligPost {
        klage_med_post(fk, frist);
    }
    klagevejledning(fk);
}

/// When the decision counts as received.
fn modtagelse(fk: &mut Forklaring, input: &KlagefristInput, m: &Modtagelse) {
    let post = Regelvaerdi::altid(vaerdier::ALMINDELIG_POST_HVERDAGE);
    match input.levering {
        Levering::DigitalPost | Levering::Personligt => {
            modtaget_samme_dag(fk, input.levering, input.dato, post);
        }
        Levering::AlmindeligPost => {
            fk.linje(modtaget_med_post(input.dato, m.dag, &m.sprunget, post));
        }
    }
}

/// § 66: the genvurdering deadline, and a complaint that came late or after the safe day.
fn genvurdering(fk: &mut Forklaring, g: &Genvurdering, f: &Frister) {
    let genv = Regelvaerdi::altid(vaerdier::GENVURDERING_UGER);
    fk.linje(genvurdering_linje(genv, g.klage_modtaget, g.senest));
    match g.klage {
        Rettidighed::ForSent => klage_for_sent(fk, g.klage_modtaget, f.sidste_dag),
        Rettidighed::EfterSikkerDag => {
            let frist = Regelvaerdi::altid(vaerdier::KLAGEFRIST_UGER);
            klage_efter_sikker_dag(
                fk,
                g.klage_modtaget,
                f.sikker_sidste_dag,
                f.sidste_dag,
                frist,
            );
        }
        Rettidighed::Rettidig => {}
    }
}

const UDEN_FOR_KALENDEREN: &str = "Datoen ligger uden for kalenderen.";

/// The field to correct and the message.
pub fn fejl(f: Fejl) -> (&'static str, &'static str) {
    match f {
        Fejl::DatoUdenForKalenderen => ("dato", UDEN_FOR_KALENDEREN),
        Fejl::KlageUdenForKalenderen => ("klage_modtaget", UDEN_FOR_KALENDEREN),
        Fejl::KlageFoerAfgoerelsen => (
            "klage_modtaget",
            "Klagen kan ikke være modtaget, før du fik afgørelsen.",
        ),
    }
}

/// «en lørdag», «en søndag», but «2. juledag» (a helligdag's name takes no article).
fn med_artikel(g: &str) -> String {
    if matches!(g, "lørdag" | "søndag") {
        format!("en {g}")
    } else {
        g.to_string()
    }
}

/// Digital Post or handed over: received the day it came, and (Digital Post) a later day in the mailbox counts.
fn modtaget_samme_dag(
    fk: &mut Forklaring,
    levering: Levering,
    dato: NaiveDate,
    post: &Regelvaerdi,
) {
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "{} regnes afgørelsen for modtaget samme dag – også en lørdag, søndag eller helligdag: {}.",
            if levering == Levering::DigitalPost {
                "Med Digital Post"
            } else {
                "Når du får afgørelsen udleveret,"
            },
            dato_tekst_lang(dato)
        ),
        post,
    ));
    if levering == Levering::DigitalPost {
        fk.linje(Linje::fra_regelvaerdi(
            Linjeart::Oplysning,
            "Kan du vise, at brevet først kom senere i din digitale postkasse, tæller den senere dag.".into(),
            post,
        ));
    }
}

/// An ordinary letter dated `dato` counts as received on `m`; `sprunget` are the days not counted.
fn modtaget_med_post(
    dato: NaiveDate,
    m: NaiveDate,
    sprunget: &[(NaiveDate, &'static str)],
    post: &Regelvaerdi,
) -> Linje {
    let oversprunget: Vec<String> = sprunget
        .iter()
        .filter(|(_, g)| !matches!(*g, "lørdag" | "søndag"))
        .map(|(d, g)| format!("{g} {}", dato_tekst(*d)))
        .collect();
    Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "{}. Brevet er dateret {}, så det regnes for modtaget {} (lørdage, søndage og helligdage er ikke talt med{}).",
            post.navn,
            dato_tekst_lang(dato),
            dato_tekst_lang(m),
            if oversprunget.is_empty() {
                String::new()
            } else {
                format!(": {}", oversprunget.join(", "))
            }
        ),
        post,
    )
    .med_fortolkning(Fortolkning::Hverdage)
}

/// The deadline `udloeb` (4 weeks after receipt) and how to complain in time.
fn klagefrist(frist: &Regelvaerdi, udloeb: NaiveDate) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!(
            "{}: {}. Din klage skal være nået frem til kommunen senest den dag. Sender du den digitalt, skal den være nået frem senest kl. 23.59. Send den gerne i Digital Post til kommunen, og gem kvitteringen.",
            frist.navn,
            dato_tekst_lang(udloeb)
        ),
        frist,
    )
}

/// The deadline `udloeb` is the day `g` (not a hverdag) and moves to `sidste` (F19).
fn fristen_rykket(udloeb: NaiveDate, g: &str, sidste: NaiveDate, frist: &Regelvaerdi) -> Linje {
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
    .med_fortolkning(Fortolkning::FristPaaFridag)
}

/// The last day is a special day that is not a helligdag (e.g. juleaftensdag): it does not move.
fn saerlig_dag(fk: &mut Forklaring, navn: &str, frist: &Regelvaerdi) {
    fk.advar(
        Alvor::Info,
        format!(
            "Sidste dag er {navn}. Den er ikke en helligdag, så fristen rykkes ikke. Kommunens kontor kan være lukket: send klagen digitalt, så den er nået frem senest kl. 23.59, eller send den før."
        ),
        frist.kilder,
        Some(Fortolkning::FristPaaFridag),
    );
}

/// Why the deadline may be later than the safe day: a Saturday in the 6 hverdage (F18) or a last day that
/// moves to the next hverdag (F19). `None` when the readings agree.
pub fn forbehold(f: &Frister) -> Option<String> {
    (f.sikker_sidste_dag < f.sidste_dag).then(|| {
        let mut grunde = Vec::new();
        if f.loerdag_uafklaret() {
            grunde.push(
                "om lørdage tæller med, når et brev regnes for modtaget, er ikke afklaret".to_string(),
            );
        }
        if let Some(g) = f.sidste_dag_fridag {
            grunde.push(format!(
                "sidste dag er {} og rykkes efter Justitsministeriets vejledning til næste hverdag",
                med_artikel(g)
            ));
        }
        format!(
            "Fristen er måske først {}, fordi {}. Men send klagen senest {} for at være på den sikre side.",
            dato_tekst_lang(f.sidste_dag),
            grunde.join(", og "),
            dato_tekst_lang(f.sikker_sidste_dag)
        )
    })
}

/// Whether Saturdays count in the 6 hverdage is not settled: the safe day `sikker`.
fn loerdag_uafklaret(fk: &mut Forklaring, sikker: NaiveDate, post: &Regelvaerdi) {
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

/// The move to the next hverdag rests on a secondary source: the safe day `sikker`.
fn fridag_uafklaret(fk: &mut Forklaring, sikker: NaiveDate, frist: &Regelvaerdi) {
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

/// A complaint by ordinary post must arrive in time.
fn klage_med_post(fk: &mut Forklaring, frist: &Regelvaerdi) {
    fk.advar(
        Alvor::Info,
        "Sender du klagen med almindelig post, skal den være nået frem inden fristen. Send den i god tid, eller klag digitalt.".into(),
        frist.kilder,
        None,
    );
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

/// § 66: the complaint arrived on `k`, so the kommune must reassess by `g`.
fn genvurdering_linje(genv: &Regelvaerdi, k: NaiveDate, g: NaiveDate) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!(
            "{}: kommunen modtog klagen {}, så den skal have genvurderet sagen senest {}. Fastholder den afgørelsen, sender den sagen videre til Ankestyrelsen. Hører du ikke noget inden da, så ryk kommunen.",
            genv.navn,
            dato_tekst_lang(k),
            dato_tekst_lang(g)
        ),
        genv,
    )
}

/// The complaint arrived on `k`, after the last day `sidste`.
fn klage_for_sent(fk: &mut Forklaring, k: NaiveDate, sidste: NaiveDate) {
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
}

/// The complaint arrived on `k`, after the safe day `sikker` but not after the last day `sidste`.
fn klage_efter_sikker_dag(
    fk: &mut Forklaring,
    k: NaiveDate,
    sikker: NaiveDate,
    sidste: NaiveDate,
    frist: &Regelvaerdi,
) {
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
