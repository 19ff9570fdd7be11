// The first view: a first visit to the home page is drawn from the home prerendered into
// index.html, before any of the app's code arrives, and the app takes over the same page without
// losing the person's place. Any other visit starts the app at once.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoAxeViolations, openPage, serveAppInChromium, words } from "./support.mjs";

const app = serveAppInChromium();
const en = words("en");

/** A fresh page that holds back the app's wasm until `release()`, and lists what was fetched. */
async function withHeldCode(story, options) {
  const session = await openPage(app.browser, app.server.url, options);
  const fetched = [];
  session.page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await session.page.route(/\/attune-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  try {
    await story(session.page, { fetched, release });
    session.assertClean();
  } finally {
    release();
    await session.close();
  }
}

const appCode = (paths) => paths.filter((path) => /\/attune-[0-9a-f]+(_bg\.wasm|\.js)$/.test(path));
const appHasStarted = (page) => page.waitForFunction(() => performance.getEntriesByName("attune-ready").length > 0);

describe("a first visit to the home page", () => {
  test("is drawn and readable before any of the app's code is asked for, and passes axe", () =>
    withHeldCode(async (page, { fetched }) => {
      await page.goto(app.server.url);
      await page.getByRole("heading", { level: 1, name: en("home.title") }).waitFor();
      await page.getByRole("link", { name: "When your partner pulls away" }).waitFor();
      assert.equal(await page.getByRole("navigation", { name: en("nav.label") }).getByRole("link").count() >= 6, true);
      assert.deepEqual(appCode(fetched), [], "no wasm or glue before a gesture");
      assert.equal(await page.getByText("Loading Attune").isVisible(), false);
      await assertNoAxeViolations(page, "the prerendered home");
    }));

  test("the app's code follows the first gesture, and the app takes over with focus where it was", () =>
    withHeldCode(async (page, { fetched, release }) => {
      await page.goto(app.server.url);
      await page.getByRole("heading", { level: 1, name: en("home.title") }).waitFor();
      // Keyboard: the quick exit first, then the skip link into the content; the first key press
      // fetches the code.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), en("shell.exit"));
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), en("shell.skip"));
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.id), "attune-main");
      assert.equal(new URL(page.url()).hash, "", "the skip link does not change the address");
      assert.ok(appCode(fetched).length > 0, "the first key press asked for the app's code");
      release();
      await appHasStarted(page);
      await page.waitForFunction(() => document.activeElement?.id === "attune-main" && !document.querySelector(".attune-first-view"));
      // The live app answers: Tab moves on from main into the page's content.
      await page.keyboard.press("Tab");
      assert.ok(await page.evaluate(() => document.activeElement.closest("#attune-main") !== null));
    }));

  test("a button pressed before the code arrived is pressed for them once it has", () =>
    withHeldCode(async (page, { release }) => {
      await page.goto(app.server.url);
      await page.getByRole("contentinfo").getByRole("button", { name: "Español" }).click();
      release();
      await page.getByRole("heading", { level: 1, name: words("es")("home.title") }).waitFor();
      assert.equal(await page.locator("html").getAttribute("lang"), "es");
    }));

  test("a link pressed as the app takes over (pointer down on the copy, up on the app) still opens", () =>
    withHeldCode(async (page, { release }) => {
      await page.goto(app.server.url);
      const card = page.getByRole("link", { name: "When your partner pulls away" });
      const box = await card.boundingBox();
      await page.mouse.move(box.x + 5, box.y + box.height / 2);
      await page.mouse.down();
      release();
      await appHasStarted(page);
      await page.waitForFunction(() => !document.querySelector(".attune-first-view"));
      await page.mouse.up();
      await page.locator(".attune-progress", { hasText: en("player.step", { number: 1, total: 3 }) }).waitFor();
    }));

  test("following a link before the code arrived shows Loading, then that page", () =>
    withHeldCode(async (page, { release }) => {
      await page.goto(app.server.url);
      await page.getByRole("link", { name: "When your partner pulls away" }).click();
      await page.getByText("Loading Attune…").waitFor({ state: "visible" });
      release();
      await page.locator(".attune-progress", { hasText: en("player.step", { number: 1, total: 3 }) }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), "attune-main", "focus moves to the new page");
    }));

  test("the code also arrives unasked once the page has been idle a moment", () =>
    withHeldCode(async (page, { fetched, release }) => {
      release();
      await page.goto(app.server.url);
      await appHasStarted(page);
      assert.ok(appCode(fetched).length > 0);
      assert.equal(await page.locator(".attune-first-view").count(), 0, "the app replaced the prerendered home");
    }));
});

describe("any other visit starts the app at once", () => {
  for (const [why, path, options, setup] of [
    ["an address in the app", "#/glossary", {}],
    ["settings in the URL (an embed)", "?theme=dark", {}],
    ["a browser in Spanish", "", { locale: "es-MX" }],
    ["saved progress", "", {}, () => localStorage.setItem("attune.profile", "attune-profile 2\n0#0#0:0:0:")],
  ]) {
    test(`${why}: the code is fetched with the page, and Loading shows until the app draws`, () =>
      withHeldCode(
        async (page, { fetched, release }) => {
          if (setup) await page.addInitScript(setup);
          await page.goto(app.server.url + path);
          await page.getByText("Loading Attune…").waitFor({ state: "visible" });
          assert.ok(appCode(fetched).length > 0, appCode(fetched).join(", ") || "no app code yet");
          assert.equal(await page.locator(".attune-first-view").isVisible(), false);
          release();
          await appHasStarted(page);
        },
        options,
      ));
  }
});
