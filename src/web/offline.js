// Registers Ressourceguiden's service worker (sw.js, next to this file), which keeps the app working offline
// after the first visit. An external file, not an inline script, because the Content-Security-Policy allows
// no inline script. Anything that goes wrong here only means "no offline mode": the app itself never depends
// on it, so every failure is caught and reported as a console warning.
(function () {
  "use strict";
  var self_ = document.currentScript;
  function registrer() {
    try {
      if (!("serviceWorker" in navigator)) return;
      // Not inside an iframe (embed mode): a host page should not download the whole app in the background.
      if (window.self !== window.top) return;
      // Resolve against this script's own URL, so the app works from any folder of any host.
      var sw = new URL("sw.js", (self_ && self_.src) || document.baseURI);
      navigator.serviceWorker
        // updateViaCache "none": always ask the server for a new sw.js, whatever the host's cache headers say.
        .register(sw.href, { scope: new URL("./", sw).href, updateViaCache: "none" })
        .catch(function (e) {
          console.warn("Ressourceguiden: offline mode unavailable (service worker not registered):", e);
        });
    } catch (e) {
      console.warn("Ressourceguiden: offline mode unavailable:", e);
    }
  }
  // After the page (and its WebAssembly) has loaded, so the two never compete for the network.
  if (document.readyState === "complete") {
    registrer();
  } else {
    window.addEventListener("load", registrer);
  }
})();
