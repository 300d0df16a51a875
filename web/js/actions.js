// @ts-check
// What the buttons do: apply a fix (or all safe ones), copy, clear.

import { updateCounts } from "./counts.js";
import { byId, plural } from "./dom.js";
import { runLint } from "./lint.js";
import { area, profileArgs, state } from "./state.js";
import { forget, save } from "./storage.js";

/**
 * @typedef {import("./types").ApplyResult} ApplyResult
 * @typedef {import("./types").PyError} PyError
 */

/** @param {string} text */
export function setStatus(text) {
  byId("action-status").textContent = text;
}

/** @param {string} which a diagnostic's id, or "safe" for every safe fix */
export function applyFix(which) {
  const py = state.py;
  if (!py) return;
  const result = /** @type {ApplyResult | PyError} */ (JSON.parse(py.apply(...profileArgs(), which)));
  if ("error" in result) {
    setStatus(result.error);
    runLint(true);
    return;
  }
  const headline = area("headline");
  const before = headline.value;
  headline.value = result.profile.headline;
  area("summary").value = result.profile.summary;
  save();
  updateCounts();
  runLint(true);
  setStatus(result.applied ? `Applied ${plural(result.applied, "fix", "fixes")}.` : "No fix to apply.");
  (before !== headline.value ? headline : area("summary")).focus();
}

export async function copyHeadline() {
  const text = area("headline").value;
  try {
    await navigator.clipboard.writeText(text);
    setStatus("Headline copied.");
  } catch {
    area("headline").select();
    const ok = document.execCommand && document.execCommand("copy");
    setStatus(ok ? "Headline copied." : "Select the headline and copy it (Ctrl+C).");
  }
}

export function clearAll() {
  area("headline").value = "";
  area("summary").value = "";
  forget();
  updateCounts();
  runLint(true);
  setStatus("Cleared, and removed from this browser's storage.");
  area("headline").focus();
}
