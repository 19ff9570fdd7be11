// Measures a player in headless Chromium through the DevTools protocol, the same way for
// Attune and the peer: a slow mobile network and a 4x slower CPU, cache off, timings taken
// in the page (performance.now(), marks), memory from CDP.
import { launchBrowser } from "../../tests/e2e/support.mjs";

export { launchBrowser };

/**
 * Lighthouse's "slow 4G" mobile profile (150 ms RTT, 1.6 Mbps down, 750 Kbps up) and its 4x
 * CPU slowdown. CDP throttles per request rather than per packet, so these figures make a
 * faster network than Lighthouse's own DevTools mode (which adds 3.75x RTT per request).
 */
export const PROFILE = { rttMs: 150, downKbps: 1638.4, upKbps: 750, cpuSlowdown: 4 };

/** The heading both players show above a choice's explanation. */
export const EXPLANATION_HEADING = "What tends to happen next";

const VIEWPORT = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

/** A fresh, throttled page with no cache, recording console errors, CSP violations and transfers. */
async function throttledPage(browser) {
  // No service worker: once it takes control it serves files itself, and CDP then counts 0 bytes
  // for them (and its own downloads of every file for offline use are not the page's).
  const context = await browser.newContext({ ...VIEWPORT, serviceWorkers: "block" });
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline code"}`),
    ),
  );
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => msg.type() === "error" && problems.push(`console error: ${msg.text()}`));
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.rttMs,
    downloadThroughput: (PROFILE.downKbps * 1024) / 8,
    uploadThroughput: (PROFILE.upKbps * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });
  await cdp.send("Performance.enable");

  // Bytes on the wire per request (body as sent, compressed, plus headers).
  const responses = new Map();
  cdp.on("Network.responseReceived", ({ requestId, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    responses.set(requestId, { url: response.url, status: response.status, encoding: headers["content-encoding"] ?? "none" });
  });
  const transfers = [];
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response) transfers.push({ ...response, file: new URL(response.url).pathname, bytes: encodedDataLength });
  });
  return { context, page, cdp, problems, transfers };
}

/** JS heap after a full garbage collection (CDP Performance.getMetrics), in bytes. */
async function jsHeap(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  return { used: metric("JSHeapUsedSize"), total: metric("JSHeapTotalSize") };
}

/**
 * WebAssembly linear memory, in bytes. Attune's loader keeps wasm-bindgen's exports private,
 * but its glue is an ES module: importing the same URL again returns the same instance, and
 * its init function returns the already-initialised exports, `memory` among them.
 */
async function wasmMemory(page, glue) {
  if (!glue) return 0;
  return page.evaluate(async (url) => {
    const exports = await (await import(url)).default();
    return exports.memory.buffer.byteLength;
  }, glue);
}

/**
 * One cold load of `url`. Records, relative to navigation start: `mark` (the player's own
 * "first view rendered" mark), first contentful paint, and the first response button
 * (`responseSelector`) visible and enabled, taken in the frame that paints it.
 */
export async function coldLoad(browser, url, { mark, alsoMark, responseSelector, glue }) {
  const { context, page, cdp, problems, transfers } = await throttledPage(browser);
  try {
    if (responseSelector) {
      await page.addInitScript((selector) => {
        const ready = () => {
          const button = document.querySelector(selector);
          return button && !button.disabled && button.checkVisibility();
        };
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          const observed = performance.now();
          requestAnimationFrame(() => {
            window.__benchFirstResponse = { observed, frame: performance.now() };
          });
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      }, responseSelector);
    }
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
    if (responseSelector) await page.waitForFunction(() => window.__benchFirstResponse, null, { timeout: 60_000 });
    // A second mark that comes later (the home page: the app taking over the first view).
    if (alsoMark) await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, alsoMark, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const timings = await page.evaluate(
      ([name, also]) => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return {
          ready: performance.getEntriesByName(name)[0].startTime,
          alsoReady: also ? performance.getEntriesByName(also)[0].startTime : null,
          fcp: paint ? paint.startTime : null,
          firstResponse: window.__benchFirstResponse ? window.__benchFirstResponse.frame : null,
        };
      },
      [mark, alsoMark],
    );
    const memory = { jsHeap: await jsHeap(cdp), wasm: await wasmMemory(page, glue) };
    return { ...timings, transfers, memory, problems };
  } finally {
    await context.close();
  }
}

/**
 * Plays `choices` responses, walking the scenario's paths in turn (path p takes, at decision d,
 * response number digit d of p in base 3), with Continue after each explanation and Start
 * again at each ending. The latency is measured in the page: from the click (a capturing
 * listener, performance.now()) to the frame after the explanation heading enters the DOM.
 */
export async function choiceLatency(browser, url, { responseSelector, choices, glue }) {
  const { context, page, cdp, problems } = await throttledPage(browser);
  try {
    await page.goto(url);
    await page.locator(responseSelector).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const afterLoad = { jsHeap: await jsHeap(cdp), wasm: await wasmMemory(page, glue) };

    await page.evaluate((heading) => {
      window.__benchLatencies = [];
      let start = null;
      const explained = () => [...document.querySelectorAll("h2")].some((h) => h.textContent.trim() === heading);
      document.addEventListener(
        "click",
        (event) => {
          const button = event.target.closest("button");
          if (!button || ["Continue", "Start again", "Back"].includes(button.textContent.trim())) return;
          if (!explained()) start = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        if (start === null || !explained()) return;
        const from = start;
        start = null;
        requestAnimationFrame(() => window.__benchLatencies.push(performance.now() - from));
      }).observe(document.body, { childList: true, subtree: true });
    }, EXPLANATION_HEADING);

    // A decision is on screen: response buttons, and neither an explanation nor an ending.
    const decision = () =>
      page.waitForFunction(
        ([selector, heading]) =>
          document.querySelector(selector) &&
          ![...document.querySelectorAll("h2")].some((h) => [heading, "To reflect on"].includes(h.textContent.trim())),
        [responseSelector, EXPLANATION_HEADING],
      );
    for (let i = 0; i < choices; i++) {
      const path = Math.floor(i / 3);
      const depth = i % 3;
      await decision();
      const buttons = page.locator(responseSelector);
      const pick = (Math.floor(path / 3 ** depth) % 3) % (await buttons.count());
      await buttons.nth(pick).click();
      await page.waitForFunction((n) => window.__benchLatencies.length >= n, i + 1);
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      if (depth === 2) {
        await page.getByRole("heading", { name: "To reflect on" }).waitFor();
        await page.getByRole("button", { name: "Start again", exact: true }).click();
      }
    }
    const latencies = await page.evaluate(() => window.__benchLatencies);
    const afterChoices = { jsHeap: await jsHeap(cdp), wasm: await wasmMemory(page, glue) };
    return { latencies, memory: { afterLoad, afterChoices }, problems };
  } finally {
    await context.close();
  }
}

/** Nearest-rank percentile of frame intervals, and the share of frames slower than 60 fps. */
function frameStats(intervals) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
  return {
    frames: sorted.length,
    p50: at(50),
    p95: at(95),
    max: sorted.at(-1) ?? null,
    over60fps: sorted.length ? sorted.filter((t) => t > 1000 / 60 + 1).length / sorted.length : null,
  };
}

/**
 * "See the cycle" (sandbox.html) at 4x CPU: frame intervals (requestAnimationFrame) while a run
 * plays from round 0 to the end, and while a slider is dragged (a new value every frame, as a
 * finger or mouse would send), each redrawing all three charts.
 */
export async function sandboxFrames(browser, baseUrl) {
  const { context, page, problems } = await throttledPage(browser);
  try {
    await page.goto(`${baseUrl}sandbox.html`);
    await page.getByRole("heading", { level: 1, name: "See the cycle" }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Back to the start" }).click();
    const record = () =>
      page.evaluate(() => {
        window.__frames = [];
        let last = performance.now();
        const tick = (now) => {
          window.__frames.push(now - last);
          last = now;
          if (window.__recording) requestAnimationFrame(tick);
        };
        window.__recording = true;
        requestAnimationFrame(tick);
      });
    const stop = () => page.evaluate(() => ((window.__recording = false), window.__frames.slice(1)));

    await record();
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.getByRole("button", { name: "Play again" }).waitFor({ timeout: 60_000 });
    const play = frameStats(await stop());

    await record();
    await page.evaluate(
      () =>
        new Promise((done) => {
          const slider = document.querySelector("#attune-a-responsiveness");
          let frame = 0;
          const move = () => {
            slider.value = String((frame * 5) % 105);
            slider.dispatchEvent(new Event("input", { bubbles: true }));
            if (++frame < 120) requestAnimationFrame(move);
            else done();
          };
          requestAnimationFrame(move);
        }),
    );
    const drag = frameStats(await stop());
    return { play, drag, problems };
  } finally {
    await context.close();
  }
}
