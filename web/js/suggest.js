// @ts-check
// The "Suggested headlines" card: up to three headlines that the same Python suggest() composes
// from the person's own words (the title the About earns, focus terms it supports, a number it
// states), each with its score, the words it comes from (quoted), and "Use this" (undoable).
// Computed a moment after each lint, so typing stays as fast as linting alone.

import { useHeadline } from "./actions.js";
import { byId, el } from "./dom.js";
import { profileArgs, state } from "./state.js";

/**
 * @typedef {import("./types").Suggestions} Suggestions
 * @typedef {import("./types").Suggestion} Suggestion
 * @typedef {import("./types").PyError} PyError
 */

const DELAY_MS = 250; // after the lint: a burst of typing computes the suggestions once
/** @type {{timer: number, key: string | null, shown: Suggestion[]}} */
const card = { timer: 0, key: null, shown: [] };

export function installSuggestions() {
  document.addEventListener("linter:linted", () => {
    clearTimeout(card.timer);
    card.timer = window.setTimeout(showSuggestions, DELAY_MS);
  });
  byId("suggestions").addEventListener("click", (event) => {
    const target = /** @type {HTMLElement | null} */ (event.target);
    const use = target?.closest("button[data-use]");
    if (use instanceof HTMLElement) {
      const chosen = card.shown[Number(use.dataset.use)];
      if (chosen) useHeadline(chosen.headline);
    }
  });
}

/** Compute and show the suggestions for the text in the fields (unless already shown). */
export function showSuggestions() {
  const py = state.py;
  if (!py) return;
  const args = profileArgs();
  const key = JSON.stringify(args);
  if (key === card.key) return;
  /** @type {Suggestions | PyError} */
  let result;
  try {
    result = JSON.parse(py.suggest(...args));
  } catch {
    result = { error: "failed" }; // a bug on this text: no card, the findings still show
  }
  card.key = key;
  render("error" in result ? [] : result.suggestions, args[0], args[1]);
}

/**
 * @param {Suggestion[]} suggestions
 * @param {string} headline
 * @param {string} summary
 */
function render(suggestions, headline, summary) {
  const box = byId("suggestions");
  card.shown = suggestions;
  box.dataset.count = String(suggestions.length);
  if (!summary.trim()) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const nodes = [
    el("h3", { id: "suggestions-title", text: "Suggested headlines" }),
    el("p", {
      class: "sub",
      text: "Built only from your own words: the title your About earns, what it shows you do, a number it states.",
    }),
  ];
  if (!suggestions.length) {
    nodes.push(
      el("p", {
        class: "none",
        text: "None yet: your About does not show enough of your own work (two focus areas and a title it backs) to build an honest headline from.",
      }),
    );
  } else {
    const current = state.report && headline.trim() ? state.report.score : null;
    nodes.push(el("ol", { class: "suggestion-list" }, ...suggestions.map((s, i) => item(s, i, current))));
  }
  box.replaceChildren(...nodes);
  box.hidden = false;
}

/**
 * @param {Suggestion} suggestion
 * @param {number} index
 * @param {number | null} current the score now
 */
function item(suggestion, index, current) {
  const delta = current === null ? "" : ` (${suggestion.score >= current ? "+" : ""}${suggestion.score - current})`;
  /** @type {(string | Node)[]} */
  const words = [];
  for (const [field, where] of /** @type {const} */ ([["headline", "your headline"], ["summary", "your About"]])) {
    const quotes = suggestion.sources.filter((src) => src.field === field);
    if (!quotes.length) continue;
    words.push(words.length ? `; from ${where}: ` : `From ${where}: `);
    quotes.forEach((src, i) => words.push(...(i ? [", "] : []), el("q", { class: "source", text: src.text })));
  }
  return el(
    "li",
    { class: "suggestion" },
    el("p", { class: "suggested-headline", text: suggestion.headline }),
    el("p", { class: "suggestion-meta", text: `Score ${suggestion.score}${delta}.` }),
    el("p", { class: "suggestion-sources" }, ...words),
    el("button", { type: "button", "data-use": String(index), text: "Use this" }),
  );
}
