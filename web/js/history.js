// @ts-check
// One undo stack for both fields, used by Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, the context menu and the
// Undo button. The browser's own stack cannot undo a fix (setting a textarea's value is not an
// edit it records), so typing, fixes and Clear are all recorded here, and the page answers every
// undo itself: one step restores exactly the texts in both fields before that step.

import { FIELD_NAMES, area, state } from "./state.js";

/**
 * @typedef {import("./types").FieldName} FieldName
 * @typedef {{headline: string, summary: string}} Texts
 */

const LIMIT = 200; // steps kept
const TYPING_GROUP_MS = 1000; // keystrokes closer than this in one field are one step

/** @returns {Texts} */
export function texts() {
  return { headline: area("headline").value, summary: area("summary").value };
}

/** @param {Texts} a @param {Texts} b */
const same = (a, b) => a.headline === b.headline && a.summary === b.summary;

/** Record the texts now, before a change that is a step of its own (a fix, Clear). */
export function remember() {
  push(texts());
  state.history.typing = null;
}

/**
 * Before a keystroke, paste or cut in `field`: a new step unless it continues the last one.
 * @param {FieldName} field
 * @param {string} inputType the beforeinput event's inputType
 */
export function beforeTyping(field, inputType) {
  const now = performance.now();
  const last = state.history.typing;
  const continues =
    last !== null && last.field === field && now - last.at < TYPING_GROUP_MS && !/Paste|Drop|Cut/.test(inputType);
  if (!continues) push(texts());
  state.history.typing = { field, at: now };
}

/** @param {Texts} snapshot */
function push(snapshot) {
  const { past, future } = state.history;
  if (past.length && same(past[past.length - 1], snapshot)) return;
  past.push(snapshot);
  if (past.length > LIMIT) past.shift();
  future.length = 0;
}

/**
 * Undo one step; `restore` puts the texts back (and re-lints). Returns whether there was one.
 * @param {(texts: Texts) => void} restore
 */
export function undo(restore) {
  return move(state.history.past, state.history.future, restore);
}

/** @param {(texts: Texts) => void} restore */
export function redo(restore) {
  return move(state.history.future, state.history.past, restore);
}

/**
 * @param {Texts[]} from
 * @param {Texts[]} to
 * @param {(texts: Texts) => void} restore
 */
function move(from, to, restore) {
  const now = texts();
  let next = from.pop();
  while (next && same(next, now)) next = from.pop(); // a step that changed nothing
  if (!next) return false;
  to.push(now);
  state.history.typing = null;
  restore(next);
  return true;
}

/**
 * Where the texts differ, as UTF-16 offsets into `after` (to put the caret after an undo).
 * @param {string} before
 * @param {string} after
 */
export function changedSpan(before, after) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  return { start, end: after.length - end };
}

/** The field whose text differs between two snapshots (the headline first). */
export function changedField(/** @type {Texts} */ a, /** @type {Texts} */ b) {
  return FIELD_NAMES.find((name) => a[name] !== b[name]) ?? null;
}
