// @ts-check
// Highlights and findings linked both ways: hover or focus one, and the other is outlined.

import { closest } from "./dom.js";
import { findingId } from "./marks.js";
import { area, state } from "./state.js";

/** @typedef {import("./types").FieldName} FieldName */

/** @param {string[]} ids */
export function link(ids) {
  for (const node of document.querySelectorAll(".linked")) node.classList.remove("linked");
  state.linked = ids;
  for (const id of ids) {
    for (const node of document.querySelectorAll(`[data-finding~="${CSS.escape(id)}"]`)) {
      node.classList.add("linked");
    }
  }
}

/** @param {Event} event */
export function linkFromEvent(event) {
  const target = closest(event, "[data-finding]");
  const ids = target?.dataset.finding ? target.dataset.finding.split(" ") : [];
  if (ids.join(" ") !== state.linked.join(" ")) link(ids);
}

/** @param {FieldName} field */
export function linkFromCaret(field) {
  const report = state.report;
  if (!report) return;
  const caret = area(field).selectionStart;
  const ids = report.diagnostics
    .map((d, i) => /** @type {const} */ ([d, i]))
    .filter(([d]) => d.field === field && d.utf16_start <= caret && caret <= d.utf16_end)
    .map(([, i]) => findingId(i));
  if (ids.join(" ") !== state.linked.join(" ")) link(ids);
}
