// Trunk post_build hook, release builds only (Trunk.toml [[hooks]]): one small app per calculator.
//
// The whole app's .wasm holds every page. A reader who opens one calculator (`#/ferie`, `#/indlejr/ydelse`)
// needs only that calculator, its rule and the frame around it; a reader of the rights guide or «Om» needs no
// calculator at all (`RG_KUN=sider`). For each calculator of content/beregnere.toml
// this builds the app with `RG_KUN=<navn>` (the build script then keeps that calculator's page and hands every
// other route to the whole app, src/ui/overdrag.rs), runs wasm-bindgen and wasm-opt exactly as Trunk does for
// the whole app, and writes the pair, named by its content hash, to `kun/<navn>-<hash>.js` and
// `kun/<navn>-<hash>_bg.wasm` in Trunk's staging directory. src/web/efterbyg.mjs (next in the same hook) gives
// the loader the table of them. README «Én beregner ad gangen».
//
// `trunk serve` and `trunk build` without --release skip this: the loader then starts the whole app on every
// route, as it does for any calculator whose small app is missing.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
if (!staging) {
  console.error("delbyg.mjs: TRUNK_STAGING_DIR is not set (run me as a Trunk post_build hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") {
  console.log("delbyg.mjs: not a release build — no small apps (the whole app serves every route)");
  process.exit(0);
}

const registry = readFileSync(join(source, "content", "beregnere.toml"), "utf8");
// RG_DELBYG=ferie,klagefrist builds only those (a quicker build while working on one; the suite's budget test
// then fails for the others, so a release is always built whole).
const valgt = (process.env.RG_DELBYG || "").split(",").filter(Boolean);
// And `sider`: the app's other pages (front page, rights guide, Om …) without any calculator.
const navne = [...[...registry.matchAll(/^navn\s*=\s*"([a-z-]+)"/gm)].map((m) => m[1]), "sider"].filter(
  (n) => valgt.length === 0 || valgt.includes(n),
);
if (navne.length <= 1) {
  console.error("delbyg.mjs: found no calculator in content/beregnere.toml");
  process.exit(1);
}

const target = process.env.CARGO_TARGET_DIR || join(source, "target");
const wasm = join(target, "wasm32-unknown-unknown", "release", "ressourceguiden.wasm");
const ud = join(staging, "kun");
rmSync(ud, { recursive: true, force: true });
mkdirSync(ud, { recursive: true });
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });

for (const navn of navne) {
  // The same command and profile as Trunk's build of the whole app, so every dependency is reused; only the
  // app crate is compiled again (its build script reads RG_KUN).
  run(
    "cargo",
    ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "ressourceguiden", "--quiet"],
    { RG_KUN: navn },
  );
  const tmp = mkdtempSync(join(tmpdir(), "rg-kun-"));
  try {
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", tmp, wasm]);
    // Trunk's wasm-opt call for data-wasm-opt="z" with the features this module uses.
    const opt = join(tmp, "opt.wasm");
    run("wasm-opt", [
      "-Oz",
      "--enable-bulk-memory",
      "--enable-nontrapping-float-to-int",
      "--enable-reference-types",
      "--enable-sign-ext",
      "--enable-mutable-globals",
      join(tmp, "ressourceguiden_bg.wasm"),
      "-o",
      opt,
    ]);
    const w = readFileSync(opt);
    const js = readFileSync(join(tmp, "ressourceguiden.js"));
    const hash = createHash("sha256").update(w).update(js).digest("hex").slice(0, 16);
    writeFileSync(join(ud, `${navn}-${hash}_bg.wasm`), w);
    writeFileSync(join(ud, `${navn}-${hash}.js`), js);
    console.log(`delbyg.mjs: kun/${navn}-${hash}: ${w.length} B wasm`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
