// @ts-check
// The report on the page: the score and its band, the highlights, the findings by severity.

import { renderFinding } from "./cards.js";
import { byId, codePoints, el, plural } from "./dom.js";
import { renderMarked } from "./marks.js";
import { area, catalog, state } from "./state.js";

/**
 * @typedef {import("./types").Diagnostic} Diagnostic
 * @typedef {import("./types").Severity} Severity
 */

/** @type {readonly [Severity, string, string, string][]} severity, heading, one, many */
export const SEVERITIES = [
  ["error", "Errors", "error", "errors"],
  ["warning", "Warnings", "warning", "warnings"],
  ["info", "Suggestions", "suggestion", "suggestions"],
];

/**
 * @param {string} headline the text the report is for
 * @param {string} summary
 */
export function render(headline, summary) {
  const report = state.report;
  if (!report) return;
  const diags = report.diagnostics;
  const bands = catalog().score_bands;
  byId("score").textContent = String(report.score);
  const band = bands.find((b) => report.score >= b.min) ?? bands[bands.length - 1];
  byId("score").parentElement?.setAttribute("data-band", band.name);
  renderMarked("headline", headline, diags);
  renderMarked("summary", summary, diags);
  renderList(diags, { headline, summary });
  /** @type {HTMLButtonElement} */ (byId("apply-safe")).disabled = !diags.some(
    (d) => d.fix?.applicability === "safe",
  );
  announce(diags);
  state.linked = [];
}

/** @param {readonly Diagnostic[]} diags */
function announce(diags) {
  let text;
  if (!area("headline").value && !area("summary").value) {
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
}

/**
 * @param {readonly Diagnostic[]} diags
 * @param {{headline: string, summary: string}} texts
 */
function renderList(diags, texts) {
  const groups = [];
  const points = { headline: codePoints(texts.headline), summary: codePoints(texts.summary) };
  for (const [severity, label] of SEVERITIES) {
    const items = diags.map((d, i) => /** @type {const} */ ([d, i])).filter(([d]) => d.severity === severity);
    if (items.length === 0) continue;
    const headingId = `group-${severity}`;
    const list = el("ul", { class: "findings", "aria-labelledby": headingId });
    for (const [d, i] of items) list.append(renderFinding(d, i, points[d.field]));
    groups.push(
      el("section", { class: `group sev-${severity}` }, el("h3", { id: headingId }, `${label} (${items.length})`), list),
    );
  }
  byId("findings").replaceChildren(...groups);
}
