// @ts-check
// Hooks for the browser tests and bench/browser.py, only when the page is opened with ?test=1:
// a production page exposes nothing.

import { byId } from "./dom.js";
import { render } from "./report.js";
import { profileArgs, settled, state } from "./state.js";

/** Whether this page was opened by a test (`?test=1`). */
export function testMode() {
  return new URLSearchParams(window.location.search).get("test") === "1";
}

/** The parts of the report that a re-lint changes in place (patch.js). */
const PATCHED = ["headline-marked", "summary-marked", "findings", "evidence", "score-breakdown"];

/** Render the report shown from nothing: no node kept, every part built again. */
function renderAfresh() {
  if (!settled()) throw new Error("renderAfresh needs the findings of the text in the fields");
  state.keys = new WeakMap();
  state.layers = { headline: [], summary: [] };
  for (const id of PATCHED) byId(id).replaceChildren();
  const [headline, summary] = profileArgs();
  render(headline, summary);
}

export function installTestHooks() {
  if (!testMode()) return;
  const timings = { lint: [], py: [], paint: [] };
  state.timings = timings;
  window.__headlineLinter = {
    lintTimes: timings.lint,
    pyTimes: timings.py,
    paintTimes: timings.paint,
    settled,
    renderAfresh,
  };
}
