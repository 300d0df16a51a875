// @ts-check
// Linting as the person types: counts at once (counts.js), the lint itself debounced.

import { byId } from "./dom.js";
import { render } from "./report.js";
import { profileArgs, state } from "./state.js";

const DEBOUNCE_MS = 100;

/** @typedef {import("./types").Report} Report */
/** @typedef {import("./types").PyError} PyError */

export function schedule() {
  clearTimeout(state.timer);
  state.timer = window.setTimeout(() => runLint(), DEBOUNCE_MS);
}

/** Lint the text in the fields now (unless these findings are already shown, or `force`). */
export function runLint(force = false) {
  clearTimeout(state.timer);
  const py = state.py;
  if (!py) return;
  const args = profileArgs();
  const key = JSON.stringify(args);
  if (!force && key === state.lintedKey) return;
  const started = performance.now();
  let json;
  try {
    json = py.lint(...args);
  } catch (error) {
    // A bug in the linter on this text: say so, keep the page usable, try again on the next edit.
    state.lintedKey = key;
    const text = String(error instanceof Error ? error.message : error);
    byId("findings-status").textContent = `The linter failed on this text: ${text.split("\n").slice(-2).join(" ")}`;
    return;
  }
  state.timings?.py.push(performance.now() - started);
  if (!performance.getEntriesByName("page:first-py-lint").length) performance.mark("page:first-py-lint");
  const result = /** @type {Report | PyError} */ (JSON.parse(json));
  state.lintedKey = key;
  if ("error" in result) {
    state.report = null;
    byId("findings-status").textContent = result.error;
    return;
  }
  state.report = result;
  render(args[0], args[1]);
  const timings = state.timings;
  if (timings) {
    const done = performance.now();
    timings.lint.push(done - started);
    // What the person waits for is the next frame: add its style, layout and paint (from the
    // later of the frame's start and this lint's end, to the task after the frame), not the
    // idle wait for the frame itself.
    requestAnimationFrame((frame) =>
      setTimeout(() => timings.paint.push(done - started + performance.now() - Math.max(frame, done)), 0),
    );
  }
  if (!performance.getEntriesByName("first-lint").length) performance.mark("first-lint");
  document.dispatchEvent(new CustomEvent("linter:linted")); // the suggestions follow (suggest.js)
  document.body.dataset.lintCount = String(Number(document.body.dataset.lintCount || 0) + 1);
}
