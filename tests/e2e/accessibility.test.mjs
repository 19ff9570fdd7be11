// Accessibility on every view: axe-core (WCAG 2.2 A/AA) across views × themes × languages, reflow
// at 320 px, text at 200 %, reduced motion, and a whole scenario played with the keyboard alone.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoAxeViolations, openPage, serveAppInChromium, visit, words } from "./support.mjs";

const app = serveAppInChromium();

/** Each language, with the browser language that opens Attune in it and its interface words. */
const LANGUAGES = { en: { locale: "en-US", t: words("en") }, es: { locale: "es-MX", t: words("es") } };
const en = LANGUAGES.en.t;

const responses = (page, t = en) => page.getByRole("group", { name: t("player.your_response") }).getByRole("button");
const progressIs = (page, text) =>
  page.waitForFunction((t) => document.querySelector(".attune-progress")?.textContent === t, text);

/** Every view and state a person can reach, each reached the way a person would (in words `t`). */
const VIEWS = {
  home: (page) => visit(page, app.server.url),
  "scenario, before a choice": (page) => visit(page, app.server.url, "#/scenario/saying-no"),
  "scenario, after a choice": async (page, t = en) => {
    await visit(page, app.server.url, "#/scenario/saying-no");
    await responses(page, t).first().click();
    await page.getByRole("heading", { name: t("player.next") }).waitFor();
  },
  ending: async (page, t = en) => {
    await visit(page, app.server.url, "#/scenario/saying-no");
    for (const step of [t("player.step", { number: 2, total: 3 }), t("player.step", { number: 3, total: 3 }), t("player.ending")]) {
      await responses(page, t).first().click();
      await page.getByRole("button", { name: t("player.continue"), exact: true }).click();
      await progressIs(page, step);
    }
  },
  "a scenario's content warning": (page) => visit(page, app.server.url, "#/scenario/rescue-and-enable"),
  about: async (page) => {
    await visit(page, app.server.url, "#/about");
    await page.locator(".attune-sources-list li").first().waitFor();
  },
  glossary: async (page) => {
    await visit(page, app.server.url, "#/glossary");
    await page.getByRole("term").first().waitFor();
  },
  patterns: async (page) => {
    await visit(page, app.server.url, "#/patterns");
    await page.getByRole("heading", { level: 2 }).first().waitFor();
  },
  help: (page) => visit(page, app.server.url, "#/help"),
  settings: (page) => visit(page, app.server.url, "#/settings"),
  "my pattern": async (page, t = en) => {
    await VIEWS["scenario, after a choice"](page, t);
    await visit(page, app.server.url, "#/my-pattern");
    // The patterns come with the played scenarios' files, after the heading.
    await page.locator(".attune-pattern").first().waitFor();
  },
  "not found": (page) => visit(page, app.server.url, "#/nowhere"),
  "crash screen": async (page) => {
    await visit(page, app.server.url);
    await page.evaluate(() => (location.hash = "#/debug/panic"));
    await page.getByRole("alert").waitFor();
  },
};

/** Runs `story` on a fresh page (in `language`); a crash is expected only on the crash screen. */
async function withPage(view, story, { language = "en", ...options } = {}) {
  const { locale, t } = LANGUAGES[language];
  const session = await openPage(app.browser, app.server.url, { locale, ...options });
  try {
    await VIEWS[view](session.page, t);
    assert.equal(await session.page.locator("html").getAttribute("lang"), language);
    await story(session.page);
    const expected = view === "crash screen" ? /Attune stopped|uncaught exception: unreachable/ : /^$/;
    const unexpected = session.problems.filter((p) => !expected.test(p));
    assert.deepEqual(unexpected, [], unexpected.join("\n"));
  } finally {
    await session.close();
  }
}

describe("axe-core finds no WCAG 2.2 A/AA violation", () => {
  let scanned = 0;
  for (const language of Object.keys(LANGUAGES)) {
    for (const colorScheme of ["light", "dark"]) {
      for (const view of Object.keys(VIEWS)) {
        test(`${view}, ${colorScheme} theme, ${language}`, () =>
          withPage(
            view,
            async (page) => {
              await assertNoAxeViolations(page, `${view} (${colorScheme}, ${language})`);
              scanned++;
            },
            { colorScheme, language },
          ));
      }
    }
  }
  test("every view was scanned in both themes and both languages", () => {
    assert.equal(scanned, Object.keys(VIEWS).length * 2 * Object.keys(LANGUAGES).length);
    console.log(`# axe scanned ${scanned} view × theme × language combinations`);
  });

  test("the target-size rule (WCAG 2.5.8, touch targets of 24 px) is among the rules that ran", () =>
    withPage("scenario, before a choice", async (page) => {
      await assertNoAxeViolations(page, "scenario");
      const ran = await page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag22aa"] } });
        return [...result.passes, ...result.incomplete].map((r) => r.id);
      });
      assert.ok(ran.includes("target-size"), `wcag22aa rules that ran: ${ran.join(", ")}`);
    }));
});

describe("reflow and text size", () => {
  const noHorizontalScroll = (page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  // Spanish runs about a fifth longer than English: both must fit.
  for (const language of Object.keys(LANGUAGES)) {
    for (const view of Object.keys(VIEWS).filter((v) => v !== "crash screen")) {
      test(`${view}, ${language}: at 320 px wide, nothing scrolls sideways`, () =>
        withPage(
          view,
          async (page) => assert.ok(await noHorizontalScroll(page), `${view} (${language}) is wider than 320 px`),
          { viewport: { width: 320, height: 640 }, language },
        ));
    }
  }

  test("with text at 200 %, the player neither scrolls sideways nor cuts off a response", () =>
    withPage(
      "scenario, after a choice",
      async (page) => {
        // Browser text zoom scales the root font size; every size in Attune is in rem or em.
        await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
        assert.ok(await noHorizontalScroll(page));
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll("button, a, h1, h2, p")]
            // Text for screen readers only is clipped on purpose.
            .filter((el) => !el.closest(".attune-visually-hidden"))
            .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
            .map((el) => el.textContent.slice(0, 40)),
        );
        assert.deepEqual(clipped, []);
        const fontSize = await responses(page).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        assert.ok(fontSize >= 32, `response text is ${fontSize}px at 200 %`);
      },
      { viewport: { width: 640, height: 900 } },
    ));
});

describe("motion", () => {
  const transition = (page) => responses(page).first().evaluate((el) => getComputedStyle(el).transitionDuration);

  test("with reduced motion asked for by the device, nothing moves", async () => {
    const session = await openPage(app.browser, app.server.url);
    try {
      await session.page.emulateMedia({ reducedMotion: "reduce" });
      await VIEWS["scenario, before a choice"](session.page);
      assert.equal(await transition(session.page), "0s");
      await session.page.emulateMedia({ reducedMotion: "no-preference" });
      assert.notEqual(await transition(session.page), "0s", "without the preference, transitions are there to remove");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("keyboard only", () => {
  /** Presses Tab until the focused element's text is `name`, as a person tabbing would. */
  async function tabTo(page, name) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (focused === name) return;
    }
    throw new Error(`Tab never reached "${name}"`);
  }

  test("a whole scenario, from the home page to its ending and back home, without a mouse", () =>
    withPage("home", async (page) => {
      // The quick exit comes first (a person at risk must reach it in one key), then the skip
      // link, which takes focus to the main content.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Leave this site");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.id), "attune-main");

      await tabTo(page, "Saying no for the first time");
      await page.keyboard.press("Enter");
      await progressIs(page, "Step 1 of 3");
      for (const next of ["Step 2 of 3", "Step 3 of 3", "Ending"]) {
        // Onwards from the page or step heading (past any marked terms in the situation) to the first response.
        for (let i = 0; ; i++) {
          assert.ok(i < 15, "Tab reaches the responses within a few presses");
          await page.keyboard.press("Tab");
          const group = await page.evaluate(() => document.activeElement.closest("[role=group]")?.getAttribute("aria-labelledby"));
          if (group === "attune-choices-heading") break; // the group named "Your response"
        }
        await page.keyboard.press("Enter");
        await page.getByRole("heading", { name: "What tends to happen next" }).waitFor();
        assert.equal(await page.evaluate(() => document.activeElement.id), "attune-next-heading");
        // A screen reader also hears what the choice sets in motion, from a polite live region.
        const announced = await page.locator("[aria-live=polite]#attune-announcer").textContent();
        const [, said] = announced.match(/^What tends to happen next: (.{40})/) ?? [];
        assert.ok(said && (await page.locator(".attune-outcome").textContent()).includes(said), announced);
        await tabTo(page, "Continue");
        await page.keyboard.press("Enter");
        await progressIs(page, next);
      }
      assert.equal(await page.evaluate(() => document.activeElement.id), "attune-step-heading");
      await tabTo(page, "Start again");
      await page.keyboard.press("Enter");
      await progressIs(page, "Step 1 of 3");
    }));

  test("every focusable element shows where focus is", () =>
    withPage("scenario, after a choice", async (page) => {
      const unmarked = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const style = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          return { name: el.textContent.trim().slice(0, 30), outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 };
        });
        if (style && !style.outline) unmarked.push(style.name);
      }
      assert.deepEqual(unmarked, []);
    }));
});
