//! Locked down, private and offline (issue #7), against the release build:
//!
//! * the Content-Security-Policy in index.html is the documented one, is enforced (eval, inline script,
//!   style attribute and a foreign connection are all refused), and no page violates it;
//! * no page sets a cookie, writes Web Storage or IndexedDB, or talks to another origin, and the service
//!   worker's caches hold nothing but the app's own files;
//! * after the first visit the app works with the network cut; a new release replaces the old cache (and
//!   only this folder's caches); a failed service-worker registration leaves the app working;
//! * the post-build hook (src/web/efterbyg.mjs) moves inline scripts out and refuses a page the policy
//!   would block.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use e2e::contract::{self, route, SUB_PATH};
use e2e::env::{dist_dir, report, workspace_root, TempDir};
use e2e::{bail, ensure, Browser, Context, E2eResult, Server};
use serde_json::{json, Value};

/// The policy the brief asks for, directive by directive (order does not matter).
const POLICY: &[(&str, &str)] = &[
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("connect-src", "'self'"),
    ("img-src", "'self' data:"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("form-action", "'none'"),
];

/// Records every `securitypolicyviolation` on `window.__rgCsp`, from before the first script of every new
/// document (installed through the DevTools protocol, which the policy does not apply to).
const CSP_LISTENER: &str = r#"
window.__rgCsp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__rgCsp.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') +
    ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber + (e.sample ? ' «' + e.sample + '»' : ''));
}, true);
"#;

/// Every cache in CacheStorage with the URLs it holds.
const READ_CACHES: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const out = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    out.push({ name, urls: (await cache.keys()).map((r) => r.url) });
  }
  return out;
})().then((v) => done({ ok: true, v }), (e) => done({ ok: false, e: String(e) }));
"#;

fn directives(policy: &str) -> BTreeSet<(String, String)> {
    policy
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let (name, value) = d.split_once(' ').unwrap_or((d, ""));
            (
                name.to_string(),
                value.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect()
}

fn expected_policy() -> BTreeSet<(String, String)> {
    POLICY
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

async fn cdp(b: &Browser, method: &str, params: Value) -> E2eResult<Value> {
    b.cdp(method, params).await
}

async fn install_csp_listener(b: &Browser) -> E2eResult<()> {
    cdp(
        b,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": CSP_LISTENER }),
    )
    .await?;
    Ok(())
}

/// The violations the listener saw in the current document. Fails if the listener is not there.
async fn csp_violations(b: &Browser) -> E2eResult<Vec<String>> {
    let v = b
        .eval("return window.__rgCsp === undefined ? null : window.__rgCsp;")
        .await?;
    let Some(list) = v.as_array() else {
        bail!(
            "the securitypolicyviolation listener is not installed in this document\n{}",
            b.diagnostics().await
        );
    };
    Ok(list
        .iter()
        .map(|x| x.as_str().unwrap_or("?").to_string())
        .collect())
}

/// Cut (or restore) the network. Two switches, because the DevTools protocol's network emulation, sent
/// through chromedriver, reaches only the page's own target, not its service worker (whose network-first page
/// loads would still get through): `Network.emulateNetworkConditions` makes the page offline
/// (`navigator.onLine` false, every page request fails), and the server goes dark, so whatever the service
/// worker sends to the network fails as well.
async fn set_offline(b: &Browser, offline: bool) -> E2eResult<()> {
    cdp(b, "Network.enable", json!({})).await?;
    cdp(
        b,
        "Network.emulateNetworkConditions",
        json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    b.server.set_offline(offline);
    Ok(())
}

async fn async_eval(b: &Browser, script: &str) -> E2eResult<Value> {
    let ret = b
        .driver()
        .execute_async(script, Vec::new())
        .await
        .context("executing an async script")?;
    Ok(ret.json().clone())
}

/// (cache name, cached URLs) for every cache of the origin.
async fn caches(b: &Browser) -> E2eResult<Vec<(String, Vec<String>)>> {
    let v = async_eval(b, READ_CACHES).await?;
    if v["ok"] != Value::Bool(true) {
        bail!("reading CacheStorage failed: {}", v["e"]);
    }
    Ok(v["v"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|c| {
            let urls = c["urls"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|u| u.as_str().unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default();
            (c["name"].as_str().unwrap_or("").to_string(), urls)
        })
        .collect())
}

/// Wait until an activated service worker controls the page.
async fn wait_controlled(b: &Browser) -> E2eResult<()> {
    b.wait_until("a service worker to control the page", || async {
        let v = b
            .eval(
                "const c = navigator.serviceWorker && navigator.serviceWorker.controller; \
                 return c ? c.state : null;",
            )
            .await?;
        Ok((v == "activated").then_some(()))
    })
    .await
}

/// Every file of the release in dist/ (relative, `/`-separated) that the service worker must precache: all but
/// sw.js itself and the rights guide's static pages for readers without JavaScript (`rettigheder/<side>.html`;
/// the app shows the same text from `rettigheder/app/`).
fn own_files(dist: &Path) -> E2eResult<BTreeSet<String>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) -> E2eResult<()> {
        for entry in std::fs::read_dir(dir).context(format!("reading {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.insert(rel.join("/"));
            }
        }
        Ok(())
    }
    let mut files = BTreeSet::new();
    walk(dist, dist, &mut files)?;
    files.remove("sw.js");
    files.retain(|f| {
        !(f.starts_with("rettigheder/") && f.ends_with(".html") && f.matches('/').count() == 1)
    });
    Ok(files)
}

fn copy_dir(from: &Path, to: &Path) -> E2eResult<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// A copy of dist/ in a temp dir (to change it without touching the real build), served under the sub-path.
fn dist_copy() -> E2eResult<(TempDir, std::path::PathBuf)> {
    let tmp = TempDir::new("rg-e2e-dist")?;
    let root = tmp.path().join("dist");
    copy_dir(&dist_dir()?, &root)?;
    Ok((tmp, root))
}

/// The policy in force is the one in index.html, has exactly the directives asked for, and no page —
/// loaded fresh or reached in the app — violates it. Then: it is really enforced (eval, an injected inline
/// script, a style attribute and a connection to another origin are refused and reported).
#[tokio::test]
async fn csp_is_enforced_and_no_page_violates_it() -> E2eResult<()> {
    let b = Browser::start().await?;
    install_csp_listener(&b).await?;

    let mut pages = 0;
    for page in contract::all_pages() {
        b.open_and_check(page).await?;
        let live = b
            .eval(
                "const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); \
                 return m ? m.content : null;",
            )
            .await?;
        let Some(live) = live.as_str() else {
            bail!("{}: no Content-Security-Policy meta element", page.hash);
        };
        ensure!(
            directives(live) == expected_policy(),
            "{}: the policy in force is\n  {live}\nexpected the directives {POLICY:?}",
            page.hash
        );
        let v = csp_violations(&b).await?;
        ensure!(
            v.is_empty(),
            "{}: CSP violations:\n  {}",
            page.hash,
            v.join("\n  ")
        );
        pages += 1;
    }
    b.open_fresh("#/").await?;
    for page in contract::all_pages() {
        b.open(page.hash).await?;
        b.wait_for_h1(page.h1).await?;
    }
    let v = csp_violations(&b).await?;
    ensure!(
        v.is_empty(),
        "CSP violations during in-app navigation:\n  {}",
        v.join("\n  ")
    );
    let console: Vec<String> = b
        .console_entries()
        .await?
        .into_iter()
        .filter(|e| {
            e.message.contains("Content Security Policy")
                || e.message.contains("Content-Security-Policy")
        })
        .map(|e| e.to_string())
        .collect();
    ensure!(
        console.is_empty(),
        "CSP messages in the console:\n  {}",
        console.join("\n  ")
    );
    report(format!(
        "csp: {pages} pages loaded fresh + in-app navigation, 0 violations, 0 CSP console messages"
    ));

    // The policy is really in force, and the listener really sees violations.
    let probe = b
        .eval(
            r#"const r = {};
               // eval inside a WebDriver script is exempt (DevTools allows it); from a timer it is the page's.
               setTimeout(() => {
                 try { eval('1'); window.__rgEval = 'ran'; } catch (e) { window.__rgEval = e.name; }
               }, 0);
               const s = document.createElement('script');
               s.textContent = 'window.__rgInline = 1;';
               document.head.appendChild(s);
               r.inline = window.__rgInline === 1 ? 'ran' : 'blocked';
               const d = document.createElement('div');
               d.setAttribute('style', 'color: rgb(255, 0, 0)');
               document.body.appendChild(d);
               r.styleAttr = getComputedStyle(d).color === 'rgb(255, 0, 0)' ? 'applied' : 'blocked';
               fetch('http://127.0.0.2:9/csp-probe').catch(() => {});
               return r;"#,
        )
        .await?;
    ensure!(
        probe == json!({ "inline": "blocked", "styleAttr": "blocked" }),
        "the policy is not enforced: {probe}"
    );
    let eval = b
        .wait_until("the eval probe to run", || async {
            let v = b.eval("return window.__rgEval || null;").await?;
            Ok(v.as_str().map(str::to_string))
        })
        .await?;
    ensure!(eval == "EvalError", "eval was not refused: {eval}");
    let seen = b
        .wait_until("the probes' violations to be reported", || async {
            let v = csp_violations(&b).await?;
            let has = |d: &str| v.iter().any(|x| x.starts_with(d));
            Ok((has("script-src blocked eval")
                && has("script-src-elem blocked inline")
                && has("style-src-attr blocked inline")
                && has("connect-src blocked http://127.0.0.2:9/"))
            .then_some(v))
        })
        .await?;
    b.wait_until("the console to report the refusals too", || async {
        let n = b
            .console_errors()
            .await?
            .iter()
            .filter(|e| e.message.contains("Content Security Policy"))
            .count();
        Ok((n > 0).then_some(()))
    })
    .await?;
    report(format!(
        "csp: probes refused and reported: {}",
        seen.join(" | ")
    ));
    b.quit().await
}

/// On every page: no cookie (document.cookie and WebDriver), nothing in localStorage, sessionStorage or
/// IndexedDB, no request to another origin, and CacheStorage holds only the app's own files under its folder.
#[tokio::test]
async fn no_cookies_storage_or_foreign_requests_on_any_page() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/").await?;
    wait_controlled(&b).await?;
    let own_prefix = format!("{}{SUB_PATH}", b.origin());
    let dist_files = own_files(&dist_dir()?)?;

    let mut checked = 0;
    for page in contract::all_pages() {
        b.open_and_check(page).await?;
        let s = b
            .eval(
                "return { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };",
            )
            .await?;
        ensure!(
            s == json!({ "cookie": "", "local": 0, "session": 0 }),
            "{}: something was stored before any opt-in: {s}",
            page.hash
        );
        let cookies = b.driver().get_all_cookies().await?;
        ensure!(cookies.is_empty(), "{}: cookies: {cookies:?}", page.hash);
        let idb = async_eval(
            &b,
            "const done = arguments[arguments.length - 1];
             if (!indexedDB.databases) { done('unsupported'); return; }
             indexedDB.databases().then((d) => done(d.map((x) => x.name)), (e) => done(String(e)));",
        )
        .await?;
        ensure!(
            idb == json!([]),
            "{}: IndexedDB databases: {idb}",
            page.hash
        );

        let cs = caches(&b).await?;
        ensure!(
            !cs.is_empty(),
            "{}: no service-worker cache at all",
            page.hash
        );
        for (name, urls) in &cs {
            ensure!(
                name.starts_with(&format!("ressourceguiden {SUB_PATH} ")),
                "{}: a cache that is not this app's: {name:?}",
                page.hash
            );
            for url in urls {
                let Some(file) = url.strip_prefix(&own_prefix) else {
                    bail!(
                        "{}: cache {name:?} holds a URL from elsewhere: {url}",
                        page.hash
                    );
                };
                ensure!(
                    dist_files.contains(file),
                    "{}: cache {name:?} holds {url}, which is not one of the app's files {dist_files:?}",
                    page.hash
                );
            }
        }
        checked += 1;
    }
    let foreign = b.foreign_requests().await?;
    ensure!(
        foreign.is_empty(),
        "requests to other origins:\n{}",
        foreign
            .iter()
            .map(|r| format!("  {r}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let outside: Vec<String> = b
        .server
        .requests()
        .iter()
        .filter(|r| !r.path.starts_with(SUB_PATH))
        .map(|r| r.to_string())
        .collect();
    ensure!(
        outside.is_empty(),
        "requests outside {SUB_PATH}: {outside:?}"
    );
    report(format!(
        "privacy: {checked} pages: no cookies, empty localStorage/sessionStorage/IndexedDB, \
         no foreign requests, caches hold only files under {SUB_PATH}"
    ));
    b.quit().await
}

/// Once the service worker is in charge, the files whose name carries a content hash (Trunk's scripts, stylesheet
/// and the whole app) come from its cache: a reload asks the server only for what may change (index.html).
/// Trunk's hashes are not always 16 hex digits (the stylesheet's had 14 and went to the network every time).
#[tokio::test]
async fn hashed_files_come_from_the_cache_once_installed() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;
    wait_controlled(&b).await?;
    let hashed: Vec<String> = own_files(&dist_dir()?)?
        .into_iter()
        .filter(|f| !f.contains('/') && f.rsplit_once('-').is_some_and(|(_, h)| h.contains('.')))
        .collect();
    ensure!(
        hashed.iter().any(|f| f.ends_with(".css")) && hashed.iter().any(|f| f.ends_with(".wasm")),
        "no hashed stylesheet or .wasm among {hashed:?}"
    );
    b.server.clear_requests();
    b.reload().await?;
    b.wait_for_h1(route("#/").h1).await?;
    let ferie = route("#/ferie");
    b.open(ferie.hash).await?;
    b.wait_for_h1(ferie.h1).await?;
    let from_server: Vec<String> = b
        .server
        .requests()
        .iter()
        .filter(|r| hashed.iter().any(|f| r.path.ends_with(&format!("/{f}"))))
        .map(|r| r.to_string())
        .collect();
    ensure!(
        from_server.is_empty(),
        "hashed files asked of the server although the service worker has them: {from_server:?}"
    );
    report(format!(
        "{} hashed files answered by the service worker's cache after a reload",
        hashed.len()
    ));
    b.quit().await
}

/// Waits for the offline note (`.offline-fejl`, written by src/web/offline.js) containing `text` in the footer:
/// the prerendered page's, or with `in_app` the footer the app draws when it has taken the page over. Its text.
async fn offline_note(b: &Browser, text: &str, in_app: bool) -> E2eResult<String> {
    b.wait_until(&format!("the note «{text}» in the footer"), || async {
        let v = b
            .eval_with(
                "const p = document.querySelector('footer.bund .offline-fejl'); \
                 const klar = !arguments[0] || document.documentElement.hasAttribute('data-startet'); \
                 return klar && p ? p.textContent : null;",
                vec![json!(in_app)],
            )
            .await?;
        Ok(v.as_str().filter(|t| t.contains(text)).map(str::to_string))
    })
    .await
}

/// The whole app's .wasm in dist/ (its file name).
fn whole_wasm() -> E2eResult<String> {
    own_files(&dist_dir()?)?
        .into_iter()
        .find(|f| f.starts_with("ressourceguiden-") && f.ends_with("_bg.wasm"))
        .context("no ressourceguiden-*_bg.wasm in dist/")
}

/// How often the server has sent `file` (a path relative to dist/).
fn served(b: &Browser, file: &str) -> usize {
    b.server
        .requests()
        .iter()
        .filter(|r| r.path.ends_with(&format!("/{file}")))
        .count()
}

/// A first visit to the front page downloads the whole app once: the service worker fetches it for use without a
/// network, and the loader's prefetch (so that the reader's next page starts at once) waits for the worker and is
/// answered from its cache. Before, both fetched it: the same 339 KB (brotli) twice.
#[tokio::test]
async fn a_first_visit_downloads_the_whole_app_once() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;
    wait_controlled(&b).await?;
    let wasm = whole_wasm()?;
    b.wait_until("the loader's prefetch of the whole app", || async {
        let v = b
            .eval_with(
                "return performance.getEntriesByType('resource').some((e) => e.name.endsWith('/' + arguments[0]));",
                vec![json!(wasm)],
            )
            .await?;
        Ok((v == true).then_some(()))
    })
    .await?;
    let n = served(&b, &wasm);
    ensure!(
        n == 1,
        "the server sent {wasm} {n} times on a first visit to the front page:\n{}",
        b.server
            .requests()
            .iter()
            .map(|r| format!("  {r}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    // And the reader's next page starts from it: one header, no further download.
    let ferie = route("#/ferie");
    b.open(ferie.hash).await?;
    b.wait_for_h1(ferie.h1).await?;
    ensure!(served(&b, &wasm) == 1, "the whole app was downloaded again");
    report(format!(
        "first visit: {wasm} sent once (service worker), the prefetch answered from its cache; #/ferie then started"
    ));
    b.quit().await
}

/// With the browser's data saver on (Save-Data), nothing is downloaded in the background: no service worker (no
/// copy for use without a network), no prefetch of the whole app; a short note in the footer says so, and the
/// calculators still work, each with its small app.
#[tokio::test]
async fn with_data_saver_nothing_is_downloaded_in_the_background() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.cdp(
        "Emulation.setDataSaverOverride",
        json!({ "dataSaverEnabled": true }),
    )
    .await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;
    let note = offline_note(&b, "Databesparelse", false).await?;
    // Long enough for an idle prefetch and a service worker's install to have started.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let registrations = async_eval(
        &b,
        "const done = arguments[arguments.length - 1]; \
         navigator.serviceWorker.getRegistrations().then((r) => done(r.length), () => done(-1));",
    )
    .await?;
    let wasm = whole_wasm()?;
    ensure!(
        registrations == 0 && served(&b, &wasm) == 0 && served(&b, "sw.js") == 0,
        "with data saver on: {registrations} service worker registration(s), {wasm} sent {} times, sw.js {} times",
        served(&b, &wasm),
        served(&b, "sw.js")
    );
    let ferie = route("#/ferie");
    b.open(ferie.hash).await?;
    b.wait_for_h1(ferie.h1).await?;
    // The app has drawn its own footer: the note is in it.
    offline_note(&b, "Databesparelse", true).await?;
    ensure!(
        b.eval("return document.querySelectorAll('.offline-fejl').length;")
            .await?
            == 1,
        "the note is shown more than once"
    );
    let kun = b
        .server
        .requests()
        .iter()
        .filter(|r| r.path.ends_with(".wasm"))
        .map(|r| r.path.clone())
        .collect::<Vec<_>>();
    ensure!(
        kun.len() == 1 && kun[0].contains("/kun/ferie-"),
        "#/ferie with data saver on fetched {kun:?}, expected only its small app"
    );
    report(format!(
        "data saver: no service worker, no background download; note «{note}»; #/ferie started its small app"
    ));
    b.quit().await
}

/// First visit online; then, with the network cut through the DevTools protocol, a reload, an in-app route,
/// a fresh load with a query (the panic page's reload link), a rights page and a calculation from a share link
/// all work — and the server sees nothing.
#[tokio::test]
async fn works_offline_after_the_first_visit() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;
    wait_controlled(&b).await?;

    let own_prefix = format!("{}{SUB_PATH}", b.origin());
    let cached: BTreeSet<String> = caches(&b)
        .await?
        .into_iter()
        .flat_map(|(_, urls)| urls)
        .filter_map(|u| u.strip_prefix(&own_prefix).map(str::to_string))
        .collect();
    // Every file but the small apps of one calculator (kun/): offline, the whole app serves their routes.
    let missing: Vec<_> = own_files(&dist_dir()?)?
        .difference(&cached)
        .filter(|f| !f.starts_with("kun/"))
        .cloned()
        .collect();
    ensure!(
        missing.is_empty(),
        "not precached: {missing:?} (cached: {cached:?})"
    );
    ensure!(
        !cached.iter().any(|f| f.starts_with("kun/")),
        "the small apps should not be precached (they would cost the reader's data): {cached:?}"
    );
    ensure!(
        !cached.contains("rettigheder/klage.html"),
        "the static no-JavaScript pages should not be precached: {cached:?}"
    );

    set_offline(&b, true).await?;
    b.server.clear_requests();
    let online = b.eval("return navigator.onLine;").await?;
    ensure!(
        online == false,
        "navigator.onLine is {online} after cutting the network"
    );

    b.reload().await?;
    b.wait_for_h1(route("#/").h1).await?;
    let om = route("#/om");
    b.open(om.hash).await?;
    b.wait_for_h1(om.h1).await?;
    b.wait_for_title(&om.title()).await?;
    let t = route("#/tilgaengelighed");
    b.open_fresh(&format!("?genstart=1{}", t.hash)).await?;
    b.wait_for_h1(t.h1).await?;
    // A rights page in the app (fetched from rettigheder/app/).
    let klage = route("#/rettigheder/klage");
    b.open(klage.hash).await?;
    b.wait_for_h1(klage.h1).await?;
    b.wait_until("the rights page's text, fetched from rettigheder/app/", || async {
        let n = b
            .eval("const t = document.querySelector('.rettighed-top'); return t ? t.textContent.length : 0;")
            .await?;
        Ok((n.as_u64().unwrap_or(0) > 200).then_some(()))
    })
    .await?;
    // A calculation, offline: the klagefrist calculator from a share link. Its small app is not kept, so the loader
    // starts the whole app from the cache.
    b.open_fresh("#/klagefrist?v=1&d=2024-03-01&l=u").await?;
    b.wait_for_h1("Din klagefrist").await?;
    let frist = b
        .wait_until("the offline klagefrist calculation", || async {
            let v = b
                .eval("const s = document.querySelector('.resultat .hovedtal strong'); return s ? s.textContent : null;")
                .await?;
            Ok(v.as_str().map(str::to_string))
        })
        .await?;
    ensure!(
        frist.contains("2024"),
        "unexpected klagefrist offline: {frist:?}"
    );

    let reached = b.server.requests();
    ensure!(
        reached.is_empty(),
        "with the network cut, requests still reached the server: {reached:?}"
    );
    report(format!(
        "offline: {} files precached; reload, #/om, ?genstart=1#/tilgaengelighed, #/rettigheder/klage and a \
         klagefrist calculation (deadline {frist}) worked with the network cut (0 requests answered, {} \
         connection attempts refused)",
        cached.len(),
        b.server.refused()
    ));
    set_offline(&b, false).await?;
    b.quit().await
}

/// A new release (a changed sw.js) installs, takes over, deletes this folder's old cache, leaves other
/// caches of the origin alone, and then serves offline from the new cache.
#[tokio::test]
async fn a_new_release_replaces_only_its_own_old_cache() -> E2eResult<()> {
    let (_tmp, root) = dist_copy()?;
    let b = Browser::with_server(Server::start(&root, SUB_PATH)?).await?;
    b.open_fresh("#/").await?;
    wait_controlled(&b).await?;

    let first: Vec<String> = caches(&b).await?.into_iter().map(|(n, _)| n).collect();
    let [old] = first.as_slice() else {
        bail!("expected exactly one cache after the first visit, found {first:?}");
    };
    let others = ["ressourceguiden /en/anden/mappe/ 0.0.1 abc", "en anden app"];
    let made = async_eval(
        &b,
        &format!(
            "const done = arguments[arguments.length - 1];
             Promise.all({others:?}.map((n) => caches.open(n))).then(() => done(true), (e) => done(String(e)));"
        ),
    )
    .await?;
    ensure!(made == true, "could not create the other caches: {made}");

    // The next release: same files, a different build hash in sw.js.
    let sw_path = root.join("sw.js");
    let sw = std::fs::read_to_string(&sw_path)?;
    let Some(start) = sw.find("const BUILD = \"") else {
        bail!("dist/sw.js has no `const BUILD = \"…\"` line");
    };
    let line_end = start + sw[start..].find('\n').unwrap_or(0);
    let new_sw = format!(
        "{}const BUILD = \"naeste-udgave\";{}",
        &sw[..start],
        &sw[line_end..]
    );
    std::fs::write(&sw_path, new_sw)?;

    let updated = async_eval(
        &b,
        "const done = arguments[arguments.length - 1];
         navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => done(true), (e) => done(String(e)));",
    )
    .await?;
    ensure!(updated == true, "registration.update() failed: {updated}");

    let names = b
        .wait_until("the new release to replace the old cache", || async {
            let names: BTreeSet<String> = caches(&b).await?.into_iter().map(|(n, _)| n).collect();
            let done = !names.contains(old) && names.iter().any(|n| n.ends_with(" naeste-udgave"));
            Ok(done.then_some(names))
        })
        .await?;
    for other in others {
        ensure!(
            names.contains(other),
            "the cache {other:?} of someone else was deleted: {names:?}"
        );
    }
    ensure!(
        names.len() == 3,
        "unexpected caches after the update: {names:?}"
    );

    set_offline(&b, true).await?;
    b.server.clear_requests();
    b.reload().await?;
    b.wait_for_h1(route("#/").h1).await?;
    ensure!(
        b.server.requests().is_empty(),
        "offline reload reached the server"
    );
    report(format!("update: {old:?} replaced; caches now {names:?}"));
    set_offline(&b, false).await?;
    b.quit().await
}

/// With no sw.js on the server the registration fails; the app still mounts and routes, and the failure is
/// only a console warning.
#[tokio::test]
async fn the_app_works_when_the_service_worker_cannot_register() -> E2eResult<()> {
    let (_tmp, root) = dist_copy()?;
    std::fs::remove_file(root.join("sw.js"))?;
    let b = Browser::with_server(Server::start(&root, SUB_PATH)?).await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;
    b.wait_until(
        "the registration failure to be reported as a warning",
        || async {
            let entries = b.console_entries().await?;
            Ok(entries
                .iter()
                .any(|e| e.level == "WARNING" && e.message.contains("offline mode unavailable"))
                .then_some(()))
        },
    )
    .await?;
    for hash in ["#/om", "#/tilgaengelighed", "#/ydelse"] {
        let page = route(hash);
        b.open(page.hash).await?;
        b.wait_for_h1(page.h1).await?;
    }
    let controlled = b
        .eval("return navigator.serviceWorker.controller !== null;")
        .await?;
    ensure!(
        controlled == false,
        "a service worker controls the page although sw.js is missing"
    );
    let uncaught: Vec<String> = b
        .console_errors()
        .await?
        .into_iter()
        .filter(|e| e.message.contains("Uncaught"))
        .map(|e| e.to_string())
        .collect();
    ensure!(uncaught.is_empty(), "uncaught errors: {uncaught:?}");
    b.quit().await
}

/// One file of the release is missing on the server: the service worker registers but its install fails
/// (it becomes redundant). The app works online, and a visible note says that it could not be saved for use
/// without the network (the probe's #33: it was silent).
#[tokio::test]
async fn a_failed_offline_install_is_shown() -> E2eResult<()> {
    let (_tmp, root) = dist_copy()?;
    std::fs::remove_file(root.join("rettigheder/app/ordbog.html"))?;
    let b = Browser::with_server(Server::start(&root, SUB_PATH)?).await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;
    offline_note(&b, "kunne ikke gemmes til brug uden net", false).await?;
    b.open("#/ydelse").await?;
    b.wait_for_h1(route("#/ydelse").h1).await?;
    // The app draws its own footer; the note follows it there.
    offline_note(&b, "kunne ikke gemmes til brug uden net", true).await?;
    b.quit().await
}

/// Embedded in a page of another origin (the embed script's iframe), the app registers no service worker and
/// caches nothing: a host page does not download the whole app in the background.
#[tokio::test]
async fn no_service_worker_when_embedded() -> E2eResult<()> {
    let b = Browser::start().await?;
    let tmp = TempDir::new("rg-e2e-vaert-sw")?;
    std::fs::write(
        tmp.path().join("vaert.html"),
        format!(
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Vært</title>\
             <link rel=\"icon\" href=\"data:,\"></head><body><h1>Vært</h1>\
             <script src=\"{}indlejr.js\" data-beregner=\"klagefrist\"></script></body></html>",
            b.url("")
        ),
    )?;
    let host = Server::start(tmp.path(), "/vaert/")?;
    ensure!(
        host.origin() != b.origin(),
        "host and app must be different origins"
    );
    b.driver()
        .goto(&format!("{}vaert.html", host.base_url()))
        .await?;
    b.driver().enter_frame(0).await?;
    b.wait_for_h1("Din klagefrist").await?;
    b.wait_until("the embedded page to finish loading", || async {
        Ok((b.eval("return document.readyState;").await? == "complete").then_some(()))
    })
    .await?;
    // Give a registration (which would start on `load`) time to show up, then look.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let v = async_eval(
        &b,
        "const done = arguments[arguments.length - 1];
         Promise.all([navigator.serviceWorker.getRegistrations(), caches.keys()])
           .then(([r, c]) => done({ registrations: r.length, caches: c.length }), (e) => done(String(e)));",
    )
    .await?;
    ensure!(
        v == json!({ "registrations": 0, "caches": 0 }),
        "the embedded app registered a service worker or cached files: {v}"
    );
    let sw_requests: Vec<String> = b
        .server
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/sw.js"))
        .map(|r| r.to_string())
        .collect();
    ensure!(
        sw_requests.is_empty(),
        "sw.js was fetched for an embed: {sw_requests:?}"
    );
    b.quit().await
}

/// README documents the same policy as an HTTP header, plus frame-ancestors (which a meta element cannot
/// carry), so hosts can send it.
#[test]
fn readme_documents_the_policy_as_an_http_header() -> E2eResult<()> {
    let readme = std::fs::read_to_string(workspace_root().join("README.md"))?;
    let headers: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Content-Security-Policy:"))
        .collect();
    ensure!(
        !headers.is_empty(),
        "README.md has no `Content-Security-Policy: …` line"
    );
    for h in headers {
        let mut d = directives(h);
        let fa: Vec<_> = d
            .iter()
            .filter(|(n, _)| n == "frame-ancestors")
            .cloned()
            .collect();
        ensure!(fa.len() == 1, "README header without frame-ancestors: {h}");
        for x in fa {
            d.remove(&x);
        }
        ensure!(
            d == expected_policy(),
            "README header differs from the policy in index.html:\n  {h}\nexpected {POLICY:?}"
        );
    }
    let html = std::fs::read_to_string(workspace_root().join("index.html"))?;
    let Some(meta) = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
    else {
        bail!("index.html has no Content-Security-Policy meta element");
    };
    ensure!(
        directives(meta) == expected_policy(),
        "index.html policy: {meta}"
    );
    Ok(())
}

/// The ready-to-copy header files for static hosts (src/web/vaert/) send the same policy as index.html plus
/// frame-ancestors 'none', and Referrer-Policy and X-Content-Type-Options.
#[test]
fn the_host_header_files_carry_the_policy() -> E2eResult<()> {
    for (fil, foer) in [
        ("nginx.conf", "add_header Content-Security-Policy \""),
        (".htaccess", "Header always set Content-Security-Policy \""),
        ("_headers", "Content-Security-Policy: "),
    ] {
        let tekst = std::fs::read_to_string(workspace_root().join("src/web/vaert").join(fil))?;
        let linjer: Vec<&str> = tekst
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#'))
            .collect();
        let csp: Vec<&str> = linjer
            .iter()
            .filter_map(|l| l.strip_prefix(foer))
            .map(|r| r.split('"').next().unwrap_or(r))
            .collect();
        ensure!(csp.len() == 1, "{fil}: {} policies", csp.len());
        let mut d = directives(csp[0]);
        ensure!(
            d.remove(&("frame-ancestors".to_string(), "'none'".to_string())),
            "{fil}: no frame-ancestors 'none': {}",
            csp[0]
        );
        ensure!(
            d == expected_policy(),
            "{fil}: another policy than index.html: {}",
            csp[0]
        );
        for h in ["Referrer-Policy", "X-Content-Type-Options"] {
            ensure!(linjer.iter().any(|l| l.contains(h)), "{fil}: no {h}");
        }
    }
    Ok(())
}

fn run_hook(staging: &Path) -> E2eResult<(bool, String)> {
    let out = Command::new("node")
        .arg(workspace_root().join("src/web/efterbyg.mjs"))
        .env("TRUNK_STAGING_DIR", staging)
        .env("TRUNK_SOURCE_DIR", workspace_root())
        .env("TRUNK_PUBLIC_URL", "./")
        .output()
        .context("running node src/web/efterbyg.mjs (is node on PATH? source .ci/setup)")?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok((out.status.success(), text))
}

/// The post-build hook moves an inline script into a hashed file with SRI and lists it in sw.js; and it
/// refuses a page with an inline style, an event-handler attribute, a foreign script or a weakened policy.
#[test]
fn the_build_hook_moves_inline_scripts_out_and_refuses_what_the_policy_blocks() -> E2eResult<()> {
    const META: &str = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />"#;
    let page = |head: &str, body: &str| {
        format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\" />{head}</head><body>{body}</body></html>")
    };
    let tmp = TempDir::new("rg-e2e-hook")?;

    let ok = tmp.path().join("ok");
    std::fs::create_dir_all(&ok)?;
    std::fs::write(ok.join("app.css"), "p{}")?;
    std::fs::write(
        ok.join("index.html"),
        page(
            &format!("{META}<link rel=\"stylesheet\" href=\"./app.css\"/>"),
            "<script type=\"module\">import x from './x.js';</script><noscript>no</noscript>",
        ),
    )?;
    let (success, out) = run_hook(&ok)?;
    ensure!(success, "the hook failed on a good page:\n{out}");
    let html = std::fs::read_to_string(ok.join("index.html"))?;
    ensure!(
        html.contains("<script type=\"module\" src=\"./start-")
            && html.contains("integrity=\"sha384-"),
        "the inline script was not moved out: {html}"
    );
    let sw = std::fs::read_to_string(ok.join("sw.js"))?;
    ensure!(
        sw.contains("\"app.css\"") && sw.contains("\"index.html\"") && sw.contains("\"start-"),
        "sw.js does not list the files: {sw}"
    );

    let bad = [
        (
            "a style attribute",
            page(META, "<p style=\"color:red\">x</p>"),
        ),
        (
            "a <style> element",
            page(&format!("{META}<style>p{{}}</style>"), ""),
        ),
        (
            "an event handler",
            page(META, "<button onclick=\"x()\">x</button>"),
        ),
        (
            "a foreign script",
            page(META, "<script src=\"https://cdn.example/x.js\"></script>"),
        ),
        ("no policy", page("", "")),
        (
            "'unsafe-inline'",
            page(
                r#"<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'" />"#,
                "",
            ),
        ),
        (
            "a policy after the first script",
            page(&format!("<script src=\"./a.js\"></script>{META}"), ""),
        ),
    ];
    // The static rights pages need their own policy (no script at all).
    for (what, side) in [
        ("no policy", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>".to_string()),
        (
            "a script",
            format!("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"{STATISK}\"></head><body><script>x()</script></body></html>"),
        ),
        (
            "a policy that allows scripts",
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\"></head><body></body></html>".to_string(),
        ),
    ] {
        let dir = tmp
            .path()
            .join(format!("statisk_{}", what.replace(' ', "_")));
        std::fs::create_dir_all(dir.join("rettigheder"))?;
        std::fs::write(dir.join("app.css"), "p{}")?;
        std::fs::write(dir.join("index.html"), page(META, ""))?;
        std::fs::write(dir.join("rettigheder/klage.html"), &side)?;
        let (success, out) = run_hook(&dir)?;
        ensure!(
            !success && out.contains("rettigheder/klage.html breaks its Content-Security-Policy"),
            "the hook accepted a static page with {what}:\n{side}\n{out}"
        );
    }
    for (what, html) in bad {
        let dir = tmp
            .path()
            .join(what.replace(|c: char| !c.is_ascii_alphanumeric(), "_"));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("a.js"), "")?;
        std::fs::write(dir.join("index.html"), &html)?;
        let (success, out) = run_hook(&dir)?;
        ensure!(
            !success,
            "the hook accepted a page with {what}:\n{html}\n{out}"
        );
        ensure!(
            out.contains("breaks the Content-Security-Policy"),
            "the hook failed on {what} for another reason:\n{out}"
        );
    }
    Ok(())
}

/// The policy of the static rights pages (src/build/rettigheder.rs `STATISK_CSP`).
const STATISK: &str =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/// Every static page of the release (`rettigheder/*.html`, readable without JavaScript) carries that policy
/// before anything it loads (the probe's #40: they had none).
#[test]
fn every_static_page_has_the_content_security_policy() -> E2eResult<()> {
    let dir = dist_dir()?.join("rettigheder");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).context("reading dist/rettigheder")? {
        let p = e?.path();
        if p.extension().and_then(|x| x.to_str()) != Some("html") {
            continue;
        }
        let html = std::fs::read_to_string(&p)?;
        let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{STATISK}\">");
        let at = html.find(&meta);
        ensure!(at.is_some(), "{}: no or another policy", p.display());
        ensure!(
            html.find("<link").is_none_or(|l| l > at.unwrap_or(0)),
            "{}: the policy comes after the first resource",
            p.display()
        );
        n += 1;
    }
    ensure!(n >= 15, "only {n} static pages in {}", dir.display());
    report(format!("static pages with the policy: {n}"));
    Ok(())
}

/// No file of the release names a path of the machine that built it: not the checkout, not the home folder,
/// not Cargo's registry. Panic locations in dependencies would otherwise carry e.g.
/// `$HOME/.cargo/registry/src/…/tachys-0.2.x/src/…` in every .wasm; `.ci/setup` remaps Cargo's folder for the
/// wasm build (`CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS`).
#[test]
fn no_file_of_the_release_names_a_path_of_the_build_machine() -> E2eResult<()> {
    let dist = dist_dir()?;
    let mut paths: Vec<String> = vec![workspace_root().display().to_string()];
    if let Some(home) = std::env::var_os("HOME").map(|h| h.to_string_lossy().into_owned()) {
        // The home folder itself, as a folder (with its slash, so a home "/x" never matches "/xyz").
        if home.len() > 1 {
            paths.push(format!("{}/", home.trim_end_matches('/')));
        }
    }
    if let Some(ch) = std::env::var_os("CARGO_HOME") {
        paths.push(ch.to_string_lossy().into_owned());
    }
    // Whatever the machine: Cargo's registry as it appears inside an absolute path.
    paths.push("/.cargo/registry/".into());
    let mut files = own_files(&dist)?;
    files.insert("sw.js".into());
    // The static rights pages too (own_files leaves them out: the service worker does not precache them).
    for e in std::fs::read_dir(dist.join("rettigheder")).context("reading dist/rettigheder")? {
        if let Some(n) = e?.file_name().to_str().filter(|n| n.ends_with(".html")) {
            files.insert(format!("rettigheder/{n}"));
        }
    }
    let mut found = Vec::new();
    for f in &files {
        let bytes = std::fs::read(dist.join(f)).context(format!("reading {f}"))?;
        for p in &paths {
            let n = bytes
                .windows(p.len())
                .filter(|w| *w == p.as_bytes())
                .count();
            if n > 0 {
                found.push(format!("{f}: «{p}» {n} times"));
            }
        }
    }
    ensure!(
        found.is_empty(),
        "files of the release name a path of the build machine:\n  {}",
        found.join("\n  ")
    );
    ensure!(
        files.iter().filter(|f| f.ends_with(".wasm")).count() >= 2,
        "too few .wasm files in {}",
        dist.display()
    );
    report(format!(
        "{} files of the release name none of {:?}",
        files.len(),
        paths
    ));
    Ok(())
}

/// A failure during start-up (here: the browser refuses to instantiate the WebAssembly, as a browser without
/// it would) never leaves a white page: the Danish error screen appears with «Prøv igen», and «Prøv igen»
/// starts the app once the cause is gone.
#[tokio::test]
async fn a_start_up_failure_shows_the_danish_error_screen_with_try_again() -> E2eResult<()> {
    let b = Browser::start().await?;
    let id = cdp(
        &b,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "WebAssembly.instantiateStreaming = undefined;
                           WebAssembly.instantiate = () => Promise.reject(new Error('rg-e2e: no WebAssembly here'));" }),
    )
    .await?;
    b.driver().goto(&b.url("#/ydelse")).await?;
    b.wait_for_h1("Ressourceguiden kunne ikke starte").await?;
    let v = b
        .eval(
            "return { tekst: document.body.innerText,
                      knap: Array.from(document.querySelectorAll('button')).some(k => k.textContent === 'Prøv igen') };",
        )
        .await?;
    ensure!(v["knap"] == true, "no «Prøv igen» on the error screen: {v}");
    ensure!(
        !v["tekst"].as_str().unwrap_or("").contains("Indlæser"),
        "the loading text stayed: {v}"
    );
    b.axe_check("startfejl").await?;
    cdp(
        &b,
        "Page.removeScriptToEvaluateOnNewDocument",
        json!({ "identifier": id["identifier"] }),
    )
    .await?;
    b.driver()
        .find(thirtyfour::By::XPath("//button[.='Prøv igen']"))
        .await?
        .click()
        .await?;
    b.wait_mounted().await?;
    b.wait_for_h1(route("#/ydelse").h1).await?;
    b.quit().await
}

/// The loader fetches every `.wasm` with an integrity hash (src/web/efterbyg.mjs): a `.wasm` that is not the one
/// built — replaced on the server, or in the cache by another page of the same origin (the probe's #34) — is
/// refused, and the page shows the Danish error screen instead of running it or going blank. A calculator's small
/// app that is refused leaves its route to the whole app (checked too), so here every `.wasm` is replaced.
#[tokio::test]
async fn a_replaced_wasm_is_refused_with_the_error_screen() -> E2eResult<()> {
    let (_tmp, root) = dist_copy()?;
    let mut alle = Vec::new();
    for dir in [root.clone(), root.join("kun")] {
        for e in std::fs::read_dir(&dir)? {
            let p = e?.path();
            if p.extension().and_then(|x| x.to_str()) == Some("wasm") {
                alle.push(p);
            }
        }
    }
    ensure!(
        alle.len() > 1,
        "no small apps in {}: {alle:?}",
        root.display()
    );
    let wasm = alle
        .iter()
        .find(|p| p.parent() == Some(root.as_path()))
        .cloned()
        .context("no top-level .wasm")?;
    let lille: Vec<_> = alle.iter().filter(|p| **p != wasm).cloned().collect();
    let start: Vec<String> = std::fs::read_dir(&root)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("start-") && n.ends_with(".js"))
        .collect();
    ensure!(start.len() == 1, "expected one start-*.js: {start:?}");
    let loader = std::fs::read_to_string(root.join(&start[0]))?;
    ensure!(
        loader.contains("integrity: 'sha384-"),
        "the loader fetches the wasm without an integrity hash:\n{loader}"
    );
    ensure!(
        loader.contains("integrity: \"sha384-"),
        "the loader fetches the small apps without an integrity hash:\n{loader}"
    );
    let erstat = |p: &std::path::Path| -> E2eResult<()> {
        let mut bytes = std::fs::read(p)?;
        bytes.extend_from_slice(&[0, 0, 0, 0]);
        std::fs::write(p, bytes)?;
        Ok(())
    };
    // The small apps replaced: #/ydelse runs the whole app, which is the one built.
    for p in &lille {
        erstat(p)?;
    }
    let b = Browser::with_server(Server::start(&root, SUB_PATH)?).await?;
    b.open("#/ydelse").await?;
    b.wait_for_h1(route("#/ydelse").h1).await?;
    let hentet: Vec<String> = b
        .server
        .requests()
        .iter()
        .map(|r| r.to_string())
        .filter(|r| r.contains(".wasm"))
        .collect();
    ensure!(
        hentet.iter().any(|r| r.contains("/kun/ydelse-"))
            && hentet.iter().any(|r| r.contains("/ressourceguiden-")),
        "expected the refused small app, then the whole app: {hentet:?}"
    );
    b.quit().await?;
    // And the whole app replaced as well: the error screen.
    erstat(&wasm)?;
    let b = Browser::with_server(Server::start(&root, SUB_PATH)?).await?;
    b.driver().goto(&b.url("#/ydelse")).await?;
    b.wait_for_h1("Ressourceguiden kunne ikke starte").await?;
    b.quit().await
}

/// The loader's integrity-checked fetch is the only fetch of the `.wasm` (Trunk's preload tag is removed): the file
/// is downloaded once per load, not twice. (Without sw.js, so the service worker's precache does not fetch it as
/// well; with it, see `a_first_visit_downloads_the_whole_app_once`.)
#[tokio::test]
async fn the_wasm_is_downloaded_once() -> E2eResult<()> {
    let (_tmp, root) = dist_copy()?;
    std::fs::remove_file(root.join("sw.js"))?;
    let b = Browser::with_server(Server::start(&root, SUB_PATH)?).await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1(route("#/ydelse").h1).await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let wasm: Vec<String> = b
        .server
        .requests()
        .iter()
        .filter(|r| r.path.ends_with(".wasm"))
        .map(|r| r.to_string())
        .collect();
    ensure!(
        wasm.len() == 1,
        "the wasm was fetched {} times: {wasm:?}",
        wasm.len()
    );
    b.quit().await
}
