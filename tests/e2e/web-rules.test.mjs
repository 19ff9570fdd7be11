// The rules the hand-written scripts share with the app (the embedding parameters, the storage
// keys, the quick exit's default, the checks of an address, an origin and an id, and how a
// browser's language is matched): the served scripts hold them as the engine defines them
// (`attune-content --rules`, the JSON the build fills in), and the scripts and the app judge the
// shared cases in tests/web-rules.toml alike (crates/engine/tests/web_rules.rs tries the app's side).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse as parseToml } from "smol-toml";
import { readWebRules, ruleInScript } from "../../scripts/web-rules.mjs";
import { openPage, serveAppInChromium } from "./support.mjs";

const app = serveAppInChromium();
const rules = readWebRules();
const cases = parseToml(readFileSync(new URL("../web-rules.toml", import.meta.url), "utf8"));
/** A rule as the build writes it into a script (a regular expression as its literal). */
const written = (name) => ruleInScript(name, rules[name])[1];
const served = async (path) => {
  const response = await fetch(new URL(path, app.server.url));
  assert.equal(response.status, 200, path);
  return response.text();
};
/** The loaders of every page (index.html's and the tools pages'), by page. */
async function loaders() {
  const found = {};
  for (const page of ["/", "sandbox.html", "present.html"]) {
    const name = (await served(page)).match(/<script src="\/?(loader-[0-9a-f]+\.js)"/)?.[1];
    assert.ok(name, `${page} names its loader`);
    found[page] = await served(name);
  }
  return found;
}

describe("the served scripts hold the engine's rules", () => {
  test("embed.js passes on every parameter but those it sets itself, and checks as the engine does", async () => {
    const embed = await served("embed.js");
    // The snippet itself sets only these (`new URLSearchParams({ embed: "1", host: location.origin })`).
    const setBySnippet = ["embed", "host"];
    const settings = embed.match(/\[("[a-z-]+",?)+\]/g)?.map((list) => JSON.parse(list)).find((list) => list.includes("scenarios"));
    assert.deepEqual(settings, rules.parameters.filter((name) => !setBySnippet.includes(name)));
    assert.match(readFileSync(new URL("../../web/embed.js", import.meta.url), "utf8"), /new URLSearchParams\(\{ embed: "1", host: location\.origin \}\)/);
    for (const name of ["exitDefault", "webAddress", "id", "eventMessage", "events"]) assert.ok(embed.includes(written(name)), `embed.js holds ${name}: ${written(name)}`);
    assert.match(embed, new RegExp(`\\b${rules.maxValue}\\b`), "embed.js cuts values to the engine's length");
    assert.doesNotMatch(embed, /__ATTUNE_/);
  });

  test("every page's loader holds the quick exit's default, the checks and the storage keys, and reads only known parameters", async () => {
    for (const [page, loader] of Object.entries(await loaders())) {
      for (const name of ["exitDefault", "webAddress", "origin", "switchOn", "profileKey", "languageKey"]) {
        assert.ok(loader.includes(written(name)), `${page}'s loader holds ${name}: ${written(name)}`);
      }
      const read = [...loader.matchAll(/\.get\("([a-z-]+)"\)/g)].map(([, name]) => name);
      assert.ok(read.includes("exit-url") && read.includes("private"), `${page}'s loader reads ${read}`);
      for (const name of read) assert.ok(rules.parameters.includes(name), `${page}'s loader reads "${name}", which the engine does not list`);
      assert.doesNotMatch(loader, /__ATTUNE_/);
    }
  });

  test("every page's “Leave this site” link (which works with no script) goes to the quick exit's default", async () => {
    for (const page of ["/", "sandbox.html", "present.html"]) {
      const link = (await served(page)).match(/<a [^>]*id="?attune-exit"?[^>]*>/)?.[0] ?? "";
      const href = link.match(/href="?([^"\s>]+)/)?.[1];
      assert.equal(href, rules.exitDefault, `${page}: ${link}`);
    }
  });

  test("the embed builder checks addresses as the engine does", async () => {
    const builder = await served("builder.js");
    assert.ok(builder.includes(written("webAddress")));
    assert.doesNotMatch(builder, /__ATTUNE_/);
  });
});

describe("the scripts judge the shared cases as the app does", () => {
  const judge = (name, value) => new RegExp(rules[name]).test(value);

  test("web addresses: https only (the app also takes this machine's, for trying things out)", () => {
    for (const address of cases["web-address"].yes) assert.ok(judge("webAddress", address), address);
    for (const address of [...cases["web-address"].no, ...cases["web-address"]["app-only"]]) assert.ok(!judge("webAddress", address), address);
  });

  test("origins", () => {
    for (const origin of cases.origin.yes) assert.ok(judge("origin", origin), origin);
    for (const origin of cases.origin.no) assert.ok(!judge("origin", origin), origin);
  });

  test("scenario ids", () => {
    for (const id of cases.id.yes) assert.ok(judge("id", id), id);
    for (const id of cases.id.no) assert.ok(!judge("id", id), id);
  });

  test("switches", () => {
    assert.deepEqual([...rules.switchOn].sort(), [...cases.switch.on].sort());
    for (const value of [...cases.switch.off, ...cases.switch.neither]) assert.ok(!rules.switchOn.includes(value), value);
  });

  // The loader draws the prerendered English home only when the app would open in English; both
  // are run here in the browser, with the browser's languages as each case sets them.
  const languageCases = [
    ...cases.languages.cases.map(({ browser, chosen }) => ({ browser, chosen, why: `browser ${browser.join(", ")}` })),
    { browser: ["en-US"], stored: "es", chosen: "es", why: "Spanish chosen before, in this browser" },
  ];
  for (const { browser, stored, chosen, why } of languageCases) {
    test(`the loader's first view and the app choose the same language: ${why}`, async () => {
      const session = await openPage(app.browser, app.server.url);
      try {
        const { page } = session;
        await page.addInitScript((languages) => {
          Object.defineProperty(Navigator.prototype, "languages", { get: () => languages });
          Object.defineProperty(Navigator.prototype, "language", { get: () => languages[0] });
        }, browser);
        if (stored) await page.addInitScript(([key, code]) => localStorage.setItem(key, code), [rules.languageKey, stored]);
        await page.goto(app.server.url);
        const firstView = await page.evaluate(() => document.documentElement.classList.contains("attune-first-visit"));
        assert.equal(firstView, chosen === "en", `the loader ${firstView ? "drew" : "did not draw"} the English first view`);
        await page.waitForFunction(() => performance.getEntriesByName("attune-ready").length > 0);
        await page.waitForFunction((code) => document.documentElement.lang === code, chosen, { timeout: 5000 }).catch(() => {});
        assert.equal(await page.evaluate(() => document.documentElement.lang), chosen, "the app's language");
        session.assertClean();
      } finally {
        await session.close();
      }
    });
  }
});
