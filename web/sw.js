// The page's service worker: after a first visit, every file the page loads comes from this
// browser, so a repeat visit asks the network for nothing and works offline. web/build.py writes
// dist/sw.js from this file, with three lines in front of it:
//   const VERSION = "<sha256 of the files below>";   const FILES = ["./", "main.py", ...];
//   const RUNTIME = "pyodide-<hash of its files>/";
// A new build changes VERSION, so the browser's routine update check finds a new worker. It takes
// over once no tab runs the old one (no skipWaiting: a page never mixes two builds' files), and
// then deletes the old build's cache. Only same-origin GETs are answered; nothing leaves the
// origin.
//
// Two kinds of file. The page's own small files come from this build's copy in Cache Storage.
// The runtime folder (Pyodide's WebAssembly and JavaScript, the standard library, the wheels)
// has the hash of its content in its name, so any copy of one of its files is the right one: the
// worker hands over the browser's HTTP-cache copy (`force-cache`: never revalidated, no request)
// as a pass-through response. Chromium keeps the compiled code of the WebAssembly and the
// JavaScript (its code cache) for pass-through and HTTP-cache responses under the URL, but for a
// response from Cache Storage only beside that Cache Storage entry: answering from Cache Storage
// threw away the first visit's compiled code. The build's copy in Cache Storage stays the
// fallback when the HTTP cache has lost a file and the network is cut.
/* global VERSION, FILES, RUNTIME */
const PREFIX = "headline-linter-";
const CACHE = PREFIX + VERSION;
const RUNTIME_URL = new URL(RUNTIME, self.registration.scope).href;

/** @param {string} url */
function immutable(url) {
  return url.startsWith(RUNTIME_URL);
}

self.addEventListener("install", (event) => {
  // the runtime's files were just loaded by the first visit: take the HTTP cache's copy
  const requests = FILES.map((file) => {
    const url = new URL(file, self.registration.scope).href;
    return new Request(url, { cache: immutable(url) ? "force-cache" : "no-cache" });
  });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
    ),
  );
});

/** @param {Request} request */
async function fromBuild(request) {
  const cache = await caches.open(CACHE);
  // the page itself, whatever its query (?test=1), is the build's index.html
  return request.mode === "navigate"
    ? cache.match(new URL("./", self.registration.scope).href)
    : cache.match(request);
}

/** @param {Request} request */
async function passThrough(request) {
  try {
    const response = await fetch(request, { cache: "force-cache" });
    if (response.ok) return response;
  } catch {
    // no copy in the HTTP cache and no network: the build's copy below
  }
  return (await fromBuild(request)) || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (immutable(request.url)) {
    event.respondWith(passThrough(request));
    return;
  }
  event.respondWith(fromBuild(request).then((hit) => hit || fetch(request)));
});
