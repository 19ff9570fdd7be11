// Faults a person may meet: code that doesn't arrive or arrives damaged, a slow network,
// JavaScript turned off, and a crash. Each must end in words on screen, never a blank page,
// and never with lost notes.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoAxeViolations, launchBrowser, openPage, serveAppInChromium, visit } from "./support.mjs";

const app = serveAppInChromium();

/** Problems expected when an asset is made to fail on purpose (the browser logs them). */
const expectedLoadFailure = (problem) =>
  /Failed to load resource|Failed to fetch|digest|integrity|ERR_|WebAssembly|CompileError|MIME type/i.test(problem);

/** Runs `story` on a fresh page; `route` (glob → handler) intercepts the app's own files. */
async function withFault(story, { route } = {}) {
  const session = await openPage(app.browser, app.server.url);
  try {
    if (route) await session.page.route(route.glob, route.handler);
    await story(session.page, session);
    const unexpected = session.problems.filter((p) => !expectedLoadFailure(p));
    assert.deepEqual(unexpected, [], unexpected.join("\n"));
  } finally {
    await session.close();
  }
}

/** The start-up failure message, its reload button, and a working app after the reload. */
async function assertCouldNotStartThenReload(page) {
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.getByRole("heading").textContent(), /Attune couldn't start/);
  assert.match(await alert.textContent(), /progress and notes in this browser are untouched/);
  assert.equal(await page.locator(".attune-loading").isVisible(), false, "no endless 'Loading' beside the message");
  await assertNoAxeViolations(page, "the start-up failure message");
  await page.unrouteAll();
  await alert.getByRole("button", { name: "Reload Attune" }).click();
  await page.getByRole("heading", { level: 1, name: "Leaning on each other" }).waitFor();
}

describe("the app's code cannot load", () => {
  test("the WebAssembly file is missing: a readable message with a reload button that works", () =>
    withFault(async (page) => {
      await page.goto(app.server.url);
      await assertCouldNotStartThenReload(page);
    }, { route: { glob: "**/*_bg.wasm", handler: (r) => r.fulfill({ status: 404, body: "not found" }) } }));

  test("the WebAssembly file arrives damaged: the same message, not a blank page", () =>
    withFault(async (page) => {
      await page.goto(app.server.url);
      await assertCouldNotStartThenReload(page);
    }, {
      route: {
        glob: "**/*_bg.wasm",
        handler: (r) => r.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("\0asm\x01\0\0\0garbage") }),
      },
    }));

  test("the JavaScript glue is missing: the same message", () =>
    withFault(async (page) => {
      await page.goto(app.server.url);
      await assertCouldNotStartThenReload(page);
    }, { route: { glob: /\/attune-[0-9a-f]+\.js$/, handler: (r) => r.fulfill({ status: 404, body: "" }) } }));

  test("with JavaScript turned off, the page says what Attune needs, and nothing else", async () => {
    // Blink's own setting, as a browser with scripting off has it (DevTools' switch leaves <noscript> unrendered).
    const browser = await launchBrowser({ args: ["--blink-settings=scriptEnabled=false"] });
    try {
      const session = await openPage(browser, app.server.url);
      await session.page.goto(app.server.url);
      // By class: Playwright's text locators skip <noscript> content, which a person does see here.
      const notice = session.page.locator(".attune-noscript");
      await notice.waitFor();
      assert.match(await notice.textContent(), /Attune needs JavaScript and WebAssembly to run/);
      await session.page.waitForTimeout(700); // past the delay after which "Loading Attune…" would show
      assert.equal(await session.page.getByText("Loading Attune").isVisible(), false);
      session.assertClean();
    } finally {
      await browser.close();
    }
  });
});

describe("a slow network", () => {
  // A first visit to the home page needs no code to be drawn (first-view.test.mjs); any other
  // page waits for it.
  test("while the code is on its way, the page says Attune is loading, then the app appears", () => {
    let release;
    const arrived = new Promise((resolve) => (release = resolve));
    return withFault(async (page) => {
      await page.goto(`${app.server.url}#/settings`, { waitUntil: "domcontentloaded" });
      const loading = page.getByText("Loading Attune…");
      await loading.waitFor({ state: "visible" });
      release();
      await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
      assert.equal(await page.getByText("Loading Attune").count(), 0);
    }, {
      route: {
        glob: "**/*_bg.wasm",
        handler: async (r) => {
          await arrived;
          await r.continue();
        },
      },
    });
  });
});

describe("a crash", () => {
  test("shows the recovery screen, and the learner's notes are still there after reloading", async () => {
    const session = await openPage(app.browser, app.server.url);
    try {
      const { page } = session;
      await visit(page, app.server.url, "#/scenario/saying-no");
      await page.getByText("Add a private note").click();
      const note = page.getByRole("textbox", { name: "Your note on this step" });
      await note.fill("written just before the crash");
      await page.evaluate(() => (location.hash = "#/debug/panic"));
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.textContent(), /Something went wrong/);
      await alert.getByRole("link", { name: "Reload Attune" }).click();
      await page.getByRole("heading", { level: 1, name: "Leaning on each other" }).waitFor();
      await visit(page, app.server.url, "#/scenario/saying-no");
      assert.equal(await note.inputValue(), "written just before the crash");
      // A panic aborts the WebAssembly (a trap, "unreachable") after the hook has reported it.
      const unexpected = session.problems.filter((p) => !/Attune stopped|uncaught exception: unreachable/.test(p));
      assert.deepEqual(unexpected, []);
    } finally {
      await session.close();
    }
  });
});

describe("storage faults beyond blocked, full and corrupt (see self-guided.test.mjs)", () => {
  test("reading storage throws: Attune says nothing will be kept, and plays on", async () => {
    const session = await openPage(app.browser, app.server.url);
    try {
      const { page } = session;
      await page.context().addInitScript(() => {
        Storage.prototype.getItem = () => {
          throw new DOMException("The operation is insecure.", "SecurityError");
        };
      });
      await visit(page, app.server.url, "#/scenario/saying-no");
      assert.match(await page.getByRole("status").first().textContent(), /isn't letting Attune save anything/);
      await page.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
      await page.getByRole("heading", { name: "What tends to happen next" }).waitFor();
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("progress saved by a newer version of Attune is kept aside, never overwritten", async () => {
    const session = await openPage(app.browser, app.server.url);
    try {
      const { page } = session;
      await visit(page, app.server.url);
      const future = "attune-profile 99\nnotes from a newer Attune";
      await page.evaluate((saved) => localStorage.setItem("attune.profile", saved), future);
      await page.reload();
      await page.getByRole("status").waitFor();
      assert.match(await page.getByRole("status").textContent(), /kept aside/);
      await visit(page, app.server.url, "#/scenario/saying-no");
      await page.getByText("Add a private note").click();
      await page.getByRole("textbox", { name: "Your note on this step" }).fill("a new note");
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith("attune.profile.kept-aside."))
          .map((k) => localStorage.getItem(k)),
      );
      assert.deepEqual(kept, [future]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
