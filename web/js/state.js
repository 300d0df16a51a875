// @ts-check
// The page's state, in one place. Every module reads and changes it through this object.

/**
 * @typedef {import("./types").PyApi} PyApi
 * @typedef {import("./types").Catalog} Catalog
 * @typedef {import("./types").RuleDoc} RuleDoc
 * @typedef {import("./types").Report} Report
 * @typedef {import("./types").FieldName} FieldName
 */

/**
 * @typedef {object} PageState
 * @property {PyApi | null} py the Python API, once main.py has started
 * @property {Catalog | null} catalog linter.catalog, once Python has started
 * @property {Map<string, RuleDoc>} rules the catalogue's rules by name
 * @property {Report | null} report the findings shown
 * @property {string | null} lintedKey the profile the findings are for (JSON of its fields)
 * @property {number} timer the pending debounced lint
 * @property {string[]} linked the finding ids highlighted together right now
 * @property {{lint: number[], py: number[], paint: number[]} | null} timings ms per lint, with ?test=1 only
 * @property {History} history the undo and redo steps (history.js)
 * @property {number} toastTimer when the Undo offer goes away
 * @property {Set<string>} dismissed findings the person set aside (cards.js dismissKey)
 * @property {WeakMap<Node, string>} keys what each rendered node shows (patch.js reconcile)
 * @property {Record<FieldName, string[]>} layers the keys of each highlight layer's pieces (marks.js)
 */

/**
 * @typedef {{headline: string, summary: string}} Texts
 * @typedef {object} History
 * @property {Texts[]} past
 * @property {Texts[]} future
 * @property {{field: FieldName, at: number} | null} typing the typing step being extended
 */

/** @type {PageState} */
export const state = {
  py: null,
  catalog: null,
  rules: new Map(),
  report: null,
  lintedKey: null,
  timer: 0,
  linked: [],
  timings: null,
  history: { past: [], future: [], typing: null },
  toastTimer: 0,
  dismissed: new Set(),
  keys: new WeakMap(),
  layers: { headline: [], summary: [] },
};

/** @type {readonly FieldName[]} */
export const FIELD_NAMES = ["headline", "summary"];

/**
 * The text box of a field.
 * @param {FieldName} name
 * @returns {HTMLTextAreaElement}
 */
export function area(name) {
  return /** @type {HTMLTextAreaElement} */ (document.getElementById(name));
}

/** @returns {HTMLSelectElement} */
export function targetSelect() {
  return /** @type {HTMLSelectElement} */ (document.getElementById("target"));
}

/**
 * The profile in the fields now, as main.py's arguments: headline, summary, target.
 * @returns {[string, string, string]}
 */
export function profileArgs() {
  return [area("headline").value, area("summary").value, targetSelect().value];
}

/** Whether the findings shown are for the text in the fields right now (no lint pending). */
export function settled() {
  return state.py !== null && state.lintedKey === JSON.stringify(profileArgs());
}

/** The catalogue; only called once Python has started. */
export function catalog() {
  if (!state.catalog) throw new Error("the catalogue is not loaded yet");
  return state.catalog;
}
