// @ts-check
// Changing only what changed: a keystroke re-lints, and the report it gives is mostly the one
// already on screen. Nodes are kept under a key that names everything they show (state.keys);
// a node whose key is still wanted is kept where it is (its layout, focus and open <details>
// with it), a new one is built, a gone one removed. Writes that would not change the DOM are
// skipped, so the next frame has only the changed parts to lay out and paint.

import { state } from "./state.js";

/**
 * One wanted child: its key, how to build it when no kept node has that key, and (for a
 * container) how to bring its inside up to date, kept or new.
 * @typedef {{key: string, build: () => Node, fill?: (node: Node) => void}} Wanted
 */

/**
 * Make `parent`'s children the wanted ones, in order, reusing the children whose key matches.
 * @param {Element} parent
 * @param {readonly Wanted[]} wanted
 * @returns {Node[]} the children, in order (kept or new)
 */
export function reconcile(parent, wanted) {
  /** @type {Map<string, Node[]>} */
  const kept = new Map();
  for (const child of Array.from(parent.childNodes)) {
    const key = state.keys.get(child);
    if (key === undefined) continue;
    const same = kept.get(key);
    if (same) same.push(child);
    else kept.set(key, [child]);
  }
  const nodes = wanted.map(({ key, build }) => {
    const node = kept.get(key)?.shift() ?? build();
    state.keys.set(node, key);
    return node;
  });
  wanted.forEach(({ fill }, i) => fill?.(nodes[i]));
  const wantedSet = new Set(nodes);
  for (const child of Array.from(parent.childNodes)) {
    if (!wantedSet.has(child)) child.remove();
  }
  let cursor = parent.firstChild;
  for (const node of nodes) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
  return nodes;
}

/**
 * Set a node's text unless it already reads so (a same-text write still relays the node out).
 * @param {Node} node
 * @param {string} text
 */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Set a `data-*` value unless it is already so.
 * @param {HTMLElement} node
 * @param {string} name the camelCase dataset name
 * @param {string} value
 */
export function setData(node, name, value) {
  if (node.dataset[name] !== value) node.dataset[name] = value;
}

/**
 * Show or hide a node unless it already is so.
 * @param {HTMLElement} node
 * @param {boolean} hidden
 */
export function setHidden(node, hidden) {
  if (node.hidden !== hidden) node.hidden = hidden;
}
