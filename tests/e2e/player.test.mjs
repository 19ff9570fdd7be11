// User stories for the player, in headless Chromium against the release build.
// Each test clicks what a person clicks and reads what a person reads: roles, names, visible text.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoAxeViolations, openPage, serveAppInChromium, withCleanPage, visit } from "./support.mjs";

const app = serveAppInChromium();

/** Runs `story` on a fresh page and then checks nothing went wrong behind the scenes. */
const withPage = (story, options) => withCleanPage(app, story, options);

const responseGroup = (page) => page.getByRole("group", { name: "Your response" });
const progress = (page) => page.locator(".attune-progress");

/** Picks the response at `index` (or the one named `name`) and checks the explanation appears. */
async function choose(page, { index = 0, name } = {}) {
  const buttons = responseGroup(page).getByRole("button");
  const button = name ? responseGroup(page).getByRole("button", { name }) : buttons.nth(index);
  await button.click();
  await assert.doesNotReject(page.getByRole("heading", { name: "What tends to happen next" }).waitFor());
  assert.equal(await button.getAttribute("aria-pressed"), "true");
}

/** Plays from the current step to an ending, choosing the response at `index` each time. */
async function playToEnding(page, index) {
  const seen = [];
  for (let guard = 0; guard < 10; guard++) {
    const where = (await progress(page).textContent()).trim();
    seen.push(where);
    if (where === "Ending") return seen;
    await choose(page, { index });
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.waitForFunction((before) => document.querySelector(".attune-progress")?.textContent !== before, where);
  }
  throw new Error(`no ending after 10 steps: ${seen.join(" → ")}`);
}

describe("home", () => {
  test("lists both scenarios with a teaser, and links to About", () =>
    withPage(async (page) => {
      await visit(page, app.server.url);
      assert.equal(await page.getByRole("main").count(), 1);
      assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Leaning on each other");
      const cards = page.locator(".attune-card");
      assert.ok((await cards.count()) >= 2);
      for (const title of ["When your partner pulls away", "The rescue-and-enable cycle"]) {
        const link = page.getByRole("link", { name: title });
        assert.equal(await link.count(), 1, title);
        const teaser = await page.locator(".attune-card", { has: link }).locator("p").first().textContent();
        assert.ok(teaser.trim().length > 20, `${title} has a teaser`);
      }
      assert.match(await page.locator(".attune-card", { hasText: "rescue-and-enable" }).textContent(), /Content note: .*drinking/);
      await assertNoAxeViolations(page, "home");
    }));
});

describe("playing a scenario", () => {
  test("partner pulling away: choose, read both lenses, continue to an ending, start again", () =>
    withPage(async (page) => {
      await visit(page, app.server.url);
      await page.getByRole("link", { name: "When your partner pulls away" }).click();
      await page.getByRole("heading", { level: 1, name: "When your partner pulls away" }).waitFor();
      assert.equal(await progress(page).textContent(), "Step 1 of 3");
      assert.ok((await responseGroup(page).getByRole("button").count()) >= 3);
      // Nothing is explained until a response is chosen.
      assert.equal(await page.getByRole("heading", { name: "Attachment lens" }).count(), 0);

      await choose(page, { index: 2 });
      for (const lens of ["Attachment lens", "Codependency lens"]) {
        const heading = page.getByRole("heading", { level: 3, name: lens });
        assert.ok(await heading.isVisible(), `${lens} is shown`);
        const text = await page.locator("section", { has: heading }).locator("p").first().textContent();
        assert.ok(text.trim().length > 40, `${lens} explains the choice`);
      }
      assert.match(await page.locator(".attune-sources").textContent(), /Drawn from: \S/);
      // Focus moved to the news, for keyboard and screen-reader users.
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "What tends to happen next");
      await assertNoAxeViolations(page, "player after a choice");

      const path = await playToEnding(page, 2);
      assert.deepEqual(path, ["Step 1 of 3", "Step 2 of 3", "Step 3 of 3", "Ending"]);
      assert.match(page.url(), /#\/scenario\/partner-pulling-away\/[a-z0-9-]+$/);
      const reflection = page.locator("section", { has: page.getByRole("heading", { name: "To reflect on" }) });
      assert.match(await reflection.textContent(), /\?/, "the ending asks a reflective question");
      await assertNoAxeViolations(page, "ending");

      await page.getByRole("button", { name: "Start again", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 1 of 3");
      assert.equal(await responseGroup(page).locator('[aria-pressed="true"]').count(), 0, "start again forgets the choice");
    }));

  test("rescue and enable: two different choices reach two different endings", () =>
    withPage(async (page) => {
      const endings = [];
      await visit(page, app.server.url, "#/scenario/rescue-and-enable");
      assert.match(await page.locator(".attune-content-note").textContent(), /drinking/);
      for (const index of [0, 1]) {
        if (index > 0) {
          await page.getByRole("button", { name: "Start again", exact: true }).click();
          await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 1 of 3");
        }
        const path = await playToEnding(page, index);
        assert.equal(path.length, 4, path.join(" → "));
        endings.push(await page.locator("#attune-step-heading").textContent());
      }
      assert.notEqual(endings[0], endings[1], `different choices, different endings: ${endings}`);
    }));

  test("where the lenses pull apart, the player says so in one line; elsewhere it does not", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/rescue-and-enable");
      const tension = page.getByRole("heading", { name: "Where the lenses differ" });
      await choose(page, { name: "Ring Jordan's work and tell them Jordan is ill." });
      assert.ok(await tension.isVisible());
      const line = await page.getByRole("region", { name: "Where the lenses differ" }).textContent();
      assert.ok(line.trim().length > 30, line);
      await choose(page, { name: "Tell Jordan, kindly, that you won't make the call, and leave the phone with them." });
      assert.equal(await tension.count(), 0);
    }));

  test("back returns to the previous step, showing what was chosen there", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/partner-pulling-away");
      assert.ok(await page.getByRole("button", { name: "Back", exact: true }).isDisabled(), "nothing to go back to yet");
      await choose(page, { index: 1 });
      const chosen = await responseGroup(page).locator('[aria-pressed="true"]').textContent();
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");

      await page.getByRole("button", { name: "Back", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 1 of 3");
      assert.equal(await responseGroup(page).locator('[aria-pressed="true"]').textContent(), chosen);
      assert.ok(await page.getByRole("heading", { name: "Codependency lens" }).isVisible());

      // Choosing differently takes the story another way.
      await choose(page, { index: 0 });
      assert.notEqual(await responseGroup(page).locator('[aria-pressed="true"]').textContent(), chosen);

      // The browser's own Back button agrees with the app.
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");
      await page.goBack();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 1 of 3");
    }));

  test("keyboard only: choose with Enter, and focus lands on the explanation, then on the next step", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/rescue-and-enable");
      const first = responseGroup(page).getByRole("button").first();
      await first.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "What tends to happen next" }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), "attune-next-heading");
      // Tab onwards (past any glossary terms in the explanation) reaches Continue.
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement.textContent)) === "Continue") break;
      }
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");
      assert.equal(await page.evaluate(() => document.activeElement.id), "attune-step-heading");
    }));
});

describe("addresses", () => {
  test("any step's address survives a reload and can be opened fresh, with Back working", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/rescue-and-enable");
      await choose(page, { index: 2 });
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");
      const address = page.url();
      const situation = await page.locator(".attune-situation").textContent();

      await page.reload();
      await page.locator(".attune-progress").waitFor();
      assert.equal(await progress(page).textContent(), "Step 2 of 3");
      assert.equal(await page.locator(".attune-situation").textContent(), situation);

      // Sent to someone else: a new browser context, same step.
      const other = await openPage(app.browser, app.server.url);
      try {
        await other.page.goto(address);
        await other.page.locator(".attune-progress").waitFor();
        assert.equal(await other.page.locator(".attune-situation").textContent(), situation);
        await other.page.getByRole("button", { name: "Back", exact: true }).click();
        await other.page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 1 of 3");
        other.assertClean();
      } finally {
        await other.close();
      }
    }));

  test("an unknown scenario or step shows a friendly not-found with a way home", () =>
    withPage(async (page) => {
      for (const [hash, heading] of [
        ["#/scenario/no-such-thing", "We couldn't find that scenario"],
        ["#/scenario/partner-pulling-away/no-such-step", "We couldn't find that step"],
        ["#/nowhere/at/all", "We couldn't find that page"],
      ]) {
        await visit(page, app.server.url, hash);
        await page.getByRole("heading", { level: 1, name: heading }).waitFor();
        await assertNoAxeViolations(page, hash);
      }
      await page.getByRole("link", { name: "Go to all scenarios" }).click();
      await page.getByRole("heading", { level: 1, name: "Leaning on each other" }).waitFor();
    }));
});

describe("layout", () => {
  test("lenses sit side by side on a wide screen and stack on a phone", async () => {
    for (const [viewport, sideBySide] of [
      [{ width: 1280, height: 900 }, true],
      [{ width: 375, height: 740 }, false],
    ]) {
      await withPage(
        async (page) => {
          await visit(page, app.server.url, "#/scenario/partner-pulling-away");
          await choose(page);
          const a = await page.getByRole("heading", { name: "Attachment lens" }).boundingBox();
          const c = await page.getByRole("heading", { name: "Codependency lens" }).boundingBox();
          assert.equal(Math.abs(a.y - c.y) < 2, sideBySide, `at ${viewport.width}px: ${JSON.stringify({ a, c })}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          assert.equal(overflow, false, `no horizontal scrolling at ${viewport.width}px`);
        },
        { viewport },
      );
    }
  });
});

describe("loading scenarios", () => {
  test("the home page fetches no scenario; opening one fetches only that one", async () => {
    const session = await openPage(app.browser, app.server.url);
    const { page } = session;
    const requested = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    try {
      await visit(page, app.server.url);
      await page.getByRole("link", { name: "The rescue-and-enable cycle" }).waitFor();
      assert.deepEqual(requested.filter((path) => path.startsWith("/content/")), []);
      await page.getByRole("link", { name: "The rescue-and-enable cycle" }).click();
      await page.getByRole("group", { name: "Your response" }).waitFor();
      assert.deepEqual(
        requested
          .filter((path) => path.startsWith("/content/"))
          .map((path) => path.replace(/-[0-9a-f]+\.txt$/, ""))
          .sort(),
        ["/content/reference", "/content/rescue-and-enable"],
        "that scenario, and the glossary and patterns once",
      );
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a slow scenario says it is loading; a failed one says so and can be tried again", async () => {
    const session = await openPage(app.browser, app.server.url);
    const { page } = session;
    try {
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route("**/content/**", async (route) => {
        await held;
        await route.abort();
      });
      await visit(page, app.server.url, "#/scenario/partner-pulling-away");
      const status = page.getByRole("status");
      assert.equal(await status.textContent(), "Loading the scenario…");
      release();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.textContent(), /couldn't load this scenario/);

      await page.unroute("**/content/**");
      await alert.getByRole("button", { name: "Try again", exact: true }).click();
      await page.getByRole("group", { name: "Your response" }).waitFor();
      assert.equal(await progress(page).textContent(), "Step 1 of 3");
      // The only problems were the refused request and its report, nothing else.
      const unexpected = session.problems.filter((p) => !/Failed to load resource|ERR_FAILED/.test(p));
      assert.deepEqual(unexpected, []);
    } finally {
      await session.close();
    }
  });
});

describe("on a phone", () => {
  test("each new step starts at the top, its progress in view and announced with its heading", () =>
    withPage(
      async (page) => {
        await visit(page, app.server.url, "#/scenario/partner-pulling-away");
        await choose(page, { index: 1 });
        await page.getByRole("button", { name: "Continue", exact: true }).scrollIntoViewIfNeeded();
        assert.ok((await page.evaluate(() => window.scrollY)) > 200, "the Continue button is far down on a phone");
        await page.getByRole("button", { name: "Continue", exact: true }).click();
        await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");
        assert.equal(await page.evaluate(() => window.scrollY), 0);
        assert.ok(await progress(page).isVisible());
        const focused = await page.evaluate(() => ({
          id: document.activeElement.id,
          describedBy: document.getElementById(document.activeElement.getAttribute("aria-describedby"))?.textContent,
        }));
        assert.deepEqual(focused, { id: "attune-step-heading", describedBy: "Step 2 of 3" });
      },
      { viewport: { width: 375, height: 740 } },
    ));
});

describe("glossary, patterns and help", () => {
  test("marked terms show their definition on focus and hover, and Escape hides it", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/rescue-and-enable");
      await choose(page, { name: "Ring Jordan's work and tell them Jordan is ill." });
      // "enabling" is a glossary term and appears in the codependency lens.
      const lens = page.getByRole("region", { name: "Codependency lens" });
      const term = lens.getByRole("button", { name: /^enabling$/i });
      await term.waitFor();
      assert.equal(await term.count(), 1);
      const tip = page.getByRole("tooltip").filter({ hasText: /^Enabling:/ }).first();
      // The pointer rests where the response was clicked; move it off the text, so only focus
      // and hover (below) decide what shows.
      await page.mouse.move(1, 1);
      assert.equal(await tip.isVisible(), false);
      await term.focus();
      assert.ok(await tip.isVisible(), "focus shows the definition");
      const describedBy = await term.getAttribute("aria-describedby");
      assert.match(await page.locator(`#${describedBy}`).textContent(), /^Enabling: \S/);
      await assertNoAxeViolations(page, "a definition shown");
      await page.keyboard.press("Escape");
      assert.equal(await tip.isVisible(), false, "Escape hides it");
      await term.hover();
      assert.ok(await tip.isVisible(), "hover shows it");
    }));

  test("the glossary lists at least fifteen terms, and the patterns page explains each pattern under both lenses", () =>
    withPage(async (page) => {
      await visit(page, app.server.url);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Glossary" }).click();
      await page.getByRole("heading", { level: 1, name: "Glossary" }).waitFor();
      await page.locator("dt").first().waitFor();
      const terms = await page.locator("dt").allTextContents();
      assert.ok(terms.length >= 15, `${terms.length} terms`);
      for (const required of ["Attunement", "Interdependence", "Enabling", "Secure base"]) {
        assert.ok(terms.some((t) => t.startsWith(required)), `${required} is defined`);
      }
      await assertNoAxeViolations(page, "glossary");

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patterns" }).click();
      await page.getByRole("heading", { level: 1, name: "Patterns" }).waitFor();
      const patterns = page.locator(".attune-pattern");
      await patterns.first().waitFor();
      assert.equal(await patterns.count(), 8);
      for (let i = 0; i < 8; i++) {
        for (const lens of ["Attachment lens", "Codependency lens"]) {
          assert.equal(await patterns.nth(i).getByRole("heading", { name: lens }).count(), 1);
        }
      }
      await assertNoAxeViolations(page, "patterns");
    }));

  test("a chosen response names its pattern, linked to the patterns page", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/partner-pulling-away");
      await choose(page, { index: 0 });
      const line = page.locator(".attune-pattern-line");
      await line.waitFor();
      assert.match(await line.textContent(), /^Pattern: \S.+ — \S/);
      await line.getByRole("link").click();
      await page.getByRole("heading", { level: 1, name: "Patterns" }).waitFor();
    }));

  test("'Need help now?' is one tap away on every screen and says what to do in danger", () =>
    withPage(async (page) => {
      for (const hash of ["", "#/scenario/saying-no", "#/glossary", "#/about", "#/nowhere"]) {
        await visit(page, app.server.url, hash);
        await page.getByRole("link", { name: "Need help now?" }).click();
        await page.getByRole("heading", { level: 1, name: "If you need help now" }).waitFor();
        assert.match(await page.getByRole("main").textContent(), /emergency number/);
      }
      await assertNoAxeViolations(page, "help");
    }));
});

describe("about and safety", () => {
  test("About says what Attune is not, credits the five sources and says where to get help", () =>
    withPage(async (page) => {
      await visit(page, app.server.url);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About & sources" }).click();
      await page.getByRole("heading", { level: 1, name: "About Attune" }).waitFor();
      // The about text and sources come with the reference file, after the page's first paint.
      await page.locator(".attune-sources-list li").first().waitFor();
      assert.match(await page.getByRole("main").textContent(), /not therapy/);
      assert.equal(await page.locator(".attune-sources-list li").count(), 5);
      assert.ok(await page.getByRole("heading", { name: "If you need help now" }).isVisible());
      assert.match(await page.getByRole("main").textContent(), /emergency number/);
      await assertNoAxeViolations(page, "about");
    }));

  test("a step that touches danger puts safety first, and a safety step is never counted as a pattern", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/rescue-and-enable");
      await choose(page, { name: "Ring Jordan's work and tell them Jordan is ill." }); // a rescue
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");
      await choose(page, { name: "Pay the overdue bill, clean the kitchen and let Jordan sleep." });
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 3 of 3");
      // The party: a sensitive step. Its safety note comes before the responses, with the way to help.
      const note = page.getByRole("complementary", { name: "Safety first" });
      await note.waitFor();
      assert.ok(await note.getByRole("link", { name: "Where to get help now" }).isVisible());
      const [noteBox, choices] = await Promise.all([note.boundingBox(), responseGroup(page).boundingBox()]);
      assert.ok(noteBox.y < choices.y, "the safety note comes before the responses");
      // Refusing to get in the car is a step toward safety, said as such, with no pattern.
      await choose(page, { name: /won't get in the car/ });
      const explained = page.locator(".attune-explanation");
      assert.match(await explained.textContent(), /A step toward safety/);
      assert.match(await explained.textContent(), /never a pattern/);
      assert.equal(await explained.getByText("Pattern:", { exact: false }).count(), 0);
      // My pattern counts the two earlier choices, and nothing for the safety step.
      await page.getByRole("link", { name: "My pattern", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "My pattern" }).waitFor();
      const counted = await page.locator(".attune-my-pattern").textContent();
      const total = [...counted.matchAll(/chosen (once|(\d+) times)/g)].reduce((sum, m) => sum + (m[2] ? Number(m[2]) : 1), 0);
      assert.equal(total, 2, counted);
    }));

  test("a crash shows a friendly recovery screen, never a blank page", async () => {
    const session = await openPage(app.browser, app.server.url);
    try {
      const { page } = session;
      await visit(page, app.server.url);
      await page.evaluate(() => (location.hash = "#/debug/panic"));
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.textContent(), /Something went wrong/);
      assert.ok(await alert.getByRole("link", { name: "Reload Attune" }).isVisible());
      assert.equal(await page.locator("#attune").isVisible(), false, "the broken app is hidden");
      // The panic is reported to the console, and nothing else went wrong.
      assert.ok(session.problems.some((p) => p.includes("Attune stopped")), session.problems.join("\n"));
      assert.ok(session.problems.every((p) => !p.startsWith("request to a foreign origin")), session.problems.join("\n"));
      await alert.getByRole("link", { name: "Reload Attune" }).click();
      await page.getByRole("heading", { level: 1, name: "Leaning on each other" }).waitFor();
    } finally {
      await session.close();
    }
  });
});
