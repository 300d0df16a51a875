// @ts-check
// What the buttons do: apply a fix (or all safe ones), undo and redo, copy, clear. None of them
// moves the person: focus stays where it was (or goes to the Undo button, without scrolling), so
// a fix never jumps back to the text or opens a phone's keyboard.

import { dismissKey } from "./cards.js";
import { updateCounts } from "./counts.js";
import { byId, codePoints, plural } from "./dom.js";
import { changedField, changedSpan, redo, remember, texts, undo } from "./history.js";
import { runLint } from "./lint.js";
import { area, profileArgs, state } from "./state.js";
import { forget, save, saveDismissed } from "./storage.js";

/**
 * @typedef {import("./types").ApplyResult} ApplyResult
 * @typedef {import("./types").PyError} PyError
 * @typedef {import("./types").FieldName} FieldName
 * @typedef {{headline: string, summary: string}} Texts
 */

const UNDO_OFFER_MS = 12000;

/**
 * Say what happened, in the toast at the bottom of the screen; with `undoable`, offer Undo.
 * @param {string} text
 * @param {boolean} [undoable]
 */
export function setStatus(text, undoable = false) {
  clearTimeout(state.toastTimer);
  byId("action-status").textContent = text;
  byId("undo").hidden = !undoable;
  byId("toast").hidden = false;
  state.toastTimer = window.setTimeout(() => {
    byId("toast").hidden = true;
  }, UNDO_OFFER_MS);
}

/**
 * Put these texts in the fields, keep them, re-lint.
 * @param {Texts} next
 */
function setTexts(next) {
  area("headline").value = next.headline;
  area("summary").value = next.summary;
  save();
  updateCounts();
  runLint(true);
}

/**
 * Undo's and redo's restore: the texts back, the caret at the change if that field has focus.
 * @param {Texts} next
 */
function restoreTexts(next) {
  const before = texts();
  setTexts(next);
  const field = changedField(before, next);
  if (field && document.activeElement === area(field)) {
    const span = changedSpan(before[field], next[field]);
    area(field).setSelectionRange(span.end, span.end);
  }
}

export function undoStep() {
  if (undo(restoreTexts)) setStatus("Undone.");
  else setStatus("Nothing to undo.");
}

export function redoStep() {
  if (redo(restoreTexts)) setStatus("Redone.", true);
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
  if (result.applied === 0) {
    setStatus("No fix to apply.");
    return;
  }
  const focused = document.activeElement;
  remember();
  setTexts({ headline: result.profile.headline, summary: result.profile.summary });
  setStatus(`Applied ${plural(result.applied, "fix", "fixes")}.`, true);
  // The button pressed is gone with its finding (or disabled): keep the keyboard's place on the
  // Undo button, never on the text (which would scroll and open a phone's keyboard).
  if (!(focused instanceof HTMLElement) || !focused.isConnected || focused.matches(":disabled")) {
    byId("undo").focus({ preventScroll: true });
  }
}

/**
 * Put a suggested headline in the headline field: one step that Undo (or Ctrl+Z) takes back.
 * @param {string} headline
 */
export function useHeadline(headline) {
  if (area("headline").value === headline) return;
  remember();
  setTexts({ headline, summary: area("summary").value });
  setStatus("Headline replaced by the suggestion.", true);
  byId("undo").focus({ preventScroll: true }); // the card is redrawn: keep the keyboard's place
}

/** @param {FieldName} field */
export async function copyField(field) {
  const name = field === "headline" ? "Headline" : "About text";
  const text = area(field).value;
  try {
    await navigator.clipboard.writeText(text);
    setStatus(`${name} copied.`);
  } catch {
    area(field).select();
    const ok = document.execCommand && document.execCommand("copy");
    setStatus(ok ? `${name} copied.` : `Select the ${name.toLowerCase()} and copy it (Ctrl+C).`);
  }
}

/** Clear both fields and the saved copy; Undo (for a while, or Ctrl+Z) brings both back. */
export function clearAll() {
  const before = texts();
  if (!before.headline && !before.summary) return;
  remember();
  setTexts({ headline: "", summary: "" });
  forget();
  setStatus("Cleared, and removed from this browser's storage.", true);
}

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere on the page (the fields included) go to the page's
 * one undo stack; so does the context menu's Undo (a beforeinput "historyUndo").
 * @param {KeyboardEvent} event
 */
export function onKey(event) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
  const key = event.key.toLowerCase();
  if (key === "z" && !event.shiftKey) {
    event.preventDefault();
    undoStep();
  } else if ((key === "z" && event.shiftKey) || key === "y") {
    event.preventDefault();
    redoStep();
  }
}

/** @param {InputEvent} event */
export function onHistoryInput(event) {
  if (event.inputType === "historyUndo") {
    event.preventDefault();
    undoStep();
  } else if (event.inputType === "historyRedo") {
    event.preventDefault();
    redoStep();
  }
}

/**
 * Set a finding aside (remembered in this browser), or, with `null`, bring every one back.
 * @param {number | null} index the finding's place in the report
 */
export function dismiss(index) {
  const d = index === null ? null : state.report?.diagnostics[index];
  if (d) {
    const { headline, summary } = texts();
    state.dismissed.add(dismissKey(d, { headline: codePoints(headline), summary: codePoints(summary) }));
  } else {
    state.dismissed.clear();
  }
  saveDismissed();
  runLint(true);
  byId("results").focus({ preventScroll: true });
  setStatus(d ? "Finding dismissed." : "Dismissed findings shown again.");
}
