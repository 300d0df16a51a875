// @ts-check
// Small DOM and text helpers. Text is only ever put into the page as text nodes, never as HTML.

/**
 * The element with this id; a missing one is a bug in index.html, so it throws.
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id
 * @returns {T}
 */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return /** @type {T} */ (node);
}

/**
 * A new element: `class`, `text` and `data-*` keys are handled, any other key is an attribute.
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {...(Node | string)} children
 * @returns {HTMLElement}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-")) node.dataset[camel(key.slice(5))] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** @param {string} name */
function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

/** @param {string} text */
export const codePoints = (text) => Array.from(text);

/**
 * @param {number} n
 * @param {string} one
 * @param {string} many
 */
export const plural = (n, one, many) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** @type {Record<string, string>} */
const WHITESPACE_NAMES = { " ": "␣", "\u00a0": "⍽", "\t": "⇥", "\n": "↵" };

/**
 * Whitespace-only text shown so a person can see it: "␣" for a space, "⍽" for a no-break space.
 * @param {string} text
 */
export function visible(text) {
  if (text === "" || /\S/.test(text)) return text;
  return Array.from(text, (ch) => WHITESPACE_NAMES[ch] ?? codePointName(ch)).join("");
}

/** @param {string} ch */
function codePointName(ch) {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The UTF-16 offset of a code-point offset (the catalogue's fold is in code points).
 * @param {string} text
 * @param {number} codePointIndex
 */
export function utf16Index(text, codePointIndex) {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen === codePointIndex) return units;
    units += ch.length;
    seen += 1;
  }
  return text.length;
}

/** @type {Record<string, number>} */
const RANK = { info: 0, warning: 1, error: 2 };

/** @param {string} severity */
export const rank = (severity) => RANK[severity] ?? 0;

/**
 * The closest ancestor (or self) of an event's target that matches `selector`.
 * @param {Event} event
 * @param {string} selector
 * @returns {HTMLElement | null}
 */
export function closest(event, selector) {
  const target = event.target;
  return target instanceof Element ? /** @type {HTMLElement | null} */ (target.closest(selector)) : null;
}
