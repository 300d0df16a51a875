// @ts-check
// Hooks for the browser tests and bench/browser.py, only when the page is opened with ?test=1:
// a production page exposes nothing.

import { settled, state } from "./state.js";

/** Whether this page was opened by a test (`?test=1`). */
export function testMode() {
  return new URLSearchParams(window.location.search).get("test") === "1";
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
  };
}
