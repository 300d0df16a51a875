// Runs before PyScript starts the page's <script type="py">.
//
// PyScript 0.7.31 turns its worker hooks into source text and back with Function() each time a
// script starts, even on the main thread, which a Content-Security-Policy without 'unsafe-eval'
// refuses. This page runs no worker, so dropping the one default worker hook (it only registers
// `_pyscript` inside workers) lets the page run under `script-src 'self' 'wasm-unsafe-eval'`.
// The browser tests serve the page with exactly that policy to keep this true.
import { hooks } from "./pyscript/core.js";

hooks.worker.onBeforeRunAsync.clear();
