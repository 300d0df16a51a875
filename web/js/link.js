// @ts-check
// Highlights and cards linked both ways: the caret (or a tap) in a highlight outlines its card
// (and a tap brings the card into view); focusing or hovering a card outlines its highlight;
// a card's "Show in text" selects its words in the editor.

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
  const target = closest(event, "li.finding[data-finding]");
  if (!target) return;
  const ids = target.dataset.finding ? target.dataset.finding.split(" ") : [];
  if (ids.join(" ") !== state.linked.join(" ")) link(ids);
}

/**
 * @param {FieldName} field
 * @param {boolean} [reveal] bring the (first) card into view: a click or tap, not typing
 */
export function linkFromCaret(field, reveal = false) {
  const report = state.report;
  if (!report) return;
  const caret = area(field).selectionStart;
  const ids = report.diagnostics
    .map((d, i) => /** @type {const} */ ([d, i]))
    .filter(([d]) => d.field === field && d.utf16_start <= caret && caret <= d.utf16_end)
    .map(([, i]) => findingId(i));
  if (ids.join(" ") !== state.linked.join(" ")) link(ids);
  if (reveal && ids.length) {
    const card = document.querySelector(`li.finding[data-finding~="${CSS.escape(ids[0])}"]`);
    card?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
}

/** @param {number} index the finding's place in the report */
export function showInText(index) {
  const d = state.report?.diagnostics[index];
  if (!d) return;
  const box = area(d.field);
  box.focus({ preventScroll: true });
  box.setSelectionRange(d.utf16_start, d.utf16_end);
  box.scrollIntoView({ block: "center", behavior: "smooth" });
  link([findingId(index)]);
}
