// Prerenders the home page as a first visit sees it, for index.html's first view (post-build.mjs).
//
// Why: the app's code is most of the first view's bytes, and a first visit to the home page needs
// none of it to be read and used (its links are addresses the app opens). So the release build
// runs the app once, in headless Chromium, exactly as a first visit would (no saved data, English,
// no settings in the URL), and keeps what it drew. Drawn by the app itself, the copy cannot drift
// from what the app draws; web/loader.js shows it only on such a visit and lets the app take over.
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Serves `folder` (the build's staging folder) at `dir` (Trunk's public URL) on a free loopback port. */
async function serve(folder, dir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const inside = path.startsWith(dir) ? path.slice(dir.length) : null;
    const file = inside === "" ? "index.html" : inside;
    if (file === null || normalize(file).startsWith("..")) return response.writeHead(404).end();
    try {
      const body = await readFile(join(folder, file));
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}${dir}`, close: () => new Promise((r) => server.close(r)) };
}

/** The home page's markup (`<div class="attune-app">…</div>`) as the app draws it on a first visit. */
export async function prerenderHome({ staging, dir }) {
  const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath))
    throw new Error(`prerender.mjs: the release build draws the home page in Chromium, and ${executablePath} is missing: run the README's commands (scripts/setup.sh installs it), or set CHROMIUM`);
  const server = await serve(staging, dir);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ locale: "en-US", serviceWorkers: "block", colorScheme: "light" });
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await page.goto(server.url);
    // A first visit's page waits for a first gesture before it fetches the app: give it one.
    await page.keyboard.press("Shift");
    await page.waitForFunction(() => performance.getEntriesByName("attune-ready").length > 0, null, { timeout: 60_000 });
    const markup = await page.evaluate(() => document.querySelector("#attune > .attune-app")?.outerHTML ?? "");
    if (problems.length || !markup) throw new Error(`the home page did not render cleanly:\n${problems.join("\n") || "no .attune-app"}`);
    if (/\sstyle=|<script/i.test(markup)) throw new Error("the home page's markup has inline style or script, which the CSP forbids");
    return markup;
  } finally {
    await browser.close();
    await server.close();
  }
}
