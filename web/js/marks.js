// @ts-check
// The highlight layer under a field's (transparent) textarea: the same text, laid out the same
// way, with each finding's span in a <mark>, using the UTF-16 offsets that the wire format
// carries for exactly this (JavaScript strings are UTF-16). The layer is aria-hidden: the text is
// read and edited in the textarea, the findings are read in their cards.
//
// A re-lint changes the layer only where it differs from the one on screen: the pieces (plain
// text, a mark, the fold) before and after the edit are kept; a changed plain-text piece is
// edited in place (so the browser re-shapes only the edited words); other changed pieces are
// built again. A field whose text and findings did not change is not touched at all.

import { byId, el, rank, utf16Index } from "./dom.js";
import { catalog, state } from "./state.js";

/**
 * @typedef {import("./types").Diagnostic} Diagnostic
 * @typedef {import("./types").FieldName} FieldName
 * @typedef {{key: string, text: string | null, build: () => Node}} Piece text: a plain-text piece's
 */

/** @param {number} index */
export const findingId = (index) => `finding-${index}`;

/**
 * The layer's pieces, in order: plain text, a mark (its worst severity and finding ids), the fold.
 * @param {FieldName} field
 * @param {string} text
 * @param {readonly Diagnostic[]} all the report's findings (their index names them)
 * @param {readonly Diagnostic[]} shown the ones to highlight
 * @returns {Piece[]}
 */
function pieces(field, text, all, shown) {
  const visible = new Set(shown);
  const mine = all.map((d, i) => /** @type {const} */ ([d, i])).filter(([d]) => d.field === field && visible.has(d));
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
  /** @type {Piece[]} */
  const out = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    if (from === fold) {
      out.push({
        key: "fold",
        text: null,
        build: () => el("span", { class: "fold-mark", title: "Search results cut the headline here" }),
      });
    }
    const covering = mine.filter(
      ([d]) => d.utf16_start <= from && to <= d.utf16_end && d.utf16_start < d.utf16_end,
    );
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      out.push({ key: `t${piece}`, text: piece, build: () => document.createTextNode(piece) });
      continue;
    }
    const worst = covering.map(([d]) => d.severity).sort((a, b) => rank(b) - rank(a))[0];
    const ids = covering.map(([, i]) => findingId(i)).join(" ");
    out.push({
      key: `m${worst} ${ids}\u0000${piece}`,
      text: null,
      build: () => el("mark", { class: `sev-${worst}`, "data-finding": ids }, piece),
    });
  }
  // A final newline in a textarea opens a line; the layer needs a character there to match.
  if (text.endsWith("\n")) out.push({ key: "end", text: null, build: () => document.createTextNode("\u200b") });
  return out;
}

/**
 * @param {FieldName} field
 * @param {string} text
 * @param {readonly Diagnostic[]} all the report's findings (their index names them)
 * @param {readonly Diagnostic[]} shown the ones to highlight
 */
export function renderMarked(field, text, all, shown) {
  const wanted = pieces(field, text, all, shown);
  const layer = byId(`${field}-marked`);
  const old = state.layers[field];
  state.layers[field] = wanted.map((p) => p.key);
  const nodes = Array.from(layer.childNodes);
  if (old.length !== nodes.length) {
    layer.replaceChildren(...wanted.map((p) => p.build())); // not built here (or changed by others)
    return;
  }
  let head = 0;
  while (head < old.length && head < wanted.length && old[head] === wanted[head].key) head++;
  let tail = 0;
  const most = Math.min(old.length, wanted.length) - head;
  while (tail < most && old[old.length - 1 - tail] === wanted[wanted.length - 1 - tail].key) tail++;
  const gone = nodes.slice(head, old.length - tail);
  const added = wanted.slice(head, wanted.length - tail);
  const [node] = gone;
  const [piece] = added;
  if (gone.length === 1 && added.length === 1 && node instanceof Text && old[head].startsWith("t") && piece.text !== null) {
    editText(node, piece.text);
    return;
  }
  const next = nodes[old.length - tail] ?? null;
  for (const n of gone) n.remove();
  for (const p of added) layer.insertBefore(p.build(), next);
}

/**
 * Change a text node's text by replacing only the part between what is kept before and after.
 * @param {Text} node
 * @param {string} text
 */
function editText(node, text) {
  const before = node.data;
  let start = 0;
  const most = Math.min(before.length, text.length);
  while (start < most && before.charCodeAt(start) === text.charCodeAt(start)) start++;
  let end = 0;
  while (end < most - start && before.charCodeAt(before.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
  node.replaceData(start, before.length - start - end, text.slice(start, text.length - end));
}

/**
 * Keep the layer scrolled with its textarea.
 * @param {FieldName} field
 */
export function syncScroll(field) {
  const box = /** @type {HTMLTextAreaElement} */ (byId(field));
  const layer = byId(`${field}-marked`);
  if (layer.scrollTop !== box.scrollTop) layer.scrollTop = box.scrollTop;
  if (layer.scrollLeft !== box.scrollLeft) layer.scrollLeft = box.scrollLeft;
}

/**
 * Whether the layer is scrolled as its textarea is (read before the render's writes, when the
 * layout is still clean, so the check forces no layout of its own).
 * @param {FieldName} field
 */
export function inStep(field) {
  const box = /** @type {HTMLTextAreaElement} */ (byId(field));
  const layer = byId(`${field}-marked`);
  return layer.scrollTop === box.scrollTop && layer.scrollLeft === box.scrollLeft;
}
