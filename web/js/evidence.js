// @ts-check
// What the title advice rests on, in the person's own words: the About's phrases counted as
// their own systems work, by kind of work, and the ones not counted, with the reason.

import { byId, el } from "./dom.js";

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
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  /** @type {Map<string, string[]>} */
  const counted = new Map();
  const others = [];
  for (const item of evidence.items) {
    if (item.status === "counted") counted.set(item.label, [...(counted.get(item.label) ?? []), item.text]);
    else others.push(item);
  }
  const list = el("ul", { class: "evidence-list" });
  for (const [label, words] of counted) {
    const quotes = [...new Set(words)].flatMap((w, i) => (i ? [", ", el("q", { text: w })] : [el("q", { text: w })]));
    list.append(el("li", {}, el("strong", { text: `${label}: ` }), ...quotes));
  }
  const nodes = [
    el("h3", { id: "evidence-title", text: "What your About shows" }),
    el("p", { class: "sub", text: "The title advice rests on your own words. Counted as your own work:" }),
    counted.size ? list : el("p", { text: "Nothing yet: no sentence shows your own systems work." }),
  ];
  if (others.length) {
    const rest = el("ul", { class: "evidence-list not-counted" });
    for (const item of others) {
      rest.append(el("li", {}, el("q", { text: item.text }), ` (${item.label}): ${NOT_COUNTED[item.status]}`));
    }
    nodes.push(el("p", { class: "sub", text: "Not counted:" }), rest);
  }
  box.replaceChildren(...nodes);
  box.hidden = false;
}
