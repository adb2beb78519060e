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

  // Before the app has started, index.html shows what the build wrote into it (src/indhold/forside.rs): the front
  // page, or the skeleton (heading and description) of the calculator the address names. The route is marked on
  // <html data-rute="…"> at once (this script runs before the body is read), so the stylesheet hides the front page
  // on other routes before anything is drawn; the skeleton (a <template>) is put into #skelet as soon as the body
  // has been read.
  function ruteNavn(h) {
    if (!h || h === "#" || h === "#/") return "forside";
    if (h.slice(0, 2) !== "#/") return null;
    return h.slice(2).split(/[\/?]/)[0] || "forside";
  }

  function paaForsiden() {
    return document.documentElement.getAttribute("data-rute") === "forside";
  }

  function visSkelet() {
    if (startet() || document.readyState === "loading") return;
    fyldSkelet();
  }

  function fyldSkelet() {
    if (startet()) return;
    var plads = document.getElementById("skelet");
    if (!plads) return;
    plads.textContent = "";
    var navn = document.documentElement.getAttribute("data-rute");
    if (!navn || navn === "forside") return;
    var alle = document.querySelectorAll("template[data-skelet]");
    var valgt = null;
    var i;
    var side = hentet && hentet.slug === rettighedSlug(window.location.hash) ? hentet : null;
    if (side) navn = "rettighed";
    for (i = 0; i < alle.length; i++) {
      if (alle[i].getAttribute("data-skelet") === navn) valgt = alle[i];
    }
    for (i = 0; !valgt && i < alle.length; i++) {
      if (alle[i].getAttribute("data-skelet") === "andet") valgt = alle[i];
    }
    if (!valgt) return;
    var indhold = valgt.content.cloneNode(true);
    if (side) rettighed(indhold, side.tekst, Number(valgt.getAttribute("data-maaneder")));
    plads.appendChild(indhold);
  }

  // A page of the rights guide (#/rettigheder/<side>): its text is fetched at once — the file the app shows,
  // rettigheder/app/<side>.html, from our own folder — and shown in #skelet long before the .wasm has arrived.
  // The app takes this text over (window.__rgRettighed) instead of fetching it again, so it draws the same page
  // in the same place.
  var hentet = null;
  var FOD = "<!-- rg:fod -->";

  function rettighedSlug(h) {
    var m = /^#\/rettigheder\/([a-z0-9-]+)(?:[\/?].*)?$/.exec(h || "");
    return m ? m[1] : null;
  }

  function hentRettighed() {
    var slug = rettighedSlug(window.location.hash);
    if (!slug || startet() || typeof fetch !== "function") return;
    fetch("rettigheder/app/" + slug + ".html")
      .then(function (r) {
        return r.ok ? r.text() : null;
      })
      .then(function (t) {
        if (t === null || startet() || t.indexOf(FOD) < 0) return;
        hentet = { slug: slug, tekst: t };
        window.__rgRettighed = hentet;
        visSkelet();
      })
      .catch(function () {});
  }

  // The page's top into the frame of template «rettighed»; the frame's warning stays only if the page was last
  // checked (the fragment's first comment) more than `maaneder` months before today — the same test as the app's
  // (src/indhold/mod.rs, ikke_kontrolleret_laenge: today minus the months, the day clamped to the month's end).
  function rettighed(indhold, tekst, maaneder) {
    var top = tekst.slice(0, tekst.indexOf(FOD));
    var m = /^<!-- rg:kontrolleret (\d{4}-\d{2}-\d{2}) -->/.exec(tekst);
    var n = new Date();
    var aar = n.getFullYear();
    var md = n.getMonth() + 1 - (maaneder || 0);
    while (md < 1) {
      md += 12;
      aar -= 1;
    }
    var dag = Math.min(n.getDate(), new Date(aar, md, 0).getDate());
    var to = function (x) {
      return (x < 10 ? "0" : "") + x;
    };
    var graense = aar + "-" + to(md) + "-" + to(dag);
    var gammel = !m || m[1] < graense;
    var advarsel = indhold.querySelector(".kontrol-gammel");
    if (advarsel && !gammel) advarsel.parentNode.removeChild(advarsel);
    var plads = indhold.querySelector(".rettighed-top");
    if (plads) plads.innerHTML = top;
  }

  function markerRute() {
    if (startet()) return;
    var navn = ruteNavn(window.location.hash);
    if (navn === null) return;
    document.documentElement.setAttribute("data-rute", navn);
    visSkelet();
    ingenWasm();
  }

  var FEJL = "Der skete en fejl, mens siden startede. Prøv at hente den igen.";

  // On the front page the prerendered page stays readable: a failed start there is shown only once the reader
  // asks for a page of the app.
  function fejl() {
    if (startet() && !tom()) return;
    if (!startet() && paaForsiden()) return;
    vis(FEJL);
  }

  function ingenWasm() {
    if (typeof WebAssembly === "object" || paaForsiden() || document.readyState === "loading") return;
    vis("Din browser kan ikke køre WebAssembly, som Ressourceguiden bruger til at regne. Prøv en nyere browser, eller slå WebAssembly til.");
  }

  markerRute();
  hentRettighed();
  // #skelet is filled the moment the parser has made it (the templates come before it in index.html), so the
  // skeleton is in the first paint and nothing drawn after it moves when it arrives.
  if (typeof MutationObserver === "function") {
    var vogter = new MutationObserver(function () {
      if (document.getElementById("skelet")) {
        vogter.disconnect();
        fyldSkelet();
      }
    });
    vogter.observe(document, { childList: true, subtree: true });
  }
  document.addEventListener("readystatechange", function () {
    visSkelet();
    ingenWasm();
  });
  window.addEventListener("hashchange", function () {
    markerRute();
    if (!hentet || hentet.slug !== rettighedSlug(window.location.hash)) hentRettighed();
  });

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
    if (startet() || vist || paaForsiden()) return;
    var p = document.querySelector(".wasm-langsom");
    if (!p) return;
    var k = document.createElement("p");
    k.appendChild(knap());
    p.appendChild(k);
    p.classList.add("vis");
  }, 8000);
})();
