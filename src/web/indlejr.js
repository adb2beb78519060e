/* Ressourceguiden — embed one calculator in your page:
 *   <script src="https://<where dist/ is>/indlejr.js" data-beregner="ydelse" data-accent="#0b5394"></script>
 * It inserts an iframe after itself and sets the iframe's height from the messages the calculator sends.
 * Messages are accepted only from the calculator's own origin and its own iframe; the calculator sends them
 * only to this page's origin. Nothing is read from this page, and nothing the user types reaches it. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var base = script.src.slice(0, script.src.lastIndexOf("/") + 1);
  var appOrigin = new URL(base).origin;
  var beregner = script.getAttribute("data-beregner") || "ydelse";
  if (!/^(ydelse|forloeb|ferie|klagefrist)$/.test(beregner)) { beregner = "ydelse"; }
  var accent = script.getAttribute("data-accent") || "";
  var q = "vaert=" + encodeURIComponent(window.location.origin);
  if (/^#[0-9a-fA-F]{6}$/.test(accent)) { q += "&accent=" + encodeURIComponent(accent); }
  var frame = document.createElement("iframe");
  frame.src = base + "index.html#/indlejr/" + beregner + "?" + q;
  frame.title = script.getAttribute("data-titel") || "Ressourceguiden: beregner";
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.height = "900px";
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener("message", function (e) {
    if (e.origin !== appOrigin || e.source !== frame.contentWindow) { return; }
    var d = e.data;
    if (d && d.type === "ressourceguiden:hoejde" && typeof d.hoejde === "number" && d.hoejde > 0 && d.hoejde < 50000) {
      frame.style.height = Math.ceil(d.hoejde) + "px";
    }
  });
})();
