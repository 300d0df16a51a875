// @ts-check
// The text is kept in this browser's localStorage only (never sent anywhere) until Clear.

import { area, targetSelect } from "./state.js";

const STORAGE_KEY = "headline-linter:v1";

/** Put the saved text back in the fields; the saved target waits for the catalogue. */
export function restore() {
  /** @type {unknown} */
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
  } catch {
    saved = null;
  }
  if (!saved || typeof saved !== "object") return;
  const data = /** @type {Record<string, unknown>} */ (saved);
  if (typeof data.headline === "string") area("headline").value = data.headline;
  if (typeof data.summary === "string") area("summary").value = data.summary;
  if (typeof data.target === "string") targetSelect().dataset.saved = data.target;
}

export function save() {
  const select = targetSelect();
  const data = {
    headline: area("headline").value,
    summary: area("summary").value,
    target: select.value || select.dataset.saved || "",
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch {
    /* storage full or disabled: the page still works */
  }
}

export function forget() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
}
