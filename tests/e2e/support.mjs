// Shared helpers for the browser tests: the release build behind a real nginx, headless
// Chromium, and a page that records console errors and CSP violations and refuses every
// request that would leave 127.0.0.1.
import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { parse as parseToml } from "smol-toml";

// The JS reader of published scenario files lives with the build, which uses it too.
export { decodeScenario } from "../../scripts/scenario-file.mjs";

const require = createRequire(import.meta.url);
const DIST = new URL("../../dist/", import.meta.url).pathname;
const NGINX_CONF = new URL("../../deploy/nginx/", import.meta.url).pathname;
const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";

/**
 * Serves the release build from dist/ with the production nginx configuration
 * (deploy/nginx/): its headers, Content-Security-Policy and precompressed files.
 * `root` serves another folder the same way (the benchmark's peer player).
 * nginx runs in the foreground as this process's child, on a free loopback port,
 * from a private copy of dist/ (so its unprivileged workers can read it); `close()`
 * stops it by its PID.
 */
export async function startServer({ frameAncestors = "'self'", root = DIST } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "attune-nginx-"));
  chmodSync(dir, 0o755);
  cpSync(root, join(dir, "dist"), { recursive: true });
  chmodSync(join(dir, "dist"), 0o755); // the copy keeps the source's mode, which may be private
  for (const file of ["attune.conf", "attune-headers.conf"]) copyFileSync(join(NGINX_CONF, file), join(dir, file));
  const port = await freePort();
  writeFileSync(
    join(dir, "nginx.conf"),
    `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/dist;
    set $attune_frame_ancestors "${frameAncestors}";
    include attune.conf;
  }
}
`,
  );
  const nginx = spawn(NGINX, ["-p", dir, "-e", join(dir, "error.log"), "-c", join(dir, "nginx.conf")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise((resolve) => nginx.once("exit", resolve));
  // Never leave an nginx behind, even if the test process ends abruptly.
  process.once("exit", () => nginx.kill("SIGTERM"));
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}); see ${dir}/error.log`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => null, // not listening yet
    );
    if (status === 200) break;
    if (attempt > 100) throw new Error(`nginx answered ${status ?? "nothing"} on ${url}; see ${dir}/error.log`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    /** The folder nginx serves (a copy of dist/), for tests that deploy a "new release". */
    root: join(dir, "dist"),
    async close() {
      if (nginx.exitCode === null) {
        nginx.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A loopback port nobody is listening on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
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
export function launchBrowser({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      ...args,
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
 * A fresh page on `baseUrl` that records console errors, uncaught exceptions, CSP violations and
 * any request to another origin than `baseUrl`'s and `alsoAllow`'s (which is aborted). Call
 * `assertClean()` at the end of a test.
 */
export async function openPage(
  browser,
  baseUrl,
  { viewport = { width: 1280, height: 900 }, colorScheme = "light", serviceWorkers = "block", alsoAllow = [], locale = "en-US" } = {},
) {
  // The service worker is blocked unless a test is about it: it would fetch every file for
  // offline use in the background, which other tests would count as the page's own requests.
  // `locale` is the browser's language (navigator.languages), which Attune follows by default.
  const context = await browser.newContext({ viewport, colorScheme, serviceWorkers, locale });
  const origins = [baseUrl, ...alsoAllow].map((url) => new URL(url).origin);
  const problems = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (origins.some((origin) => url.startsWith(`${origin}/`)) || url.startsWith("data:")) return route.continue();
    problems.push(`request to a foreign origin: ${url}`);
    return route.abort();
  });
  // Every Content-Security-Policy violation, in the page or any frame, becomes a console error.
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline code"}`),
    ),
  );
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

/**
 * Runs `story(page)` on a fresh page (`openPage`'s options) of `app`'s server, and fails if the
 * page recorded any problem: a console error, a CSP violation or a request to another origin.
 */
export async function withCleanPage(app, story, options) {
  const session = await openPage(app.browser, app.server.url, options);
  try {
    await story(session.page);
    session.assertClean();
  } finally {
    await session.close();
  }
}

/** Opens an address of the app (e.g. "#/about") and waits for the app to render. */
export async function visit(page, baseUrl, hash = "") {
  await page.goto(baseUrl + hash);
  await page.locator(".attune-app").waitFor();
}

/**
 * The interface's words of a language (`"en"` or a folder such as `"es"`), read from its
 * content/…/ui.toml: `words("es")("player.continue")`, with `{name}` placeholders filled from
 * `values`. Tests read what a person reads in that language, from the same source as the app.
 */
export function words(language) {
  const file = new URL(`../../content/${language === "en" ? "" : `${language}/`}ui.toml`, import.meta.url);
  const table = parseToml(readFileSync(file, "utf8"));
  return (key, values = {}) => {
    const text = key.split(".").reduce((at, part) => at?.[part], table);
    if (typeof text !== "string") throw new Error(`${language}: no interface word ${key}`);
    return text.replace(/\{([a-z0-9_]+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  };
}

let axeSource = null;

/** Runs axe-core in the page; fails with a readable list of WCAG 2.x A/AA violations. */
export async function assertNoAxeViolations(page, label) {
  // Evaluated through DevTools rather than added as a <script>: the page's CSP (rightly) allows no inline script.
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
  if (violations.length) throw new Error(`axe found violations on ${label}:\n${violations.join("\n")}`);
}

/** Whether a content condition ("fact" or "not fact") holds for the remembered facts. */
export function holds(condition, facts) {
  if (condition === null) return true;
  const negated = condition.startsWith("not ");
  return facts.has(negated ? condition.slice(4).trim() : condition.trim()) !== negated;
}
