// The WordPress plugin (integrations/wordpress/attune/) in a real WordPress: Debian's package on
// MariaDB and PHP-FPM behind nginx (./support.mjs), Attune served by the production nginx
// configuration with the WordPress site in its frame-ancestors. An Administrator activates the
// plugin and sets Settings → Attune; an Author, who may not post scripts, publishes the
// shortcode and the block; a visitor plays a scenario in the published pages. Everything runs
// on 127.0.0.1 and is stopped at the end.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { freePort, launchBrowser, openPage, startServer } from "../e2e/support.mjs";
import { startWordPress } from "./support.mjs";

const PLUGIN = new URL("../../integrations/wordpress/attune/", import.meta.url).pathname;
const CTA = { label: "Book a first session", url: "https://riverside.example/book" };
const state = { attune: null, wp: null, browser: null, author: null };

before(async () => {
  const port = await freePort();
  state.attune = await startServer({ frameAncestors: `'self' http://127.0.0.1:${port}` });
  state.wp = await startWordPress({ port, plugins: { attune: PLUGIN }, users: { author: "author" } });
  state.browser = await launchBrowser();
});
after(async () => {
  await state.author?.context.close();
  await state.browser?.close();
  await state.wp?.close();
  await state.attune?.close();
});

/** All the plugin's files, relative to its folder. */
function pluginFiles(dir = PLUGIN, prefix = "") {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? pluginFiles(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

/** WordPress's own sites, which its admin screens ask for (the block editor's welcome guide's pictures). */
const WORDPRESS_ORG = /^https:\/\/([a-z0-9-]+\.)*(w\.org|wordpress\.org|gravatar\.com)\//;

/**
 * A browser logged in to WordPress through wp-login.php. Nothing leaves 127.0.0.1: a request to
 * any other site is refused, and fails the test (`assertClean`) unless it is WordPress's own
 * screens asking WordPress.org; so does a JavaScript error.
 */
async function logIn(account) {
  const context = await state.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("http://127.0.0.1:") || url.startsWith("data:")) return route.continue();
    if (!WORDPRESS_ORG.test(url)) problems.push(`request to another site: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  await page.goto(`${state.wp.url}wp-login.php`);
  await page.locator("#user_login").fill(account.login);
  await page.locator("#user_pass").fill(account.password);
  await page.locator("#wp-submit").click();
  await page.waitForURL(/\/wp-admin\/$/);
  return {
    context,
    page,
    assertClean() {
      if (problems.length) throw new Error(`WordPress's screens had problems:\n${problems.join("\n")}`);
    },
    /** A call to WordPress's REST API as this user (its cookie and a REST nonce, as the editor sends them). */
    async rest(method, route, data, query = "") {
      const nonce = await (await page.request.get(`${state.wp.url}wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      assert.match(nonce, /^[0-9a-f]{10}$/, "WordPress gave a REST nonce");
      const response = await page.request.fetch(`${state.wp.url}?rest_route=${encodeURIComponent(route)}${query}`, {
        method,
        headers: { "X-WP-Nonce": nonce },
        data,
      });
      const body = await response.json();
      assert.ok(response.ok(), `${method} ${route}: ${response.status()} ${JSON.stringify(body).slice(0, 300)}`);
      return body;
    },
  };
}

/** Publishes a post as the Author (through the REST API, as the block editor does) and returns its address. */
async function publishAsAuthor(title, content) {
  const post = await state.author.rest("POST", "/wp/v2/posts", { title, content, status: "publish" });
  assert.equal(post.status, "publish");
  assert.equal(post.author, state.authorId);
  return post.link;
}

/** Opens a published page as a visitor; `story(page, frame)` runs once Attune is in the page. */
async function asVisitor(link, story) {
  const session = await openPage(state.browser, state.wp.url, { alsoAllow: [state.attune.url] });
  try {
    const { page } = session;
    await page.goto(link);
    const frame = page.frameLocator(`iframe[src^="${state.attune.url}"]`);
    await frame.locator(".attune-app").waitFor();
    await story(page, frame);
    session.assertClean();
  } finally {
    await session.close();
  }
}

const frameHeight = (page) => page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
/** The frame's height once two readings a moment apart agree (heights arrive by message). */
async function settled(page) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const now = await frameHeight(page);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(80);
  }
  return last;
}
const fits = (frame) => frame.locator("html").evaluate((html) => html.scrollHeight <= html.clientHeight + 1);

/** Opens a scenario, picks the first response, and checks the frame grew to show what follows. */
async function playFirstStep(page, frame, title) {
  await frame.getByRole("link", { name: title }).click();
  const responses = frame.getByRole("group", { name: "Your response" });
  await responses.waitFor();
  const step = await settled(page);
  await responses.getByRole("button").first().click();
  await frame.getByRole("heading", { name: "What tends to happen next" }).waitFor();
  const explained = await settled(page);
  assert.ok(explained > step, `the frame grew with the explanation (${step} → ${explained} px)`);
  assert.ok(await fits(frame), "the explanation fits its frame: no scrollbar inside");
}

describe("the plugin's files", () => {
  test("its PHP is valid, it makes no requests of its own, and its headers agree", () => {
    const files = pluginFiles();
    for (const file of files.filter((f) => f.endsWith(".php"))) {
      execFileSync("php", ["-l", join(PLUGIN, file)], { stdio: "pipe" });
    }
    // No HTTP from PHP (the only address it knows is the practice's Attune, for the visitor's
    // browser), and no requests from the editor script either.
    const requests = /\b(wp_remote_\w+|wp_safe_remote_\w+|download_url|curl_\w+|fsockopen|stream_socket_client|file_get_contents\s*\(\s*['"]https?:|WP_Http|Requests::|fetch\s*\(|XMLHttpRequest|apiFetch)/;
    for (const file of files.filter((f) => /\.(php|js)$/.test(f))) {
      assert.doesNotMatch(readFileSync(join(PLUGIN, file), "utf8"), requests, `${file} makes no requests`);
    }
    const main = readFileSync(join(PLUGIN, "attune.php"), "utf8");
    const readme = readFileSync(join(PLUGIN, "readme.txt"), "utf8");
    const block = JSON.parse(readFileSync(join(PLUGIN, "block/block.json"), "utf8"));
    const version = main.match(/^ \* Version:\s+(\S+)$/m)[1];
    assert.match(main, /^ \* License:\s+GPL-2\.0-or-later$/m);
    assert.match(readme, /^=== Attune ===$/m);
    assert.match(readme, /^License: GPLv2 or later$/m);
    assert.equal(readme.match(/^Stable tag: (\S+)$/m)[1], version, "readme.txt's stable tag is the plugin's version");
    assert.equal(block.version, version);
    for (const section of ["Description", "Installation", "Frequently Asked Questions", "Changelog"]) {
      assert.match(readme, new RegExp(`^== ${section} ==$`, "m"), `readme.txt has ${section}`);
    }
    assert.match(readFileSync(join(PLUGIN, "LICENSE.txt"), "utf8"), /GNU GENERAL PUBLIC LICENSE\s+Version 2/);
  });
});

describe("in a real WordPress", () => {
  test("an Administrator activates the plugin and sets Attune's address and defaults; unusable values are refused with a reason", async () => {
    assert.equal(state.wp.site.version.split(".").slice(0, 2).join("."), "6.1", "Debian 12's WordPress");
    const admin = await logIn(state.wp.accounts.admin);
    const { page } = admin;
    try {
      await page.goto(`${state.wp.url}wp-admin/plugins.php`);
      await page.locator('tr[data-slug="attune"]').getByRole("link", { name: "Activate Attune" }).click();
      await page.getByText("Plugin activated.").waitFor();
      await page.locator('tr[data-slug="attune"]').getByRole("link", { name: "Settings" }).click();
      await page.getByRole("heading", { level: 1, name: "Attune" }).waitFor();
      // The page names this site's origin for Attune's frame-ancestors.
      await page.locator("code", { hasText: new URL(state.wp.url).origin }).waitFor();

      // http:// is for an Attune on this computer only; links are https:// only.
      await page.getByLabel("Attune's address").fill("http://attune.example.org/");
      await page.getByLabel("Practice's name").fill("Riverside Counselling");
      await page.getByLabel("Call to action", { exact: true }).fill(CTA.label);
      await page.getByLabel("Call to action's address").fill("http://riverside.example/book");
      await page.getByRole("button", { name: "Save Changes" }).click();
      const refused = page.locator("#setting-error-attune-address, #setting-error-attune-cta_url, #setting-error-attune-cta");
      await refused.first().waitFor();
      assert.deepEqual(
        (await refused.allTextContents()).map((text) => text.trim().replace(/\s*Dismiss this notice\.$/, "")),
        [
          "Attune's address must be an https:// address, like https://attune.example.org/ (http:// only for localhost or 127.0.0.1). The previous address was kept.",
          "Call to action's address must be an https:// address; the previous value was kept.",
          "The call to action needs both its label and its address; Attune shows neither until both are set.",
        ],
      );
      assert.equal(await page.getByText("Settings saved.").count(), 0);

      await page.getByLabel("Attune's address").fill(state.attune.url);
      await page.getByLabel("Call to action's address").fill(CTA.url);
      await page.getByRole("button", { name: "Save Changes" }).click();
      await page.getByText("Settings saved.").waitFor();
      assert.equal(await page.getByLabel("Attune's address").inputValue(), state.attune.url);
      const saved = JSON.parse(await state.wp.php("echo json_encode(get_option('attune_settings'));"));
      assert.equal(saved.address, state.attune.url);
      assert.equal(saved.practice, "Riverside Counselling");
      assert.deepEqual([saved.cta_label, saved.cta_url], [CTA.label, CTA.url]);
      admin.assertClean();
    } finally {
      await admin.context.close();
    }
  });

  test("an Author may not open Settings → Attune, and WordPress removes the <script> from an Author's snippet", async () => {
    state.author = await logIn(state.wp.accounts.author);
    const me = await state.author.rest("GET", "/wp/v2/users/me", undefined);
    state.authorId = me.id;
    const { page } = state.author;
    const settings = await page.goto(`${state.wp.url}wp-admin/options-general.php?page=attune`);
    assert.equal(settings.status(), 403);
    await page.getByText("Sorry, you are not allowed to access this page.").waitFor();

    // Why the plugin exists: the README's snippet, saved by an Author, loses its script.
    const snippet = `<div data-attune data-scenarios="saying-no"></div>\n<script src="${state.attune.url}embed.js" async></script>`;
    const draft = await state.author.rest("POST", "/wp/v2/posts", { title: "Snippet", content: snippet, status: "draft" });
    const raw = (await state.author.rest("GET", `/wp/v2/posts/${draft.id}`, undefined, "&context=edit")).content.raw;
    assert.match(raw, /data-attune/);
    assert.doesNotMatch(raw, /<script/, "WordPress strips the script for users without unfiltered_html");
  });

  test("the Author's [attune] shortcode: a visitor plays a scenario, the frame follows its height, and the ending shows the call to action", async () => {
    const link = await publishAsAuthor(
      "Leaning on each other",
      `<p>Try a story before your first session.</p>\n\n[attune scenarios="saying-no,rescue-and-enable" practice="Riverside Counselling" cta_label="${CTA.label}" cta_url="${CTA.url}" locale="en" theme="light" exit_url="https://www.example.org/" private="on"]`,
    );
    await asVisitor(link, async (page, frame) => {
      const script = page.locator("script#attune-embed-js");
      assert.equal(await script.getAttribute("src"), `${state.attune.url}embed.js`, "embed.js from the practice's Attune, by wp_enqueue_script");
      assert.equal(await script.evaluate((s) => s.async), true);
      const holder = page.locator("div[data-attune]");
      assert.equal(await holder.getAttribute("data-private"), "on");
      assert.equal(await holder.getAttribute("data-exit-url"), "https://www.example.org/");
      assert.deepEqual(await frame.locator(".attune-card-title").allTextContents(), ["Saying no for the first time", "The rescue-and-enable cycle"]);
      assert.equal(await frame.locator(".attune-practice").textContent(), "with Riverside Counselling");
      const home = await settled(page);
      assert.ok(await fits(frame), "home fits its frame");
      assert.notEqual(home, 640, "Attune reported its height (embed.js starts at 640 px)");

      await playFirstStep(page, frame, "Saying no for the first time");
      await frame.getByRole("button", { name: "Continue", exact: true }).click();
      for (const next of ["Step 3 of 3", "Ending"]) {
        await frame.getByRole("group", { name: "Your response" }).getByRole("button").first().click();
        await frame.getByRole("button", { name: "Continue", exact: true }).click();
        await frame.locator(".attune-progress", { hasText: next }).waitFor();
      }
      const cta = frame.getByRole("link", { name: CTA.label });
      assert.equal(await cta.getAttribute("href"), CTA.url);
      assert.ok(await fits(frame), "the ending fits its frame");
    });
  });

  test("the Author's Attune block: the site's defaults apply, a visitor plays a scenario, and About shows the call to action", async () => {
    const link = await publishAsAuthor(
      "The rescue-and-enable cycle",
      `<!-- wp:paragraph -->\n<p>A story about helping too much.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:attune/embed {"scenarios":"rescue-and-enable","align":"wide"} /-->`,
    );
    await asVisitor(link, async (page, frame) => {
      const holder = page.locator("div[data-attune]");
      assert.match(await holder.getAttribute("class"), /\bwp-block-attune-embed\b/);
      assert.match(await holder.getAttribute("class"), /\balignwide\b/);
      assert.deepEqual(await frame.locator(".attune-card-title").allTextContents(), ["The rescue-and-enable cycle"]);
      assert.equal(await frame.locator(".attune-practice").textContent(), "with Riverside Counselling", "the practice's name from Settings → Attune");
      await playFirstStep(page, frame, "The rescue-and-enable cycle");
      await frame.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About & sources" }).click();
      await frame.getByRole("heading", { level: 1, name: "About Attune" }).waitFor();
      assert.equal(await frame.getByRole("link", { name: CTA.label }).getAttribute("href"), CTA.url, "the call to action from Settings → Attune");
      await settled(page);
      assert.ok(await fits(frame), "About fits its frame");
    });
  });

  test("values an Author cannot use are left out, never reach the page as markup, and are named to editors only", async () => {
    const link = await publishAsAuthor(
      "Careless settings",
      `[attune scenarios="saying-no,../../etc" practice='Riverside" onmouseover="window.pwned=1' cta_label="Book" cta_url="javascript:alert(1)" exit_url="http://insecure.example/" colour="red"]`,
    );
    await asVisitor(link, async (page, frame) => {
      const holder = page.locator("div[data-attune]");
      const attributes = await holder.evaluate((div) => Object.fromEntries([...div.attributes].map((a) => [a.name, a.value])));
      assert.deepEqual(Object.keys(attributes).sort(), ["class", "data-attune", "data-attune-mounted", "data-practice", "data-scenarios"]);
      assert.equal(attributes["data-scenarios"], "saying-no", "the usable id stays");
      assert.equal(attributes["data-practice"], 'Riverside" onmouseover="window.pwned=1', "escaped: text, not an attribute");
      assert.equal(await page.locator(".attune-note").count(), 0, "visitors see no note");
      assert.deepEqual(await frame.locator(".attune-card-title").allTextContents(), ["Saying no for the first time"]);
      assert.equal(await page.evaluate(() => window.pwned), undefined);
    });
    // The Author sees what was left out, and why, above the widget.
    const { page } = state.author;
    await page.goto(link);
    const note = page.locator(".attune-note");
    await note.waitFor();
    const text = await note.textContent();
    assert.match(text, /“scenarios” must be scenario ids .* not “\.\.\/\.\.\/etc”; the others are used/);
    assert.match(text, /“cta_url” must be an https:\/\/ address, so it was left out/);
    assert.match(text, /“exit_url” must be an https:\/\/ address, so it was left out/);
    assert.match(text, /“colour” is not a setting Attune knows/);
    assert.match(text, /the call to action needs both/);
  });

  test("the block's editor script (no build step) registers the block with its settings, for an Author", async () => {
    const { page } = state.author;
    await page.goto(`${state.wp.url}wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.("attune/embed"));
    const type = await page.evaluate(() => {
      const block = window.wp.blocks.getBlockType("attune/embed");
      return { title: block.title, attributes: Object.keys(block.attributes) };
    });
    assert.equal(type.title, "Attune");
    for (const name of ["scenarios", "practice", "ctaLabel", "ctaUrl", "locale", "theme", "exitUrl", "private"]) {
      assert.ok(type.attributes.includes(name), `the block has ${name}`);
    }
    await page.evaluate(() => {
      const block = window.wp.blocks.createBlock("attune/embed", { scenarios: "saying-no" });
      window.wp.data.dispatch("core/block-editor").insertBlocks(block);
      window.wp.data.dispatch("core/block-editor").selectBlock(block.clientId);
    });
    const placeholder = page.locator(".wp-block-attune-embed");
    await placeholder.getByText("Attune’s stories appear here on the published page").waitFor();
    await placeholder.getByText("saying-no").waitFor();
    // The sidebar's settings change the block's attributes.
    const sidebar = page.getByRole("region", { name: "Editor settings" });
    if (!(await sidebar.getByLabel("Practice name").isVisible())) {
      await page.getByRole("button", { name: "Settings", exact: true }).click();
    }
    await sidebar.getByLabel("Practice name").fill("Riverside Counselling");
    await sidebar.getByLabel("Its address (https://…)").fill("http://insecure.example");
    await sidebar.getByText("Must start with https://").first().waitFor();
    const attributes = await page.evaluate(() => window.wp.data.select("core/block-editor").getBlocks().find((b) => b.name === "attune/embed").attributes);
    assert.equal(attributes.practice, "Riverside Counselling");
    state.author.assertClean();
  });

  test("the plugin's PHP made no HTTP requests and logged no warnings", () => {
    const fromPlugin = state.wp.httpRequests().filter((request) => request.files.some((file) => file.includes("/plugins/attune/")));
    assert.deepEqual(fromPlugin, []);
    const messages = state.wp.phpMessages().filter((line) => line.includes("/plugins/attune/") || /\battune_/.test(line));
    assert.deepEqual(messages, []);
  });

  test("without Attune's address, visitors see nothing and editors see why", async () => {
    const shown = JSON.parse(
      await state.wp.php(
        `$saved = get_option('attune_settings');
update_option('attune_settings', array_merge($saved, array('address' => '')));
$visitor = do_shortcode('[attune]');
wp_set_current_user(get_user_by('login', 'author')->ID);
$author = do_shortcode('[attune]');
update_option('attune_settings', $saved);
echo json_encode(array($visitor, $author));`,
      ),
    );
    assert.equal(shown[0], "");
    assert.match(shown[1], /class="attune-note"[\s\S]*Attune(&#039;|')s address is not set yet: an administrator sets it in Settings → Attune/);
    assert.doesNotMatch(shown[1], /data-attune/);
  });

  test("uninstalling removes the plugin's option", async () => {
    const left = await state.wp.php(
      `require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins('attune/attune.php');
uninstall_plugin('attune/attune.php');
wp_cache_flush();
echo json_encode(get_option('attune_settings', 'gone'));`,
    );
    assert.equal(JSON.parse(left.trim().split("\n").at(-1)), "gone");
  });
});
