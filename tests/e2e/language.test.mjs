// Languages: Spanish as a person meets it. The browser's language, the footer's switch and
// Settings, a practice's `locale=es`, a whole scenario played in Spanish with the keyboard, the
// Markdown export in Spanish, and only the language in use ever downloaded.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { assertNoAxeViolations, decodeScenario, openPage, serveAppInChromium, visit, words } from "./support.mjs";

const app = serveAppInChromium();
const en = words("en");
const es = words("es");

/** The published Spanish scenario `id`, as the build wrote it (dist/content/es/). */
function spanishScenario(id) {
  const folder = new URL("../../dist/content/es/", import.meta.url);
  const name = readdirSync(folder).find((file) => new RegExp(`^${id}-[0-9a-f]{12}\\.txt$`).test(file));
  return decodeScenario(readFileSync(new URL(name, folder)));
}

/** A fresh page that also lists every file of content/ the page asks for. */
async function withPage(story, options) {
  const session = await openPage(app.browser, app.server.url, options);
  const content = [];
  session.page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/content/")) content.push(path);
  });
  try {
    await story(session.page, content);
    session.assertClean();
  } finally {
    await session.close();
  }
}

const homeTitle = (page) => page.getByRole("heading", { level: 1 });
const inSpanish = async (page) => {
  await page.getByRole("heading", { level: 1, name: es("home.title") }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
};
const inEnglish = async (page) => {
  await page.getByRole("heading", { level: 1, name: en("home.title") }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
};

describe("choosing a language", () => {
  test("English loads nothing Spanish; the footer's Español switches every word, and the choice is remembered", () =>
    withPage(async (page, content) => {
      await visit(page, app.server.url);
      await inEnglish(page);
      assert.deepEqual(content.filter((path) => path.startsWith("/content/es/")), []);

      // Named in Spanish and marked as Spanish, so a screen reader speaks it in a Spanish voice.
      const switchTo = page.getByRole("contentinfo").getByRole("button", { name: "Español" });
      assert.equal(await switchTo.getAttribute("lang"), "es");
      await switchTo.click();
      await inSpanish(page);
      const nav = page.getByRole("navigation", { name: es("nav.label") });
      for (const key of ["nav.scenarios", "nav.glossary", "nav.settings", "nav.help"]) {
        assert.equal(await nav.getByRole("link", { name: es(key), exact: true }).count(), 1, key);
      }
      await page.getByRole("link", { name: spanishScenario("partner-pulling-away").title }).waitFor();
      assert.ok(content.some((path) => /^\/content\/es\/language-[0-9a-f]{12}\.txt$/.test(path)), content.join("\n"));

      await page.reload();
      await inSpanish(page);

      // Back to English from Settings, where each language is named in itself.
      await page.getByRole("link", { name: es("nav.settings"), exact: true }).click();
      const group = page.getByRole("group", { name: es("language.label") });
      await group.getByRole("radio", { name: "English" }).check();
      await page.getByRole("heading", { level: 1, name: en("nav.settings") }).waitFor();
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
      assert.equal(await page.getByRole("group", { name: en("language.label") }).getByRole("radio", { name: "English" }).isChecked(), true);
      await page.reload();
      await page.getByRole("heading", { level: 1, name: en("nav.settings") }).waitFor();
    }));

  test("a browser set to Spanish (es-MX) opens in Spanish without being asked", () =>
    withPage(
      async (page, content) => {
        await visit(page, app.server.url);
        await inSpanish(page);
        // The English cards are baked in; no English scenario file is fetched, nor any other language's.
        assert.deepEqual(
          content.filter((path) => !path.startsWith("/content/es/")),
          [],
        );
      },
      { locale: "es-MX" },
    ));

  test("a practice's locale=es opens in Spanish, and a learner's own choice still wins", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "?locale=es");
      await inSpanish(page);
      await page.getByRole("contentinfo").getByRole("button", { name: "English" }).click();
      await inEnglish(page);
      await page.reload();
      await inEnglish(page);
    }));
});

describe("a scenario in Spanish", () => {
  test("saying no, from the home page to its ending with the keyboard alone, every word in Spanish", () =>
    withPage(
      async (page, content) => {
        const scenario = spanishScenario("saying-no");
        await visit(page, app.server.url);
        await inSpanish(page);
        // Tab to the scenario's card and open it.
        const card = page.getByRole("link", { name: scenario.title });
        for (let presses = 0; presses < 40 && !(await card.evaluate((el) => el === document.activeElement)); presses++) {
          await page.keyboard.press("Tab");
        }
        await page.keyboard.press("Enter");
        await page.locator(".attune-progress", { hasText: es("player.step", { number: 1, total: 3 }) }).waitFor();

        const first = scenario.steps.find((step) => step.id === scenario.start);
        assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), scenario.title);
        const situation = (await page.locator(".attune-situation").textContent()).replace(/\s+/g, " ");
        assert.ok(situation.includes(first.situation.replace(/\s+/g, " ").slice(0, 60)), situation);

        const group = page.getByRole("group", { name: es("player.your_response") });
        for (const [number, next] of [
          [1, es("player.step", { number: 2, total: 3 })],
          [2, es("player.step", { number: 3, total: 3 })],
          [3, es("player.ending")],
        ]) {
          // Focus the first response and press it, as a keyboard user does.
          await group.getByRole("button").first().focus();
          await page.keyboard.press("Enter");
          await page.getByRole("heading", { name: es("player.next") }).waitFor();
          assert.match(await page.locator("#attune-announcer").textContent(), new RegExp(`^${es("player.next_announced")}`));
          for (const lens of ["lens.attachment", "lens.codependency"]) {
            assert.equal(await page.getByText(es(lens), { exact: true }).count(), 1, `${lens} at step ${number}`);
          }
          await page.getByRole("button", { name: es("player.continue"), exact: true }).focus();
          await page.keyboard.press("Enter");
          await page.locator(".attune-progress", { hasText: next }).waitFor();
        }
        await page.getByRole("heading", { name: es("player.to_reflect") }).waitFor();
        // Only Spanish files: this scenario's, and the patterns and glossary, in Spanish.
        assert.ok(content.every((path) => path.startsWith("/content/es/")), content.join("\n"));
        assert.ok(content.some((path) => path.startsWith("/content/es/saying-no-")));
      },
      { locale: "es" },
    ));

  test("Take it with you: the Markdown file is written in Spanish, with Spanish dates", () =>
    withPage(
      async (page) => {
        await visit(page, app.server.url, "#/scenario/saying-no");
        await page.getByRole("group", { name: es("player.your_response") }).getByRole("button").first().click();
        await page.getByText(es("note.add")).click();
        await page.getByRole("textbox", { name: es("note.label") }).fill("Me cuesta decir que no.");
        await visit(page, app.server.url, "#/my-pattern");
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: es("mine.download") }).click(),
        ]);
        const text = readFileSync(await download.path(), "utf8");
        assert.ok(text.startsWith(`# ${es("export.title")}\n`), text.slice(0, 80));
        assert.ok(text.includes(spanishScenario("saying-no").title));
        assert.ok(text.includes("> Me cuesta decir que no."));
        const months = es("export.months").split(" ");
        assert.match(text, new RegExp(`\\(escrita el \\d{1,2} de (${months.join("|")}) de \\d{4}\\)`));
      },
      { locale: "es" },
    ));
});

describe("the tools pages in Spanish", () => {
  const presets = readFileSync(new URL("../../content/es/sandbox.toml", import.meta.url), "utf8");
  const notes = readFileSync(new URL("../../content/es/facilitation/saying-no.toml", import.meta.url), "utf8");

  test("See the cycle follows the learner's Spanish: its words, its presets' guide and the page's language", () =>
    withPage(
      async (page, content) => {
        await page.goto(`${app.server.url}sandbox.html`);
        await page.getByRole("heading", { level: 1, name: es("nav.see_the_cycle") }).waitFor();
        assert.equal(await page.locator("html").getAttribute("lang"), "es");
        assert.equal(await page.title(), `${es("nav.see_the_cycle")} — Attune`);
        await page.getByRole("heading", { name: es("tools.sandbox.over_time") }).waitFor();
        const firstPreset = presets.match(/\[\[presets\]\][^[]*?name = "([^"]+)"/)[1];
        assert.equal(await page.getByRole("button", { name: firstPreset }).count(), 1, firstPreset);
        assert.ok(content.some((path) => /^\/content\/es\/sandbox-[0-9a-f]{12}\.txt$/.test(path)), content.join("\n"));
        assert.ok(!content.some((path) => path.includes("/present-")), "the sandbox never fetches presenter mode's notes");
        await assertNoAxeViolations(page, "See the cycle in Spanish");
      },
      { locale: "es", colorScheme: "dark" },
    ));

  test("presenter mode in Spanish: the scenario, the controls and the facilitator notes", () =>
    withPage(
      async (page) => {
        const scenario = spanishScenario("saying-no");
        await page.goto(`${app.server.url}present.html#/scenario/saying-no`);
        // The projected step: the scenario's Spanish title and the situation's heading in Spanish.
        await page.getByRole("heading", { name: es("player.situation") }).waitFor();
        await page.getByText(scenario.title, { exact: true }).first().waitFor();
        assert.equal(await page.locator("html").getAttribute("lang"), "es");
        const [speaker] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("s")]);
        await speaker.getByRole("heading", { level: 1, name: es("tools.present.speaker") }).waitFor();
        const region = speaker.getByRole("region", { name: es("tools.present.notes") });
        const firstQuestion = notes.match(/questions = \[\s*"([^"]+)"/)[1];
        await region.getByText(firstQuestion.slice(0, 30), { exact: false }).waitFor();
        await assertNoAxeViolations(page, "presenter mode in Spanish");
        await assertNoAxeViolations(speaker, "the speaker view in Spanish");
      },
      { locale: "es" },
    ));
});
