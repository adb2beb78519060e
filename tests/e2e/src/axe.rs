//! axe-core checks: inject `axe.min.js` through WebDriver and run it.

use std::sync::OnceLock;

use serde_json::Value;

use crate::browser::Browser;
use crate::env::{self, report};
use crate::error::{E2eError, E2eResult};

/// The rule tags every page is checked against.
pub const AXE_TAGS: &[&str] = &[
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
];

/// One failing element of a violation.
#[derive(Debug, Clone)]
pub struct AxeNode {
    /// CSS selector path(s) of the element.
    pub target: Vec<String>,
    /// Start of its HTML.
    pub html: String,
    /// axe's "Fix any of the following: …".
    pub failure_summary: String,
}

/// One violated rule.
#[derive(Debug, Clone)]
pub struct AxeViolation {
    /// Rule id, e.g. `color-contrast`.
    pub id: String,
    /// `minor` | `moderate` | `serious` | `critical`.
    pub impact: String,
    /// One-line description.
    pub help: String,
    /// Link to the rule's documentation.
    pub help_url: String,
    /// The failing elements.
    pub nodes: Vec<AxeNode>,
}

/// The result of one `axe.run`.
#[derive(Debug, Clone)]
pub struct AxeReport {
    /// Violations (must be empty).
    pub violations: Vec<AxeViolation>,
    /// Number of rules that passed.
    pub passes: usize,
    /// Ids of rules axe could not decide ("needs review"); informational.
    pub incomplete: Vec<String>,
    /// axe-core's version.
    pub version: String,
}

impl AxeReport {
    /// A readable, multi-line listing of the violations.
    pub fn format_violations(&self) -> String {
        let mut out = String::new();
        for v in &self.violations {
            out.push_str(&format!(
                "  [{}] {}: {}\n      {}\n",
                v.impact, v.id, v.help, v.help_url
            ));
            for n in &v.nodes {
                out.push_str(&format!("      - {}\n", n.target.join(" ")));
                out.push_str(&format!("        html: {}\n", n.html));
                for line in n.failure_summary.lines() {
                    out.push_str(&format!("        {line}\n"));
                }
            }
        }
        out
    }
}

fn axe_source() -> E2eResult<&'static str> {
    static SRC: OnceLock<Result<String, String>> = OnceLock::new();
    let src = SRC.get_or_init(|| {
        let path = env::axe_js_path();
        std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "could not read axe-core from {}: {e}\n(run `npm ci` at the repo root, or set RG_AXE)",
                path.display()
            )
        })
    });
    src.as_deref().map_err(|e| E2eError::msg(e.clone()))
}

const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
const tags = arguments[0];
window.axe.run(document, { runOnly: { type: 'tag', values: tags } })
  .then(r => done({
    ok: true,
    version: (window.axe && window.axe.version) || '?',
    passes: r.passes.length,
    incomplete: r.incomplete.map(v => v.id),
    violations: r.violations.map(v => ({
      id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({
        target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
        html: (n.html || '').slice(0, 200),
        failureSummary: n.failureSummary || ''
      }))
    }))
  }))
  .catch(e => done({ ok: false, error: String((e && e.stack) || e) }));
"#;

fn s(v: &Value, k: &str) -> String {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

impl Browser {
    /// Inject axe-core (if the page does not have it yet) and run it with
    /// [`AXE_TAGS`] on the whole document.
    pub async fn axe_run(&self) -> E2eResult<AxeReport> {
        let present = self.eval("return typeof window.axe === 'object';").await?;
        if present != Value::Bool(true) {
            let src = axe_source()?;
            self.eval(&format!("{src}\n;return null;")).await?;
            let present = self.eval("return typeof window.axe === 'object';").await?;
            crate::ensure!(
                present == Value::Bool(true),
                "injecting axe.min.js did not define window.axe"
            );
        }
        let tags: Vec<Value> = AXE_TAGS.iter().map(|t| Value::from(*t)).collect();
        let ret = self
            .driver()
            .execute_async(RUN_AXE, vec![Value::Array(tags)])
            .await
            .map_err(|e| E2eError::msg(format!("running axe: {e}")))?;
        let v = ret.json();
        if v.get("ok") != Some(&Value::Bool(true)) {
            crate::bail!("axe.run failed: {}", s(v, "error"));
        }
        let violations = v["violations"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|x| AxeViolation {
                id: s(x, "id"),
                impact: s(x, "impact"),
                help: s(x, "help"),
                help_url: s(x, "helpUrl"),
                nodes: x["nodes"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .iter()
                    .map(|n| AxeNode {
                        target: n["target"]
                            .as_array()
                            .map(|a| {
                                a.iter()
                                    .map(|t| t.as_str().unwrap_or_default().to_string())
                                    .collect()
                            })
                            .unwrap_or_default(),
                        html: s(n, "html"),
                        failure_summary: s(n, "failureSummary"),
                    })
                    .collect(),
            })
            .collect();
        Ok(AxeReport {
            violations,
            passes: v["passes"].as_u64().unwrap_or(0) as usize,
            incomplete: v["incomplete"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|t| t.as_str().unwrap_or_default().to_string())
                        .collect()
                })
                .unwrap_or_default(),
            version: s(v, "version"),
        })
    }

    /// Run axe on the current page; print `axe: <name> N violations` (always
    /// visible in `cargo test` output) and fail listing every violation
    /// (id, impact, help, target nodes) if there are any.
    pub async fn axe_check(&self, name: &str) -> E2eResult<AxeReport> {
        let r = self.axe_run().await?;
        let incomplete = if r.incomplete.is_empty() {
            String::new()
        } else {
            format!(", needs review: {}", r.incomplete.join(" "))
        };
        report(format!(
            "axe: {name} {} violations ({} rules passed{incomplete}; axe-core {})",
            r.violations.len(),
            r.passes,
            r.version
        ));
        if !r.violations.is_empty() {
            crate::bail!(
                "axe-core found {} violation(s) on {name}:\n{}",
                r.violations.len(),
                r.format_violations()
            );
        }
        Ok(r)
    }
}
