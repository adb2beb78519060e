// Ressourceguiden's service worker: keeps the app working with no network after the first visit.
//
// * It only ever looks at GET requests to its own origin *and* its own folder (the registration scope, e.g.
//   /raadgivning/ressourceguiden/). Every other request is left alone: no respondWith, so the browser handles it
//   exactly as if there were no service worker. Nothing cross-origin is ever fetched, cached or answered here.
// * On install it stores this release's files (PRECACHE, written by the post-build hook src/web/efterbyg.mjs)
//   in a cache named after the folder, the app version and a hash of the files. On activate it deletes this
//   folder's caches from earlier releases, and takes over open pages.
// * Page loads (navigations) go to the network first, so an online user always gets the newest release; with no
//   network the cached index.html answers. Everything else (file names carry a content hash) comes from the
//   cache first, then the network. Nothing is added to the cache at run time.
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
  event.respondWith(req.mode === "navigate" ? side(req, url) : fil(req));
});

// A file of this release: from the cache, else from the network (not stored).
async function fil(req) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(req);
  return hit || fetch(req);
}

// A page load: the network first; offline, the cached index.html for the app's own address (any query, e.g.
// the panic page's ?genstart=1; the route lives in the fragment, which never reaches here).
async function side(req, url) {
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
