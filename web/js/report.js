// @ts-check
// The report on the page: the score (none for an empty profile) and what it means, the
// highlights in the editor, the findings by severity, and the phone's summary bar.

import { dismissKey, group, heading, renderFinding } from "./cards.js";
import { byId, codePoints, el, plural } from "./dom.js";
import { renderEvidence } from "./evidence.js";
import { renderMarked } from "./marks.js";
import { catalog, state } from "./state.js";

/**
 * @typedef {import("./types").Diagnostic} Diagnostic
 * @typedef {import("./types").ScorePart} ScorePart
 * @typedef {import("./types").Severity} Severity
 */

/** @type {readonly [Severity, string, string, string][]} severity, heading, one, many */
export const SEVERITIES = [
  ["error", "Fix these first", "error", "errors"],
  ["warning", "Worth fixing", "warning", "warnings"],
  ["info", "Suggestions", "suggestion", "suggestions"],
];

/**
 * @param {string} headline the text the report is for
 * @param {string} summary
 */
export function render(headline, summary) {
  const report = state.report;
  if (!report) return;
  const points = { headline: codePoints(headline), summary: codePoints(summary) };
  // Dismissed findings are set aside: no card, no highlight (the score still counts them).
  const diags = report.diagnostics.filter((d) => !state.dismissed.has(dismissKey(d, points)));
  const empty = !headline.trim() && !summary.trim();
  renderScore(empty ? null : report.score, diags);
  renderBreakdown(empty ? [] : report.breakdown);
  renderMarked("headline", headline, report.diagnostics, diags);
  renderMarked("summary", summary, report.diagnostics, diags);
  renderList(report.diagnostics, diags, points);
  renderEvidence(empty ? null : report.evidence);
  /** @type {HTMLButtonElement} */ (byId("apply-safe")).disabled = !diags.some(
    (d) => d.fix?.applicability === "safe",
  );
  announce(diags, empty);
  state.linked = [];
}

/**
 * The score and its band, or the empty state (no score: there is nothing to judge).
 * @param {number | null} score
 * @param {readonly Diagnostic[]} diags
 */
function renderScore(score, diags) {
  const box = byId("score-box");
  const note = byId("score-note");
  if (score === null) {
    box.dataset.band = "none";
    byId("score").textContent = "–";
    byId("score-band").textContent = "No score yet";
    note.textContent = "Add your headline (and About text) to get a score.";
    byId("bar-score").textContent = "No score yet";
    return;
  }
  const bands = catalog().score_bands;
  const band = bands.find((b) => score >= b.min) ?? bands[bands.length - 1];
  box.dataset.band = band.name;
  byId("score").textContent = String(score);
  byId("score-band").textContent = band.label;
  byId("bar-score").textContent = `Score ${score} · ${band.label}`;
  const best = diags.filter((d) => (d.impact ?? 0) > 0).sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0))[0];
  note.textContent = best
    ? `The biggest one-click gain: “${heading(best.rule)}”, +${best.impact} points.`
    : "Title, focus, evidence and clarity make the score: open “How the score is made”.";
}

/**
 * The score's components (title, focus, evidence, clarity), each with what earned it.
 * @param {readonly ScorePart[]} parts
 */
function renderBreakdown(parts) {
  const list = byId("score-breakdown");
  byId("score-parts").hidden = parts.length === 0;
  list.replaceChildren(
    ...parts.map((p) =>
      el(
        "li",
        { class: "part", "data-part": p.name },
        el("span", { class: "part-label", text: p.label }),
        el("span", { class: "part-points", text: `${p.points} / ${p.max}` }),
        el("meter", { min: "0", max: String(p.max), value: String(Math.max(0, p.points)), "aria-label": p.label }),
        el("span", { class: "part-detail", text: p.detail }),
      ),
    ),
  );
}

/**
 * @param {readonly Diagnostic[]} diags
 * @param {boolean} empty
 */
function announce(diags, empty) {
  let text;
  if (empty) {
    text = "Nothing to check yet: type or paste your headline.";
  } else if (diags.length === 0) {
    text = "No findings.";
  } else {
    const parts = SEVERITIES.map(([sev, , one, many]) => {
      const n = diags.filter((d) => d.severity === sev).length;
      return n > 0 ? plural(n, one, many) : "";
    }).filter(Boolean);
    text = `${plural(diags.length, "finding", "findings")}: ${parts.join(", ")}.`;
  }
  const status = byId("findings-status");
  if (status.textContent !== text) status.textContent = text;
  byId("bar-count").textContent = empty ? "" : plural(diags.length, "finding", "findings");
}

/**
 * @param {readonly Diagnostic[]} all the report's findings (their index names them)
 * @param {readonly Diagnostic[]} shown the ones not dismissed
 * @param {{headline: string[], summary: string[]}} points
 */
function renderList(all, shown, points) {
  const groups = [];
  const hidden = all.length - shown.length;
  for (const [severity, label] of SEVERITIES) {
    const items = all.map((d, index) => ({ d, index })).filter(({ d }) => d.severity === severity && shown.includes(d));
    if (items.length === 0) continue;
    const headingId = `group-${severity}`;
    const list = el("ul", { class: "findings", "aria-labelledby": headingId });
    for (const g of group(items, points)) list.append(renderFinding(g, points[g.first.field]));
    groups.push(
      el("section", { class: `group sev-${severity}` }, el("h3", { id: headingId }, `${label} (${items.length})`), list),
    );
  }
  if (hidden) {
    const again = el("button", { type: "button", class: "secondary", id: "undismiss" }, "Show them again");
    groups.push(el("p", { class: "dismissed" }, `${plural(hidden, "finding", "findings")} dismissed (still in the score). `, again));
  }
  byId("findings").replaceChildren(...groups);
}
