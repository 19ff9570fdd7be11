// Presenter mode (present.html): a scenario run from the keyboard alone, as a facilitator would
// in front of a room: held responses, reveal, lens emphasis, compare all, blank, hands, back.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { assertNoAxeViolations, serveAppInChromium, withCleanPage } from "./support.mjs";

const app = serveAppInChromium();

/** A 16:9 projector unless a test says otherwise. */
const withPage = (story, options = {}) =>
  withCleanPage(app, story, { viewport: { width: 1280, height: 720 }, ...options });

const progress = (page) => page.locator(".attune-present-top .attune-progress").textContent();
const responseButton = (page, n) => page.locator(".attune-present-response .attune-response").nth(n);
const revealed = (page) => page.getByRole("heading", { name: "What tends to happen next" });

describe("presenter mode", () => {
  test("a sensitive step never asks the room for a show of hands", () =>
    withPage(async (page) => {
      // The party in the rescue-and-enable story touches drink-driving: marked sensitive.
      await page.goto(`${app.server.url}present.html#/scenario/rescue-and-enable/the-party`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      assert.match(await page.locator(".attune-present").textContent(), /car/);
      assert.equal(await page.locator(".attune-hands").count(), 0, "no hand counts on a sensitive step");
      await page.keyboard.press("Shift+Digit1");
      assert.equal(await page.locator(".attune-hands-count").count(), 0);
      // The step before it is an ordinary one, and takes hands as usual.
      await page.goto(`${app.server.url}present.html#/scenario/rescue-and-enable/weeks-later`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      assert.equal(await page.locator(".attune-hands").count(), 3);
    }));

  test("a keyboard-only run: pick, reveal, lens, compare, blank, hands, next and back", () =>
    withPage(async (page) => {
      await page.goto(app.server.url);
      await page.getByRole("contentinfo").getByRole("link", { name: "Presenter mode" }).click();
      await page.getByRole("heading", { level: 1, name: "Present a scenario" }).waitFor();
      await page.getByRole("link", { name: "When your partner pulls away" }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("list", { name: "Responses" }).waitFor();
      assert.equal(await progress(page), "Step 1 of 3");
      assert.match(new URL(page.url()).hash, /^#\/scenario\/partner-pulling-away\/[a-z-]+$/);
      assert.equal(await revealed(page).count(), 0, "held: nothing is explained before the room has had its say");
      await assertNoAxeViolations(page, "presenter, held");

      await page.keyboard.press("2");
      assert.equal(await responseButton(page, 1).getAttribute("aria-pressed"), "true");
      assert.equal(await revealed(page).count(), 0, "picking does not reveal");
      await page.keyboard.press("Shift+Digit2");
      await page.keyboard.press("Shift+Digit2");
      await page.keyboard.press("Shift+Digit1");
      const counts = await page.locator(".attune-hands-count").allTextContents();
      assert.deepEqual(counts, ["1 hand", "2 hands", "0 hands"]);

      await page.keyboard.press("r");
      await revealed(page).waitFor();
      assert.ok(await page.getByRole("heading", { name: "Attachment lens" }).isVisible());
      assert.ok(await page.getByRole("heading", { name: "Codependency lens" }).isVisible());
      assert.match(await page.locator(".attune-explanation .attune-chosen").textContent(), /Say nothing/);
      await assertNoAxeViolations(page, "presenter, revealed");
      await page.keyboard.press("l");
      assert.ok(await page.getByRole("button", { name: "Lens: attachment" }).isVisible());
      await page.keyboard.press("l");
      await page.keyboard.press("l");
      assert.ok(await page.getByRole("button", { name: "Lens: both" }).isVisible());

      await page.keyboard.press("c");
      const compare = page.getByRole("region", { name: "Every response, side by side" });
      await compare.waitFor();
      const cards = compare.getByRole("listitem");
      assert.equal(await cards.count(), 3, "every response of the step");
      for (let i = 0; i < 3; i++) {
        assert.equal(await cards.nth(i).getByRole("heading", { name: "Attachment lens" }).count(), 1);
        assert.equal(await cards.nth(i).getByRole("heading", { name: "Codependency lens" }).count(), 1);
        assert.ok((await cards.nth(i).locator(".attune-outcome").textContent()).length > 40);
      }
      await assertNoAxeViolations(page, "presenter, compare all");
      await page.keyboard.press("Escape");
      assert.equal(await compare.count(), 0);

      await page.keyboard.press("b");
      await page.getByRole("region", { name: "Screen blanked" }).waitFor();
      assert.equal(await page.getByRole("list", { name: "Responses" }).count(), 0, "nothing of the story on a blank screen");
      await page.keyboard.press("b");
      await page.getByRole("list", { name: "Responses" }).waitFor();

      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.querySelector(".attune-present-top .attune-progress")?.textContent === "Step 2 of 3");
      assert.equal(await revealed(page).count(), 0, "each new step starts held");
      assert.deepEqual(await page.locator(".attune-hands-count").allTextContents(), ["0 hands", "0 hands", "0 hands"]);
      await page.keyboard.press("ArrowLeft");
      await page.waitForFunction(() => document.querySelector(".attune-present-top .attune-progress")?.textContent === "Step 1 of 3");
      assert.equal(await responseButton(page, 1).getAttribute("aria-pressed"), "true", "the room's pick is still there");
      assert.deepEqual(await page.locator(".attune-hands-count").allTextContents(), ["1 hand", "2 hands", "0 hands"], "and its hands");

      await page.keyboard.press("?");
      const keys = page.getByRole("dialog", { name: "Keys" });
      await keys.waitFor();
      assert.match(await keys.textContent(), /Shift \+ 1 to 9/);
      await assertNoAxeViolations(page, "presenter, keys");
      await page.keyboard.press("Escape");
      assert.equal(await keys.count(), 0);
    }));

  test("the mouse works too, and Next waits for a pick", () =>
    withPage(async (page) => {
      await page.goto(`${app.server.url}present.html#/scenario/saying-no`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      const next = page.getByRole("navigation", { name: "Presenter controls" }).getByRole("button", { name: "Next" });
      assert.equal(await next.isDisabled(), true);
      await page.getByRole("button", { name: "Reveal" }).click();
      assert.match(await page.locator(".attune-explanation").textContent(), /Pick a response first/);
      await responseButton(page, 0).click();
      await page.getByRole("button", { name: "One more hand for response 3" }).click();
      assert.deepEqual(await page.locator(".attune-hands-count").allTextContents(), ["0 hands", "0 hands", "1 hand"]);
      await page.getByRole("button", { name: "One fewer hand for response 3" }).click();
      assert.deepEqual(await page.locator(".attune-hands-count").allTextContents(), ["0 hands", "0 hands", "0 hands"]);
      await next.click();
      await page.waitForFunction(() => document.querySelector(".attune-present-top .attune-progress")?.textContent === "Step 2 of 3");
    }));

  test("in a light theme and on a 4:3 projector it passes axe; an unknown scenario says so", () =>
    withPage(
      async (page) => {
        await page.goto(`${app.server.url}present.html#/scenario/rescue-and-enable`);
        await page.getByRole("list", { name: "Responses" }).waitFor();
        await assertNoAxeViolations(page, "presenter, light, 4:3");
        await page.goto(`${app.server.url}present.html#/scenario/nowhere`);
        await page.reload();
        await page.getByRole("heading", { name: "That scenario isn't here" }).waitFor();
        await page.getByRole("link", { name: "Choose a scenario" }).click();
        await page.getByRole("heading", { level: 1, name: "Present a scenario" }).waitFor();
      },
      { viewport: { width: 1024, height: 768 }, colorScheme: "light" },
    ));

  test("the speaker view (S) shows the step's facilitator notes, follows the screen and drives it", () =>
    withPage(async (page) => {
      await page.goto(`${app.server.url}present.html#/scenario/partner-pulling-away`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      const [speaker] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("s")]);
      const problems = [];
      speaker.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
      speaker.on("pageerror", (error) => problems.push(error.message));
      await speaker.getByRole("heading", { level: 1, name: "Speaker view" }).waitFor();
      const notes = speaker.getByRole("region", { name: "Facilitator notes" });
      await notes.waitFor();
      assert.match(await notes.textContent(), /When someone close seems to drift away/);
      assert.match(await notes.textContent(), /Watch for/);
      assert.match(await speaker.getByRole("status").textContent(), /Held/);
      await assertNoAxeViolations(speaker, "speaker view");

      // The screen's picks, hands and reveals reach the speaker view.
      await page.bringToFront();
      await page.keyboard.press("2");
      await page.keyboard.press("Shift+Digit2");
      await speaker.getByText("— picked").waitFor();
      await speaker.getByText("— 1 hand").waitFor();
      await page.keyboard.press("r");
      await speaker.getByRole("status").filter({ hasText: "Revealed" }).waitFor();
      assert.doesNotMatch(await speaker.locator(".attune-speaker-columns").textContent(), /Pick a response to see where it leads/);

      // And the speaker view drives the screen: next, a pick, a reveal.
      await speaker.getByRole("navigation", { name: "Presenter controls" }).getByRole("button", { name: "Next" }).click();
      await page.waitForFunction(() => document.querySelector(".attune-present-top .attune-progress")?.textContent === "Step 2 of 3");
      await notes.filter({ hasNotText: "When someone close seems to drift away" }).waitFor();
      await speaker.keyboard.press("1");
      await page.waitForFunction(() => document.querySelector(".attune-present-response .attune-response")?.getAttribute("aria-pressed") === "true");
      await speaker.getByRole("button", { name: "Reveal" }).click();
      await revealed(page).waitFor();
      assert.deepEqual(problems, []);
    }));

  test("after a remembered choice, the speaker view shows the step as the screen does, and where the route leads", () =>
    withPage(async (page) => {
      // The defect this holds: the speaker view told the step with no memory of earlier choices,
      // and read a response's plain `next` instead of its route.
      await page.goto(`${app.server.url}present.html#/scenario/partner-pulling-away`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      await page.getByRole("button", { name: /I've been missing you lately/ }).click(); // remembers it
      await page.keyboard.press("n");
      await page.waitForFunction(() => document.querySelector(".attune-present-top .attune-progress")?.textContent === "Step 2 of 3");
      await page.getByRole("button", { name: /Take as much off Alex's plate/ }).click();
      await page.keyboard.press("n");
      await page.getByText("A couple of weeks ago you sat close to Alex", { exact: false }).first().waitFor();
      const [speaker] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("s")]);
      await speaker.getByRole("heading", { level: 1, name: "Speaker view" }).waitFor();
      await page.bringToFront();
      await page.keyboard.press("3");
      const onScreen = speaker.getByRole("region", { name: "On screen" });
      await onScreen.getByText("— picked", { exact: false }).waitFor();
      assert.match(await onScreen.textContent(), /A couple of weeks ago you sat close to Alex/);
      assert.doesNotMatch(await onScreen.textContent(), /Another week has gone by/);
      assert.match(await onScreen.textContent(), /Finding your way back/);
      assert.doesNotMatch(await onScreen.textContent(), /Steadier on your own feet/);
      // And the screen's Next goes where the speaker view said.
      await page.keyboard.press("n");
      await page.getByRole("heading", { name: "Finding your way back" }).waitFor();
    }));

  test("Q shows a QR code that decodes to this step in the normal player, at the public address", () =>
    withPage(async (page) => {
      const decode = async () => {
        const png = PNG.sync.read(await page.locator("svg.attune-qr").screenshot());
        return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
      };
      await page.goto(`${app.server.url}present.html#/scenario/saying-no`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      const step = new URL(page.url()).hash.split("/")[3];
      await page.keyboard.press("q");
      const panel = page.getByRole("dialog", { name: "Follow on your phone" });
      await panel.waitFor();
      const own = `${app.server.url}#/scenario/saying-no/${step}`;
      assert.equal(await decode(), own, "by default, this server's own address");
      assert.equal(await panel.locator(".attune-code-link").textContent(), own);
      await assertNoAxeViolations(page, "presenter, QR code");

      // The laptop's address is often not the public one: set it, and the code follows.
      await page.getByLabel("Public address of Attune (where phones can reach it)").fill("https://practice.example/attune");
      await page.getByRole("button", { name: "Use this address" }).click();
      const public_ = `https://practice.example/attune/#/scenario/saying-no/${step}`;
      await panel.getByText(public_).waitFor();
      assert.equal(await decode(), public_);
      await page.getByLabel("Public address of Attune (where phones can reach it)").fill("practice.example");
      await page.getByRole("button", { name: "Use this address" }).click();
      await panel.getByRole("alert").filter({ hasText: "must start with https://" }).waitFor();
      assert.equal(await page.locator("svg.attune-qr").count(), 0, "no code for an address phones can't open");
      await page.keyboard.press("Escape");
      assert.equal(await panel.count(), 0);

      // Also from the page's address, e.g. a facilitator's bookmark.
      await page.goto(`${app.server.url}present.html?public=${encodeURIComponent("https://groups.example/")}#/scenario/saying-no`);
      await page.getByRole("list", { name: "Responses" }).waitFor();
      await page.getByRole("button", { name: "QR code" }).click();
      assert.equal(await decode(), `https://groups.example/#/scenario/saying-no/${step}`);
    }));
});
