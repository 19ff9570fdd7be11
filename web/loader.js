// Starts Attune (template: scripts/post-build.mjs fills in the file names and writes loader-<hash>.js).
// A classic script in <head>, run before the page is drawn, so it can choose what is drawn first:
//
// - A first visit to the home page (no address, no settings in the URL, nothing saved in this
//   browser, a browser language Attune serves in English) is shown at once from the home page
//   prerendered into index.html at build time. The app's code (wasm) is fetched when the person
//   first reaches for something (a key, a touch, the pointer on a link or button, an address),
//   or once the page has been idle a moment, and then takes over the same page: focus stays
//   where it was, and a button pressed before the code arrived is pressed again for them.
// - Anything else starts the app at once, with the "Loading Attune…" line until it is drawn.
//
// If its code cannot load, it says so and offers a reload instead of a blank page; in release
// builds it also registers the service worker (sw.js) that keeps Attune working offline.
const GLUE = "__ATTUNE_GLUE__";
const WASM = "__ATTUNE_WASM__";
const GLUE_INTEGRITY = "__ATTUNE_GLUE_INTEGRITY__"; // "" where the page preloads them itself
const WASM_INTEGRITY = "__ATTUNE_WASM_INTEGRITY__";
const SERVICE_WORKER = "__ATTUNE_SERVICE_WORKER__"; // "" when the build has none (debug builds)
const FIRST_VIEW = "__ATTUNE_FIRST_VIEW__"; // "yes" when index.html holds the prerendered home
const LANGUAGES = ["__ATTUNE_LANGUAGES__"]; // the language codes Attune has, English first
// Rules shared with the app, each defined once in the engine (crates/engine/src/web_rules.rs) and
// filled in by scripts/web-rules.mjs.
const EXIT_DEFAULT = "__ATTUNE_EXIT_DEFAULT__"; // the quick exit's neutral destination
const WEB_ADDRESS = /__ATTUNE_WEB_ADDRESS__/; // an https:// address (a practice's exit-url)
const ORIGIN = /__ATTUNE_ORIGIN__/; // an origin alone (the practice's page, `host`)
const SWITCH_ON = ["__ATTUNE_SWITCH_ON__"]; // the values that turn `private` on
const PROFILE_KEY = "__ATTUNE_PROFILE_KEY__"; // where the learner's profile is kept
const LANGUAGE_KEY = "__ATTUNE_LANGUAGE_KEY__"; // where the learner's choice of language is kept

const root = document.documentElement;
const params = new URLSearchParams(location.search);

// The quick exit: the "Leave this site" link (first in every page), or Shift pressed three times
// in a row (GOV.UK's "Exit this page" pattern; Escape belongs to presenter mode). It hides the
// page at once and replaces it with a neutral site, so Back does not come back here. It needs
// nothing but this script, so it works before the app's code arrives and after a crash.
// Embedded, it asks the practice's page (web/embed.js) to leave too.
// How many entries this page has added to the tab's history (each move in Attune is an address),
// so the exit can first step back past them: Back must not lead into Attune again. Kept in the
// entries' own state; an entry without it is a new one.
let depth = 0;
try {
  history.replaceState({ attuneDepth: 0 }, "");
} catch {
  // a sandboxed document may refuse: the exit then only replaces this entry
}
let historyLength = history.length;
addEventListener("hashchange", () => {
  const known = history.state?.attuneDepth;
  const added = history.length > historyLength; // a new entry, not the current one replaced
  historyLength = history.length;
  if (typeof known === "number") return void (depth = known);
  if (added) depth += 1;
  try {
    history.replaceState({ attuneDepth: depth }, "");
  } catch {
    // as above
  }
});
/** Steps back over this page's own entries (if any), then runs `then` on the first of them. */
function backToFirstEntry(then) {
  if (depth === 0) return then();
  let done = false;
  const once = () => done || ((done = true), then());
  addEventListener("popstate", once, { once: true });
  setTimeout(once, 400);
  history.go(-depth);
}
function leave() {
  root.classList.add("attune-leaving");
  document.title = "";
  const chosen = params.get("exit-url");
  const destination = chosen && WEB_ADDRESS.test(chosen) ? chosen : EXIT_DEFAULT;
  const host = params.get("host");
  if (window.parent !== window && host && ORIGIN.test(host)) {
    backToFirstEntry(() => {
      window.parent.postMessage({ type: "attune:exit" }, host);
      location.replace("about:blank");
    });
    return;
  }
  backToFirstEntry(() => {
    if (window.top !== window) {
      // A plain iframe with no embed.js: take the whole tab if the browser allows it.
      try {
        window.top.location.replace(destination);
      } catch {
        // not allowed: at least this frame leaves
      }
    }
    location.replace(destination);
  });
}
addEventListener(
  "click",
  (event) => {
    if (!event.target.closest?.("#attune-exit")) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    leave();
  },
  true,
);
let shiftPresses = [];
addEventListener(
  "keydown",
  (event) => {
    if (event.key !== "Shift") return void (shiftPresses = []); // Shift+1 counts a hand, not an exit
    if (event.repeat) return;
    shiftPresses = [...shiftPresses.filter((at) => event.timeStamp - at < 3000), event.timeStamp];
    if (shiftPresses.length >= 3) leave();
  },
  true,
);

/** Whether this visit can begin with the prerendered home: the app would draw exactly it. */
function firstVisitHome() {
  if (FIRST_VIEW !== "yes" || location.search || !/^#?\/?$/.test(location.hash)) return false;
  try {
    if (localStorage.getItem(PROFILE_KEY) !== null) return false;
    if ((localStorage.getItem(LANGUAGE_KEY) ?? "en") !== "en") return false;
  } catch {
    return false; // storage blocked (a sandboxed frame): let the app say what it can keep
  }
  // The browser's first language Attune has must be English (`es-MX` is Spanish), chosen as the
  // app chooses (attune_engine::locale::serves_tag; tests/web-rules.toml holds both to it).
  const preferred = (navigator.languages ?? [navigator.language])
    .map((tag) => String(tag).toLowerCase())
    .map((tag) => LANGUAGES.find((code) => code === tag || code === tag.split("-")[0]))
    .find(Boolean);
  return (preferred ?? "en") === "en";
}

let started = false;
function startApp() {
  if (started) return;
  started = true;
  // The glue (through a modulepreload carrying its integrity) and the wasm are fetched together.
  if (GLUE_INTEGRITY) {
    const preload = Object.assign(document.createElement("link"), { rel: "modulepreload", href: GLUE, integrity: GLUE_INTEGRITY });
    preload.crossOrigin = "anonymous";
    document.head.append(preload);
  }
  const wasm = fetch(WASM, { integrity: WASM_INTEGRITY || undefined });
  wasm.catch(() => {}); // a failure is reported once, below, through the glue that awaits it
  // Dynamic import, so a missing or broken glue file is caught as well as a broken .wasm.
  import(GLUE)
    .then((glue) => glue.default({ module_or_path: wasm }))
    .catch((error) => {
      console.warn("Attune could not start:", error);
      whenParsed(() => {
        const failed = document.getElementById("attune-failed");
        const app = document.getElementById("attune");
        if (!failed || !app) return;
        app.hidden = true;
        failed.hidden = false;
        failed.querySelector("button")?.addEventListener("click", () => location.reload());
        failed.focus();
      });
    });
}

function whenParsed(then) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then, { once: true });
  else then();
}

/**
 * Where `element` is under `from`: its element-child indices and its text (the same place in the
 * app's drawing holds the same element; the text guards against a drawing that differs), or
 * null if it is not inside.
 */
function pathTo(from, element) {
  const path = [];
  for (let at = element; at && at !== from; at = at.parentElement) {
    if (!at.parentElement) return null;
    path.unshift([...at.parentElement.children].indexOf(at));
  }
  return { path, text: element.textContent };
}

/** The element at `place` under `from` (null if it is not there, or holds other words). */
function follow(from, place) {
  const found = place.path.reduce((at, index) => at?.children[index] ?? null, from);
  return found?.textContent === place.text ? found : null;
}

if (firstVisitHome()) {
  root.classList.add("attune-first-visit");
  const home = () => document.querySelector(".attune-first-view > .attune-app");
  let pressed = null; // the place of a button pressed before the app took over
  // The place of a link or button the pointer went down on, until its click comes: if the app
  // takes over in between, the press began on the copy and would end on the app, and the
  // browser would fire no click, so the app is given it.
  let pressing = null;
  addEventListener("pointerdown", (event) => {
    const target = event.target.closest?.("a, button");
    pressing = target && home()?.contains(target) ? pathTo(home(), target) : null;
  }, true);
  const start = () => {
    removeEventListener("pointerover", onPointer, true);
    startApp();
  };
  const onPointer = (event) => event.target.closest?.("a, button, summary, input") && start();
  addEventListener("pointerover", onPointer, true);
  for (const type of ["pointerdown", "touchstart", "keydown", "focusin"]) addEventListener(type, start, { capture: true, once: true, passive: true });
  // Following a link (every link on the home page is an address in the app) shows the loading
  // line until the app draws that page.
  addEventListener("hashchange", () => (root.classList.remove("attune-first-visit"), start()), { once: true });
  addEventListener(
    "click",
    (event) => {
      pressing = null;
      if (!home()?.contains(event.target)) return;
      const skip = event.target.closest(".attune-skip");
      if (skip) {
        // The skip link moves focus to the content, as the app's does, without changing the address.
        event.preventDefault();
        document.getElementById("attune-main")?.focus();
        return;
      }
      const button = event.target.closest("button");
      if (button) pressed = pathTo(home(), button);
    },
    true,
  );
  // Ready before the next click as a rule: fetched once the page has been idle a moment.
  addEventListener("load", () => setTimeout(() => (self.requestIdleCallback ?? setTimeout)(start), 1500), { once: true });
  whenParsed(() => {
    performance.mark("attune-first-view");
    const prerendered = home();
    if (!prerendered) return startApp();
    let focusPath = null;
    let giveUp = null;
    addEventListener("focusin", (event) => (focusPath = pathTo(prerendered, event.target)), true);
    // When the app replaces the prerendered home, focus and a pending press carry over to it, at
    // once (in the same turn as the app's first drawing, so no key press falls in between).
    const watcher = new MutationObserver(() => {
      const live = document.querySelector("#attune > .attune-app");
      if (!live || home()) return;
      if (!/^#?\/?$/.test(location.hash)) {
        watcher.disconnect();
        document.getElementById("attune-main")?.focus(); // another page, as the app's own links do
        return;
      }
      const focused = focusPath && follow(live, focusPath);
      const unfinished = pressed ?? pressing;
      const target = unfinished && follow(live, unfinished);
      // Not drawn yet (or drawn differently: then, after a moment, leave it to the person).
      if ((focusPath && !focused) || (unfinished && !target))
        return void (giveUp ??= setTimeout(() => watcher.disconnect(), 1000));
      watcher.disconnect();
      focused?.focus();
      target?.click();
    });
    watcher.observe(document.getElementById("attune"), { childList: true, subtree: true });
  });
} else {
  startApp();
}

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
// A private visit (?private=1) registers none either: it leaves nothing on the device.
let workers = null;
try {
  const privateVisit = SWITCH_ON.includes(params.get("private"));
  workers = SERVICE_WORKER && !privateVisit ? navigator.serviceWorker : null;
} catch {
  workers = null;
}
if (workers) {
  workers
    .register(SERVICE_WORKER)
    .then((registration) => {
      // A new release is offered only to a page an older one already controls (not on a first visit).
      // Whether one does is read when the new worker is found, not when it reports "installed":
      // WebKit can report that after this very worker has activated and taken control of the page,
      // which would look like an older release in control and offer an update on a first visit.
      const watch = (incoming) => {
        const older = workers.controller;
        incoming?.addEventListener("statechange", () => {
          if (incoming.state === "installed" && older) whenParsed(() => offerUpdate(registration));
        });
      };
      // Already waiting (deployed while Attune was closed), installing now, or found later.
      const waiting = registration.waiting;
      if (waiting && workers.controller && workers.controller !== waiting) whenParsed(() => offerUpdate(registration));
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
const host = params.get("host");
if (host && window.parent !== window && ORIGIN.test(host)) {
  root.classList.add("attune-embedded"); // no full-screen minimum height
  let reported = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    window.parent.postMessage({ type: "attune:height", height }, host);
  }).observe(root);
}
