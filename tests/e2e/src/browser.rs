//! [`Browser`]: static server + chromedriver + headless Chromium session, with
//! helpers for the things every flow needs (open a route, wait for the h1,
//! keyboard, console/network logs, axe).

use std::future::Future;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;
use thirtyfour::prelude::*;
use thirtyfour::{BrowserLogEntry, LoggingPrefsLogLevel};

use crate::chromedriver::ChromeDriver;
use crate::contract::{self, Route};
use crate::env::{self, TempDir};
use crate::error::{Context, E2eError, E2eResult};
use crate::server::Server;

/// Poll interval of every wait.
pub const POLL: Duration = Duration::from_millis(50);

/// Chromium switches used for every session (plus a fresh `--user-data-dir`).
pub const CHROME_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
];

/// One `chromedriver` "browser" log entry (console message, JS error, failed
/// resource load), tagged with the route that was open when it was read.
#[derive(Debug, Clone)]
pub struct ConsoleEntry {
    /// The route (or URL) that was open.
    pub route: String,
    /// `SEVERE`, `WARNING`, `INFO`, …
    pub level: String,
    /// `console-api`, `javascript`, `network`, … if chromedriver said.
    pub source: Option<String>,
    /// The text.
    pub message: String,
}

impl std::fmt::Display for ConsoleEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "[{}] {} ({}): {}",
            self.route,
            self.level,
            self.source.as_deref().unwrap_or("?"),
            self.message
        )
    }
}

/// One `Network.requestWillBeSent` from the performance log.
#[derive(Debug, Clone)]
pub struct NetRequest {
    /// The route (or URL) that was open.
    pub route: String,
    /// The requested URL.
    pub url: String,
    /// CDP resource type (`Document`, `Script`, `Fetch`, …).
    pub kind: String,
}

impl std::fmt::Display for NetRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{}] {} {}", self.route, self.kind, self.url)
    }
}

/// A headless Chromium driven through its own chromedriver, looking at its
/// own [`Server`] for `dist/`. Everything is torn down on drop (the session
/// first, then chromedriver, the profile dir and the server); prefer
/// [`Browser::quit`] at the end of a test.
pub struct Browser {
    /// The thirtyfour session; `None` only after quit/drop. See [`Browser::driver`].
    driver: Option<WebDriver>,
    chromedriver: ChromeDriver,
    _profile: TempDir,
    /// The static server (request log: [`Server::requests`]).
    pub server: Server,
    timeout: Duration,
    label: Mutex<String>,
    console: Mutex<Vec<ConsoleEntry>>,
    network: Mutex<Vec<NetRequest>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Browser {
    /// Serve [`env::dist_dir`] under [`contract::SUB_PATH`] and open a fresh
    /// browser on nothing (about:blank).
    pub async fn start() -> E2eResult<Browser> {
        let dist = env::dist_dir()?;
        let server =
            Server::start(&dist, contract::SUB_PATH).context("starting the static file server")?;
        Browser::with_server(server).await
    }

    /// Like [`Browser::start`], but with JavaScript switched off in Chromium (content setting), as for a
    /// reader who has turned it off. Pages that need the app will not mount; use it for the static pages.
    /// (WebDriver's own scripts, e.g. [`Browser::eval`], still run.)
    pub async fn start_without_javascript() -> E2eResult<Browser> {
        let dist = env::dist_dir()?;
        let server =
            Server::start(&dist, contract::SUB_PATH).context("starting the static file server")?;
        Browser::with_server_and_javascript(server, false).await
    }

    /// Like [`Browser::start`] with a server of your own.
    pub async fn with_server(server: Server) -> E2eResult<Browser> {
        Browser::with_server_and_javascript(server, true).await
    }

    /// Like [`Browser::start`], with Chromium preferences written into the fresh profile (chromedriver's
    /// `prefs`, dotted names), as a user's own browser settings would be. E.g. every cookie and all site data
    /// blocked: `{"profile.default_content_setting_values.cookies": 2}`; third-party cookies blocked:
    /// `{"profile.cookie_controls_mode": 1}`.
    pub async fn start_with_prefs(prefs: Value) -> E2eResult<Browser> {
        let dist = env::dist_dir()?;
        let server =
            Server::start(&dist, contract::SUB_PATH).context("starting the static file server")?;
        Browser::with_server_and_prefs(server, Some(prefs)).await
    }

    /// Like [`Browser::start_with_prefs`], with extra Chromium switches.
    pub async fn start_with_prefs_and_args(prefs: Value, args: &[&str]) -> E2eResult<Browser> {
        let dist = env::dist_dir()?;
        let server =
            Server::start(&dist, contract::SUB_PATH).context("starting the static file server")?;
        Browser::with_server_prefs_args(server, Some(prefs), args).await
    }

    async fn with_server_and_javascript(server: Server, javascript: bool) -> E2eResult<Browser> {
        let prefs = (!javascript).then(
            || serde_json::json!({ "profile.managed_default_content_settings.javascript": 2 }),
        );
        Browser::with_server_and_prefs(server, prefs).await
    }

    async fn with_server_and_prefs(server: Server, prefs: Option<Value>) -> E2eResult<Browser> {
        Browser::with_server_prefs_args(server, prefs, &[]).await
    }

    async fn with_server_prefs_args(
        server: Server,
        prefs: Option<Value>,
        args: &[&str],
    ) -> E2eResult<Browser> {
        let profile = TempDir::new("rg-e2e-chrome")?;
        let user_data = profile.path().join("profile");
        let chromedriver = ChromeDriver::start(profile.path())?;

        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(&env::chrome_bin())?;
        for arg in CHROME_ARGS.iter().chain(args) {
            caps.add_arg(arg)?;
        }
        caps.add_arg(&format!("--user-data-dir={}", user_data.display()))?;
        caps.set_logging_prefs("performance", LoggingPrefsLogLevel::All)?;
        caps.set_logging_prefs("browser", LoggingPrefsLogLevel::All)?;
        if let Some(prefs) = prefs {
            caps.add_experimental_option("prefs", prefs)?;
        }

        let driver = match WebDriver::new(chromedriver.url(), caps).await {
            Ok(d) => d,
            Err(e) => crate::bail!(
                "could not open a Chromium session ({}) through chromedriver at {}: {e}\n{}",
                env::chrome_bin(),
                chromedriver.url(),
                chromedriver.log_tail(30)
            ),
        };
        driver
            .set_script_timeout(Duration::from_secs(60))
            .await
            .context("setting the script timeout")?;
        Ok(Browser {
            driver: Some(driver),
            chromedriver,
            _profile: profile,
            server,
            timeout: env::wait_timeout(),
            label: Mutex::new("about:blank".into()),
            console: Mutex::new(Vec::new()),
            network: Mutex::new(Vec::new()),
        })
    }

    /// End the session cleanly, then stop chromedriver and the server.
    pub async fn quit(mut self) -> E2eResult<()> {
        match self.driver.take() {
            Some(driver) => driver.quit().await.context("quitting the browser session"),
            None => Ok(()),
        }
    }

    /// The thirtyfour session, for anything the helpers don't cover.
    pub fn driver(&self) -> &WebDriver {
        self.driver
            .as_ref()
            .expect("the browser session was already quit")
    }

    /// The timeout of every wait ([`env::wait_timeout`]).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The chromedriver this browser talks to.
    pub fn chromedriver(&self) -> &ChromeDriver {
        &self.chromedriver
    }

    // ----------------------------------------------------------------------
    // Navigation
    // ----------------------------------------------------------------------

    /// The page's origin, `http://127.0.0.1:<port>`.
    pub fn origin(&self) -> String {
        self.server.origin()
    }

    /// Absolute URL of `route` under the sub-path: `url("#/om")`,
    /// `url("index.html#/om")`, `url("")`.
    pub fn url(&self, route: &str) -> String {
        format!("{}{}", self.server.base_url(), route)
    }

    /// Navigate to `route` the way a link or the address bar would (a change
    /// of only the hash is a same-document navigation) and wait for the app
    /// to be mounted.
    pub async fn open(&self, route: &str) -> E2eResult<()> {
        self.drain_logs().await?;
        *lock(&self.label) = if route.is_empty() {
            "/".to_string()
        } else {
            route.to_string()
        };
        let url = self.url(route);
        self.driver()
            .goto(&url)
            .await
            .context(format!("navigating to {url}"))?;
        self.wait_mounted().await
    }

    /// Load `route` as a brand-new document (via about:blank), as when a user
    /// opens a bookmark, and wait for the app to be mounted.
    pub async fn open_fresh(&self, route: &str) -> E2eResult<()> {
        self.drain_logs().await?;
        self.driver()
            .goto("about:blank")
            .await
            .context("navigating to about:blank")?;
        self.open(route).await
    }

    /// Reload the current page and wait for the app to mount again. Fails if
    /// the page was not actually reloaded.
    pub async fn reload(&self) -> E2eResult<()> {
        self.drain_logs().await?;
        self.eval("window.__rgE2eBeforeReload = true; return null;")
            .await?;
        self.driver().refresh().await.context("reloading")?;
        let still_there = self
            .eval("return window.__rgE2eBeforeReload === true;")
            .await?;
        crate::ensure!(
            still_there != Value::Bool(true),
            "refresh() did not load a new document (a marker on window survived)"
        );
        self.wait_mounted().await
    }

    /// Wait until the page is there: on a route of the app, until the wasm app has rendered its shell
    /// ([`contract::MOUNTED_SELECTOR`]); on the front page (`""`, `#/`), which `index.html` shows as finished
    /// HTML and where the app starts only when the reader goes into it, until that front page is there
    /// ([`contract::PRERENDERED_FRONT_SELECTOR`]).
    pub async fn wait_mounted(&self) -> E2eResult<()> {
        let hash = self.hash().await.unwrap_or_default();
        let selector = if hash.is_empty() || hash == "#" || hash == "#/" || !hash.starts_with("#/")
        {
            contract::PRERENDERED_FRONT_SELECTOR
        } else {
            contract::MOUNTED_SELECTOR
        };
        let found = self
            .driver()
            .query(By::Css(selector))
            .wait(self.timeout, POLL)
            .first()
            .await;
        if found.is_err() {
            crate::bail!(
                "the app did not mount within {:?} (no element matches {:?})\n{}",
                self.timeout,
                selector,
                self.diagnostics().await
            );
        }
        Ok(())
    }

    /// Wait for an `<h1>` whose text is exactly `text` and return it.
    pub async fn wait_for_h1(&self, text: &str) -> E2eResult<WebElement> {
        // Poll every <h1> and read its text in one go; an error (a heading replaced between the find and the read,
        // as a rights page does when its text arrives) is retried by `wait_until` instead of ending the wait.
        self.wait_until(&format!("an <h1> with text {text:?}"), || async move {
            for h in self.driver().find_all(By::Tag("h1")).await? {
                if h.text().await?.trim() == text {
                    return Ok(Some(h));
                }
            }
            Ok(None)
        })
        .await
    }

    /// Wait until `document.title` is exactly `title`.
    pub async fn wait_for_title(&self, title: &str) -> E2eResult<()> {
        let want = title.to_string();
        self.wait_until(&format!("document.title == {title:?}"), move || {
            let want = want.clone();
            async move {
                let got = self.driver().title().await?;
                Ok((got == want).then_some(()))
            }
        })
        .await
    }

    /// Open `route` fresh and check its h1 (exactly one on the page) and
    /// title. Returns the h1.
    pub async fn open_and_check(&self, route: Route) -> E2eResult<WebElement> {
        self.open_fresh(route.hash).await?;
        let h1 = self.wait_for_h1(route.h1).await?;
        let h1s = self.h1_texts().await?;
        crate::ensure!(
            h1s.len() == 1,
            "{}: expected exactly one <h1>, found {}: {h1s:?}",
            route.hash,
            h1s.len()
        );
        self.wait_for_title(&route.title()).await?;
        Ok(h1)
    }

    /// Poll `probe` every [`POLL`] until it yields `Some`, for at most the
    /// wait timeout. Errors from `probe` are retried (the page may be
    /// mid-navigation) and reported if time runs out.
    pub async fn wait_until<T, F, Fut>(&self, what: &str, mut probe: F) -> E2eResult<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = E2eResult<Option<T>>>,
    {
        let deadline = Instant::now() + self.timeout;
        let mut last_err: Option<E2eError> = None;
        loop {
            match probe().await {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => {}
                Err(e) => last_err = Some(e),
            }
            if Instant::now() >= deadline {
                let last = last_err
                    .map(|e| format!("\n  last error: {e}"))
                    .unwrap_or_default();
                crate::bail!(
                    "timed out after {:?} waiting for {what}{last}\n{}",
                    self.timeout,
                    self.diagnostics().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    // ----------------------------------------------------------------------
    // Page state
    // ----------------------------------------------------------------------

    /// Run `script` (a function body; use `return`) and return its value.
    pub async fn eval(&self, script: &str) -> E2eResult<Value> {
        self.eval_with(script, Vec::new()).await
    }

    /// Run `script` with `arguments[..] = args`.
    pub async fn eval_with(&self, script: &str, args: Vec<Value>) -> E2eResult<Value> {
        let ret = self
            .driver()
            .execute(script, args)
            .await
            .context("executing script")?;
        Ok(ret.json().clone())
    }

    /// Texts of all `<h1>` elements.
    pub async fn h1_texts(&self) -> E2eResult<Vec<String>> {
        let v = self
            .eval("return Array.from(document.querySelectorAll('h1'), h => h.textContent.trim());")
            .await?;
        Ok(strings(&v))
    }

    /// `document.activeElement` described: tag, text, href, whether it is in
    /// the main nav, e.g. `{"tag":"a","text":"Gå til indhold","href":"#main","inNav":false}`.
    pub async fn active_element(&self) -> E2eResult<ActiveElement> {
        let v = self
            .eval_with(
                r#"const e = document.activeElement;
                   if (!e) return null;
                   return {
                     tag: e.tagName.toLowerCase(),
                     text: (e.innerText || e.textContent || '').trim().replace(/\s+/g, ' '),
                     href: e.getAttribute('href'),
                     id: e.id || null,
                     inNav: !!e.closest(arguments[0]),
                     inMain: !!e.closest('main'),
                     html: (e.outerHTML.match(/^<[^>]*>/) || [''])[0].slice(0, 200)
                   };"#,
                vec![Value::from(contract::NAV_SELECTOR)],
            )
            .await?;
        Ok(ActiveElement::from_json(&v))
    }

    /// Whether `el` is `document.activeElement`.
    pub async fn is_focused(&self, el: &WebElement) -> E2eResult<bool> {
        let v = self
            .eval_with(
                "return document.activeElement === arguments[0];",
                vec![el.to_json()?],
            )
            .await?;
        Ok(v == Value::Bool(true))
    }

    /// Wait until `el` has focus; `what` names it in the error.
    pub async fn wait_focused(&self, el: &WebElement, what: &str) -> E2eResult<()> {
        self.wait_until(&format!("focus on {what}"), move || async move {
            Ok(self.is_focused(el).await?.then_some(()))
        })
        .await
    }

    /// Sends a DevTools protocol command to the page (e.g. `Page.addScriptToEvaluateOnNewDocument`) and returns
    /// its result.
    pub async fn cdp(&self, method: &str, params: Value) -> E2eResult<Value> {
        self.driver()
            .cdp()
            .send_raw(method, params)
            .await
            .context(format!("CDP {method}"))
    }

    /// Wait until the focused element is an `<h1>` with exactly `text` — whichever element that is (a page drawn
    /// from `index.html` is replaced by the app's own when it starts).
    pub async fn wait_h1_focused(&self, text: &str, what: &str) -> E2eResult<()> {
        let want = text.to_string();
        self.wait_until(&format!("focus on {what}"), || {
            let want = want.clone();
            async move {
                let v = self
                    .eval("const a = document.activeElement; return a && a.tagName === 'H1' ? a.textContent.trim() : null;")
                    .await?;
                Ok((v.as_str() == Some(want.as_str())).then_some(()))
            }
        })
        .await
    }

    /// The current URL's hash (`#/ydelse`), `""` if none.
    pub async fn hash(&self) -> E2eResult<String> {
        let v = self.eval("return location.hash;").await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Press one key (key down + up) on whatever has focus.
    pub async fn press(&self, key: Key) -> E2eResult<()> {
        self.driver()
            .action_chain()
            .send_keys(key)
            .perform()
            .await
            .context("sending a key")
    }

    /// A multi-line snapshot of the page for error messages: URL, title,
    /// h1s, focus, start of the body text, console errors, recent requests.
    pub async fn diagnostics(&self) -> String {
        let mut out = String::from("--- page state ---\n");
        let snapshot = self
            .eval(
                r#"return {
                     url: location.href,
                     title: document.title,
                     ready: document.readyState,
                     h1: Array.from(document.querySelectorAll('h1'), h => h.textContent.trim()),
                     focus: document.activeElement
                       ? (document.activeElement.outerHTML.match(/^<[^>]*>/) || [''])[0].slice(0, 200)
                       : null,
                     body: (document.body ? document.body.innerText : '')
                       .replace(/\s*\n\s*/g, ' / ').slice(0, 400)
                   };"#,
            )
            .await;
        match snapshot {
            Ok(v) => {
                let s = |k: &str| match v.get(k) {
                    Some(Value::String(x)) => x.clone(),
                    Some(x) => x.to_string(),
                    None => String::new(),
                };
                out.push_str(&format!(
                    "  url:    {}\n  title:  {}\n  ready:  {}\n  h1:     {}\n  focus:  {}\n  body:   {}\n",
                    s("url"),
                    s("title"),
                    s("ready"),
                    s("h1"),
                    s("focus"),
                    s("body")
                ));
            }
            Err(e) => out.push_str(&format!("  (could not read the page: {e})\n")),
        }
        let _ = self.drain_logs().await;
        let console: Vec<String> = lock(&self.console)
            .iter()
            .filter(|e| e.level == "SEVERE" || e.level == "WARNING")
            .map(|e| format!("    {e}"))
            .collect();
        if console.is_empty() {
            out.push_str("  console: no errors or warnings\n");
        } else {
            out.push_str(&format!("  console:\n{}\n", console.join("\n")));
        }
        let reqs = self.server.requests();
        let tail: Vec<String> = reqs
            .iter()
            .skip(reqs.len().saturating_sub(12))
            .map(|r| format!("    {r}"))
            .collect();
        out.push_str(&format!(
            "  server (last {} of {} requests):\n{}\n",
            tail.len(),
            reqs.len(),
            tail.join("\n")
        ));
        out
    }

    // ----------------------------------------------------------------------
    // Logs
    // ----------------------------------------------------------------------

    /// Move chromedriver's `browser` and `performance` log buffers (which
    /// drain on read) into this Browser's own lists, tagged with the route
    /// that is open. Called by `open*` and by the log accessors.
    pub async fn drain_logs(&self) -> E2eResult<()> {
        let route = lock(&self.label).clone();
        let browser: Vec<BrowserLogEntry> = self
            .driver()
            .get_log("browser")
            .await
            .context("reading the 'browser' log (needs goog:loggingPrefs.browser)")?;
        let perf: Vec<BrowserLogEntry> = self
            .driver()
            .get_log("performance")
            .await
            .context("reading the 'performance' log (needs goog:loggingPrefs.performance)")?;
        lock(&self.console).extend(browser.into_iter().map(|e| ConsoleEntry {
            route: route.clone(),
            level: e.level,
            source: e.source,
            message: e.message,
        }));
        let mut net = lock(&self.network);
        for entry in perf {
            let Ok(v) = serde_json::from_str::<Value>(&entry.message) else {
                continue;
            };
            let msg = &v["message"];
            if msg["method"] != "Network.requestWillBeSent" {
                continue;
            }
            let params = &msg["params"];
            net.push(NetRequest {
                route: route.clone(),
                url: params["request"]["url"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                kind: params["type"].as_str().unwrap_or("?").to_string(),
            });
        }
        Ok(())
    }

    /// Every console/log entry seen so far.
    pub async fn console_entries(&self) -> E2eResult<Vec<ConsoleEntry>> {
        self.drain_logs().await?;
        Ok(lock(&self.console).clone())
    }

    /// Every `SEVERE` console/log entry seen so far (uncaught errors,
    /// `console.error`, failed resource loads).
    pub async fn console_errors(&self) -> E2eResult<Vec<ConsoleEntry>> {
        Ok(self
            .console_entries()
            .await?
            .into_iter()
            .filter(|e| e.level == "SEVERE")
            .collect())
    }

    /// Every request the page made so far (from the performance log).
    pub async fn requests(&self) -> E2eResult<Vec<NetRequest>> {
        self.drain_logs().await?;
        Ok(lock(&self.network).clone())
    }

    /// Requests to anything but the page's own origin. Allowed: `data:`,
    /// `blob:`, `about:`, and Chromium's internal pages (`chrome://…`, e.g.
    /// the new-tab page a fresh profile opens), which never touch the network.
    pub async fn foreign_requests(&self) -> E2eResult<Vec<NetRequest>> {
        let own = format!("{}/", self.origin());
        Ok(self
            .requests()
            .await?
            .into_iter()
            .filter(|r| !(r.url.starts_with(&own) || is_local_scheme(&r.url)))
            .collect())
    }

    /// Forget everything logged so far (after draining chromedriver's
    /// buffers), e.g. after a deliberate error in a harness self-test.
    pub async fn clear_logs(&self) -> E2eResult<()> {
        self.drain_logs().await?;
        lock(&self.console).clear();
        lock(&self.network).clear();
        Ok(())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Not quit (the test failed or panicked): don't let thirtyfour run its
        // synchronous DELETE /session from inside the test's runtime (it can
        // stall for a minute); the ChromeDriver guard, dropped next, kills
        // chromedriver and Chromium by process group instead.
        if let Some(driver) = self.driver.take() {
            let _ = driver.leak();
        }
    }
}

/// What `document.activeElement` is; see [`Browser::active_element`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActiveElement {
    /// Lower-case tag name.
    pub tag: String,
    /// Visible text, whitespace collapsed.
    pub text: String,
    /// `href` attribute.
    pub href: Option<String>,
    /// `id` attribute.
    pub id: Option<String>,
    /// Inside the main nav.
    pub in_nav: bool,
    /// Inside `<main>`.
    pub in_main: bool,
    /// Start of its outerHTML.
    pub html: String,
}

impl ActiveElement {
    fn from_json(v: &Value) -> ActiveElement {
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let b = |k: &str| v.get(k).and_then(Value::as_bool).unwrap_or(false);
        ActiveElement {
            tag: s("tag").unwrap_or_default(),
            text: s("text").unwrap_or_default(),
            href: s("href"),
            id: s("id"),
            in_nav: b("inNav"),
            in_main: b("inMain"),
            html: s("html").unwrap_or_default(),
        }
    }
}

impl std::fmt::Display for ActiveElement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.text.is_empty() {
            write!(f, "{}", self.html)
        } else {
            write!(f, "{} {:?}", self.html, self.text)
        }
    }
}

/// URL schemes that are not network requests.
pub fn is_local_scheme(url: &str) -> bool {
    const LOCAL: &[&str] = &[
        "data:",
        "blob:",
        "about:",
        "chrome:",
        "chrome-untrusted:",
        "chrome-search:",
        "devtools:",
    ];
    LOCAL.iter().any(|p| url.starts_with(p))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}
