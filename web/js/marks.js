// @ts-check
// A field's text with each finding's span in a <mark>, using the UTF-16 offsets that the wire
// format carries for exactly this (JavaScript strings are UTF-16).

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
 * @param {readonly Diagnostic[]} diags
 */
export function renderMarked(field, text, diags) {
  const mine = diags.map((d, i) => /** @type {const} */ ([d, i])).filter(([d]) => d.field === field);
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
      const hidden = el("span", { class: "visually-hidden", text: " [search results cut here] " });
      nodes.push(el("span", { class: "fold-mark" }, hidden));
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
    const label = covering.map(([d]) => d.rule).join(", ");
    const attrs = { class: `sev-${worst}`, "data-finding": ids.join(" "), tabindex: "0", title: label };
    nodes.push(el("mark", attrs, piece));
  }
  if (text.length === 0) nodes.push(el("span", { class: "muted", text: "Nothing here yet." }));
  byId(`${field}-marked`).replaceChildren(...nodes);
}
