// User stories for someone using Attune alone: resume, notes, settings, and storage that never loses notes.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoAxeViolations, openPage, serveAppInChromium, visit } from "./support.mjs";

const app = serveAppInChromium();

async function withPage(story, { initScript, colorScheme } = {}) {
  const session = await openPage(app.browser, app.server.url, { colorScheme });
  if (initScript) await session.page.context().addInitScript(initScript);
  try {
    await story(session.page, session);
    session.assertClean();
  } finally {
    await session.close();
  }
}

const progress = (page) => page.locator(".attune-progress");
const atStep = (page, text) =>
  page.waitForFunction((t) => document.querySelector(".attune-progress")?.textContent === t, text);

async function chooseAndContinue(page, index, next) {
  await page.getByRole("group", { name: "Your response" }).getByRole("button").nth(index).click();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await atStep(page, next);
}

describe("coming back", () => {
  test("progress resumes where it was left, from the home page or the scenario's own address", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/partner-pulling-away");
      await chooseAndContinue(page, 1, "Step 2 of 3");
      const situation = await page.locator(".attune-situation").textContent();

      await visit(page, app.server.url);
      await page.reload();
      const card = page.locator(".attune-card", { hasText: "When your partner pulls away" });
      await card.getByRole("link", { name: /Continue where you left off/ }).click();
      await atStep(page, "Step 2 of 3");
      assert.equal(await page.locator(".attune-situation").textContent(), situation);

      await visit(page, app.server.url, "#/scenario/partner-pulling-away");
      await atStep(page, "Step 2 of 3");
      assert.match(page.url(), /#\/scenario\/partner-pulling-away\/[a-z-]+$/, "the address shows the resumed step");
      await page.getByRole("button", { name: "Back", exact: true }).click();
      await atStep(page, "Step 1 of 3");
      assert.equal(await page.locator('[aria-pressed="true"]').count(), 1, "the earlier choice is remembered");
    }));

  test("a finished scenario is marked completed, and the reflection written at its ending is kept", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/saying-no");
      for (const next of ["Step 2 of 3", "Step 3 of 3", "Ending"]) await chooseAndContinue(page, 0, next);
      const reflection = page.getByRole("textbox", { name: "Your reflection" });
      assert.match(await page.locator(".attune-note-reflection").textContent(), /stay in this browser/);
      await reflection.fill("I say yes before I have even thought.\n\nNext time: pause.");
      await page.reload();
      await atStep(page, "Ending");
      assert.equal(await reflection.inputValue(), "I say yes before I have even thought.\n\nNext time: pause.");
      await assertNoAxeViolations(page, "ending with a reflection");

      await visit(page, app.server.url);
      assert.match(await page.locator(".attune-card", { hasText: "Saying no for the first time" }).textContent(), /Completed/);
    }));

  test("a private note can be added at any step, and is still there after a reload", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/am-i-too-needy");
      await page.getByText("Add a private note").click();
      await page.getByRole("textbox", { name: "Your note on this step" }).fill("This is me at 1 a.m.");
      await page.reload();
      await progress(page).waitFor();
      assert.equal(await page.getByRole("textbox", { name: "Your note on this step" }).inputValue(), "This is me at 1 a.m.");
    }));
});

describe("settings", () => {
  test("text size, colours and motion are applied and remembered", () =>
    withPage(async (page) => {
      await visit(page, app.server.url);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
      await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("main p")).fontSize));
      await page.getByRole("radio", { name: "Larger" }).check();
      await page.getByRole("radio", { name: "Dark" }).check();
      await page.getByRole("checkbox", { name: "Reduce motion" }).check();
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("main p")).fontSize));
      assert.ok(after >= before * 1.3, `text grew from ${before}px to ${after}px`);
      await assertNoAxeViolations(page, "settings, dark, larger text");
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
      assert.ok(await page.getByRole("radio", { name: "Larger" }).isChecked());
      assert.ok(await page.getByRole("radio", { name: "Dark" }).isChecked());
      assert.ok(await page.getByRole("checkbox", { name: "Reduce motion" }).isChecked());
      const background = await page.evaluate(() => getComputedStyle(document.querySelector(".attune-app")).backgroundColor);
      assert.equal(background, "rgb(22, 25, 29)", "the dark theme is applied");
    }));

  test("colours follow the device until the learner chooses otherwise", () =>
    withPage(
      async (page) => {
        const background = () => page.evaluate(() => getComputedStyle(document.querySelector(".attune-app")).backgroundColor);
        await visit(page, app.server.url, "#/scenario/partner-pulling-away");
        await page.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
        assert.equal(await background(), "rgb(22, 25, 29)", "a dark device gets dark colours");
        await assertNoAxeViolations(page, "player, dark device");
        await visit(page, app.server.url, "#/settings");
        await page.getByRole("radio", { name: "Light" }).check();
        assert.equal(await background(), "rgb(251, 248, 243)", "choosing Light overrides the device");
      },
      { colorScheme: "dark" },
    ));

  test("'Delete all my data' asks first, then deletes progress, notes and settings", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/scenario/am-i-too-needy");
      await page.getByText("Add a private note").click();
      await page.getByRole("textbox", { name: "Your note on this step" }).fill("to be deleted");
      await visit(page, app.server.url, "#/settings");
      await page.getByRole("button", { name: "Delete all my data" }).click();
      await page.getByRole("button", { name: "Cancel" }).click();
      assert.match(await page.evaluate(() => localStorage.getItem("attune.profile")), /to be deleted/, "cancel keeps everything");
      await page.getByRole("button", { name: "Delete all my data" }).click();
      await page.getByRole("button", { name: "Yes, delete all my data" }).click();
      assert.match(await page.getByRole("status").textContent(), /have been deleted/);
      assert.equal(await page.evaluate(() => localStorage.getItem("attune.profile")), null);
    }));
});

describe("storage that never loses notes", () => {
  test("storage blocked: everything works for this visit, and the page says it won't be kept", () =>
    withPage(
      async (page) => {
        await visit(page, app.server.url, "#/scenario/saying-no");
        assert.match(await page.getByRole("status").first().textContent(), /isn't letting Attune save anything/);
        await chooseAndContinue(page, 2, "Step 2 of 3");
        await page.getByText("Add a private note").click();
        await page.getByRole("textbox", { name: "Your note on this step" }).fill("kept in memory");
        await visit(page, app.server.url, "#/glossary");
        await visit(page, app.server.url, "#/scenario/saying-no");
        await page.getByText("Add a private note").waitFor();
      },
      {
        initScript: () =>
          Object.defineProperty(window, "localStorage", {
            get() {
              throw new DOMException("The operation is insecure.", "SecurityError");
            },
          }),
      },
    ));

  test("inside a sandboxed iframe without same-origin access, Attune still plays and says progress won't be kept", () =>
    withPage(async (page) => {
      // Started fully first: replacing the page while Attune is still starting would pull its root away.
      await visit(page, app.server.url, "#/about");
      await page.setContent(
        `<main><h1>A practice's page</h1><iframe title="Attune" sandbox="allow-scripts" src="${app.server.url}#/scenario/saying-no" width="800" height="900"></iframe></main>`,
      );
      const frame = page.frameLocator('iframe[title="Attune"]');
      await frame.getByRole("status").first().waitFor();
      assert.match(await frame.getByRole("status").first().textContent(), /isn't letting Attune save anything/);
      await frame.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
      await frame.getByRole("heading", { name: "What tends to happen next" }).waitFor();
      await frame.getByRole("button", { name: "Continue", exact: true }).click();
      await frame.getByText("Step 2 of 3").waitFor();
    }));

  test("corrupt saved data is kept aside, not deleted, and the app starts clean and says so", () =>
    withPage(async (page) => {
      await visit(page, app.server.url);
      await page.evaluate(() => localStorage.setItem("attune.profile", "{half a profile from somewhere"));
      await page.reload();
      await page.getByRole("status").waitFor();
      assert.match(await page.getByRole("status").textContent(), /kept aside/);
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith("attune.profile.kept-aside."))
          .map((k) => localStorage.getItem(k)),
      );
      assert.deepEqual(kept, ["{half a profile from somewhere"]);
      await page.getByRole("link", { name: "When your partner pulls away" }).click();
      await atStep(page, "Step 1 of 3");
    }));

  test("storage full: the page says the change wasn't saved, and nothing typed is lost", () =>
    withPage(
      async (page) => {
        await visit(page, app.server.url, "#/scenario/saying-no");
        await page.getByText("Add a private note").click();
        const note = page.getByRole("textbox", { name: "Your note on this step" });
        await note.fill("every word of this matters");
        assert.match(await page.getByRole("status").textContent(), /couldn't be saved/);
        await visit(page, app.server.url, "#/about");
        await visit(page, app.server.url, "#/scenario/saying-no");
        assert.equal(await note.inputValue(), "every word of this matters");
      },
      {
        initScript: () => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (key === "attune.profile") throw new DOMException("Quota exceeded", "QuotaExceededError");
            return setItem.call(this, key, value);
          };
        },
      },
    ));
});

describe("my pattern, and taking it with you", () => {
  test("my pattern shows what choices leaned towards, never a diagnosis; notes export, print and import back", async () => {
    const session = await openPage(app.browser, app.server.url);
    const { page } = session;
    let exported;
    try {
      await visit(page, app.server.url, "#/scenario/partner-pulling-away");
      for (const next of ["Step 2 of 3", "Step 3 of 3", "Ending"]) await chooseAndContinue(page, 0, next);
      await page.getByRole("textbox", { name: "Your reflection" }).fill("I chase when I'm scared.");

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My pattern" }).click();
      await page.getByRole("heading", { level: 1, name: "My pattern" }).waitFor();
      const main = page.getByRole("main");
      await page.locator(".attune-pattern").first().waitFor();
      assert.match(await main.textContent(), /not a test, a score or a diagnosis/);
      assert.match(await page.locator(".attune-pattern h3").first().textContent(), / — chosen (once|\d times)$/);
      assert.match(await main.textContent(), /counsellor, therapist or support group/);
      assert.match(await page.locator(".attune-my-notes").textContent(), /I chase when I'm scared\./);
      await assertNoAxeViolations(page, "my pattern");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download my notes" }).click(),
      ]);
      assert.equal(download.suggestedFilename(), "attune-notes.md");
      const text = (await import("node:fs")).readFileSync(await download.path(), "utf8");
      exported = text;
      assert.match(text, /^# My notes from Attune\n/);
      assert.match(text, /## When your partner pulls away\n\nCompleted\./);
      assert.match(text, /> I chase when I'm scared\./);
      assert.match(text, /\*\*My reflection on “[^”]+” \(written \d{1,2} [A-Z][a-z]+ \d{4}\)\*\*/);

      await page.emulateMedia({ media: "print" });
      assert.equal(await page.getByRole("navigation", { name: "Main" }).isVisible(), false, "print leaves out the app's chrome");
      assert.equal(await page.getByRole("button", { name: "Download my notes" }).isVisible(), false);
      assert.ok(await page.getByRole("heading", { name: "My notes" }).isVisible());
      await page.emulateMedia({ media: "screen" });
      session.assertClean();
    } finally {
      await session.close();
    }

    // Another device: a fresh browser with nothing saved imports the file.
    await withPage(async (page) => {
      await visit(page, app.server.url, "#/my-pattern");
      await page.getByLabel("Import notes from a file").setInputFiles({
        name: "attune-notes.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(exported),
      });
      await page.getByText("Your notes and progress from the file are back.").waitFor();
      await page.locator(".attune-my-notes").waitFor();
      assert.match(await page.locator(".attune-my-notes").textContent(), /I chase when I'm scared\./);
      await visit(page, app.server.url, "#/scenario/partner-pulling-away");
      await atStep(page, "Ending");
      assert.equal(await page.getByRole("textbox", { name: "Your reflection" }).inputValue(), "I chase when I'm scared.");
    });
  });

  test("a file that is not Attune notes is refused and changes nothing", () =>
    withPage(async (page) => {
      await visit(page, app.server.url, "#/my-pattern");
      await page.getByLabel("Import notes from a file").setInputFiles({
        name: "shopping.md",
        mimeType: "text/markdown",
        buffer: Buffer.from("# Shopping\n- milk\n"),
      });
      await page.getByText("That file couldn't be read as Attune notes. Nothing here was changed.").waitFor();
    }));
});
