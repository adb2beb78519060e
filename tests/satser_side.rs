//! «Satser og kilder» against `content/law/`: every figure of every year file has its row (id
//! `<parameter>-<year>`) with the value, the status and every source; every key date and counted rule is
//! listed; the static page is a whole document that works without JavaScript.

use ressourceguiden::indhold::satser;
use ressourceguiden::rules::penge::kr_kort;
use rust_decimal::Decimal;
use std::path::PathBuf;
use std::str::FromStr;

fn rod() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content/law")
}

fn status_tekst(s: &str) -> &'static str {
    match s {
        "official" => "officiel",
        "secondary" => "sekundær kilde",
        "derived" => "afledt",
        "mapped" => "overført fra kontanthjælp",
        _ => "ikke efterprøvet",
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}

fn kr(s: &str) -> String {
    kr_kort(Decimal::from_str(s).expect("a decimal"))
}

/// The `<tr>` with this id, or a failure naming it.
fn raekke<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<tr id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no row {id} on «Satser og kilder»"));
    let slut = html[start..].find("</tr>").map(|i| start + i).unwrap();
    &html[start..slut]
}

#[test]
fn every_figure_of_every_year_file_is_on_the_page_with_value_status_and_sources() {
    let html = satser::html(false);
    let mut antal = 0;
    let mut filer: Vec<_> = std::fs::read_dir(rod().join("satser"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    filer.sort();
    assert!(!filer.is_empty());
    for fil in filer {
        let doc: toml::Table = toml::from_str(&std::fs::read_to_string(&fil).unwrap()).unwrap();
        let aar = doc["year"].as_integer().unwrap();
        for (id, v) in doc.iter().filter_map(|(k, v)| v.as_table().map(|t| (k, t))) {
            let r = raekke(&html, &satser::anker(id, aar as i32));
            match (v.get("value"), v.get("range")) {
                (Some(x), _) => assert!(r.contains(&kr(x.as_str().unwrap())), "{id} {aar}: {r}"),
                (None, Some(rg)) => {
                    let a = rg.as_array().unwrap();
                    let tekst = format!(
                        "{}–{}",
                        kr(a[0].as_str().unwrap()),
                        kr(a[1].as_str().unwrap())
                    );
                    assert!(r.contains(&tekst), "{id} {aar}: {r}");
                }
                _ => panic!("{id} {aar}: no value"),
            }
            let st = v["status"].as_str().unwrap();
            assert!(r.contains(status_tekst(st)), "{id} {aar}: status {st}: {r}");
            for k in v["sources"].as_array().unwrap() {
                assert!(
                    r.contains(&format!("href=\"{}\"", esc(k.as_str().unwrap()))),
                    "{id} {aar}: {k}"
                );
            }
            antal += 1;
        }
    }
    // Nothing on the page that is not in the data: one row per figure.
    let rader = ressourceguiden::rules::lovdata::PARAMETRE
        .iter()
        .map(|p| p.vaerdier.len())
        .sum::<usize>();
    assert_eq!(antal, rader);
}

#[test]
fn every_key_date_and_counted_rule_of_regler_toml_is_on_the_page() {
    let html = satser::html(false);
    let doc: toml::Table =
        toml::from_str(&std::fs::read_to_string(rod().join("regler.toml")).unwrap()).unwrap();
    for (id, d) in doc["datoer"].as_table().unwrap() {
        let r = raekke(&html, &format!("dato-{}", id.replace('_', "-")));
        assert!(
            r.contains(status_tekst(d["status"].as_str().unwrap())),
            "{id}"
        );
        for k in d["sources"].as_array().unwrap() {
            assert!(r.contains(&esc(k.as_str().unwrap())), "{id}: {k}");
        }
    }
    for (id, perioder) in doc["vaerdier"].as_table().unwrap() {
        for (i, v) in perioder.as_array().unwrap().iter().enumerate() {
            let r = raekke(&html, &format!("regel-{}-{}", id.replace('_', "-"), i + 1));
            // A share is shown with its sign («75 %»), every other unit by its name («4 uger»).
            let enhed = match v["unit"].as_str().unwrap() {
                "procent" => "%",
                u => u,
            };
            assert!(r.contains(&format!("{} {enhed}", v["value"])), "{id}: {r}");
        }
    }
    let pension = doc["folkepensionsalder"].as_array().unwrap().len();
    let tabel = &html[html.find("id=\"folkepension\"").unwrap()..];
    assert_eq!(tabel.matches("<tr><th scope=\"row\">").count(), pension);
}

#[test]
fn the_static_page_is_a_document_without_script_and_links_back_to_the_app() {
    let h = satser::html(true);
    assert!(h.contains("href=\"../#/satser\""));
    assert!(!h.contains("<script") && !h.contains("style=\"") && !h.contains(" on"));
    assert_eq!(h.matches("<h1").count(), 1);
    // Every external link leaves with noopener.
    for del in h
        .split("<a ")
        .skip(1)
        .filter(|d| d.starts_with("href=\"http"))
    {
        assert!(del.contains("rel=\"noopener noreferrer\""), "{del}");
    }
}
