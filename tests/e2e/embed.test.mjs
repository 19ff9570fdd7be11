// A practice's page with Attune embedded: the practice's site on one origin (http://localhost:…),
// Attune on another (http://127.0.0.1:…), as in real life. The snippet, its settings, sizing,
// events, and the message checks on both sides; all under strict CSPs on both pages.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { assertNoAxeViolations, freePort, launchBrowser, openPage, startServer } from "./support.mjs";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const state = { app: null, host: null, browser: null };

/** The mock practice site (examples/), with its own strict CSP that allows Attune's origin only. */
async function startPracticeSite(port) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    const app = state.app.url.replace(/\/$/, "");
    const csp = `default-src 'self'; script-src 'self' ${app}; frame-src ${app}; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'`;
    if (url.pathname === "/host-page.css") {
      res.writeHead(200, { "content-type": "text/css" }).end(readFileSync(`${EXAMPLES}host-page.css`));
      return;
    }
    if (url.pathname !== "/host-page.html") return res.writeHead(404).end();
    let page = readFileSync(`${EXAMPLES}host-page.html`, "utf8").replace("http://127.0.0.1:8080", app);
    // A test may swap the example's settings for others: ?attrs=<the div's attributes>.
    if (url.searchParams.has("attrs")) page = page.replace(/<div\s+data-attune[\s\S]*?><\/div>/, `<div data-attune ${url.searchParams.get("attrs")}></div>`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp }).end(page);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://localhost:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

before(async () => {
  // Attune's server must know the practice's origin (frame-ancestors), and the practice's page Attune's.
  const port = await freePort();
  state.hostOrigin = `http://localhost:${port}`;
  state.app = await startServer({ frameAncestors: `'self' ${state.hostOrigin}` });
  state.host = await startPracticeSite(port);
  state.browser = await launchBrowser();
});
after(async () => {
  await state.browser?.close();
  await state.host?.close();
  await state.app?.close();
});

/** Opens the practice's page (optionally with other div attributes) and returns it with Attune's frame. */
async function withPracticePage(story, { attrs, viewport } = {}) {
  const session = await openPage(state.browser, state.host.url, { alsoAllow: [state.app.url], viewport });
  try {
    const { page } = session;
    // Events the practice's page hears, kept for the test to read.
    await page.addInitScript(() => {
      window.heard = [];
      for (const name of ["attune:scenario-started", "attune:scenario-completed"]) {
        document.addEventListener(name, (e) => window.heard.push({ name, detail: e.detail }));
      }
    });
    const query = attrs ? `?attrs=${encodeURIComponent(attrs)}` : "";
    await page.goto(`${state.host.url}host-page.html${query}`);
    const frame = page.frameLocator("iframe");
    await frame.locator(".attune-app").waitFor();
    await story(page, frame, session);
    session.assertClean();
  } finally {
    await session.close();
  }
}

const frameHeight = (page) => page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
const settled = async (page) => {
  // Heights arrive by message after layout; wait until two readings a frame apart agree.
  let before = -1;
  for (let i = 0; i < 50; i++) {
    const now = await frameHeight(page);
    if (now === before) return now;
    before = now;
    await page.waitForTimeout(60);
  }
  return before;
};

describe("embedded in a practice's page", () => {
  test("the widget appears with the practice's name, colours, and only its scenarios, in its order", () =>
    withPracticePage(async (page, frame) => {
      const titles = await frame.locator(".attune-card-title").allTextContents();
      assert.deepEqual(titles, ["Saying no for the first time", "The rescue-and-enable cycle"]);
      assert.equal(await frame.locator(".attune-practice").textContent(), "with Riverside Counselling");
      const linkColour = await frame.getByRole("link", { name: "Saying no for the first time" }).evaluate((a) => getComputedStyle(a).color);
      assert.equal(linkColour, "rgb(26, 94, 99)", "the practice's accent (#1a5e63)");
      assert.match(await frame.locator(".attune-app").evaluate((el) => getComputedStyle(el).fontFamily), /Georgia/);
      // Nothing leaks: the practice's loud styles stay outside, Attune's stay inside.
      assert.equal(await page.locator("h1").evaluate((h) => getComputedStyle(h).color), "rgb(91, 42, 134)");
      assert.notEqual(await frame.locator(".attune-app h1").evaluate((h) => getComputedStyle(h).fontFamily), '"Comic Sans MS", cursive');
    }));

  test("the frame's height follows the content as the learner moves on: never a scrollbar inside", () =>
    withPracticePage(async (page, frame) => {
      const fits = () => frame.locator("html").evaluate((html) => html.scrollHeight <= html.clientHeight + 1);
      const home = await settled(page);
      assert.ok(await fits(), "home fits its frame");
      await frame.getByRole("link", { name: "Saying no for the first time" }).click();
      await frame.getByRole("group", { name: "Your response" }).waitFor();
      const step = await settled(page);
      await frame.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
      await frame.getByRole("heading", { name: "What tends to happen next" }).waitFor();
      const explained = await settled(page);
      assert.ok(explained > step, `the explanation made it taller (${step} → ${explained} px)`);
      assert.ok(await fits(), "the explanation fits its frame");
      assert.notEqual(home, explained);
    }));

  test("endings show the practice's call to action; the page hears 'started' and 'completed', with the scenario's id only", () =>
    withPracticePage(async (page, frame) => {
      await frame.getByRole("link", { name: "Saying no for the first time" }).click();
      for (const next of ["Step 2 of 3", "Step 3 of 3", "Ending"]) {
        await frame.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
        await frame.getByRole("button", { name: "Continue", exact: true }).click();
        await frame.locator(".attune-progress", { hasText: next }).waitFor();
      }
      const cta = frame.getByRole("link", { name: "Book a first session" });
      assert.equal(await cta.getAttribute("href"), "https://riverside-counselling.example/book");
      assert.equal(await cta.getAttribute("target"), "_blank");
      await page.waitForFunction(() => window.heard.length >= 2);
      assert.deepEqual(await page.evaluate(() => window.heard), [
        { name: "attune:scenario-started", detail: { scenario: "saying-no" } },
        { name: "attune:scenario-completed", detail: { scenario: "saying-no" } },
      ]);
      await frame.getByRole("link", { name: "Need help now?" }).click();
      await frame.getByRole("heading", { name: "From Riverside Counselling" }).waitFor();
      assert.equal(await frame.getByRole("link", { name: "+1 555 010 0199" }).getAttribute("href"), "tel:+15550100199");
    }));

  test("messages from another origin, or of the wrong shape, change nothing", () =>
    withPracticePage(async (page, frame) => {
      const height = await settled(page);
      // From the practice's page itself (wrong origin), then from inside Attune's frame (wrong shapes).
      await page.evaluate(() => window.postMessage({ type: "attune:height", height: 9999 }, "*"));
      const inside = page.frames().find((f) => f.url().includes("embed=1"));
      await inside.evaluate(() => {
        parent.postMessage({ type: "attune:height", height: "9999" }, "*");
        parent.postMessage({ type: "attune:height" }, "*");
        parent.postMessage("attune:height 9999", "*");
        parent.postMessage({ type: "attune:event", name: "scenario-completed", scenario: "<img src=x>" }, "*");
        parent.postMessage({ type: "attune:event", name: "anything", scenario: "saying-no" }, "*");
      });
      await page.waitForTimeout(300);
      assert.equal(await frameHeight(page), height);
      assert.deepEqual(await page.evaluate(() => window.heard), []);
    }));

  test("invalid settings show a plain message inside the widget, and the rest still applies", () =>
    withPracticePage(
      async (page, frame) => {
        const message = frame.getByRole("status").filter({ hasText: "settings for Attune have a problem" });
        await message.waitFor();
        const text = await message.textContent();
        assert.match(text, /“accent”: must be a colour/);
        assert.match(text, /“radius”: must be a number of pixels from 0 to 32/);
        assert.match(text, /“scenarios”: there is no scenario “no-such-story”/);
        assert.deepEqual(await frame.locator(".attune-card-title").allTextContents(), ["Saying no for the first time"]);
        assert.equal(await frame.locator(".attune-practice").textContent(), "with Riverside Counselling");
      },
      { attrs: 'data-accent="red" data-radius="99" data-scenarios="saying-no,no-such-story" data-practice="Riverside Counselling"' },
    ));
});

describe("the embed builder", () => {
  test("choosing scenarios and a call to action updates the snippet and the live preview; the snippet copies", async () => {
    const session = await openPage(state.browser, state.app.url);
    try {
      const { page } = session;
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(state.app.url).origin });
      await page.goto(`${state.app.url}builder.html`);
      await page.getByRole("heading", { level: 1, name: "Embed Attune on your practice's site" }).waitFor();
      await assertNoAxeViolations(page, "the embed builder");
      const scenarioList = page.getByRole("group", { name: "Scenarios, in the order listed" });
      assert.equal(await scenarioList.getByRole("checkbox").count(), 10);
      for (const title of ["When your partner pulls away", "Needing to be needed", "Leaning on each other in hard times"]) {
        await scenarioList.getByRole("checkbox", { name: title }).uncheck();
      }
      await page.getByLabel("Practice name").fill("Riverside Counselling");
      await page.getByLabel("Call to action, shown at endings and on About").fill("Book a first session");
      await page.getByLabel("Its address (https://…)").first().fill("http://insecure.example");
      const problems = page.getByRole("alert");
      await problems.filter({ hasText: "must start with https://" }).waitFor();
      await page.getByLabel("Its address (https://…)").first().fill("https://riverside.example/book");
      assert.equal(await problems.isVisible(), false);

      const snippet = await page.locator("#snippet").textContent();
      assert.match(snippet, /^<div data-attune\n/);
      assert.match(snippet, /data-scenarios="rescue-and-enable,saying-no,am-i-too-needy,a-life-of-your-own,the-pattern-from-childhood,fear-or-control,someone-in-recovery"/);
      assert.match(snippet, /data-practice="Riverside Counselling"/);
      assert.match(snippet, /data-cta-url="https:\/\/riverside\.example\/book"/);
      assert.match(snippet, new RegExp(`<script src="${state.app.url}embed\\.js" async></script>$`));

      const preview = page.frameLocator("#preview");
      await preview.locator(".attune-practice", { hasText: "with Riverside Counselling" }).waitFor();
      assert.equal(await preview.locator(".attune-card-title").count(), 7);

      await page.getByRole("button", { name: "Copy the snippet" }).click();
      await page.getByRole("status").filter({ hasText: "Copied" }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

      // The language: each named in itself; Spanish goes into the snippet and the preview.
      const language = page.getByLabel("Language");
      assert.deepEqual(await language.locator("option").allTextContents(), ["Follow the visitor's browser", "English", "Español"]);
      await language.selectOption("es");
      await page.locator("#snippet", { hasText: 'data-locale="es"' }).waitFor();
      await preview.getByRole("heading", { level: 1, name: "Apoyarnos en quienes queremos" }).waitFor();
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
