// Offline and installed use: a facilitator with no Wi-Fi, a phone on the underground. After one
// visit the service worker keeps Attune playable offline; a new release is offered, never forced.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeCompressed } from "../../scripts/compress.mjs";
import { openPage, serveAppInChromium, visit } from "./support.mjs";

const app = serveAppInChromium();

async function withWorker(story) {
  const session = await openPage(app.browser, app.server.url, { serviceWorkers: "allow" });
  try {
    await story(session.page, session);
    session.assertClean();
  } finally {
    await session.close();
  }
}

/** Visits Attune and waits until its service worker controls the page with every file saved. */
async function firstVisit(page) {
  await visit(page, app.server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  return page.evaluate(async () => {
    const [key] = await caches.keys();
    return { key, saved: (await (await caches.open(key)).keys()).length };
  });
}

describe("offline", () => {
  test("after one visit, Attune opens and plays with the network off", () =>
    withWorker(async (page) => {
      const { key, saved } = await firstVisit(page);
      assert.match(key, /^attune-[0-9a-f]{16}$/);
      assert.ok(saved >= 15, `saved ${saved} files`);
      await page.context().setOffline(true);
      assert.equal(await page.evaluate(() => navigator.onLine), false, "the network is really off");
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Leaning on each other" }).waitFor();
      await page.getByRole("link", { name: "The rescue-and-enable cycle" }).click();
      await page.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
      await page.getByRole("heading", { name: "What tends to happen next" }).waitFor();
      await visit(page, app.server.url, "#/glossary");
      await page.getByRole("heading", { level: 1, name: "Glossary" }).waitFor();
      await page.getByRole("term").first().waitFor();
      assert.ok((await page.getByRole("term").count()) >= 15, "the glossary came from the saved copy");
      // The tools pages too: a workshop room with no Wi-Fi.
      await page.goto(`${app.server.url}present.html#/scenario/saying-no`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      await page.goto(`${app.server.url}sandbox.html`);
      await page.getByRole("heading", { level: 1, name: "See the cycle" }).waitFor();
    }));

  test("Chromium finds Attune installable: a valid manifest and icons", () =>
    withWorker(async (page) => {
      await firstVisit(page);
      const cdp = await page.context().newCDPSession(page);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      // Test browsers run "incognito", which blocks installing whatever the app does; nothing else may be wrong.
      assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== "in-incognito"), []);
      const { errors } = await cdp.send("Page.getAppManifest");
      assert.deepEqual(errors, []);
    }));
});

describe("a new release", () => {
  test("is offered with 'Reload to update'; reloading brings it in and nothing typed is lost", () =>
    withWorker(async (page) => {
      const { key } = await firstVisit(page);
      await page.getByRole("link", { name: "Saying no for the first time" }).click();
      await page.getByText("Add a private note").click();
      await page.getByRole("textbox", { name: "Your note on this step" }).fill("before the update");

      // Deploy "release 2": the same files under a new service worker version (and its
      // precompressed copies, which nginx prefers).
      const version = key.slice("attune-".length);
      const worker = join(app.server.root, "sw.js");
      const original = readFileSync(worker, "utf8");
      const deploy = (text) => {
        writeFileSync(worker, text);
        writeCompressed(worker);
      };
      try {
        deploy(original.replaceAll(version, "0123456789abcdef"));
        await page.reload(); // the browser looks for a new worker on every visit
        const banner = page.getByRole("status").filter({ hasText: "A new version of Attune is ready" });
        await banner.waitFor();
        await Promise.all([
          page.waitForEvent("framenavigated"),
          banner.getByRole("button", { name: "Reload to update" }).click(),
        ]);
        await page.getByRole("textbox", { name: "Your note on this step" }).waitFor();
        assert.equal(await page.getByRole("textbox", { name: "Your note on this step" }).inputValue(), "before the update");
        assert.equal(await banner.isVisible(), false);
        assert.deepEqual(await page.evaluate(() => caches.keys()), ["attune-0123456789abcdef"], "the old release's copy is gone");
      } finally {
        deploy(original);
      }
    }));
});
