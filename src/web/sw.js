// Ressourceguiden's service worker: keeps the app working with no network after the first visit.
//
// * It only ever looks at GET requests to its own origin *and* its own folder (the registration scope, e.g.
//   /raadgivning/ressourceguiden/). Every other request is left alone: no respondWith, so the browser handles it
//   exactly as if there were no service worker. Nothing cross-origin is ever fetched, cached or answered here.
// * On install it stores this release's files (PRECACHE, written by the post-build hook src/web/efterbyg.mjs:
//   the app, the rights guide's pages and its search index) in a cache named after the folder, the app version
//   and a hash of the files. On activate it deletes this folder's caches from earlier releases, and takes over
//   open pages.
// * Files whose name carries a content hash (Trunk's .js/.wasm/.css) never change: cache first, then the
//   network. Everything else — page loads, index.html, the rights pages the app fetches — goes to the network
//   first, so an online user always gets what the server has now; with no network the cached copy answers (for
//   the app's own address, the cached index.html). Nothing is added to the cache at run time.
//
// This file is a template: `trunk build` writes the real dist/sw.js with the block below filled in.

/* bygning:start */
const VERSION = "dev";
const BUILD = "dev";
const PRECACHE = [];
/* bygning:slut */

const SCOPE = self.registration.scope;
const SCOPE_PATH = new URL(SCOPE).pathname;
// Several deployments may share one origin (e.g. a test and a live folder); each keeps to its own caches.
const PREFIX = "ressourceguiden " + SCOPE_PATH + " ";
const CACHE = PREFIX + VERSION + " " + BUILD;
const INDEX = new URL("index.html", self.location.href).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: "reload" skips the HTTP cache, so a stale index.html is never stored. If any file fails, the
      // install fails and the previous release stays in charge.
      await cache.addAll(
        PRECACHE.map((p) => new Request(new URL(p, self.location.href).href, { cache: "reload" })),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE_PATH)) return;
  // Trunk's hashes are not always 16 hex digits (the stylesheet: main-3cc55454b36d12.css).
  const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(url.pathname);
  event.respondWith(hashed ? cacheFirst(req) : networkFirst(req, url));
});

// A file that never changes: from the cache, else from the network (not stored).
async function cacheFirst(req) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(req);
  return hit || fetch(req);
}

// The network first; with no network, the cached copy. The app's own address (any query, e.g. the panic page's
// ?genstart=1; the route lives in the fragment, which never reaches here) is answered by the cached index.html.
async function networkFirst(req, url) {
  try {
    return await fetch(req);
  } catch (err) {
    const cache = await caches.open(CACHE);
    const rel = url.pathname.slice(SCOPE_PATH.length);
    const hit =
      rel === "" || rel === "index.html"
        ? await cache.match(INDEX)
        : await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    throw err;
  }
}
