// Safety for the person reading: the quick exit leaves at once with no way Back (on the
// prerendered first view, in the app, after a crash, in presenter mode, See the cycle and an
// embed, where it leaves the practice's page too), and a private visit leaves nothing behind.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { freePort, launchBrowser, openPage, startServer, visit } from "./support.mjs";

const NEUTRAL = "https://www.bbc.co.uk/weather";
const state = { app: null, browser: null };

before(async () => {
  state.hostPort = await freePort();
  state.app = await startServer({ frameAncestors: `'self' http://localhost:${state.hostPort}` });
  state.browser = await launchBrowser();
});
after(async () => {
  await state.browser?.close();
  await state.app?.close();
});

/**
 * A fresh page that starts on a blank tab (so "Back" has somewhere else to go), with the neutral
 * site and a practice's own exit address answered by stand-ins (the network is closed here).
 */
async function withExitPage(story, options = {}) {
  const session = await openPage(state.browser, state.app.url, options);
  const { page } = session;
  for (const url of [NEUTRAL, "https://riverside.example/weather"]) {
    await page.context().route(url, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather today</h1>" }),
    );
  }
  try {
    await story(page, session);
    session.assertClean();
  } finally {
    await session.close();
  }
}

/** Asserts the tab now shows the neutral site, and that Back does not return to Attune. */
async function assertLeftFor(page, destination = NEUTRAL) {
  await page.waitForURL(destination);
  await page.getByRole("heading", { name: "Weather today" }).waitFor();
  await page.goBack().catch(() => {});
  assert.ok(!page.url().startsWith(state.app.url), `Back returned to Attune: ${page.url()}`);
}

describe("the quick exit", () => {
  test("on the first view, before any code arrives, it is the first thing the keyboard reaches", () =>
    withExitPage(async (page) => {
      // The app's code is held back: only the prerendered first view and the loader are here.
      await page.route(/\.wasm$/, () => {});
      await page.goto("about:blank");
      await page.goto(state.app.url);
      await page.locator(".attune-first-view").waitFor();
      assert.ok(await page.getByRole("link", { name: "Leave this site" }).isVisible());
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Leave this site");
      await page.keyboard.press("Enter");
      await assertLeftFor(page);
    }));

  test("Shift pressed three times leaves from inside a scenario, but Shift with another key does not", () =>
    withExitPage(async (page) => {
      await page.goto("about:blank");
      await visit(page, state.app.url, "#/scenario/partner-pulling-away");
      await page.getByRole("heading", { name: "Your response" }).waitFor();
      // Two steps in: each step is an address in the tab's history, and Back must pass them all.
      await page.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");
      // Shift+1, Shift+2, Shift+3 (presenter mode's hand counts) are not an exit.
      for (const digit of ["1", "2", "3"]) await page.keyboard.press(`Shift+Digit${digit}`);
      assert.ok(page.url().startsWith(state.app.url));
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await assertLeftFor(page);
    }));

  test("after a crash the link still leaves", () =>
    withExitPage(async (page, session) => {
      await page.goto("about:blank");
      await visit(page, state.app.url);
      await page.evaluate(() => (location.hash = "#/debug/panic"));
      await page.getByRole("alert").waitFor();
      await page.getByRole("link", { name: "Leave this site" }).click();
      await assertLeftFor(page);
      // The crash reports itself on purpose (the panic message, and the wasm trap it ends in);
      // nothing else may.
      const expected = (p) => p.includes("Attune stopped") || p === "uncaught exception: unreachable";
      session.problems.splice(0, session.problems.length, ...session.problems.filter((p) => !expected(p)));
    }));

  for (const [label, path, ready] of [
    ["presenter mode", "present.html", "Present a scenario"],
    ["See the cycle", "sandbox.html", "See the cycle"],
  ]) {
    test(`${label} has it too, by link and by keys`, () =>
      withExitPage(async (page) => {
        await page.goto("about:blank");
        await page.goto(`${state.app.url}${path}`);
        await page.getByRole("heading", { level: 1, name: ready }).waitFor();
        for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
        await assertLeftFor(page);
        await page.goto(`${state.app.url}${path}`);
        await page.getByRole("heading", { level: 1, name: ready }).waitFor();
        await page.getByRole("link", { name: "Leave this site" }).click();
        await page.waitForURL(NEUTRAL);
      }));
  }

  test("in an embed it leaves the practice's page, for the practice's own address", async () => {
    const app = state.app.url.replace(/\/$/, "");
    const host = createServer((req, res) => {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `default-src 'self'; script-src ${app}; frame-src ${app}`,
      });
      res.end(`<!doctype html><html lang="en"><title>Riverside Counselling</title><h1>Riverside Counselling</h1>
        <div data-attune data-exit-url="https://riverside.example/weather"></div>
        <script src="${app}/embed.js" async></script></html>`);
    });
    await new Promise((resolve) => host.listen(state.hostPort, "127.0.0.1", resolve));
    try {
      await withExitPage(
        async (page) => {
          await page.goto("about:blank");
          await page.goto(`http://localhost:${state.hostPort}/`);
          const frame = page.frameLocator("iframe");
          await frame.locator(".attune-app").waitFor();
          await frame.getByRole("link", { name: "Leave this site" }).click();
          await assertLeftFor(page, "https://riverside.example/weather");
        },
        { alsoAllow: [`http://localhost:${state.hostPort}`] },
      );
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

/** Everything this origin holds in any storage area, as a person's device would keep it. */
const storedEverything = (page) =>
  page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

const NOTHING = { localStorage: [], sessionStorage: [], cookies: "", indexedDB: [], caches: [], serviceWorkers: 0 };

describe("a private visit", () => {
  test("a full scenario, a note, My pattern and a language leave nothing in any storage", () =>
    withExitPage(
      async (page) => {
        // Service workers allowed: a private visit must not register one (nor fill its cache).
        await visit(page, state.app.url, "?private=1#/scenario/partner-pulling-away");
        await page.getByText("Private visit: nothing is saved on this device.", { exact: false }).first().waitFor();
        await page.getByText("Add a private note").click();
        await page.getByRole("textbox", { name: "Your note on this step" }).fill("Only for tonight.");
        for (let guard = 0; guard < 6; guard++) {
          await page.getByRole("heading", { name: /Your response|To reflect on/ }).first().waitFor();
          const responses = page.getByRole("group", { name: "Your response" }).getByRole("button");
          if ((await responses.count()) === 0) break;
          await responses.first().click();
          await page.getByRole("button", { name: "Continue", exact: true }).click();
        }
        await page.getByRole("heading", { name: "To reflect on" }).waitFor();
        await page.getByRole("link", { name: "My pattern", exact: true }).click();
        await page.getByRole("heading", { level: 1, name: "My pattern" }).waitFor();
        assert.match(await page.locator(".attune-my-pattern").textContent(), /Only for tonight\./);
        await page.getByRole("button", { name: "Español" }).click();
        await page.locator("html[lang=es]").waitFor();
        assert.deepEqual(await storedEverything(page), NOTHING);
        // A reload stays private, and still keeps nothing.
        await page.reload();
        await page.locator(".attune-app").waitFor();
        assert.match(page.url(), /[?&]private=1/);
        assert.deepEqual(await storedEverything(page), NOTHING);
      },
      { serviceWorkers: "allow" },
    ));

  test("starting one offers to delete what this browser already holds", () =>
    withExitPage(async (page) => {
      await visit(page, state.app.url, "#/scenario/saying-no");
      await page.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
      await page.waitForFunction(() => localStorage.getItem("attune.profile") !== null);
      await page.getByRole("link", { name: "Settings", exact: true }).click();
      await page.getByRole("button", { name: "Start a private visit" }).click();
      const offer = page.getByRole("group", { name: /already holds your Attune progress/ });
      await offer.getByRole("button", { name: "Delete them and start a private visit" }).click();
      await page.waitForURL(/[?&]private=1/);
      await page.locator(".attune-app").waitFor();
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
      assert.equal(await page.getByText("Continue where you left off").count(), 0);
      // Ending it is one press, and the address no longer says private.
      await page.getByRole("button", { name: "End the private visit" }).first().click();
      await page.waitForURL((url) => !url.search.includes("private"));
    }));

});

describe("the help page", () => {
  test("a practice's own help line comes first, before Attune's general guidance", () =>
    withExitPage(async (page) => {
      const query = new URLSearchParams({ practice: "Riverside Counselling", "help-text": "Our duty counsellor, every weekday", "help-phone": "+1 555 010 0199" });
      await visit(page, state.app.url, `?${query}#/help`);
      const own = page.getByRole("heading", { name: /Riverside Counselling/ });
      await own.waitFor();
      const general = page.getByText("emergency number", { exact: false }).first();
      const [ownBox, generalBox] = await Promise.all([own.boundingBox(), general.boundingBox()]);
      assert.ok(ownBox.y < generalBox.y, "the practice's line is above Attune's");
      assert.ok(await page.getByRole("link", { name: "+1 555 010 0199" }).isVisible());
    }));
});
