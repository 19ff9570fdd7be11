// Shared helpers for the browser tests: a static server for dist/, headless Chromium,
// and a page that records console errors and refuses every request that would leave 127.0.0.1.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const DIST = new URL("../../dist/", import.meta.url).pathname;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** Serves the release build from dist/ on a free loopback port. */
export async function startServer() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(DIST, path === "/" ? "index.html" : path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          // Public, static files: a sandboxed embed (an opaque origin) must be able to load them.
          "access-control-allow-origin": "*",
        })
        .end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * For a test file: starts the static server and Chromium before its tests and stops both after.
 * Returns an object whose `server` and `browser` are set once they are up.
 */
export function serveAppInChromium() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await startServer();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Headless Debian Chromium with flags that keep it quiet on a closed network. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh page on `baseUrl` that records console errors, uncaught exceptions and any request
 * to another host (which is aborted). Call `assertClean()` at the end of a test.
 */
export async function openPage(browser, baseUrl, { viewport = { width: 1280, height: 900 }, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  const origin = new URL(baseUrl).origin;
  const problems = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    problems.push(`request left 127.0.0.1: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  return {
    page,
    problems,
    /** Fails if anything went wrong that a person would not see on screen. */
    assertClean() {
      if (problems.length) throw new Error(`page problems:\n${problems.join("\n")}`);
    },
    close: () => context.close(),
  };
}

/** Opens an address of the app (e.g. "#/about") and waits for the app to render. */
export async function visit(page, baseUrl, hash = "") {
  await page.goto(baseUrl + hash);
  await page.locator(".attune-app").waitFor();
}

/** Runs axe-core in the page; fails with a readable list of WCAG 2.x A/AA violations. */
export async function assertNoAxeViolations(page, label) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
  if (violations.length) throw new Error(`axe found violations on ${label}:\n${violations.join("\n")}`);
}

/**
 * Reads a published scenario file (dist/content/*.txt), the format of the engine's codec.rs:
 * strings as `<bytes>:<text>`, lists as `<count>#`, a missing value as `-`.
 */
export function decodeScenario(buffer) {
  const bytes = Buffer.from(buffer);
  const magic = "attune-scenario 3\n";
  if (bytes.subarray(0, magic.length).toString() !== magic) throw new Error("not a scenario file");
  let at = magic.length;
  const number = (end) => {
    const stop = bytes.indexOf(end, at);
    const n = Number(bytes.subarray(at, stop).toString());
    at = stop + 1;
    return n;
  };
  const text = () => {
    const length = number(":");
    const value = bytes.subarray(at, at + length).toString();
    at += length;
    return value;
  };
  const optional = () => (bytes[at] === 0x2d ? (at++, null) : text());
  const list = (item) => Array.from({ length: number("#") }, item);
  const scenario = { id: text(), title: text(), teaser: text(), order: optional(), notes: list(text), start: text() };
  scenario.steps = list(() => ({
    id: text(),
    title: optional(),
    situation: text(),
    question: optional(),
    responses: list(() => ({
      id: text(), text: text(), next: text(), outcome: text(), attachment: text(), codependency: text(),
      sources: list(text), pattern: optional(), synthesis: optional(),
      remember: optional(), condition: optional(),
      routes: list(() => ({ condition: text(), next: text() })),
    })),
    reflection: optional(),
    variants: list(() => ({ condition: text(), title: optional(), situation: text() })),
  }));
  return scenario;
}

/** Whether a content condition ("fact" or "not fact") holds for the remembered facts. */
export function holds(condition, facts) {
  if (condition === null) return true;
  const negated = condition.startsWith("not ");
  return facts.has(negated ? condition.slice(4).trim() : condition.trim()) !== negated;
}
