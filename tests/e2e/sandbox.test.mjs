// "See the cycle" (sandbox.html): presets, sliders, playback and the text alternatives, used the
// way a person uses them, against the release build's own page and wasm.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoAxeViolations, serveAppInChromium, withCleanPage, visit } from "./support.mjs";

const app = serveAppInChromium();

const withPage = (story, options) => withCleanPage(app, story, options);

async function openSandbox(page, hash = "") {
  await page.goto(`${app.server.url}sandbox.html${hash}`);
  await page.getByRole("heading", { level: 1, name: "See the cycle" }).waitFor();
}

const chart = (page, name) => page.getByRole("img", { name: new RegExp(`^${name}`) });
const label = (locator) => locator.getAttribute("aria-label");
const partner = (page, who) => page.getByRole("group", { name: `Partner ${who}` });
// Not the sliders' <output>s (also status): the announcement of where a run stands.
const announced = (page) => page.locator('p[role="status"]').textContent();
const round = (page) => page.locator(".attune-round").textContent();
const pressed = (page, name) => page.getByRole("group", { name: "Start from a pattern" }).getByRole("button", { name }).getAttribute("aria-pressed");

describe("See the cycle", () => {
  test("reached from Attune's menu; says it is an illustration; both themes and a phone pass axe", async () => {
    await withPage(async (page) => {
      await visit(page, app.server.url);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "See the cycle" }).click();
      await page.getByRole("heading", { level: 1, name: "See the cycle" }).waitFor();
      assert.match(await page.getByRole("complementary", { name: "About this model" }).textContent(), /not a clinical model/);
      assert.equal(await pressed(page, "Pursue and withdraw"), "true");
      assert.match(await page.getByRole("heading", { level: 2, name: "Pursue and withdraw" }).textContent(), /Pursue/);
      assert.ok(await page.getByRole("heading", { name: "Attachment lens" }).isVisible());
      assert.ok(await page.getByRole("heading", { name: "Codependency lens" }).isVisible());
      // Sources come with the reference file, after the first paint.
      await page.getByText("Drawn from:").waitFor();
      await assertNoAxeViolations(page, "sandbox, light");
      // Back to Attune.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scenarios" }).click();
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      assert.doesNotMatch(page.url(), /sandbox/);
    });
    await withPage(
      async (page) => {
        await openSandbox(page);
        await assertNoAxeViolations(page, "sandbox, dark, 320 px");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, "no sideways scrolling at 320 px");
      },
      { colorScheme: "dark", viewport: { width: 320, height: 800 } },
    );
  });

  test("with text at 200 %, nothing scrolls sideways or is cut off", () =>
    withPage(
      async (page) => {
        await openSandbox(page);
        // Browser text zoom scales the root font size; every size in Attune is in rem or em.
        await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, "no sideways scrolling");
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll("button, a, h1, h2, h3, p, label, output, legend")]
            // Text for screen readers only is clipped on purpose.
            .filter((el) => !el.closest(".attune-visually-hidden"))
            .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
            .map((el) => el.textContent.slice(0, 40)),
        );
        assert.deepEqual(clipped, []);
      },
      { viewport: { width: 640, height: 900 } },
    ));

  test("moving a slider with the keyboard changes the chart, its text alternative and the table", () =>
    withPage(async (page) => {
      await openSandbox(page);
      const chartA = chart(page, "Partner A");
      const before = { label: await label(chartA), points: await chartA.locator("polyline").first().getAttribute("points") };
      await page.getByText("The numbers, as a table").click();
      const tableBefore = await page.getByRole("table").textContent();
      assert.match(before.label, /feeling secure from 50% to \d+%/);

      const answers = partner(page, "B").getByRole("slider", { name: "Answers when the other reaches out" });
      await answers.focus();
      await page.keyboard.press("End");
      assert.equal(await answers.inputValue(), "100");
      assert.equal(await answers.getAttribute("aria-valuetext"), "100%");
      assert.equal(await partner(page, "B").locator("output").nth(1).textContent(), "100%");

      const after = { label: await label(chartA), points: await chartA.locator("polyline").first().getAttribute("points") };
      assert.notEqual(after.points, before.points, "the line moved");
      assert.notEqual(after.label, before.label, "the text alternative follows");
      const secureAt40 = (text) => Number(text.match(/feeling secure from 50% to (\d+)%/)[1]);
      assert.ok(secureAt40(after.label) > secureAt40(before.label), "a more responsive B leaves A more secure");
      assert.notEqual(await page.getByRole("table").textContent(), tableBefore, "the table follows");
      // The preset is no longer what is shown, and the page says so; the address keeps the setup.
      assert.equal(await pressed(page, "Pursue and withdraw"), "false");
      await page.getByText("You have changed the settings since picking this pattern").waitFor();
      await page.waitForFunction(() => location.hash === "#a=80,60,10,70,30&b=20,100,10,70,70");

      // The address opens the same setup elsewhere.
      const shared = page.url();
      await page.goto("about:blank");
      await page.goto(shared);
      await page.getByRole("heading", { level: 1, name: "See the cycle" }).waitFor();
      assert.equal(await partner(page, "B").getByRole("slider", { name: "Answers when the other reaches out" }).inputValue(), "100");
      assert.equal(await label(chart(page, "Partner A")), after.label);
    }));

  test("presets load their settings, their words and their shape", () =>
    withPage(async (page) => {
      await openSandbox(page);
      await page.getByRole("button", { name: "Rescue and enable" }).click();
      assert.equal(await pressed(page, "Rescue and enable"), "true");
      await page.getByRole("heading", { level: 2, name: "Rescue and enable" }).waitFor();
      assert.equal(await partner(page, "A").getByRole("slider", { name: "Takes over the other's responsibilities" }).inputValue(), "90");
      assert.match(await label(chart(page, "Balance of leaning")), /now B leans on A/);

      await page.getByRole("button", { name: "When one is ill" }).click();
      assert.ok(await page.getByRole("radio", { name: "B", exact: true }).isChecked());
      assert.equal(await page.getByRole("slider", { name: "How much it takes from them" }).inputValue(), "70");
      // The stretch of illness tips the balance for a while, then it comes back to even.
      assert.match(await label(chart(page, "Balance of leaning")), /now even; furthest from even: B leans on A/);

      await page.getByRole("radio", { name: "Nobody" }).check();
      assert.equal(await page.getByRole("slider", { name: "How much it takes from them" }).count(), 0);
      assert.equal(await pressed(page, "Leaning on each other"), "true", "without the illness it is interdependence");
    }));

  test("play, pause, step and back to the start, by keyboard; each stop is announced", () =>
    withPage(async (page) => {
      await openSandbox(page);
      assert.equal(await round(page), "Round 40 of 40");
      await page.getByRole("button", { name: "Back to the start" }).focus();
      await page.keyboard.press("Enter");
      assert.equal(await round(page), "Round 0 of 40");
      assert.equal(await page.getByRole("button", { name: "Back to the start" }).isDisabled(), true);
      await page.getByRole("button", { name: "Step one round" }).focus();
      await page.keyboard.press("Enter");
      assert.equal(await round(page), "Round 1 of 40");
      assert.match(await announced(page), /^Round 1 of 40\. A: feeling secure \d+%/);

      await page.getByRole("button", { name: "Play", exact: true }).focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => /Round ([3-9]|[1-3]\d) of 40/.test(document.querySelector(".attune-round").textContent));
      assert.equal(await announced(page), "", "quiet while it plays");
      await page.getByRole("button", { name: "Pause" }).press("Enter");
      const paused = await round(page);
      await page.waitForTimeout(500);
      assert.equal(await round(page), paused, "paused stays paused");
      assert.match(await announced(page), new RegExp(`^${paused}\\.`));

      await page.getByRole("button", { name: "Play", exact: true }).press("Enter");
      await page.getByRole("button", { name: "Play again" }).waitFor({ timeout: 10_000 });
      assert.equal(await round(page), "Round 40 of 40");
      assert.equal(await page.getByRole("button", { name: "Step one round" }).isDisabled(), true);
    }));

  test("with reduced motion, nothing animates: play shows every round at once", () =>
    withPage(async (page) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await openSandbox(page);
      await page.getByRole("button", { name: "Back to the start" }).click();
      assert.equal(await round(page), "Round 0 of 40");
      await page.getByRole("button", { name: "Show every round" }).click();
      assert.equal(await round(page), "Round 40 of 40");
    }));

  test("a damaged or foreign address opens the first pattern, never a broken page", () =>
    withPage(async (page) => {
      for (const hash of ["#a=1,2,3", "#preset=nothing", `#${"x".repeat(5000)}`, "#/scenario/saying-no"]) {
        await page.goto("about:blank");
        await openSandbox(page, hash);
        assert.equal(await pressed(page, "Pursue and withdraw"), "true", hash.slice(0, 40));
      }
      // A new setup pasted into the address of the open page is followed; a damaged one is not.
      await page.evaluate(() => (location.hash = "#preset=one-partner-ill"));
      await page.waitForFunction(() => document.querySelector('[aria-pressed="true"]')?.textContent === "When one is ill");
      await page.evaluate(() => (location.hash = "#a=1,2"));
      await page.waitForTimeout(200);
      assert.equal(await pressed(page, "When one is ill"), "true");
    }));

  test("the player's diagram follows each choice and opens the sandbox with the same setup", () =>
    withPage(async (page) => {
      await visit(page, `${app.server.url}`, "#/scenario/rescue-and-enable");
      const diagram = page.getByRole("region", { name: "If this became a habit" });
      const responses = page.getByRole("group", { name: "Your response" }).getByRole("button");
      await responses.first().waitFor();
      assert.equal(await diagram.count(), 0, "no choice yet, no diagram");
      await responses.first().click();
      await diagram.waitFor();
      const first = await diagram.textContent();
      assert.match(first, /You.*Feeling secure\s*\d+%.*The other person.*Who leans on whom: /);
      assert.match(first, /not a prediction/);

      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".attune-progress")?.textContent === "Step 2 of 3");
      assert.equal(await diagram.textContent(), first, "the diagram stays with the choices made so far");
      await responses.last().click();
      await page.waitForFunction((before) => document.querySelector(".attune-cycle")?.textContent !== before, first);
      const second = await diagram.textContent();
      assert.notEqual(second, first, "a second choice moves it");

      const link = diagram.getByRole("link", { name: "Explore this in the sandbox" });
      const fragment = (await link.getAttribute("href")).split("#")[1];
      assert.match(fragment, /^a=\d+,\d+,\d+,\d+,\d+&b=50,60,20,50,50$/);
      await link.click();
      await page.getByRole("heading", { level: 1, name: "See the cycle" }).waitFor();
      assert.equal(new URL(page.url()).hash, `#${fragment}`);
      const a = fragment.match(/^a=([\d,]+)&/)[1].split(",");
      const sliders = partner(page, "A").getByRole("slider");
      for (const [i, value] of a.entries()) assert.equal(await sliders.nth(i).inputValue(), value);
      assert.equal(await partner(page, "B").getByRole("slider", { name: "Answers when the other reaches out" }).inputValue(), "60");
    }));
});
