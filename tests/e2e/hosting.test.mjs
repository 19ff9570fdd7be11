// The release build as nginx serves it with deploy/nginx/: security headers, caching,
// precompressed files, and an app that runs under the strict Content-Security-Policy.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { openPage, serveAppInChromium, visit } from "./support.mjs";

const app = serveAppInChromium();
const DIST = new URL("../../dist/", import.meta.url).pathname;
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const get = (path, encoding = "identity") =>
  fetch(new URL(path, app.server.url), { headers: { "accept-encoding": encoding } });
const assets = () => readdirSync(DIST).filter((name) => !/\.(br|gz)$/.test(name) && name !== "content");

describe("headers", () => {
  test("every response carries the security headers, including the strict CSP", async () => {
    const contentFile = readdirSync(`${DIST}content`).find((name) => name.endsWith(".txt"));
    for (const path of ["/", ...assets(), `content/${contentFile}`, "/no-such-file"]) {
      const response = await get(path);
      const h = response.headers;
      assert.equal(h.get("content-security-policy"), CSP, path);
      assert.equal(h.get("x-content-type-options"), "nosniff", path);
      assert.equal(h.get("referrer-policy"), "no-referrer", path);
      assert.match(h.get("permissions-policy") ?? "", /camera=\(\)/, path);
      assert.equal(h.get("set-cookie"), null, `${path} sets no cookie`);
    }
  });

  test("hashed files are cached for good; index.html, the service worker and other unhashed files are revalidated", async () => {
    const isHashed = (name) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(name);
    const hashed = assets().filter(isHashed);
    assert.ok(hashed.length >= 5, `hashed assets: ${hashed}`);
    for (const name of hashed) {
      assert.equal((await get(name)).headers.get("cache-control"), "public, max-age=31536000, immutable", name);
    }
    const unhashed = ["/", ...assets().filter((name) => !isHashed(name))];
    for (const name of ["index.html", "sw.js", "manifest.webmanifest"]) assert.ok(unhashed.includes(name), name);
    for (const name of unhashed) assert.equal((await get(name)).headers.get("cache-control"), "no-cache", name);
  });

  test("each file has its proper type; WebAssembly as application/wasm", async () => {
    const expected = {
      html: /text\/html/,
      js: /javascript/,
      wasm: /^application\/wasm$/,
      css: /^text\/css/,
      svg: /^image\/svg\+xml/,
      png: /^image\/png$/,
      webmanifest: /^application\/manifest\+json/,
      txt: /^text\/plain/, // the facilitators' session guide (docs/facilitating.md)
    };
    for (const name of assets()) {
      const type = (await get(name)).headers.get("content-type");
      assert.match(type, expected[name.split(".").pop()], name);
    }
  });

  test("precompressed brotli and gzip are served as they are, and plain bytes otherwise", async () => {
    const wasm = assets().find((name) => name.endsWith(".wasm"));
    const original = readFileSync(`${DIST}${wasm}`);
    const brotli = await get(wasm, "br, gzip");
    assert.equal(brotli.headers.get("content-encoding"), "br");
    assert.equal(Number(brotli.headers.get("content-length")), readFileSync(`${DIST}${wasm}.br`).length);
    assert.ok(Buffer.from(await brotli.arrayBuffer()).equals(original), "fetch decodes it to the original");
    const gzip = await get(wasm, "gzip");
    assert.equal(gzip.headers.get("content-encoding"), "gzip");
    assert.equal(Number(gzip.headers.get("content-length")), readFileSync(`${DIST}${wasm}.gz`).length);
    const plain = await get(wasm);
    assert.equal(plain.headers.get("content-encoding"), null);
    assert.equal(Number(plain.headers.get("content-length")), original.length);
  });
});

describe("Content-Security-Policy", () => {
  test("no page has inline script or style for the policy to block", () => {
    const pages = readdirSync(DIST).filter((name) => name.endsWith(".html"));
    assert.ok(["index.html", "sandbox.html", "present.html", "builder.html"].every((name) => pages.includes(name)), pages.join(" "));
    for (const name of pages) {
      const html = readFileSync(`${DIST}${name}`, "utf8");
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        // A JSON data block (the builder's scenario list) is data the policy never runs.
        if (/^<script type="application\/json"/.test(tag)) continue;
        assert.match(tag, /^<script[^>]*\ssrc=[^>]*><\/script>$/, `${name}: inline script: ${tag.slice(0, 80)}`);
      }
      assert.doesNotMatch(html, /<style\b|\sstyle=/, `${name}: inline style`);
      assert.doesNotMatch(html, /\son[a-z]+=/, `${name}: inline event handler`);
    }
  });

  test("the tests notice a violation: inline style added to the page is blocked and reported", async () => {
    const session = await openPage(app.browser, app.server.url);
    try {
      await visit(session.page, app.server.url);
      await session.page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<p style="color: red">x</p>'));
      const reported = () => session.problems.some((p) => p.startsWith("console error: CSP violation: style-src"));
      for (let wait = 0; wait < 40 && !reported(); wait++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(
        reported(),
        `expected a reported violation, got: ${session.problems.join("\n") || "nothing"}`,
      );
    } finally {
      await session.close();
    }
  });
});
