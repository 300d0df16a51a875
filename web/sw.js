// The page's service worker: after a first visit, every file the page loads comes from this
// build's copy in the browser's Cache Storage, so a repeat visit asks the network for nothing and
// works offline. web/build.py writes dist/sw.js from this file, with two lines in front of it:
//   const VERSION = "<sha256 of the files below>";   const FILES = ["./", "main.py", ...];
// A new build changes VERSION, so the browser's routine update check finds a new worker. It takes
// over once no tab runs the old one (no skipWaiting: a page never mixes two builds' files), and
// then deletes the old build's cache. Only same-origin GETs are answered; nothing leaves the
// origin.
/* global VERSION, FILES */
const PREFIX = "headline-linter-";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
    ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // the page itself, whatever its query (?test=1), is the build's index.html
      const hit =
        request.mode === "navigate"
          ? await cache.match(new URL("./", self.registration.scope).href)
          : await cache.match(request);
      return hit || fetch(request);
    }),
  );
});
