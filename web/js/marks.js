// @ts-check
// The highlight layer under a field's (transparent) textarea: the same text, laid out the same
// way, with each finding's span in a <mark>, using the UTF-16 offsets that the wire format
// carries for exactly this (JavaScript strings are UTF-16). The layer is aria-hidden: the text is
// read and edited in the textarea, the findings are read in their cards.

import { byId, el, rank, utf16Index } from "./dom.js";
import { catalog } from "./state.js";

/**
 * @typedef {import("./types").Diagnostic} Diagnostic
 * @typedef {import("./types").FieldName} FieldName
 */

/** @param {number} index */
export const findingId = (index) => `finding-${index}`;

/**
 * @param {FieldName} field
 * @param {string} text
 * @param {readonly Diagnostic[]} all the report's findings (their index names them)
 * @param {readonly Diagnostic[]} shown the ones to highlight
 */
export function renderMarked(field, text, all, shown) {
  const mine = all.map((d, i) => /** @type {const} */ ([d, i])).filter(([d]) => d.field === field && shown.includes(d));
  const cuts = new Set([0, text.length]);
  for (const [d] of mine) {
    cuts.add(Math.min(d.utf16_start, text.length));
    cuts.add(Math.min(d.utf16_end, text.length));
  }
  let fold = -1;
  if (field === "headline") {
    fold = utf16Index(text, catalog().limits.fold);
    if (fold < text.length) cuts.add(fold);
  }
  const points = [...cuts].sort((a, b) => a - b);
  /** @type {Node[]} */
  const nodes = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    if (from === fold) {
      nodes.push(el("span", { class: "fold-mark", title: "Search results cut the headline here" }));
    }
    const covering = mine.filter(
      ([d]) => d.utf16_start <= from && to <= d.utf16_end && d.utf16_start < d.utf16_end,
    );
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const worst = covering.map(([d]) => d.severity).sort((a, b) => rank(b) - rank(a))[0];
    const ids = covering.map(([, i]) => findingId(i));
    nodes.push(el("mark", { class: `sev-${worst}`, "data-finding": ids.join(" ") }, piece));
  }
  // A final newline in a textarea opens a line; the layer needs a character there to match.
  if (text.endsWith("\n")) nodes.push(document.createTextNode("\u200b"));
  const layer = byId(`${field}-marked`);
  layer.replaceChildren(...nodes);
  syncScroll(field);
}

/**
 * Keep the layer scrolled with its textarea.
 * @param {FieldName} field
 */
export function syncScroll(field) {
  const box = /** @type {HTMLTextAreaElement} */ (byId(field));
  const layer = byId(`${field}-marked`);
  layer.scrollTop = box.scrollTop;
  layer.scrollLeft = box.scrollLeft;
}
