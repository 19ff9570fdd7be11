// Attune's main journeys, written once and run in each engine by its test file (firefox.test.mjs,
// webkit.test.mjs) against the release build behind the production nginx and its CSP. A short
// suite of what learners and facilitators do most; the Chromium suite (tests/e2e/) stays the
// full one. Each journey reads roles, names and visible text as a person would, and fails on a
// console error, an uncaught exception, a CSP violation, any request that would leave the
// machine (the closed network, support.mjs), or "A new version of Attune is ready" on what is
// always a first visit.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startServer, words } from "../e2e/support.mjs";
import { NEUTRAL, Page, assertUnreachable, deadline, startClosedNetwork, withDeadlines } from "./support.mjs";

const es = words("es");
const TIMEOUT = { timeout: Number(process.env.JOURNEY_TIMEOUT_MS ?? 120_000) };

const responses = { role: "button", within: { role: "group", name: "Your response" } };
const response = (nth) => ({ ...responses, nth });
const pressedResponse = async (page) => (await page.all(responses)).find((r) => r.pressed === "true")?.name;
const atStep = (page, progress) => page.waitFor({ text: progress, exact: true });
const lenses = ["Attachment lens", "Codependency lens"];

/** Registers the journeys for `engine` (firefox.mjs or webkit.mjs). */
export function journeys(engine) {
  const state = { network: null, server: null, browser: null };

  before(async () => {
    state.network = await startClosedNetwork();
    state.server = await startServer();
    state.browser = await engine.launch({ network: state.network });
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
    await state.network?.close();
  });

  /** The driver's own output, for a failure report. */
  const driverLog = () =>
    state.browser.log ? `\n--- ${engine.name} driver output (last lines) ---\n${state.browser.log().split("\n").slice(-30).join("\n")}` : "";

  async function startSession() {
    try {
      return await deadline(state.browser.newSession(), 60_000, `${engine.name}: a new session`);
    } catch (error) {
      error.message += driverLog();
      throw error;
    }
  }

  /**
   * Runs `story(page)` in a fresh, isolated session and fails on anything that went wrong behind
   * the scenes. `server`: another server than the file's (the offline journey stops its own);
   * `leaves`: the quick exit's journeys, which do go to the neutral site (its stand-in).
   */
  async function withPage(story, { server = state.server, leaves = false } = {}) {
    const session = withDeadlines(await startSession(), engine.name);
    const seen = state.network.requests.length;
    const page = new Page(session, server.url, engine.name);
    try {
      await story(page);
      // Every journey starts as a first visit: no release is older than the one that serves it.
      // (WebKit once showed this bar on a first visit, over the page's own buttons; see web/loader.js.)
      const offered = (await page.count({ text: "A new version of Attune is ready." })) > 0;
      const problems = [...(offered ? ["a first visit was offered a new version"] : []), ...(await session.problems())];
      const foreign = state.network.requests
        .slice(seen)
        .filter((url) => !(leaves && url.startsWith(new URL(NEUTRAL).origin)))
        .map((url) => `request that would leave the machine: ${url}`);
      const all = [...problems, ...foreign];
      if (all.length) throw new Error(`${engine.name}: page problems:\n${all.join("\n")}`);
    } catch (error) {
      await session.close().catch(() => {}); // the journey's own failure is the one to report
      if (!error.message) error.message = error.name;
      error.message += `\n--- the journey's last steps ---\n${page.trail.join("\n")}`;
      error.message += driverLog();
      throw error;
    }
    await session.close();
  }

  describe(`${engine.name}: journeys`, () => {
    test("home: the title, the scenarios with their teasers, and Leave this site as the first keyboard stop", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit();
        assert.equal((await page.get({ role: "heading", level: 1 })).name, "Leaning on each other");
        assert.equal(await page.count({ role: "main" }), 1);
        for (const title of ["When your partner pulls away", "The rescue-and-enable cycle"]) {
          assert.equal(await page.count({ role: "link", name: title, exact: true }), 1, title);
        }
        const card = await page.get({ role: "listitem", name: "The rescue-and-enable cycle" });
        assert.match(card.text, /Content note: .*drinking/);
        await page.press("Tab");
        assert.equal(await page.focusedText(), "Leave this site");
      }));

    test("a scenario: pick a response and read what tends to happen, under both lenses", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit();
        await page.click({ role: "link", name: "When your partner pulls away" });
        await page.waitFor({ role: "heading", level: 1, name: "When your partner pulls away" });
        await atStep(page, "Step 1 of 3");
        assert.ok((await page.count(responses)) >= 3);
        assert.equal(await page.count({ role: "heading", name: "Attachment lens" }), 0, "nothing is explained before a choice");

        await page.click(response(2));
        await page.waitFor({ role: "heading", name: "What tends to happen next" });
        assert.equal((await page.all(responses))[2].pressed, "true");
        for (const lens of lenses) {
          await page.waitFor({ role: "heading", level: 3, name: lens });
          // Each lens is a region named by its heading; beyond the heading, it explains the choice.
          const { text } = await page.get({ role: "region", name: lens, exact: true });
          assert.ok(text.length > lens.length + 40, `${lens} explains the choice: ${text}`);
        }
      }));

    test("Back and Continue: Back shows the earlier choice; the browser's Back agrees", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit("#/scenario/partner-pulling-away");
        await atStep(page, "Step 1 of 3");
        assert.equal((await page.get({ role: "button", name: "Back", exact: true })).disabled, true, "nothing to go back to yet");
        await page.click(response(1));
        await page.waitFor({ role: "heading", name: "What tends to happen next" });
        const chosen = await pressedResponse(page);
        assert.ok(chosen);
        await page.click({ role: "button", name: "Continue", exact: true });
        await atStep(page, "Step 2 of 3");

        await page.click({ role: "button", name: "Back", exact: true });
        await atStep(page, "Step 1 of 3");
        assert.equal(await pressedResponse(page), chosen, "the choice is still shown");
        await page.waitFor({ role: "heading", name: "Codependency lens" });

        await page.click({ role: "button", name: "Continue", exact: true });
        await atStep(page, "Step 2 of 3");
        await page.back();
        await atStep(page, "Step 1 of 3");
      }));

    test("a private note survives a reload", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit("#/scenario/am-i-too-needy");
        await page.click({ text: "Add a private note", exact: true });
        const note = { role: "textbox", name: "Your note on this step" };
        await page.type(note, "This is me at 1 a.m.");
        await page.waitUntil(async () => (await page.get(note)).value === "This is me at 1 a.m.", { what: "the note typed" });
        await page.reload();
        await page.waitFor(note); // open, because it holds a note
        assert.equal((await page.get(note)).value, "This is me at 1 a.m.");
      }));

    test("Spanish: the footer's Español switches every word, and is remembered", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit();
        const switchTo = await page.get({ role: "button", name: "Español", within: { role: "contentinfo" } });
        assert.equal(switchTo.lang, "es", "named in Spanish, marked as Spanish");
        await page.click({ role: "button", name: "Español", within: { role: "contentinfo" } });
        await page.waitFor({ role: "heading", level: 1, name: es("home.title"), exact: true });
        assert.equal(await page.exec("return document.documentElement.lang"), "es");
        const nav = { role: "navigation", name: es("nav.label") };
        await page.waitFor({ role: "link", name: es("nav.settings"), exact: true, within: nav });
        await page.reload();
        await page.waitFor({ role: "heading", level: 1, name: es("home.title"), exact: true });
        assert.equal(await page.exec("return document.documentElement.lang"), "es");
      }));

    test("dark theme: chosen in Settings, applied at once, and after a reload", TIMEOUT, () =>
      withPage(async (page) => {
        const background = () => page.exec("return getComputedStyle(document.querySelector('.attune-app')).backgroundColor");
        await page.visit();
        assert.equal(await background(), "rgb(251, 248, 243)", "light to begin with");
        await page.click({ role: "link", name: "Settings", exact: true, within: { role: "navigation", name: "Main" } });
        await page.waitFor({ role: "heading", level: 1, name: "Settings" });
        await page.click({ role: "radio", name: "Dark", exact: true });
        await page.waitUntil(async () => (await background()) === "rgb(22, 25, 29)", { what: "the dark background" });
        const text = await page.exec("return getComputedStyle(document.querySelector('main h1')).color");
        assert.notEqual(text, "rgb(22, 25, 29)");
        await page.reload();
        await page.waitFor({ role: "heading", level: 1, name: "Settings" });
        assert.equal((await page.get({ role: "radio", name: "Dark", exact: true })).checked, true);
        assert.equal(await background(), "rgb(22, 25, 29)");
      }));

    test("See the cycle: from the menu, back to the start, Play runs all 40 rounds", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit();
        // A first visit's home is a prerendered copy, and Attune's code starts downloading at the
        // first gesture. Leaving for another page while it downloads cuts the download short,
        // which Firefox reports on the page being left (an integrity mismatch for the cut-short
        // script, "A ServiceWorker intercepted the request and encountered an unexpected error"
        // for the wasm): nothing a person sees, so this journey lets the app start first.
        await page.appStarted();
        await page.click({ role: "link", name: "See the cycle", within: { role: "navigation", name: "Main" } });
        await page.waitFor({ role: "heading", level: 1, name: "See the cycle" });
        assert.match((await page.get({ role: "complementary", name: "About this model" })).text, /not a clinical model/);
        await page.waitFor({ text: "Round 40 of 40", exact: true });
        const chartBefore = (await page.get({ role: "img", name: /^Partner A/ })).name;
        await page.click({ role: "button", name: "Back to the start" });
        await page.waitFor({ text: "Round 0 of 40", exact: true });
        assert.notEqual((await page.get({ role: "img", name: /^Partner A/ })).name, chartBefore, "the chart's words follow the round");
        await page.click({ role: "button", name: "Play", exact: true });
        await page.waitFor({ text: /^Round ([1-9]|[1-3]\d) of 40$/ }, { timeout: 5_000 }); // it moves
        await page.waitFor({ role: "button", name: "Play again" }, { timeout: 20_000 });
        await page.waitFor({ text: "Round 40 of 40", exact: true });
        assert.equal((await page.get({ role: "img", name: /^Partner A/ })).name, chartBefore);
      }));

    test("presenter mode: pick with a key, nothing shown until R reveals both lenses", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit("present.html");
        await page.waitFor({ role: "heading", level: 1, name: "Present a scenario" });
        await page.click({ role: "link", name: "When your partner pulls away" });
        await page.waitFor({ role: "list", name: "Responses" });
        await page.waitFor({ text: "Step 1 of 3", exact: true });
        const revealed = { role: "heading", name: "What tends to happen next" };
        assert.equal(await page.count(revealed), 0, "held until the room has had its say");
        const picks = { role: "button", within: { role: "list", name: "Responses" } };
        await page.press("2");
        await page.waitUntil(async () => (await page.all(picks)).filter((b) => b.pressed === "true").length === 1, { what: "response 2 picked" });
        const buttons = (await page.all(picks)).filter((b) => b.pressed !== null);
        assert.equal(buttons[1].pressed, "true");
        assert.equal(await page.count(revealed), 0, "picking does not reveal");
        await page.press("r");
        await page.waitFor(revealed);
        for (const lens of lenses) await page.waitFor({ role: "heading", name: lens });
      }));

    test("the embed builder: its form, and a live preview that follows it", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit("builder.html");
        await page.waitFor({ role: "heading", level: 1, name: "Embed Attune on your practice's site" });
        const list = { role: "group", name: "Scenarios, in the order listed" };
        await page.waitUntil(async () => (await page.count({ role: "checkbox", within: list })) === 10, { what: "10 scenarios" });
        await page.click({ role: "checkbox", name: "When your partner pulls away", within: list });
        await page.type({ role: "textbox", name: "Practice name" }, "Riverside Counselling");
        await page.waitUntil(async () => /data-practice="Riverside Counselling"/.test((await page.get({ role: "region", name: "Your snippet" })).text), {
          what: "the practice in the snippet",
        });
        assert.doesNotMatch((await page.get({ role: "region", name: "Your snippet" })).text, /partner-pulling-away/);

        const preview = 'iframe[title="Preview of Attune with these settings"]';
        await page.waitFor({ frame: preview, text: "with Riverside Counselling" }, { timeout: 20_000 });
        const titles = { frame: preview, role: "link", within: { role: "heading", level: 3 } };
        await page.waitUntil(async () => (await page.count(titles)) === 9, { what: "nine scenarios in the preview" });
        assert.equal(await page.count({ ...titles, name: "When your partner pulls away" }), 0);
      }));

    test("offline: after one visit, the service worker serves Attune with the server stopped", TIMEOUT, async (t) => {
      const server = await startServer(); // this journey stops its own server
      try {
        await withPage(
          async (page) => {
            await page.visit();
            const supported = await page.exec("return 'serviceWorker' in navigator && 'caches' in window");
            if (!supported) return void t.skip(`${engine.name} offers no service worker to this page`);
            const saved = await page.waitUntil(
              () => page.exec(`return (async () => {
                 if (!navigator.serviceWorker.controller) return 0;
                 const [key] = await caches.keys();
                 return key ? (await (await caches.open(key)).keys()).length : 0;
               })()`),
              { what: "the service worker in control, with Attune's files saved", timeout: 30_000 },
            );
            assert.ok(saved >= 15, `saved ${saved} files`);
            await server.close();
            await assertUnreachable(server.url);
            await page.reload();
            await page.waitFor({ role: "heading", level: 1, name: "Leaning on each other" });
            await page.click({ role: "link", name: "The rescue-and-enable cycle" });
            await page.click(response(0));
            await page.waitFor({ role: "heading", name: "What tends to happen next" });
            await page.visit("sandbox.html");
            await page.waitFor({ role: "heading", level: 1, name: "See the cycle" });
          },
          { server },
        );
      } finally {
        await server.close(); // stopping twice is harmless
      }
    });

    for (const [how, leave] of [
      ["the Leave this site link", (page) => page.click({ role: "link", name: "Leave this site" })],
      ["Shift pressed three times", async (page) => {
        for (let i = 0; i < 3; i++) await page.press("Shift");
      }],
    ]) {
      test(`the quick exit by ${how}: the neutral site replaces Attune, and Back skips Attune`, TIMEOUT, () =>
        withPage(
          async (page) => {
            // Another site first, so Back has somewhere to go: it must lead there, not into Attune.
            await page.session.goto(state.network.before);
            await page.visit("#/scenario/partner-pulling-away");
            // Two steps in: each step is an entry in the tab's history, and Back must pass them all.
            await page.click(response(0));
            await page.click({ role: "button", name: "Continue", exact: true });
            await atStep(page, "Step 2 of 3");
            await leave(page);
            await page.waitUntil(async () => (await page.url()) === NEUTRAL, { what: `the address ${NEUTRAL}` });
            await page.waitFor({ role: "heading", name: "Weather today" });
            await page.back();
            await page.waitFor({ role: "heading", name: "A page before Attune" });
            assert.equal(await page.url(), state.network.before, "Back leads to the page before Attune");
          },
          { leaves: true },
        ));
    }

    test("a private visit: a step and a note, and localStorage stays empty", TIMEOUT, () =>
      withPage(async (page) => {
        await page.visit("?private=1#/scenario/partner-pulling-away");
        await page.waitFor({ text: "Private visit: nothing is saved on this device." });
        await page.click(response(0));
        await page.click({ role: "button", name: "Continue", exact: true });
        await atStep(page, "Step 2 of 3");
        await page.click({ text: "Add a private note", exact: true });
        await page.type({ role: "textbox", name: "Your note on this step" }, "Only for tonight.");
        const stored = () =>
          page.exec(`return (async () => ({
             localStorage: Object.keys(localStorage), sessionStorage: Object.keys(sessionStorage), cookies: document.cookie,
             serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0 }))()`);
        const nothing = { localStorage: [], sessionStorage: [], cookies: "", serviceWorkers: 0 };
        assert.deepEqual(await stored(), nothing);
        await page.reload();
        await page.waitFor({ text: "Private visit: nothing is saved on this device." });
        assert.match(await page.url(), /[?&]private=1/, "a reload stays private");
        assert.deepEqual(await stored(), nothing);
      }));
  });
}
