// Walks every path of every scenario to its ending, in Chromium, by clicking as a person would.
// The paths are discovered from what the player shows; the published scenario files say how
// many paths and endings there must be, so a path the player fails to offer is caught too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { decodeScenario, holds, openPage, serveAppInChromium, visit } from "./support.mjs";

const CONTENT = new URL("../../dist/content/", import.meta.url);
const scenarios = readdirSync(CONTENT)
  .filter((name) => name.endsWith(".txt") && !name.startsWith("reference-"))
  .map((name) => decodeScenario(readFileSync(new URL(name, CONTENT))));

/** Every path a learner can take from the start to an ending, from the scenario's data and its conditions. */
function pathsIn(scenario) {
  const byId = new Map(scenario.steps.map((step) => [step.id, step]));
  const walk = (id, facts) => {
    const step = byId.get(id);
    if (step.reflection !== null) return [[id]];
    return step.responses
      .filter((r) => holds(r.condition, facts))
      .flatMap((r) => {
        const next = r.routes.find((route) => holds(route.condition, facts))?.next ?? r.next;
        const after = new Set(facts);
        if (r.remember !== null) after.add(r.remember);
        return walk(next, after).map((p) => [id, ...p]);
      });
  };
  return walk(scenario.start, new Set());
}

const app = serveAppInChromium();

test("there are ten scenarios to walk", () => assert.equal(scenarios.length, 10));

for (const scenario of scenarios) {
  test(`every path of "${scenario.title}" reaches an ending, with both lenses at every choice`, async () => {
    const session = await openPage(app.browser, app.server.url);
    const { page } = session;
    const progressText = () => page.locator(".attune-progress").textContent();
    const waitForProgress = (before) =>
      page.waitForFunction((b) => document.querySelector(".attune-progress")?.textContent !== b, before);
    const endingsReached = new Set();
    let paths = 0;

    /** At the current step, tries every response in turn, following each to its end and back. */
    async function explore(depth) {
      const where = await progressText();
      if (where === "Ending") {
        paths += 1;
        endingsReached.add(await page.locator("#attune-step-heading").textContent());
        assert.ok(await page.getByRole("heading", { name: "To reflect on" }).isVisible());
        return;
      }
      assert.ok(depth < 10, "a path runs on without an ending");
      const buttons = page.getByRole("group", { name: "Your response" }).getByRole("button");
      const count = await buttons.count();
      assert.ok(count >= 3, `${where}: only ${count} responses`);
      for (let i = 0; i < count; i++) {
        await buttons.nth(i).click();
        for (const lens of ["Attachment lens", "Codependency lens"]) {
          const body = page.getByRole("region", { name: lens });
          assert.ok((await body.textContent()).length > lens.length + 40, `${where}, response ${i + 1}: ${lens} is empty`);
        }
        await page.getByRole("button", { name: "Continue", exact: true }).click();
        await waitForProgress(where);
        await explore(depth + 1);
        await page.getByRole("button", { name: "Back", exact: true }).click();
        await page.waitForFunction((w) => document.querySelector(".attune-progress")?.textContent === w, where);
      }
    }

    try {
      await visit(page, app.server.url, `#/scenario/${scenario.id}`);
      await page.getByRole("group", { name: "Your response" }).waitFor();
      await explore(0);
      const expected = pathsIn(scenario);
      const endings = scenario.steps.filter((s) => s.reflection !== null).map((s) => s.title ?? "Where this leaves you");
      assert.equal(paths, expected.length, "every path in the content was offered and walked");
      assert.deepEqual([...endingsReached].sort(), [...new Set(endings)].sort(), "every ending was reached");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
}
