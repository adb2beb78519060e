// Registers sw.js (offline after the first visit; README "Sikkerhed, privatliv og offline"). External, as the
// Content-Security-Policy allows no inline script. A failure only means no offline mode: caught, a console
// warning and a short visible note.
(function () {
  "use strict";
  var self_ = document.currentScript;
  function registrer() {
    try {
      if (!("serviceWorker" in navigator)) return;
      // Not in an iframe (embed mode): a host page should not download the whole app.
      if (window.self !== window.top) return;
      // The reader has asked the browser to save data (Save-Data, «Databesparelse»): no copy for use without a
      // network, which downloads the whole app and the rights guide in the background (README «Sikkerhed,
      // privatliv og offline»). The loader's prefetch waits for the service worker, so it is skipped too.
      if (navigator.connection && navigator.connection.saveData === true) {
        vis(SPARER);
        return;
      }
      // Relative to this script, so any folder of any host works.
      var sw = new URL("sw.js", (self_ && self_.src) || document.baseURI);
      navigator.serviceWorker
        // Always ask the server for a new sw.js, whatever the host's cache headers say.
        .register(sw.href, { scope: new URL("./", sw).href, updateViaCache: "none" })
        .then(function (reg) {
          // The install (fetching every file of the release) can fail after a successful registration, e.g.
          // when one file is missing on the server: the worker then becomes "redundant".
          var w = reg.installing;
          if (!w) return;
          w.addEventListener("statechange", function () {
            if (w.state === "redundant" && !navigator.serviceWorker.controller) {
              console.warn("Ressourceguiden: offline mode unavailable (service worker install failed)");
              vis(FEJL);
            }
          });
        })
        .catch(function (e) {
          console.warn("Ressourceguiden: offline mode unavailable (service worker not registered):", e);
          vis(FEJL);
        });
    } catch (e) {
      console.warn("Ressourceguiden: offline mode unavailable:", e);
    }
  }
  var SPARER =
    "Databesparelse er slået til i din browser, så Ressourceguiden hentes ikke til brug uden net. Siden virker, mens du er på nettet.";
  var FEJL =
    "Ressourceguiden kunne ikke gemmes til brug uden net på denne enhed. Siden virker stadig, mens du er på nettet.";
  // A short, visible note in the footer, once. When the app takes the page over it draws a footer of its own:
  // the note moves into it (watched until then; a page without the app keeps its footer and the note).
  function vis(tekst) {
    function saet(hvor) {
      if (document.querySelector(".offline-fejl") || !hvor) return;
      var p = document.createElement("p");
      p.className = "offline-fejl";
      p.setAttribute("role", "status");
      p.textContent = tekst;
      hvor.appendChild(p);
    }
    saet(document.querySelector("footer.bund .bredde") || document.body);
    if (typeof MutationObserver !== "function") return;
    new MutationObserver(function () {
      saet(document.querySelector("footer.bund .bredde"));
    }).observe(document.body, { childList: true, subtree: true });
  }
  // After the page and its WebAssembly have loaded, so they never compete for the network.
  if (document.readyState === "complete") {
    registrer();
  } else {
    window.addEventListener("load", registrer);
  }
})();
