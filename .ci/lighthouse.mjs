// Lighthouse on every route of the release build (README «Tempo og størrelse»): serves dist/ with brotli from a
// sub-path, as a counselling site would, and runs Lighthouse (npm `lighthouse`, pinned in package.json) in Debian's
// Chromium with Lighthouse's default mobile settings (simulated slow 4G, 4× CPU slowdown). Prints one table row
// per route: performance, LCP, TBT, CLS, bytes transferred, and the accessibility, best-practice and SEO scores.
//
//   bash .ci/lighthouse                 # after `trunk build --release` (or: RG_BYG=1 bash .ci/lighthouse)
//   bash .ci/lighthouse '#/ydelse' ''   # only these routes (relative to the app's folder)
//
// Lighthouse's figures vary a little from run to run (and with what else the machine does); this script only
// reports them. Its simulated TBT multiplies the *wall-clock* length of each task by 4, so a machine busy with
// other work inflates it. The column «TBT (CPU)» applies the same formula (each main-thread task over 50 ms at 4×
// slowdown counts with what is over) to the *CPU time* of the main thread's tasks in a trace of the same load,
// which other work on the machine does not inflate; «longest» is the longest such task (CPU ms × 4). The suite's budget test (tests/e2e/tests/size_budget.rs) asserts bytes, which do not vary.

import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const root = resolve(process.argv[1], "..", "..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error("lighthouse: dist/index.html is missing; run `trunk build --release` first");
  process.exit(1);
}
const PREFIX = "/raadgivning/ressourceguiden/";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".ics": "text/calendar; charset=utf-8",
};
const cache = new Map();
function compressed(file) {
  if (!cache.has(file)) {
    const raw = readFileSync(file);
    cache.set(
      file,
      brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }),
    );
  }
  return cache.get(file);
}
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  // The host's robots.txt (Lighthouse's SEO audit reads it): ours allows everything, as a counselling site's would.
  if (url.pathname === "/robots.txt") {
    res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n");
    return;
  }
  if (!url.pathname.startsWith(PREFIX)) {
    res.writeHead(404).end();
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(PREFIX.length));
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  const file = normalize(join(dist, rel));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  const headers = {
    "content-type": types[extname(file)] || "application/octet-stream",
    "cache-control": "no-cache",
  };
  if (/\bbr\b/.test(req.headers["accept-encoding"] || "")) {
    headers["content-encoding"] = "br";
    res.writeHead(200, headers).end(compressed(file));
  } else {
    res.writeHead(200, headers).end(readFileSync(file));
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}${PREFIX}`;

// Every route: the front page, each calculator of the registry, the rights guide's static pages, and the app's
// own pages that are not calculators.
const registry = readFileSync(join(root, "content", "beregnere.toml"), "utf8");
const calculators = [...registry.matchAll(/^navn\s*=\s*"([a-z-]+)"/gm)].map((m) => `#/${m[1]}`);
const routes =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        "",
        ...calculators,
        "rettigheder/index.html",
        "rettigheder/klage.html",
        "rettigheder/satser.html",
        "#/rettigheder/klage",
        "#/om",
      ];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

// The main thread's tasks while a route loads and the app starts, by CPU time (see above).
async function opstart(browser, url) {
  // A fresh context: its own empty cache, as Lighthouse's run (no compiled code kept from that run).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 412, height: 823 });
  await page.tracing.start({
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading"],
  });
  await page.goto(url, { waitUntil: "load" });
  // Until the app has started (a page of the app) or the front page's idle download is over.
  await page.waitForSelector("html[data-startet]", { timeout: 4000 }).catch(() => {});
  await new Promise((ok) => setTimeout(ok, 1500));
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8")).traceEvents;
  await context.close();
  const frame = events
    .find((e) => e.name === "TracingStartedInBrowser")
    ?.args?.data?.frames?.find((f) => !f.parent);
  const main = events.find(
    (e) => e.name === "thread_name" && e.args.name === "CrRendererMain" && (!frame || e.pid === frame.processId),
  );
  if (!main) return null;
  // As Lighthouse: the tasks from the first contentful paint on.
  const fcp = events.find((e) => e.name === "firstContentfulPaint" && e.pid === main.pid);
  const cpu = events
    .filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === main.pid && e.tid === main.tid)
    .filter((e) => !fcp || e.ts + (e.dur || 0) > fcp.ts)
    .map((e) => (e.tdur || 0) / 1000);
  return {
    tbt: Math.round(cpu.reduce((s, c) => s + Math.max(0, 4 * c - 50), 0)),
    longest: Math.round(4 * Math.max(0, ...cpu)),
  };
}

const rows = [];
let failed = false;
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
try {
  for (const route of routes) {
    const result = await lighthouse(`${base}${route}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const lhr = result.lhr;
    if (process.env.RG_LH_JSON) {
      const { writeFileSync, mkdirSync } = await import("node:fs");
      mkdirSync(process.env.RG_LH_JSON, { recursive: true });
      const name = (route || "forside").replace(/[^a-z0-9]+/gi, "_").replace(/^_+|_+$/g, "");
      writeFileSync(join(process.env.RG_LH_JSON, `${name}.json`), result.report);
    }
    if (lhr.runtimeError) {
      console.error(`lighthouse: ${route || "(front page)"}: ${lhr.runtimeError.message}`);
      failed = true;
      continue;
    }
    const a = lhr.audits;
    const o = await opstart(browser, `${base}${route}`);
    const score = (c) => Math.round((lhr.categories[c].score ?? 0) * 100);
    rows.push([
      route === "" ? "(forsiden) ./" : route,
      score("performance"),
      `${(a["largest-contentful-paint"].numericValue / 1000).toFixed(1)} s`,
      `${Math.round(a["total-blocking-time"].numericValue)} ms`,
      o ? `${o.tbt} ms (longest ${o.longest})` : "–",
      a["cumulative-layout-shift"].numericValue.toFixed(3),
      `${Math.round(a["total-byte-weight"].numericValue / 1024)} KiB`,
      score("accessibility"),
      score("best-practices"),
      score("seo"),
    ]);
  }
} finally {
  await browser.disconnect();
  await chrome.kill();
  server.close();
}

const head = ["route", "performance", "LCP", "TBT", "TBT (CPU)", "CLS", "bytes", "accessibility", "best practices", "SEO"];
console.log(`\nLighthouse ${lighthouse.version ?? ""} (mobile, simulated slow 4G, 4× CPU), ${base}\n`);
console.log(`| ${head.join(" | ")} |`);
console.log(`|${head.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
process.exit(failed ? 1 : 0);
