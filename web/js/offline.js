// @ts-check
// Once the first answer is on screen, register the service worker (sw.js): it keeps this build's
// files in the browser so that the next visit starts from them, without asking the network for
// anything, even offline. Registering later than the first lint keeps its copying off the first
// visit's critical path. Pages opened by the tests (?test=1) register none: each test starts from
// a first visit, and tests/web/test_offline.py checks the worker on the plain page.

import { testMode } from "./testing.js";

const AFTER_FIRST_LINT_MS = 1000;

export function keepForNextVisit() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext || testMode()) return;
  window.setTimeout(() => {
    navigator.serviceWorker.register("sw.js").catch(() => {
      // no worker (a file:// page, a private window that refuses it): every visit loads as the first
    });
  }, AFTER_FIRST_LINT_MS);
}
