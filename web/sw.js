// Attune's service worker (template: scripts/post-build.mjs fills in this release's file list and
// writes sw.js). It keeps this release's files so Attune works with the network off after one visit.
const VERSION = "__ATTUNE_VERSION__";
const FILES = ["__ATTUNE_FILES__"];
const INDEX = "__ATTUNE_INDEX__";
// Each other language's files, by code: kept once that language is first asked for.
const LANGUAGES = {"__ATTUNE_LANGUAGES__":0};
// The same files as paths, to recognise a request for one (the list may be relative to sw.js).
const LANGUAGE_PATHS = Object.fromEntries(
  Object.entries(LANGUAGES).map(([code, files]) => [code, files.map((file) => new URL(file, self.location).pathname)]),
);
const CACHE = `attune-${VERSION}`;
// On a network that answers slowly or not at all, the saved page is shown after this long.
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener("install", (event) => {
  // No skipWaiting(): a new release waits until the person chooses "Reload to update".
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("attune-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  // Only Attune's own pages can message their worker; still, act on nothing but the one expected shape.
  if (event.origin && event.origin !== self.location.origin) return;
  if (event.data && typeof event.data === "object" && event.data.type === "attune:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Network first, so a new release is seen at once; the saved page when offline (the builder's
    // own page if that is what was asked for, otherwise Attune's, whatever its URL parameters).
    event.respondWith(
      timeout(fetch(request), NAVIGATION_TIMEOUT_MS).catch(() =>
        caches
          .match(request, { cacheName: CACHE, ignoreSearch: true })
          .then((saved) => saved ?? caches.match(INDEX, { cacheName: CACHE }))
          .then((saved) => saved ?? Response.error()),
      ),
    );
    return;
  }
  // Every other file was saved with this release (most have a content hash in their names),
  // so the saved copy always matches the page that asks for it. A learner's first file in another
  // language keeps that whole language, so it too works with the network off from then on.
  const path = new URL(request.url).pathname;
  const language = Object.keys(LANGUAGE_PATHS).find((code) => LANGUAGE_PATHS[code].includes(path));
  if (language) event.waitUntil(caches.open(CACHE).then((cache) => keepLanguage(cache, language)));
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((saved) => saved ?? fetch(request)));
});

// Adds the language's files not yet kept (each is fetched once, never again for this release).
function keepLanguage(cache, language) {
  return Promise.all(
    LANGUAGES[language].map((file) => cache.match(file).then((saved) => saved ?? cache.add(file).catch(() => {}))),
  );
}

function timeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timed out")), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}
