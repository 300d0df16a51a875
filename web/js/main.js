// @ts-check
// The page's UI: Python (main.py, under PyScript) does the linting; these modules keep typing
// responsive, render the report, link highlights and findings, apply fixes and keep the text in
// this browser's localStorage. This module wires them together and starts the page.

import { applyFix, clearAll, copyField, dismiss, onHistoryInput, onKey, undoStep } from "./actions.js";
import { updateCounts } from "./counts.js";
import { byId, closest, el } from "./dom.js";
import { beforeTyping } from "./history.js";
import { linkFromCaret, linkFromEvent, showInText } from "./link.js";
import { runLint, schedule } from "./lint.js";
import { syncScroll } from "./marks.js";
import { keepForNextVisit } from "./offline.js";
import { FIELD_NAMES, area, catalog, state, targetSelect } from "./state.js";
import { restore, save } from "./storage.js";
import { installSuggestions } from "./suggest.js";
import { installTestHooks } from "./testing.js";

/** @typedef {import("./types").Catalog} Catalog */

const SLOW_MS = 30000;

// The catalogue (rules, targets, limits) is a file of the build (web/build.py writes it with the
// same code and rules as the wheel), fetched while Python starts: building it in Python took as
// long as the imports. Without the file (an old build), Python describes the rules itself.
const catalogFile = fetch("catalog.json")
  .then((response) => (response.ok ? response.json() : null))
  .catch(() => null);
let starting = false;

function ready() {
  const py = window.headlineLinterPy;
  if (starting || !py) return;
  starting = true;
  catalogFile.then((/** @type {Catalog | null} */ file) => begin(py, file));
}

/**
 * @param {import("./types").PyApi} py
 * @param {Catalog | null} file
 */
function begin(py, file) {
  const meta = file ?? /** @type {Catalog} */ (JSON.parse(py.describe()));
  performance.mark("page:catalog");
  state.py = py;
  state.catalog = meta;
  state.rules = new Map(meta.rules.map((r) => [r.name, r]));
  const select = targetSelect();
  const wanted = select.dataset.saved || select.value || meta.default_target;
  select.replaceChildren(...meta.targets.map((t) => el("option", { value: t.name, text: t.label })));
  select.value = meta.targets.some((t) => t.name === wanted) ? wanted : meta.default_target;
  select.disabled = false;
  describeTarget();
  byId("loading").hidden = true;
  document.body.dataset.state = "ready";
  updateCounts();
  runLint(true);
  keepForNextVisit();
}

function describeTarget() {
  const target = catalog().targets.find((t) => t.name === targetSelect().value);
  byId("target-description").textContent = target ? target.description : "";
  byId("target-effect").textContent = target?.effect ?? "";
}

/** @param {string} message */
function failed(message) {
  if (state.py || document.body.dataset.state === "failed") return; // the first reason is kept
  document.body.dataset.state = "failed";
  byId("loading").hidden = true;
  byId("failed").hidden = false;
  byId("failed-text").textContent = message ? ` (${message})` : "";
  byId("findings-status").textContent = "The linter could not start.";
}

/** @param {unknown} reason */
function message(reason) {
  return String(reason instanceof Error ? reason.message : reason ?? "");
}

function watchForPythonErrors() {
  // PyScript shows a Python error that main.py could not catch (a syntax error, say) as a
  // .py-error box: before the linter is ready, that too means it could not start.
  const watcher = new MutationObserver(() => {
    if (state.py || document.body.dataset.state === "failed") watcher.disconnect();
    else if (document.querySelector(".py-error")) {
      watcher.disconnect();
      failed("Python reported an error, shown below");
    }
  });
  watcher.observe(document.body, { childList: true, subtree: true });
}

function init() {
  installTestHooks();
  installSuggestions();
  restore();
  for (const name of FIELD_NAMES) {
    const box = area(name);
    box.addEventListener("input", () => {
      updateCounts();
      save();
      schedule();
    });
    box.addEventListener("beforeinput", (event) => {
      if (event.inputType.startsWith("history")) onHistoryInput(event);
      else beforeTyping(name, event.inputType);
    });
    box.addEventListener("scroll", () => syncScroll(name));
    box.addEventListener("click", () => linkFromCaret(name, true));
    for (const type of ["keyup", "focus"]) box.addEventListener(type, () => linkFromCaret(name));
  }
  new ResizeObserver(() => FIELD_NAMES.forEach(syncScroll)).observe(document.body);
  document.addEventListener("keydown", onKey);
  targetSelect().addEventListener("change", () => {
    save();
    describeTarget();
    runLint();
  });
  byId("findings").addEventListener("click", (event) => {
    const fix = closest(event, "button[data-fix]");
    if (fix?.dataset.fix) applyFix(fix.dataset.fix);
    const show = closest(event, "button[data-show]");
    if (show?.dataset.show) showInText(Number(show.dataset.show));
    const gone = closest(event, "button[data-dismiss]");
    if (gone?.dataset.dismiss) dismiss(Number(gone.dataset.dismiss));
    if (closest(event, "#undismiss")) dismiss(null);
  });
  byId("apply-safe").addEventListener("click", () => applyFix("safe"));
  byId("copy-headline").addEventListener("click", () => copyField("headline"));
  byId("copy-summary").addEventListener("click", () => copyField("summary"));
  byId("clear").addEventListener("click", clearAll);
  byId("undo").addEventListener("click", undoStep);
  byId("toast-close").addEventListener("click", () => {
    byId("toast").hidden = true;
  });
  document.addEventListener("mouseover", linkFromEvent);
  document.addEventListener("focusin", linkFromEvent);

  window.addEventListener("linter:ready", ready);
  window.addEventListener("linter:failed", (event) => {
    failed(String(/** @type {CustomEvent} */ (event).detail || ""));
  });
  window.addEventListener("error", (event) => failed(event.message || "a script failed"));
  window.addEventListener("unhandledrejection", (event) => failed(message(event.reason)));
  watchForPythonErrors();
  if (window.headlineLinterPy) ready();
  setTimeout(() => {
    if (!state.py && document.body.dataset.state === "loading") {
      byId("loading-text").textContent =
        "Still loading the linter… a slow connection can take a minute on the first visit.";
    }
  }, SLOW_MS);
}

init();
