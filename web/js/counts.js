// @ts-check
// Live character counts and the search-result preview, from the catalogue's limits and fold.

import { byId, codePoints } from "./dom.js";
import { FIELD_NAMES, area, state } from "./state.js";

export function updateCounts() {
  const meta = state.catalog;
  if (!meta) return; // the limits come from the catalogue, once Python has started
  const { fold } = meta.limits;
  for (const name of FIELD_NAMES) {
    const length = codePoints(area(name).value).length;
    const limit = meta.limits[name];
    const out = byId(`${name}-count`);
    const over = length - limit;
    let text = `${length.toLocaleString("en")} / ${limit.toLocaleString("en")} characters`;
    if (over > 0) text += ` (${over.toLocaleString("en")} over the limit)`;
    else if (name === "headline" && length > fold) {
      text += ` · search results show the first ${fold}`;
    }
    out.textContent = text;
    out.classList.toggle("over", over > 0);
  }
  const points = codePoints(area("headline").value);
  const preview = byId("preview-headline");
  if (points.length === 0) {
    preview.textContent = "Your headline appears here";
    preview.classList.add("empty");
  } else {
    const cut = points.length > fold;
    preview.textContent = points.slice(0, fold).join("").trimEnd() + (cut ? "…" : "");
    preview.classList.remove("empty");
  }
}
