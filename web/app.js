// The page's UI. Python (main.py, under PyScript) does the linting; this file keeps typing
// responsive (counts at once, lint debounced), renders the report, links highlights and findings,
// applies fixes and keeps the text in this browser's localStorage. Text is only ever put into the
// page with textContent / createTextNode, never as HTML.

const STORAGE_KEY = "headline-linter:v1";
const DEBOUNCE_MS = 100;
const SLOW_MS = 30000;
const SEVERITIES = [
  ["error", "Errors", "error", "errors"],
  ["warning", "Warnings", "warning", "warnings"],
  ["info", "Suggestions", "suggestion", "suggestions"],
];

const $ = (id) => document.getElementById(id);
const fields = { headline: null, summary: null };
let py = null; // the Python API, once main.py has started
// The catalogue (main.py describe(): linter.catalog), once Python has started.
let meta = null;
let ruleDocs = {};
let report = null;
let lastKey = null;
let timer = 0;
let linked = [];
const lintTimes = []; // ms per lint + render, read by bench/browser.py
const pyTimes = []; // ms of that inside Python (lint and JSON)
// For tests and bench/browser.py: the lint times, and whether the findings shown are for the
// text in the fields right now (no lint pending).
window.__headlineLinter = {
  lintTimes,
  pyTimes,
  settled: () => py !== null && lastKey === JSON.stringify(profile()),
};

const codePoints = (text) => Array.from(text);
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-")) node.dataset[camel(key.slice(5))] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

// ---- storage ---------------------------------------------------------------------------------

function restore() {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
  } catch {
    saved = null;
  }
  if (saved && typeof saved === "object") {
    if (typeof saved.headline === "string") fields.headline.value = saved.headline;
    if (typeof saved.summary === "string") fields.summary.value = saved.summary;
    if (typeof saved.target === "string") $("target").dataset.saved = saved.target;
  }
}

function save() {
  const data = {
    headline: fields.headline.value,
    summary: fields.summary.value,
    target: $("target").value || $("target").dataset.saved || "",
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch {
    /* storage full or disabled: the page still works */
  }
}

// ---- counts and preview ----------------------------------------------------------------------

function updateCounts() {
  if (!meta) return; // the limits come from the catalogue, once Python has started
  for (const name of ["headline", "summary"]) {
    const length = codePoints(fields[name].value).length;
    const limit = meta.limits[name];
    const out = $(`${name}-count`);
    const over = length - limit;
    let text = `${length.toLocaleString("en")} / ${limit.toLocaleString("en")} characters`;
    if (over > 0) text += ` (${over.toLocaleString("en")} over the limit)`;
    else if (name === "headline" && length > meta.limits.fold) {
      text += ` · search results show the first ${meta.limits.fold}`;
    }
    out.textContent = text;
    out.classList.toggle("over", over > 0);
  }
  const points = codePoints(fields.headline.value);
  const preview = $("preview-headline");
  if (points.length === 0) {
    preview.textContent = "Your headline appears here";
    preview.classList.add("empty");
  } else {
    const cut = points.length > meta.limits.fold;
    preview.textContent = points.slice(0, meta.limits.fold).join("").trimEnd() + (cut ? "…" : "");
    preview.classList.remove("empty");
  }
}

// ---- linting ---------------------------------------------------------------------------------

function profile() {
  return [fields.headline.value, fields.summary.value, $("target").value];
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(runLint, DEBOUNCE_MS);
}

function runLint(force = false) {
  clearTimeout(timer);
  if (!py) return;
  const args = profile();
  const key = JSON.stringify(args);
  if (!force && key === lastKey) return;
  const started = performance.now();
  let json;
  try {
    json = py.lint(...args);
  } catch (error) {
    // A bug in the linter on this text: say so, keep the page usable, try again on the next edit.
    lastKey = key;
    $("findings-status").textContent = `The linter failed on this text: ${String(error.message || error).split("\n").slice(-2).join(" ")}`;
    return;
  }
  pyTimes.push(performance.now() - started);
  const result = JSON.parse(json);
  lastKey = key;
  if (result.error) {
    report = null;
    $("findings-status").textContent = result.error;
    return;
  }
  report = result;
  render(args[0], args[1]);
  const took = performance.now() - started;
  lintTimes.push(took);
  if (!performance.getEntriesByName("first-lint").length) performance.mark("first-lint");
  document.body.dataset.lintCount = String(Number(document.body.dataset.lintCount || 0) + 1);
}

// Whitespace-only text shown so a person can see it: "␣" for a space, "⍽" for a no-break space.
function visible(text) {
  if (text === "" || /\S/.test(text)) return text;
  const names = { " ": "␣", "\u00a0": "⍽", "\t": "⇥", "\n": "↵" };
  return Array.from(text, (ch) => names[ch] ?? `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`).join("");
}

function findingId(index) {
  return `finding-${index}`;
}

function render(headline, summary) {
  const diags = report.diagnostics;
  $("score").textContent = String(report.score);
  const scoreBox = $("score").parentElement;
  scoreBox.dataset.band = (meta.score_bands.find((b) => report.score >= b.min) || meta.score_bands[meta.score_bands.length - 1]).name;
  renderMarked("headline", headline, diags);
  renderMarked("summary", summary, diags);
  renderList(diags, { headline, summary });
  $("apply-safe").disabled = !diags.some((d) => d.fix && d.fix.applicability === "safe");
  announce(diags);
  linked = [];
}

function announce(diags) {
  let text;
  if (!fields.headline.value && !fields.summary.value) {
    text = "Nothing to check yet: type or paste your headline.";
  } else if (diags.length === 0) {
    text = "No findings.";
  } else {
    const parts = SEVERITIES.map(([sev, , one, many]) => [diags.filter((d) => d.severity === sev).length, one, many])
      .filter(([n]) => n > 0)
      .map(([n, one, many]) => plural(n, one, many));
    text = `${plural(diags.length, "finding", "findings")}: ${parts.join(", ")}.`;
  }
  const status = $("findings-status");
  if (status.textContent !== text) status.textContent = text;
}

// The text with each finding's span in a <mark>, using the UTF-16 offsets that the wire format
// carries for exactly this (JavaScript strings are UTF-16).
function renderMarked(field, text, diags) {
  const box = $(`${field}-marked`);
  const mine = diags.map((d, i) => [d, i]).filter(([d]) => d.field === field);
  const cuts = new Set([0, text.length]);
  for (const [d] of mine) {
    cuts.add(Math.min(d.utf16_start, text.length));
    cuts.add(Math.min(d.utf16_end, text.length));
  }
  let fold = -1;
  if (field === "headline") {
    fold = utf16Index(text, meta.limits.fold);
    if (fold < text.length) cuts.add(fold);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    if (from === fold) {
      nodes.push(el("span", { class: "fold-mark" }, el("span", { class: "visually-hidden", text: " [search results cut here] " })));
    }
    const covering = mine.filter(([d]) => d.utf16_start <= from && to <= d.utf16_end && d.utf16_start < d.utf16_end);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const worst = covering.map(([d]) => d.severity).sort((a, b) => rank(b) - rank(a))[0];
    const ids = covering.map(([, i]) => findingId(i));
    const label = covering.map(([d]) => d.rule).join(", ");
    nodes.push(el("mark", { class: `sev-${worst}`, "data-finding": ids.join(" "), tabindex: "0", title: label }, piece));
  }
  if (text.length === 0) nodes.push(el("span", { class: "muted", text: "Nothing here yet." }));
  box.replaceChildren(...nodes);
}

function rank(severity) {
  return { info: 0, warning: 1, error: 2 }[severity] ?? 0;
}

function utf16Index(text, codePointIndex) {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen === codePointIndex) return units;
    units += ch.length;
    seen += 1;
  }
  return text.length;
}

function renderList(diags, texts) {
  const box = $("findings");
  const groups = [];
  const points = { headline: codePoints(texts.headline), summary: codePoints(texts.summary) };
  for (const [severity, label] of SEVERITIES) {
    const items = diags.map((d, i) => [d, i]).filter(([d]) => d.severity === severity);
    if (items.length === 0) continue;
    const headingId = `group-${severity}`;
    const list = el("ul", { class: "findings", "aria-labelledby": headingId });
    for (const [d, i] of items) list.append(renderFinding(d, i, points[d.field]));
    groups.push(
      el("section", { class: `group sev-${severity}` }, el("h3", { id: headingId }, `${label} (${items.length})`), list),
    );
  }
  box.replaceChildren(...groups);
}

function renderFinding(d, index, points) {
  const id = findingId(index);
  const where = d.field === "headline" ? "Headline" : `About, line ${d.line}`;
  const quoted = points.slice(d.start, d.end).join("");
  const item = el("li", { id, class: `finding sev-${d.severity}`, "data-finding": id, tabindex: "0" });
  item.append(
    el(
      "p",
      { class: "finding-head" },
      el("span", { class: "badge", text: d.severity }),
      el("code", { class: "rule", text: `${d.code} ${d.rule}` }),
      el("span", { class: "where", text: ` ${where}, column ${d.column}` }),
    ),
    el("p", { class: "message", text: d.message }),
  );
  if (quoted) item.append(el("p", { class: "span-text" }, "In your text: ", el("q", { text: visible(quoted) })));
  if (d.suggestions.length) {
    const list = el("ul", { class: "suggestions" });
    for (const s of d.suggestions) list.append(el("li", { text: s }));
    item.append(el("p", { class: "sub", text: "Suggestions" }), list);
  }
  const why = ruleDocs[d.rule]?.why;
  if (why) item.append(el("details", { class: "why" }, el("summary", { text: "Why this matters" }), el("p", { text: why })));
  if (d.fix) item.append(renderFix(d, points));
  return item;
}

function renderFix(d, points) {
  const box = el("div", { class: `fix fix-${d.fix.applicability}` });
  const changes = d.fix.edits.map((e) => {
    const before = points.slice(e.start, e.end).join("");
    if (!before) return `insert “${visible(e.replacement)}”`;
    if (!e.replacement) return `remove “${visible(before)}”`;
    return `replace “${visible(before)}” with “${visible(e.replacement)}”`;
  });
  const which = d.id;
  const button = el("button", { type: "button", class: "apply", "data-fix": which });
  if (d.fix.applicability === "safe") {
    button.textContent = "Apply fix";
    box.append(el("p", { text: `Safe fix: ${changes.join("; ")}.` }), button);
  } else {
    const assumption =
      d.suggestions.find((s) => /^(if|only)\b/i.test(s)) ||
      "This rewrite changes what your profile claims: apply it only if it is true of your work.";
    button.textContent = "Apply rewrite (only if true)";
    box.append(
      el("p", { text: `Rewrite: ${changes.join("; ")}.` }),
      el("p", { class: "assumes" }, el("strong", { text: "It assumes: " }), assumption),
      button,
    );
  }
  return box;
}

// ---- fixes, copy, clear ----------------------------------------------------------------------

function setStatus(text) {
  $("action-status").textContent = text;
}

function applyFix(which) {
  if (!py) return;
  const result = JSON.parse(py.apply(...profile(), which));
  if (result.error) {
    setStatus(result.error);
    runLint(true);
    return;
  }
  const before = { headline: fields.headline.value, summary: fields.summary.value };
  fields.headline.value = result.profile.headline;
  fields.summary.value = result.profile.summary;
  save();
  updateCounts();
  runLint(true);
  setStatus(result.applied ? `Applied ${plural(result.applied, "fix", "fixes")}.` : "No fix to apply.");
  const changed = before.headline !== fields.headline.value ? fields.headline : fields.summary;
  changed.focus();
}

async function copyHeadline() {
  const text = fields.headline.value;
  try {
    await navigator.clipboard.writeText(text);
    setStatus("Headline copied.");
  } catch {
    fields.headline.select();
    const ok = document.execCommand && document.execCommand("copy");
    setStatus(ok ? "Headline copied." : "Select the headline and copy it (Ctrl+C).");
  }
}

function clearAll() {
  fields.headline.value = "";
  fields.summary.value = "";
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
  updateCounts();
  runLint(true);
  setStatus("Cleared, and removed from this browser's storage.");
  fields.headline.focus();
}

// ---- linking highlights and findings both ways -----------------------------------------------

function link(ids) {
  for (const node of document.querySelectorAll(".linked")) node.classList.remove("linked");
  linked = ids;
  for (const id of ids) {
    for (const node of document.querySelectorAll(`[data-finding~="${CSS.escape(id)}"]`)) {
      node.classList.add("linked");
    }
  }
}

function linkFromEvent(event) {
  const target = event.target instanceof Element ? event.target.closest("[data-finding]") : null;
  const ids = target ? target.dataset.finding.split(" ") : [];
  if (ids.join(" ") !== linked.join(" ")) link(ids);
}

function linkFromCaret(field) {
  if (!report) return;
  const caret = fields[field].selectionStart;
  const ids = report.diagnostics
    .map((d, i) => [d, i])
    .filter(([d]) => d.field === field && d.utf16_start <= caret && caret <= d.utf16_end)
    .map(([, i]) => findingId(i));
  if (ids.join(" ") !== linked.join(" ")) link(ids);
}

// ---- start-up --------------------------------------------------------------------------------

function ready() {
  if (py) return;
  py = window.headlineLinterPy;
  meta = JSON.parse(py.describe());
  ruleDocs = Object.fromEntries(meta.rules.map((r) => [r.name, r]));
  const select = $("target");
  const wanted = select.dataset.saved || select.value || meta.default_target;
  select.replaceChildren(...meta.targets.map((t) => el("option", { value: t.name, text: t.label })));
  select.value = meta.targets.some((t) => t.name === wanted) ? wanted : meta.default_target;
  select.disabled = false;
  describeTarget();
  $("loading").hidden = true;
  document.body.dataset.state = "ready";
  updateCounts();
  runLint(true);
}

function describeTarget() {
  const target = meta.targets.find((t) => t.name === $("target").value);
  $("target-description").textContent = target ? target.description : "";
}

function failed(message) {
  if (py || document.body.dataset.state === "failed") return; // the first reason is kept
  document.body.dataset.state = "failed";
  $("loading").hidden = true;
  $("failed").hidden = false;
  $("failed-text").textContent = message ? ` (${message})` : "";
  $("findings-status").textContent = "The linter could not start.";
}

function init() {
  fields.headline = $("headline");
  fields.summary = $("summary");
  restore();
  updateCounts();
  for (const name of ["headline", "summary"]) {
    const area = fields[name];
    area.addEventListener("input", () => {
      updateCounts();
      save();
      schedule();
    });
    for (const type of ["click", "keyup", "focus"]) area.addEventListener(type, () => linkFromCaret(name));
  }
  $("target").addEventListener("change", () => {
    save();
    describeTarget();
    runLint();
  });
  $("findings").addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-fix]") : null;
    if (button) applyFix(button.dataset.fix);
  });
  $("apply-safe").addEventListener("click", () => applyFix("safe"));
  $("copy").addEventListener("click", copyHeadline);
  $("clear").addEventListener("click", clearAll);
  document.addEventListener("mouseover", linkFromEvent);
  document.addEventListener("focusin", linkFromEvent);

  window.addEventListener("linter:ready", ready);
  window.addEventListener("linter:failed", (event) => failed(String(event.detail || "")));
  window.addEventListener("error", (event) => failed(event.message || "a script failed"));
  window.addEventListener("unhandledrejection", (event) => failed(String(event.reason?.message || event.reason || "")));
  // PyScript shows a Python error that main.py could not catch (a syntax error, say) as a
  // .py-error box: before the linter is ready, that too means it could not start.
  const watcher = new MutationObserver(() => {
    if (py || document.body.dataset.state === "failed") watcher.disconnect();
    else if (document.querySelector(".py-error")) {
      watcher.disconnect();
      failed("Python reported an error, shown below");
    }
  });
  watcher.observe(document.body, { childList: true, subtree: true });
  if (window.headlineLinterPy) ready();
  setTimeout(() => {
    if (!py && document.body.dataset.state === "loading") {
      $("loading-text").textContent = "Still loading the linter… a slow connection can take a minute on the first visit.";
    }
  }, SLOW_MS);
}

init();
