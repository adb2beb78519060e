// Registers sw.js (offline after the first visit; README "Sikkerhed, privatliv og offline"). External, as the
// Content-Security-Policy allows no inline script. A failure only means no offline mode: caught, and a warning.
(function () {
  "use strict";
  var self_ = document.currentScript;
  function registrer() {
    try {
      if (!("serviceWorker" in navigator)) return;
      // Not in an iframe (embed mode): a host page should not download the whole app.
      if (window.self !== window.top) return;
      // Relative to this script, so any folder of any host works.
      var sw = new URL("sw.js", (self_ && self_.src) || document.baseURI);
      navigator.serviceWorker
        // Always ask the server for a new sw.js, whatever the host's cache headers say.
        .register(sw.href, { scope: new URL("./", sw).href, updateViaCache: "none" })
        .catch(function (e) {
          console.warn("Ressourceguiden: offline mode unavailable (service worker not registered):", e);
        });
    } catch (e) {
      console.warn("Ressourceguiden: offline mode unavailable:", e);
    }
  }
  // After the page and its WebAssembly have loaded, so they never compete for the network.
  if (document.readyState === "complete") {
    registrer();
  } else {
    window.addEventListener("load", registrer);
  }
})();
