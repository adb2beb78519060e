// Trunk post_build hook (Trunk.toml [[hooks]]): locks the built index.html down and makes the release work
// offline. Runs with node (installed by .ci/setup for wasm-opt) on Trunk's staging directory, before Trunk
// moves it to dist/.
//
// 1. Moves every inline <script> (Trunk's wasm loader; in `trunk serve` also its live-reload script) into an
//    external file named by its content hash, with a Subresource Integrity hash. The Content-Security-Policy in
//    index.html can then say script-src 'self' with no hashes, nonces or 'unsafe-inline', and the same policy
//    works unchanged as an HTTP header for every release. The loader's fetch of the .wasm gets an integrity
//    hash as well (Trunk's loader fetches it without one).
// 2. Refuses to build if index.html still has anything the policy would block: an inline script, a <style>
//    element, a style="" or on…="" attribute, or a resource from another origin; or if the policy itself is
//    missing, comes after the first script or stylesheet, or allows 'unsafe-inline' / 'unsafe-eval'.
// 3. Writes sw.js from src/web/sw.js (without its comments) with this release's file list (every file in the
//    staging directory — the app, and the rights guide's pages and search index that rg-statisk wrote for the
//    app — except the rights guide's static pages for use without JavaScript, where a service worker cannot run
//    anyway), the app version from Cargo.toml and a hash of the listed files' contents (the cache name).
//
// Trunk starts the hooks of a stage at the same time, so this one runs in the same hook as rg-statisk, after it
// (Trunk.toml): the file list must see every file of the release.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const base = process.env.TRUNK_PUBLIC_URL || "./";

function fail(msg) {
  console.error(`efterbyg.mjs: ${msg}`);
  process.exit(1);
}

if (!staging) fail("TRUNK_STAGING_DIR is not set (run me as a Trunk post_build hook)");
if (!base.endsWith("/")) fail(`public_url must end with "/"; it is ${JSON.stringify(base)}`);

const sha256hex = (data) => createHash("sha256").update(data).digest("hex");
const sri = (data) => "sha384-" + createHash("sha384").update(data).digest("base64");

const htmlPath = join(staging, "index.html");
let html = readFileSync(htmlPath, "utf8");

// A build of the app (Trunk preloads its .wasm): its loader must be found and rewritten below.
const harWasm = /<link\b[^>]*\brel="preload"[^>]*\.wasm"[^>]*>/i.test(html);

// The small apps, one per calculator and `sider` for the other pages (src/web/delbyg.mjs, release builds only):
// `kun/<navn>-<hash>.js` and its `_bg.wasm`, fetched with an integrity hash like the whole app's.
const kunMappe = join(staging, "kun");
const kun = existsSync(kunMappe)
  ? readdirSync(kunMappe)
      .filter((f) => /^[a-z-]+-[0-9a-f]{16}\.js$/.test(f))
      .sort()
      .map((f) => {
        const wasm = f.replace(/\.js$/, "_bg.wasm");
        if (!existsSync(join(kunMappe, wasm))) fail(`kun/${f} has no kun/${wasm}`);
        const navn = f.replace(/-[0-9a-f]{16}\.js$/, "");
        return `  ${JSON.stringify(navn)}: {
    glue: "./kun/${f}",
    wasm: () => fetch("./kun/${wasm}", { integrity: "${sri(readFileSync(join(kunMappe, wasm)))}" }),
  },`;
      })
  : [];

// 1. Inline scripts → external files.
let moved = 0;
let loaders = 0;
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attrs, body) => {
  if (/\ssrc\s*=/i.test(attrs)) return whole;
  if (body.trim() === "") fail("an empty inline <script> in index.html");
  // `trunk serve`'s live-reload script gets its address filled in by the dev server, but only inside HTML.
  // Moved out of the HTML, it reads the same values from the page's own address.
  body = body
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
    .replaceAll("'{{__TRUNK_WS_BASE__}}'", 'new URL("./", document.baseURI).pathname');
  // The loader fetches the .wasm with an integrity check, like every script here: a .wasm replaced on the server
  // or in the browser's cache (by anything else on the same origin) is refused instead of run.
  body = body.replace(/module_or_path:\s*'([^'\\]+\.wasm)'/, (_, url) => {
    const file = url.startsWith(base) ? join(staging, url.slice(base.length)) : null;
    if (!file || !existsSync(file)) fail(`the loader refers to ${url}, which is not in the build`);
    return `module_or_path: fetch('${url}', { integrity: '${sri(readFileSync(file))}' })`;
  });
  // Trunk's loader imports the app and starts it at once. Ours starts it only when it is needed (README
  // «Opbygning»): at once when the address names a page of the app (`#/ydelse` …). On the front page, which
  // index.html already shows as finished HTML (rg-statisk), the .wasm is only downloaded when the browser is idle
  // after loading (no work for the processor, so reading and scrolling stay smooth on a slow phone), and the app
  // starts when the reader follows a link into it or presses «Mødetilstand».
  body = body.replace(
    /^\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: ([\s\S]*?) \}\);\s*window\.wasmBindings = bindings;\s*dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);\s*$/,
    (_, glue, wasm) => {
      loaders += 1;
      return `// The whole app, and small apps (README «Én beregner ad gangen»): a route that names one calculator alone
// (\`#/ferie\`, \`#/ydelse/tjek\`, \`#/indlejr/ydelse\`) starts its small app, which holds that calculator and the
// frame around it; the other pages start the app without calculators (\`sider\`). When the reader leaves what a
// small app holds, it hands what she typed to the whole app (src/ui/overdrag.rs, window.__rgHeleAppen).
const HELE = { glue: '${glue}', wasm: () => ${wasm} };
const KUN = {
${kun.join("\n")}
};
let gang = null;
const hentet = new Map();
// The .wasm is compiled while it downloads (on the browser's own threads where it can); a server that does not
// say application/wasm gets the same result from the whole file.
function hent(app) {
  if (!hentet.has(app)) {
    const svar = app.wasm().then((r) => {
      if (!r.ok) throw new Error(\`\${r.status} \${r.url}\`);
      return (r.headers.get("Content-Type") || "").startsWith("application/wasm")
        ? WebAssembly.compileStreaming(r)
        : r.arrayBuffer().then((b) => WebAssembly.compile(b));
    });
    svar.catch(() => hentet.delete(app));
    hentet.set(app, svar);
  }
  return hentet.get(app);
}
const begge = (app) => Promise.all([hent(app), import(app.glue)]);
// The small app for a route: the calculator it names alone; for an embedded calculator without one, none (the
// whole app); for every other page of the app (front page, rights guide, Om …) the app without calculators.
const har = (navn) => Boolean(navn) && Object.prototype.hasOwnProperty.call(KUN, navn);
function alene(h) {
  const dele = h.replace(/^#\\/?/, "").split("?")[0].split("/").filter(Boolean);
  if (dele[0] === "indlejr" && dele[1]) return har(dele[1]) ? KUN[dele[1]] : null;
  if (har(dele[0])) return KUN[dele[0]];
  return har("sider") ? KUN.sider : null;
}
// Finishing the compilation is one task, starting the app the next: two short tasks instead of one long one, so
// a slow phone can paint and answer a tap in between (README «Tempo»).
async function koer([modul, bindings]) {
  await new Promise((ok) => setTimeout(ok, 0));
  const w = await bindings.default({ module_or_path: modul });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: w } }));
}
// Called by a small app when the reader leaves what it holds: it has put what she typed in window.__rgOverdrag;
// the whole app takes over #app and reads it.
window.__rgHeleAppen = () => begge(HELE).then(koer);
// What index.html already shows (a calculator's heading and introduction, put into #skelet by vagt.js) is drawn
// before the .wasm is fetched and the app takes over, however fast the connection: the app waits until the
// browser reports the skeleton painted (a largest-contentful-paint entry inside #skelet; at once if that has
// happened already), at most half a second; elsewhere (no calculator's skeleton) for one frame.
const tegnet = () =>
  new Promise((ok) => {
    const skelet = document.getElementById("skelet");
    setTimeout(ok, 500);
    // After a click or key (from the front page) the browser reports no more paints of this kind: one frame.
    const efterInput = window.__rgNavigeret === true;
    if (efterInput || !skelet || !skelet.querySelector("h1") || typeof PerformanceObserver !== "function") {
      requestAnimationFrame(() => setTimeout(ok, 0));
      return;
    }
    try {
      const obs = new PerformanceObserver((l) => {
        if (l.getEntries().some((e) => e.element && skelet.contains(e.element))) {
          obs.disconnect();
          ok();
        }
      });
      obs.observe({ type: "largest-contentful-paint", buffered: true });
    } catch (e) {
      ok();
    }
  });
function start() {
  if (!gang) {
    // The whole app when it is already fetched (the front page fetches it when the browser is idle).
    const lille = hentet.has(HELE) ? null : alene(location.hash);
    gang = tegnet()
      // A small app that cannot be fetched (offline, and the service worker keeps only the whole app): the
      // whole app serves the route as well.
      .then(() => (lille ? begge(lille).catch(() => begge(HELE)) : begge(HELE)))
      .then(koer)
      .catch((e) => {
        gang = null;
        throw e;
      });
  }
  return gang;
}
const rute = (h) => h.startsWith("#/") && h !== "#/";
if (rute(location.hash)) {
  start();
} else {
  addEventListener("hashchange", () => {
    if (!rute(location.hash)) return;
    // The reader moved from the front page to a page of the app: the app treats its first page as a page
    // change (focus on its heading).
    window.__rgNavigeret = true;
    start();
  });
  document.addEventListener("click", (e) => {
    const knap = e.target instanceof Element && e.target.closest(".moedeknapper button");
    if (knap && window.__rgStartet !== true) {
      window.__rgMoede = true;
      start();
    }
  });
  const senere = () => {
    const f = () => hent(HELE).catch(() => {});
    const naar = () =>
      "requestIdleCallback" in window ? requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 500);
    // The service worker (offline.js) downloads the whole app for use without a network right after the first
    // load. Fetched here at the same time, the same file would come twice; so this waits until the worker has it
    // and answers for this page (its cache, no network). Where a worker never registers (refused, data saver on, in
    // a frame) the promise never settles and nothing is fetched ahead: a route then starts its small app. A browser
    // without service workers fetches it when idle, as there is nothing to wait for.
    let sw = null;
    try {
      sw = "serviceWorker" in navigator ? navigator.serviceWorker : null;
    } catch (e) {
      sw = null;
    }
    if (!sw) {
      naar();
      return;
    }
    sw.ready.then(() => {
      if (sw.controller) naar();
      else sw.addEventListener("controllerchange", naar, { once: true });
    });
  };
  if (document.readyState === "complete") senere();
  else addEventListener("load", senere, { once: true });
}
`;
    },
  );
  // Its comments (whole lines; they explain the loader here, in this file) are not sent to every reader.
  body = body.replace(/^[ \t]*\/\/.*\r?\n/gm, "");
  const name = `start-${sha256hex(body).slice(0, 16)}.js`;
  writeFileSync(join(staging, name), body);
  moved += 1;
  const keep = attrs.replace(/\s(nonce|integrity)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "");
  return `<script${keep} src="${base}${name}" integrity="${sri(body)}"></script>`;
});

if (harWasm && loaders !== 1) {
  fail(`expected Trunk's wasm loader once in index.html, found it ${loaders} times (has Trunk changed it?)`);
}
// The loader fetches the .wasm only when the app starts (above): no <link rel="preload"> of it, which would fetch
// it on the front page, at once, in competition with what makes the page readable.
html = html.replace(/\s*<link\b[^>]*\brel="preload"[^>]*\.wasm"[^>]*>/gi, "");
// Nor of the whole app's JavaScript: on a calculator's route the loader starts that calculator's small app.
html = html.replace(/\s*<link\b[^>]*\brel="modulepreload"[^>]*>/gi, "");

// 2. Nothing in index.html may need more than the policy allows.
const problems = [];
const inline = html.match(/<script\b(?![^>]*\ssrc\s*=)[^>]*>/gi);
if (inline) problems.push(`inline script(s): ${inline.join(" ")}`);
if (/<style\b/i.test(html)) problems.push("a <style> element (use style/main.css)");
const tags = html.match(/<[a-z][^>]*>/gi) || [];
for (const tag of tags) {
  // Attribute names only: blank out quoted values first, so text like content="… on=…" cannot match.
  const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
  if (/\sstyle\s*=/i.test(names)) problems.push(`a style attribute: ${tag}`);
  if (/\son[a-z]+\s*=/i.test(names)) problems.push(`an event-handler attribute: ${tag}`);
}
// (A link, <a href>, to another site is not a resource the page loads: «Om og privatliv» names its sources.)
for (const m of html.matchAll(/<(\w+)\b[^>]*\s(?:src|href)\s*=\s*"((?:[a-z][a-z0-9+.-]*:)?\/\/[^"]*)"/gi)) {
  if (m[1].toLowerCase() !== "a") problems.push(`a resource from another origin: ${m[2]}`);
}
const csp = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
if (!csp) {
  problems.push('no <meta http-equiv="Content-Security-Policy"> in index.html');
} else {
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*"]) {
    if (csp[1].split(/[\s;]+/).includes(bad)) problems.push(`the policy allows ${bad}`);
  }
  const first = html.search(/<script\b|<link\b[^>]*rel="(?:stylesheet|modulepreload|preload)"/i);
  if (first !== -1 && first < csp.index) problems.push("the policy comes after the first script or stylesheet");
}
if (problems.length) fail(`index.html breaks the Content-Security-Policy:\n  ${problems.join("\n  ")}`);

// 2b. The rights guide's static pages (rg-statisk, run before this hook) carry their own, stricter policy (no
//     script at all) and nothing it would block.
const statiske = existsSync(join(staging, "rettigheder"))
  ? readdirSync(join(staging, "rettigheder")).filter((f) => f.endsWith(".html"))
  : [];
for (const f of statiske) {
  const side = readFileSync(join(staging, "rettigheder", f), "utf8");
  const p = [];
  const m = side.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  if (!m) p.push("no Content-Security-Policy <meta>");
  else {
    const d = m[1].split(/\s*;\s*/);
    if (!d.includes("default-src 'none'")) p.push(`the policy does not start from default-src 'none': ${m[1]}`);
    if (d.some((x) => x.startsWith("script-src"))) p.push(`the policy allows scripts: ${m[1]}`);
    const first = side.search(/<link\b|<script\b|<style\b|<img\b/i);
    if (first !== -1 && first < m.index) p.push("the policy comes after the first resource");
  }
  if (/<script\b/i.test(side)) p.push("a <script>");
  if (/<style\b/i.test(side)) p.push("a <style> element");
  for (const tag of side.match(/<[a-z][^>]*>/gi) || []) {
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/\sstyle\s*=/i.test(names)) p.push(`a style attribute: ${tag}`);
    if (/\son[a-z]+\s*=/i.test(names)) p.push(`an event-handler attribute: ${tag}`);
  }
  if (p.length) fail(`rettigheder/${f} breaks its Content-Security-Policy:\n  ${p.join("\n  ")}`);
}

writeFileSync(htmlPath, html);

// 3. sw.js with this release's files: everything in the staging directory.
for (const m of html.matchAll(/\s(?:src|href)\s*=\s*"([^"]*)"/gi)) {
  const url = m[1];
  if (!url.startsWith(base) || url.includes("#") || url.includes("?")) continue;
  const rel = url.slice(base.length);
  if (rel === "" || rel.endsWith("/")) continue;
  if (!existsSync(join(staging, rel))) fail(`index.html refers to ${url}, which is not in the build`);
}
const files = new Set();
const walk = (dir) => {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else files.add(relative(staging, p).split(sep).join("/"));
  }
};
walk(staging);
files.delete("sw.js");
// rg-statisk's pages for readers without JavaScript (rettigheder/<side>.html and its index): the app shows the
// same text from rettigheder/app/, so caching them would only double the download (about 50 KB brotli).
for (const f of files) if (/^rettigheder\/[^/]+\.html$/.test(f)) files.delete(f);
// Nor the small apps: they make a first visit fast; offline, the whole app serves their routes (the loader
// falls back to it), so keeping them would only cost the reader's data.
for (const f of files) if (f.startsWith("kun/")) files.delete(f);
const precache = [...files].sort();

const hash = createHash("sha256");
for (const f of precache) {
  hash.update(f + "\0");
  hash.update(readFileSync(join(staging, f)));
  hash.update("\0");
}
const build = hash.digest("hex").slice(0, 16);

const cargo = readFileSync(join(source, "Cargo.toml"), "utf8");
const pkg = cargo.split(/^\[/m).find((s) => s.startsWith("package]"));
const version = pkg && pkg.match(/^version\s*=\s*"([^"]+)"/m);
if (!version) fail("no [package] version in Cargo.toml");

const template = readFileSync(join(source, "src", "web", "sw.js"), "utf8");
const block = /\/\* bygning:start \*\/[\s\S]*?\/\* bygning:slut \*\//;
if (!block.test(template)) fail("src/web/sw.js has no /* bygning:start */ … /* bygning:slut */ block");
const filled =
  "/* bygning:start */\n" +
  `const VERSION = ${JSON.stringify(version[1])};\n` +
  `const BUILD = ${JSON.stringify(build)};\n` +
  `const PRECACHE = ${JSON.stringify(precache, null, 2)};\n` +
  "/* bygning:slut */";
// The comments are for the source; the file every visitor downloads does without them.
const code = template
  .replace(block, filled)
  .split("\n")
  .filter((l) => !/^\s*\/\//.test(l))
  .join("\n")
  .replace(/\n{3,}/g, "\n\n");
writeFileSync(join(staging, "sw.js"), code);

console.log(
  `efterbyg.mjs: ${moved} inline script(s) moved out; sw.js for ${version[1]} build ${build}, ` +
    `${precache.length} files (${precache.filter((f) => !f.includes("/")).join(" ")} …)`,
);
