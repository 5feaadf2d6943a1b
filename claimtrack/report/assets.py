"""The report's style sheet and its one short script, inlined into the page (no network).

The script filters the stories offline: the search box (over each story's text, with hamza, alef maqsura,
teh marbuta, diacritics and tatweel folded so that "اسرائيل" finds "إسرائيل"), and the outlet, speaker, mark
and date filters; with an outlet chosen, the other outlets' quotes and articles are hidden inside the stories
left.  The filters also read from the address (``report.html#outlet=okaz&q=...``), so a filtered view can be
linked to.  It then writes what the browser laid out to ``body[data-rendered]`` (for the headless test), and,
with ``#check`` in the address, also the elements wider than the viewport.
"""

from __future__ import annotations

__all__ = ["CSS", "SCRIPT"]

CSS = """
*{box-sizing:border-box}[hidden]{display:none!important}
body{font-family:"Noto Naskh Arabic","Amiri","DejaVu Sans",Arial,sans-serif;margin:0 auto;padding:1.2rem;max-width:1400px;background:#fafaf7;color:#222;line-height:1.7;overflow-wrap:break-word}
h1{font-size:1.55rem;margin:0 0 .2rem}h2{font-size:1.25rem;margin:.2rem 0}h3{font-size:1.05rem;margin:.3rem 0}h4{font-size:.95rem;margin:.8rem 0 .3rem}
header p,.meta{color:#555;font-size:.9rem}
section,nav{margin:1rem 0}
#summary,#outlets,#tools,#contents{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.8rem 1rem}
.stats{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.5rem}
.stat{background:#eef2f4;border-radius:6px;padding:.25rem .7rem;font-weight:bold}
.summary-cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:1rem}
.disputed,.left-out,.toc{margin:.2rem 0;padding-inline-start:1.6rem}
.disputed li,.toc li,.left-out li{margin:.15rem 0}
.tag{display:inline-block;font-size:.78rem;border-radius:4px;padding:0 .4rem;margin-inline:.15rem;color:#fff;background:#c0392b}
.tag-updates{background:#2e6fd8}.tag-disagrees{background:#b35c00}.tag-contradicts{background:#7d3c98}
.tablebox{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.88rem;background:#fff}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:center}
th{background:#eef2f4}
table.articles{width:100%}table.articles td{text-align:start}table.articles td.when{white-space:nowrap;direction:ltr;unicode-bidi:isolate}
.mix{display:grid;gap:.5rem;margin-top:.4rem}
.mix-row{display:grid;grid-template-columns:minmax(7rem,12rem) minmax(0,1fr);gap:.1rem .8rem;align-items:center}
.mix-row svg.chart{width:100%;height:1.1rem;display:block}
.mix-figures{grid-column:2;display:flex;flex-wrap:wrap;gap:.2rem .8rem;font-size:.8rem;color:#333}
.fig i{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-inline-end:.25rem;vertical-align:middle}
#tools{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
#tools label{display:flex;gap:.3rem;align-items:center;font-size:.9rem;min-width:0}
#tools input,#tools select,#tools button{font:inherit;font-size:.9rem;padding:.15rem .35rem;max-width:100%;min-width:0}
#tools .q{flex:1 1 16rem}#tools .q input{flex:1}
#tools p{margin:0;flex-basis:100%}
.story{background:#fff;border:1px solid #ddd;border-radius:8px;margin:.8rem 0;padding:.2rem 1rem}
.story>summary{cursor:pointer;padding:.4rem 0}
.story>summary h2{display:inline;font-size:1.15rem}
.story>summary .meta{margin:.1rem 0 0}
.story[open]>summary{border-bottom:1px solid #eee;margin-bottom:.4rem}
.outlets bdi{white-space:nowrap}
.cluster{border-top:1px dashed #ccc;padding:.4rem 0 .6rem}
.cluster .num{display:inline-block;min-width:1.5rem;text-align:center;background:#2f6f8f;color:#fff;border-radius:50%;font-size:.85rem}
.quotes{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr));gap:.4rem 1rem}
.quote{margin:.3rem 0;border-inline-start:3px solid #ddd;padding-inline-start:.6rem;min-width:0}
blockquote{margin:0}
mark.cue{background:#ffe08a;padding:0 .15rem;border-radius:3px}
span.source{background:#d6ecf7;border-radius:3px}
span.content{background:#e9f5e1;border-radius:3px}
span.hedge{background:#f8d7da;border-radius:3px}
span.via{text-decoration:underline dotted}
figcaption{font-size:.8rem;color:#555;display:flex;flex-wrap:wrap;gap:.2rem .6rem;margin-top:.2rem}
.chips{display:flex;flex-wrap:wrap;gap:.25rem}
.chip{background:#eef2f4;border-radius:10px;padding:0 .5rem;text-decoration:none;color:#1d4f66;white-space:nowrap;unicode-bidi:plaintext}
.mark .outlet{unicode-bidi:plaintext;color:#555;border:1px solid #ccc;border-radius:4px;padding:0 .25rem}
.also{font-size:.82rem;color:#555;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.25rem;align-items:center}
.badge{display:inline-block;font-size:.82rem;border-radius:4px;padding:.1rem .5rem;margin:.2rem 0}
.missing-counter{background:#fdecea;color:#a12a1c;border:1px solid #f1b0a8}
.marks{list-style:none;padding:0;margin:.5rem 0 0}
.mark{padding:.3rem .5rem;margin:.25rem 0;border-radius:4px;font-size:.86rem}
.mark-contradicts{background:#fdecea;border-inline-start:4px solid #c0392b}
.mark-agrees{background:#eaf7ee;border-inline-start:4px solid #27ae60}
.mark-clarifies{background:#eaf1fb;border-inline-start:4px solid #2e6fd8}
.mark-framing{background:#fff6e0;border-inline-start:4px solid #e0a100}
.kind{font-weight:bold;margin-inline-end:.4rem}
.evidence{color:#a12a1c;font-size:.82rem}
.marks details summary{cursor:pointer;color:#27ae60;font-size:.86rem}
.timeline-box{margin:.3rem 0 .6rem;overflow-x:auto}
svg.timeline{display:block;max-width:none;font-family:inherit;direction:ltr}
svg.timeline text{font-size:11px;fill:#555;text-anchor:middle}svg.timeline line{stroke:#ddd}
svg.timeline text.l{font-size:12px;fill:#333;text-anchor:end}svg.timeline circle{fill:#2f6f8f}
svg.timeline text.n{fill:#fff;font-weight:bold}svg.timeline text.s{text-anchor:start}
footer{color:#777;font-size:.8rem;margin-top:2rem}
@media (max-width:600px){
body{padding:.5rem;font-size:15px}
#summary,#outlets,#tools,#contents{padding:.5rem .6rem}
.story{padding:.1rem .5rem}
.mix-row{grid-template-columns:minmax(0,1fr)}.mix-figures{grid-column:1}
#tools label{flex:1 1 100%}#tools label select,#tools label input{flex:1}
}
"""

SCRIPT = r"""
(function () {
  var d = document, all = function (sel, root) { return Array.prototype.slice.call((root || d).querySelectorAll(sel)); };
  function fold(s) {
    return (s || "").toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
  }
  var stories = all("details.story"), texts = null, toc = {}, more = d.getElementById("toc-more");
  if (more) stories.slice(more.start - 1).forEach(function (s) {
    var li = d.createElement("li"), a = d.createElement("a");
    li.setAttribute("data-s", s.id); a.href = "#" + s.id; a.textContent = s.querySelector("summary h2").textContent;
    li.appendChild(a);
    all("summary .tag", s).forEach(function (tag) { li.appendChild(d.createTextNode(" ")); li.appendChild(tag.cloneNode(true)); });
    more.appendChild(li);
  });
  all("#contents li[data-s]").forEach(function (li) { toc[li.getAttribute("data-s")] = li; });
  var box = d.getElementById("q"), fo = d.getElementById("f-outlet"), fs = d.getElementById("f-speaker"),
      fk = d.getElementById("f-kind"), fd = d.getElementById("f-date"), nShown = d.getElementById("n-shown");
  function speakers(s) {  // who the story's quotes cite: their highlighted sources
    if (s._sp === undefined) s._sp = fold(all(".source, .who", s).map(function (el) { return el.textContent; }).join("|"));
    return s._sp;
  }
  function has(list, value) { return (list || "").indexOf("|" + value + "|") >= 0; }
  function apply() {
    var q = fold(box.value.trim()), o = fo.value, sp = fold(fs.value.trim()), k = fk.value, day = fd.value, shown = [];
    if (q && !texts) texts = stories.map(function (s) { return fold(s.textContent); });
    stories.forEach(function (s, i) {
      var ok = (!q || texts[i].indexOf(q) >= 0) && (!o || has(s.dataset.o, o)) &&
        (!sp || speakers(s).indexOf(sp) >= 0) && (!k || has(s.dataset.k, k)) && (!day || has(s.dataset.d, day));
      s.hidden = !ok;
      if (toc[s.id]) toc[s.id].hidden = !ok;
      if (ok) shown.push(s);
      if (ok || s.dataset.narrowed) {
        all("[data-o]", s).forEach(function (el) { el.hidden = !!o && !has(el.dataset.o, o); });
        s.dataset.narrowed = o ? "1" : "";
      }
    });
    // A filtered view opens what it found: all of it when it is short, else the first three stories.
    if (q || o || sp || k || day) (shown.length <= 10 ? shown : shown.slice(0, 3)).forEach(function (s) { s.open = true; });
    nShown.textContent = nShown.textContent.replace(/[0-9\u0660-\u0669]+/, String(shown.length)
      .replace(/[0-9]/g, function (c) { return /[\u0660-\u0669]/.test(nShown.textContent) ? String.fromCharCode(0x660 + +c) : c; }));
    return shown;
  }
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 150); }
  box.addEventListener("input", later); fs.addEventListener("input", later);
  [fo, fk, fd].forEach(function (el) { el.addEventListener("change", apply); });
  d.getElementById("f-reset").addEventListener("click", function () { box.value = fs.value = fo.value = fk.value = fd.value = ""; apply(); });
  // Filters given in the address: #q=...&outlet=...&speaker=...&kind=...&date=...
  var fields = {q: box, outlet: fo, speaker: fs, kind: fk, date: fd}, given = false, check = false;
  location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var kv = pair.split("="), name = decodeURIComponent(kv[0] || "");
    if (name === "check") check = true;
    if (kv.length === 2 && fields[name]) { fields[name].value = decodeURIComponent(kv[1]); given = true; }
  });
  var shown = given ? apply() : stories;
  // What the browser laid out, for the headless test.
  // Inside a closed <details> (outside its summary) or a hidden element, nothing is laid out; asking the
  // browser for the box of such an element forces a layout of its subtree, thousands of times on a big day.
  function shut(el) {
    for (var child = el, up = el.parentElement; up; child = up, up = up.parentElement) {
      if (up.hidden || (up.tagName === "DETAILS" && !up.open && child.tagName !== "SUMMARY")) return true;
    }
    return el.hidden;
  }
  function visible(el) { if (shut(el)) return false; var r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }
  function count(sel) { return all(sel).filter(visible).length; }
  var rendered = {stories: shown.length, storiesTotal: stories.length, toc: all("#contents li[data-s]").filter(function (li) { return !li.hidden; }).length,
    clusters: count(".cluster"), cues: count("mark.cue"), sources: count("span.source"), contents: count("span.content"),
    contradictions: count(".mark-contradicts"), missing: count(".missing-counter"), bars: count("svg.chart rect.bar"),
    timelines: count("svg.timeline"), summary: count("#summary li"),
    quoteOutlets: all("figure.quote").filter(visible).map(function (f) { return f.dataset.o; })
      .filter(function (v, i, a) { return a.indexOf(v) === i; })};
  if (check) {
    var width = d.documentElement.clientWidth, wide = [];
    all("body *").forEach(function (el) {
      if (wide.length >= 10 || !visible(el) || el.closest(".tablebox, .timeline-box")) return;
      var r = el.getBoundingClientRect();
      if (r.right > width + 1 || r.left < -1) wide.push(el.tagName.toLowerCase() + "." + el.className + " " + Math.round(r.left) + ".." + Math.round(r.right));
    });
    rendered.viewport = width; rendered.scrollWidth = d.documentElement.scrollWidth; rendered.wide = wide;
  }
  d.body.setAttribute("data-rendered", JSON.stringify(rendered));
  window.addEventListener("load", function () { d.body.setAttribute("data-loaded", String(Math.round(performance.now()))); });
})();
"""
