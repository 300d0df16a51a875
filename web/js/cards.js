// @ts-check
// Findings as cards for people: a plain heading (from the rule's name), where in their own words,
// why, the suggestions and the fix; the rule's code only in a details line. The same finding on
// the same words (a cliché used three times) is one card with its count.

import { el, visible } from "./dom.js";
import { findingId } from "./marks.js";
import { state } from "./state.js";

/**
 * @typedef {import("./types").Diagnostic} Diagnostic
 * @typedef {{first: Diagnostic, index: number, members: {d: Diagnostic, index: number}[]}} Group
 */

/** @type {Record<string, string>} */
const BADGES = { error: "Fix first", warning: "Worth fixing", info: "Suggestion" };

/**
 * A rule's name as a heading: "legacy-title" reads "Legacy title".
 * @param {string} name
 */
export function heading(name) {
  const words = name.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What a dismissal remembers: the rule and the words (so it holds while the rest is edited).
 * @param {Diagnostic} d
 * @param {{headline: string[], summary: string[]}} points
 */
export function dismissKey(d, points) {
  return `${d.rule}\u0000${points[d.field].slice(d.start, d.end).join("").toLowerCase()}`;
}

/**
 * Findings of one rule on the same words, together, in report order.
 * @param {readonly {d: Diagnostic, index: number}[]} items
 * @param {{headline: string[], summary: string[]}} points
 * @returns {Group[]}
 */
export function group(items, points) {
  /** @type {Map<string, Group>} */
  const groups = new Map();
  for (const item of items) {
    const words = points[item.d.field].slice(item.d.start, item.d.end).join("").toLowerCase();
    const key = item.d.fix || !words ? item.d.id : `${item.d.rule}\u0000${words}`;
    const found = groups.get(key);
    if (found) found.members.push(item);
    else groups.set(key, { first: item.d, index: item.index, members: [item] });
  }
  return [...groups.values()];
}

/**
 * Everything a card shows, as one string: a kept card with the same key reads the same.
 * @param {Group} g
 * @param {string[]} points the field's text as code points (the offsets' unit)
 */
export function cardKey(g, points) {
  const d = g.first;
  const words = (/** @type {{start: number, end: number}} */ span) => points.slice(span.start, span.end).join("");
  return JSON.stringify([g.index, g.members.map((m) => m.index), d, words(d), d.fix?.edits.map(words) ?? null]);
}

/**
 * @param {Group} g
 * @param {string[]} points the field's text as code points (the offsets' unit)
 */
export function renderFinding(g, points) {
  const d = g.first;
  const ids = g.members.map((m) => findingId(m.index));
  const item = el("li", { id: ids[0], class: `finding sev-${d.severity}`, "data-finding": ids.join(" "), tabindex: "0" });
  const title = el("h4", { class: "finding-title" }, el("span", { class: "badge", text: BADGES[d.severity] ?? d.severity }), heading(d.rule));
  if (g.members.length > 1) title.append(el("span", { class: "times", text: ` · ${g.members.length} times` }));
  item.append(title, el("p", { class: "message", text: d.message }), where(d, points));
  if (d.suggestions.length) {
    const list = el("ul", { class: "suggestions" });
    for (const s of d.suggestions) list.append(el("li", { text: s }));
    item.append(el("p", { class: "sub", text: "Suggestions" }), list);
  }
  const why = state.rules.get(d.rule)?.why;
  if (why) item.append(el("details", { class: "why" }, el("summary", { text: "Why this matters" }), el("p", { text: why })));
  if (d.fix) item.append(renderFix(d, points));
  item.append(
    el(
      "p",
      { class: "card-foot" },
      el("button", { type: "button", class: "secondary show", "data-show": String(g.index) }, "Show in text"),
      el("button", { type: "button", class: "secondary dismiss", "data-dismiss": String(g.index) }, "Dismiss"),
      el("span", { class: "details" }, "Rule ", el("code", { class: "rule", text: `${d.code} ${d.rule}` })),
    ),
  );
  return item;
}

/**
 * Where, in the person's own words; an over-long text says by how much.
 * @param {Diagnostic} d
 * @param {string[]} points
 */
function where(d, points) {
  const place = d.field === "headline" ? "In your headline" : `In your About (line ${d.line})`;
  if (state.rules.get(d.rule)?.kind === "length") {
    const over = d.utf16_end - d.utf16_start;
    return el("p", { class: "where" }, `${place}: `, el("strong", { text: `${over.toLocaleString("en")} characters over` }), " (marked in the text)");
  }
  const quoted = points.slice(d.start, d.end).join("");
  if (!quoted) return el("p", { class: "where", text: place });
  return el("p", { class: "where" }, `${place}: `, el("q", { text: visible(quoted) }));
}

/**
 * @param {Diagnostic} d
 * @param {string[]} points
 */
function renderFix(d, points) {
  const fix = d.fix;
  if (!fix) throw new Error("renderFix needs a fix");
  const box = el("div", { class: `fix fix-${fix.applicability}` });
  const changes = fix.edits.map((e) => {
    const before = points.slice(e.start, e.end).join("");
    if (!before) return `insert “${visible(e.replacement)}”`;
    if (!e.replacement) return `remove “${visible(before)}”`;
    return `“${visible(before)}” becomes “${visible(e.replacement)}”`;
  });
  const button = el("button", { type: "button", class: "apply", "data-fix": d.id });
  const gain = d.impact ? ` · ${d.impact > 0 ? "+" : ""}${d.impact} points` : "";
  if (fix.applicability === "safe") {
    button.textContent = `Apply fix${gain}`;
    box.append(el("p", { text: `Safe fix: ${changes.join("; ")}.` }), button);
  } else {
    const assumption =
      d.suggestions.find((s) => /^(if|only)\b/i.test(s)) ||
      "This rewrite changes what your profile claims: apply it only if it is true of your work.";
    button.textContent = `Apply rewrite (only if true)${gain}`;
    box.append(
      el("p", { text: `Rewrite: ${changes.join("; ")}.` }),
      el("p", { class: "assumes" }, el("strong", { text: "It assumes: " }), assumption),
      button,
    );
  }
  return box;
}
