// @ts-check
// What the title advice rests on, in the person's own words: the About's phrases counted as
// their own systems work, by kind of work, and the ones not counted, with the reason. A re-lint
// keeps the lines that read the same (patch.js): typing rarely changes what the About shows.

import { byId, el } from "./dom.js";
import { reconcile, setHidden } from "./patch.js";

/**
 * @typedef {import("./types").Evidence} Evidence
 * @typedef {import("./types").EvidenceItem} EvidenceItem
 * @typedef {import("./types").EvidenceStatus} EvidenceStatus
 */

/** @type {Record<EvidenceStatus, string>} why a phrase was (not) counted */
const NOT_COUNTED = {
  counted: "counted",
  team: "team work, with no part of your own named",
  list: "a bare skills list",
  "other-sense": "the word in another sense",
  negated: "negated",
  aspiration: "something you want to do",
  learning: "something you are learning",
  hedged: "hedged",
  research: "research or training work",
  topic: "talked about, not done",
  others: "someone else's work",
};

/**
 * @param {Evidence | null | undefined} evidence
 */
export function renderEvidence(evidence) {
  const box = byId("evidence");
  if (!evidence || evidence.items.length === 0) {
    setHidden(box, true);
    if (box.firstChild) box.replaceChildren();
    return;
  }
  /** @type {Map<string, string[]>} */
  const counted = new Map();
  const others = [];
  for (const item of evidence.items) {
    if (item.status === "counted") counted.set(item.label, [...(counted.get(item.label) ?? []), item.text]);
    else others.push(item);
  }
  const lines = [...counted].map(([label, words]) => {
    const unique = [...new Set(words)];
    return {
      key: JSON.stringify([label, unique]),
      build: () => {
        const quotes = unique.flatMap((w, i) => (i ? [", ", el("q", { text: w })] : [el("q", { text: w })]));
        return el("li", {}, el("strong", { text: `${label}: ` }), ...quotes);
      },
    };
  });
  /** @type {import("./patch.js").Wanted[]} */
  const nodes = [
    { key: "title", build: () => el("h3", { id: "evidence-title", text: "What your About shows" }) },
    {
      key: "counted-intro",
      build: () => el("p", { class: "sub", text: "The title advice rests on your own words. Counted as your own work:" }),
    },
    counted.size
      ? { key: "counted", build: () => el("ul", { class: "evidence-list" }), fill: (list) => reconcile(/** @type {Element} */ (list), lines) }
      : { key: "nothing", build: () => el("p", { text: "Nothing yet: no sentence shows your own systems work." }) },
  ];
  if (others.length) {
    const rest = others.map((item) => ({
      key: JSON.stringify([item.text, item.label, item.status]),
      build: () => el("li", {}, el("q", { text: item.text }), ` (${item.label}): ${NOT_COUNTED[item.status]}`),
    }));
    nodes.push(
      { key: "others-intro", build: () => el("p", { class: "sub", text: "Not counted:" }) },
      {
        key: "others",
        build: () => el("ul", { class: "evidence-list not-counted" }),
        fill: (list) => reconcile(/** @type {Element} */ (list), rest),
      },
    );
  }
  reconcile(box, nodes);
  setHidden(box, false);
}
