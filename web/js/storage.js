// @ts-check
// The text is kept in this browser's localStorage only (never sent anywhere) until Clear.

import { area, state, targetSelect } from "./state.js";

const STORAGE_KEY = "headline-linter:v1";
const DISMISSED_KEY = "headline-linter:dismissed:v1";

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
  try {
    const dismissed = JSON.parse(localStorage.getItem(DISMISSED_KEY) || "[]");
    if (Array.isArray(dismissed)) state.dismissed = new Set(dismissed.filter((k) => typeof k === "string"));
  } catch {
    /* unreadable: nothing dismissed */
  }
}

export function saveDismissed() {
  try {
    if (state.dismissed.size) localStorage.setItem(DISMISSED_KEY, JSON.stringify([...state.dismissed]));
    else localStorage.removeItem(DISMISSED_KEY);
  } catch {
    /* storage full or disabled: dismissals last until the page is closed */
  }
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

/** Remove the text and the dismissals (they quote the text) from this browser's storage. */
export function forget() {
  try {
    localStorage.removeItem(STORAGE_KEY);
    localStorage.removeItem(DISMISSED_KEY);
  } catch {
    /* nothing stored */
  }
}
