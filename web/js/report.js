// @ts-check
// The report on the page: the score (none for an empty profile) and what it means, the
// highlights in the editor, the findings by severity, and the phone's summary bar. Each part
// changes only what differs from what is on screen (patch.js), so a keystroke's re-lint costs
// the next frame only the changed cards, words and numbers.

import { cardKey, dismissKey, group, heading, renderFinding } from "./cards.js";
import { byId, codePoints, el, plural } from "./dom.js";
import { renderEvidence } from "./evidence.js";
import { link } from "./link.js";
import { inStep, renderMarked, syncScroll } from "./marks.js";
import { reconcile, setData, setHidden, setText } from "./patch.js";
import { FIELD_NAMES, catalog, state } from "./state.js";

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
  // Read before any write, while the layout is clean: reading it after would force a layout.
  const behind = FIELD_NAMES.filter((field) => !inStep(field));
  renderScore(empty ? null : report.score, diags);
  renderBreakdown(empty ? [] : report.breakdown);
  renderMarked("headline", headline, report.diagnostics, diags);
  renderMarked("summary", summary, report.diagnostics, diags);
  renderList(report.diagnostics, diags, points);
  renderEvidence(empty ? null : report.evidence);
  const safe = /** @type {HTMLButtonElement} */ (byId("apply-safe"));
  const none = !diags.some((d) => d.fix?.applicability === "safe");
  if (safe.disabled !== none) safe.disabled = none;
  announce(diags, empty);
  if (state.linked.length) link([]); // kept nodes must not keep the outline of a finding gone by
  // A layer behind its textarea's scroll (its text was shorter) catches up in the next frame.
  if (behind.length) requestAnimationFrame(() => behind.forEach(syncScroll));
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
    setData(box, "band", "none");
    setText(byId("score"), "–");
    setText(byId("score-band"), "No score yet");
    setText(note, "Add your headline (and About text) to get a score.");
    setText(byId("bar-score"), "No score yet");
    return;
  }
  const bands = catalog().score_bands;
  const band = bands.find((b) => score >= b.min) ?? bands[bands.length - 1];
  setData(box, "band", band.name);
  setText(byId("score"), String(score));
  setText(byId("score-band"), band.label);
  setText(byId("bar-score"), `Score ${score} · ${band.label}`);
  const best = diags.filter((d) => (d.impact ?? 0) > 0).sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0))[0];
  setText(
    note,
    best
      ? `The biggest one-click gain: “${heading(best.rule)}”, +${best.impact} points.`
      : "Title, focus, evidence and clarity make the score: open “How the score is made”.",
  );
}

/**
 * The score's components (title, focus, evidence, clarity), each with what earned it.
 * @param {readonly ScorePart[]} parts
 */
function renderBreakdown(parts) {
  setHidden(byId("score-parts"), parts.length === 0);
  reconcile(
    byId("score-breakdown"),
    parts.map((p) => ({
      key: JSON.stringify(p),
      build: () =>
        el(
          "li",
          { class: "part", "data-part": p.name },
          el("span", { class: "part-label", text: p.label }),
          el("span", { class: "part-points", text: `${p.points} / ${p.max}` }),
          el("meter", { min: "0", max: String(p.max), value: String(Math.max(0, p.points)), "aria-label": p.label }),
          el("span", { class: "part-detail", text: p.detail }),
        ),
    })),
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
  setText(byId("findings-status"), text);
  setText(byId("bar-count"), empty ? "" : plural(diags.length, "finding", "findings"));
}

/**
 * The cards by severity; a card whose finding (and words) did not change is kept as it is.
 * @param {readonly Diagnostic[]} all the report's findings (their index names them)
 * @param {readonly Diagnostic[]} shown the ones not dismissed
 * @param {{headline: string[], summary: string[]}} points
 */
function renderList(all, shown, points) {
  const visible = new Set(shown);
  /** @type {import("./patch.js").Wanted[]} */
  const wanted = [];
  for (const [severity, label] of SEVERITIES) {
    const items = all.map((d, index) => ({ d, index })).filter(({ d }) => d.severity === severity && visible.has(d));
    if (items.length === 0) continue;
    const headingId = `group-${severity}`;
    const cards = group(items, points).map((g) => ({
      key: cardKey(g, points[g.first.field]),
      build: () => renderFinding(g, points[g.first.field]),
    }));
    wanted.push({
      key: `group ${severity}`,
      build: () =>
        el(
          "section",
          { class: `group sev-${severity}` },
          el("h3", { id: headingId }),
          el("ul", { class: "findings", "aria-labelledby": headingId }),
        ),
      fill: (section) => {
        const [title, list] = /** @type {HTMLElement} */ (section).children;
        setText(title, `${label} (${items.length})`);
        reconcile(list, cards);
      },
    });
  }
  const hidden = all.length - shown.length;
  if (hidden) {
    wanted.push({
      key: `dismissed ${hidden}`,
      build: () => {
        const again = el("button", { type: "button", class: "secondary", id: "undismiss" }, "Show them again");
        return el("p", { class: "dismissed" }, `${plural(hidden, "finding", "findings")} dismissed (still in the score). `, again);
      },
    });
  }
  reconcile(byId("findings"), wanted);
}
