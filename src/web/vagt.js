// Start-up guard (README «Sikkerhed, privatliv og offline»): an uncaught error during start, or one that leaves
// #app empty, shows a Danish error screen with «Prøv igen»; a slow start says so after 8 s. Runs before the loader.
(function () {
  "use strict";
  var vist = false;

  function startet() {
    return window.__rgStartet === true;
  }

  function app() {
    return document.getElementById("app");
  }

  function tom() {
    var a = app();
    return !!a && a.children.length === 0;
  }

  function knap() {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "knap";
    b.textContent = "Prøv igen";
    b.addEventListener("click", function () {
      window.location.reload();
    });
    return b;
  }

  function afsnit(tekst) {
    var p = document.createElement("p");
    p.textContent = tekst;
    return p;
  }

  function vis(grund) {
    if (vist || document.querySelector(".panik")) return;
    vist = true;
    var rod = app() || document.body;
    if (!rod) return;
    rod.textContent = "";
    var main = document.createElement("main");
    main.id = "indhold";
    main.className = "bredde";
    var boks = document.createElement("div");
    boks.className = "panik start-fejl";
    boks.setAttribute("role", "alert");
    var h1 = document.createElement("h1");
    h1.tabIndex = -1;
    h1.textContent = "Ressourceguiden kunne ikke starte";
    boks.appendChild(h1);
    boks.appendChild(afsnit(grund));
    boks.appendChild(afsnit("Dine oplysninger er ikke sendt nogen steder."));
    var p = document.createElement("p");
    p.appendChild(knap());
    boks.appendChild(p);
    boks.appendChild(
      afsnit("Sker det igen, kan du prøve en anden eller nyere browser. Virker det stadig ikke, må du meget gerne fortælle os det."),
    );
    main.appendChild(boks);
    rod.appendChild(main);
    try {
      h1.focus();
    } catch (e) {}
  }

  var FEJL = "Der skete en fejl, mens siden startede. Prøv at hente den igen.";

  function fejl() {
    if (startet() && !tom()) return;
    vis(FEJL);
  }

  if (typeof WebAssembly !== "object") {
    document.addEventListener("DOMContentLoaded", function () {
      vis("Din browser kan ikke køre WebAssembly, som Ressourceguiden bruger til at regne. Prøv en nyere browser, eller slå WebAssembly til.");
    });
  }

  window.addEventListener(
    "error",
    function (e) {
      var t = e.target;
      if (t && t !== window && t.tagName) {
        if (t.tagName === "SCRIPT" && !startet()) vis(FEJL);
        return;
      }
      fejl();
    },
    true,
  );
  window.addEventListener("unhandledrejection", fejl);

  window.setTimeout(function () {
    if (startet() || vist) return;
    var p = document.querySelector(".wasm-langsom");
    if (!p) return;
    var k = document.createElement("p");
    k.appendChild(knap());
    p.appendChild(k);
    p.classList.add("vis");
  }, 8000);
})();
