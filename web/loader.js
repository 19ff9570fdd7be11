// Starts Attune (template: scripts/post-build.mjs fills in the file names and writes loader-<hash>.js).
// If its code cannot load, says so and offers a reload instead of a blank page; in release builds
// it also registers the service worker (sw.js) that keeps Attune working offline.
const GLUE = "__ATTUNE_GLUE__";
const WASM = "__ATTUNE_WASM__";
const SERVICE_WORKER = "__ATTUNE_SERVICE_WORKER__"; // "" when the build has none (debug builds)

// Dynamic import, so a missing or broken glue file is caught as well as a broken .wasm.
import(GLUE)
  .then((glue) => glue.default({ module_or_path: WASM }))
  .catch((error) => {
    console.warn("Attune could not start:", error);
    const failed = document.getElementById("attune-failed");
    const app = document.getElementById("attune");
    if (!failed || !app) return;
    app.hidden = true;
    failed.hidden = false;
    failed.querySelector("button")?.addEventListener("click", () => location.reload());
    failed.focus();
  });

/** Shows "A new version is ready" with a button; the new worker takes over only when asked. */
function offerUpdate(registration) {
  const banner = document.getElementById("attune-update");
  if (!banner || !registration.waiting) return;
  banner.hidden = false;
  banner.querySelector("button")?.addEventListener("click", () => {
    // Progress and notes are saved as they change, so reloading loses nothing.
    workers.addEventListener("controllerchange", () => location.reload(), { once: true });
    registration.waiting?.postMessage({ type: "attune:activate" });
  });
}

// Where workers are not allowed (sandboxed embeds: even reading the property throws; private
// windows: registering fails) Attune simply works online only.
let workers = null;
try {
  workers = SERVICE_WORKER ? navigator.serviceWorker : null;
} catch {
  workers = null;
}
if (workers) {
  workers
    .register(SERVICE_WORKER)
    .then((registration) => {
      // A new release is offered only to a page an older one already controls (not on a first visit).
      const watch = (incoming) =>
        incoming?.addEventListener("statechange", () => {
          if (incoming.state === "installed" && workers.controller) offerUpdate(registration);
        });
      // Already waiting (deployed while Attune was closed), installing now, or found later.
      if (registration.waiting && workers.controller) offerUpdate(registration);
      watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
      // A workshop laptop may keep Attune open for hours: look for a new release when it comes back into view.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => {});
      });
    })
    .catch(() => {});
}

// Embedded in a practice's page (web/embed.js passes that page's origin as `host`): say how tall
// the content is, so the frame fits it exactly. Posted to that origin only, and only the height.
const host = new URLSearchParams(location.search).get("host");
if (host && window.parent !== window && /^https?:\/\/[\w.:[\]-]+$/.test(host)) {
  document.documentElement.classList.add("attune-embedded"); // no full-screen minimum height
  let reported = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    window.parent.postMessage({ type: "attune:height", height }, host);
  }).observe(document.documentElement);
}
