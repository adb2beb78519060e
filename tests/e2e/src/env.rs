//! Paths, binaries, timeouts and other environment-dependent settings.
//!
//! | variable               | default                                   |
//! |------------------------|-------------------------------------------|
//! | `RG_DIST`              | `<workspace>/dist` (relative paths are taken from the workspace root) |
//! | `RG_AXE`               | `<workspace>/node_modules/axe-core/axe.min.js` |
//! | `CHROME_BIN`           | `/usr/bin/chromium`                       |
//! | `CHROMEDRIVER`         | `/usr/bin/chromedriver`                   |
//! | `RG_E2E_TIMEOUT_SECS`  | `20` (every wait in the browser)          |

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::{Context, E2eResult};

/// The repository root (the cargo workspace root), found from this crate's
/// manifest directory (`tests/e2e`).
pub fn workspace_root() -> PathBuf {
    // Cargo sets CARGO_MANIFEST_DIR when it runs the tests too: that one names the checkout being tested, even
    // when the test binary was built from another checkout sharing the same target directory (cargo reuses it).
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let dir = manifest.join("../..");
    dir.canonicalize().unwrap_or(dir)
}

fn from_env_or(var: &str, default: PathBuf) -> PathBuf {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => {
            let p = PathBuf::from(v);
            if p.is_absolute() {
                p
            } else {
                workspace_root().join(p)
            }
        }
        _ => default,
    }
}

/// The release build to test: `$RG_DIST` or `<workspace>/dist`. Fails with a
/// how-to-build message when there is no `index.html` in it.
pub fn dist_dir() -> E2eResult<PathBuf> {
    let dist = from_env_or("RG_DIST", workspace_root().join("dist"));
    if !dist.join("index.html").is_file() {
        crate::bail!(
            "no release build found: {} has no index.html.\n\
             Build it first:  cd {} && PATH=$PWD/node_modules/.bin:$PATH trunk build --release\n\
             (or point RG_DIST at a dist directory)",
            dist.display(),
            workspace_root().display()
        );
    }
    Ok(dist)
}

/// Path of `axe.min.js` (`$RG_AXE` or the npm copy in `node_modules`).
pub fn axe_js_path() -> PathBuf {
    from_env_or(
        "RG_AXE",
        workspace_root().join("node_modules/axe-core/axe.min.js"),
    )
}

/// The Chromium binary.
pub fn chrome_bin() -> String {
    std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".to_string())
}

/// The chromedriver binary.
pub fn chromedriver_bin() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_string())
}

/// How long any single wait in the browser may take (default 20 s: a wait ends as soon as its condition holds,
/// so a longer limit costs nothing on a pass and keeps a loaded machine from failing a correct page).
pub fn wait_timeout() -> Duration {
    let secs = std::env::var("RG_E2E_TIMEOUT_SECS")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(20.0);
    Duration::from_secs_f64(secs)
}

/// The `version` of the app package in the root `Cargo.toml`.
pub fn app_version() -> E2eResult<String> {
    let path = workspace_root().join("Cargo.toml");
    let text = std::fs::read_to_string(&path).context(format!("reading {}", path.display()))?;
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
            continue;
        }
        if in_package {
            if let Some(rest) = line.strip_prefix("version") {
                let rest = rest.trim_start();
                if let Some(value) = rest.strip_prefix('=') {
                    return Ok(value.trim().trim_matches('"').to_string());
                }
            }
        }
    }
    crate::bail!("no [package] version in {}", path.display())
}

/// Print a line that shows up in `cargo test` output even when the test
/// passes: it writes straight to stderr, bypassing libtest's capture of
/// `print!`/`eprint!`.
pub fn report(line: impl AsRef<str>) {
    let mut line = line.as_ref().to_string();
    line.push('\n');
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// A uniquely named directory under the system temp dir, removed on drop.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Create `<tmp>/<prefix>-<pid>-<n>-<nanos>`.
    pub fn new(prefix: &str) -> E2eResult<TempDir> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "{prefix}-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).context(format!("creating {}", path.display()))?;
        Ok(TempDir { path })
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
