// @ts-check
// One finding as a card: what, where, why, the suggestions and the fix.

import { el, visible } from "./dom.js";
import { findingId } from "./marks.js";
import { state } from "./state.js";

/** @typedef {import("./types").Diagnostic} Diagnostic */

/**
 * @param {Diagnostic} d
 * @param {number} index
 * @param {string[]} points the field's text as code points (the offsets' unit)
 */
export function renderFinding(d, index, points) {
  const id = findingId(index);
  const where = d.field === "headline" ? "Headline" : `About, line ${d.line}`;
  const quoted = points.slice(d.start, d.end).join("");
  const item = el("li", { id, class: `finding sev-${d.severity}`, "data-finding": id, tabindex: "0" });
  item.append(
    el(
      "p",
      { class: "finding-head" },
      el("span", { class: "badge", text: d.severity }),
      el("code", { class: "rule", text: `${d.code} ${d.rule}` }),
      el("span", { class: "where", text: ` ${where}, column ${d.column}` }),
    ),
    el("p", { class: "message", text: d.message }),
  );
  if (quoted) item.append(el("p", { class: "span-text" }, "In your text: ", el("q", { text: visible(quoted) })));
  if (d.suggestions.length) {
    const list = el("ul", { class: "suggestions" });
    for (const s of d.suggestions) list.append(el("li", { text: s }));
    item.append(el("p", { class: "sub", text: "Suggestions" }), list);
  }
  const why = state.rules.get(d.rule)?.why;
  if (why) item.append(el("details", { class: "why" }, el("summary", { text: "Why this matters" }), el("p", { text: why })));
  if (d.fix) item.append(renderFix(d, points));
  return item;
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
    return `replace “${visible(before)}” with “${visible(e.replacement)}”`;
  });
  const button = el("button", { type: "button", class: "apply", "data-fix": d.id });
  if (fix.applicability === "safe") {
    button.textContent = "Apply fix";
    box.append(el("p", { text: `Safe fix: ${changes.join("; ")}.` }), button);
  } else {
    const assumption =
      d.suggestions.find((s) => /^(if|only)\b/i.test(s)) ||
      "This rewrite changes what your profile claims: apply it only if it is true of your work.";
    button.textContent = "Apply rewrite (only if true)";
    box.append(
      el("p", { text: `Rewrite: ${changes.join("; ")}.` }),
      el("p", { class: "assumes" }, el("strong", { text: "It assumes: " }), assumption),
      button,
    );
  }
  return box;
}
