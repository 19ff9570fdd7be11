// Trunk post-build hook: moves Trunk's inline start-up script into a hashed file (from
// web/loader.js), and in release builds minifies the JS glue, prerenders the home page into
// index.html for a first visit's first view (scripts/prerender.mjs), writes the service worker
// (from web/sw.js) and writes precompressed .br and .gz beside every text and wasm file.
// It also writes embed.js, the snippet practices put on their pages (from web/embed.js), and
// builder.html, the page where they make that snippet (from web/builder.*), and the tools pages
// sandbox.html and present.html, each with its own wasm (scripts/build-tools.mjs). The rules
// these scripts share with the app (embedding parameters, storage keys, the quick exit's default,
// address and id checks) come from the engine (scripts/web-rules.mjs).
//
// Why: with no inline script the app runs under a Content-Security-Policy without
// 'unsafe-inline'; the start-up file also shows a readable message (with a reload button)
// when the WebAssembly or its JS glue cannot load; static servers (nginx's gzip_static and
// brotli_static, many CDNs) send precompressed files as they are, at maximum compression.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildToolsPage } from "./build-tools.mjs";
import { prerenderHome } from "./prerender.mjs";
import { writeCompressed } from "./compress.mjs";
import { decodeScenario } from "./scenario-file.mjs";
import { fillRules, readWebRules } from "./web-rules.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is unset)");
const htmlPath = join(staging, "index.html");
const html = readFileSync(htmlPath, "utf8");

// Trunk's loader, minified or not: `<script type="module">import init, * as bindings from '/x.js';
// const wasm = await init({ module_or_path: '/x_bg.wasm' }); …</script>`.
const inline = /<script type="?module"?>\s*import init, \* as bindings from '([^']+)';[\s\S]*?module_or_path: '([^']+)'[\s\S]*?<\/script>/;
const found = html.match(inline);
if (!found) {
  const scripts = html.match(/<script[^>]*>/g) ?? [];
  throw new Error(`post-build.mjs: Trunk's inline loader was not found in ${htmlPath} (scripts: ${scripts.join(" ") || "none"})`);
}
const [whole, glue, wasm] = found;
const release = process.env.TRUNK_PROFILE === "release";
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
// Release builds minify every script written here; esbuild is loaded only then.
const { transformSync } = release ? await import("esbuild") : {};
const minify = (code, format) =>
  release ? transformSync(code, { minify: true, target: "es2020", ...(format && { format }) }).code : code;
const MARK = "<!--attune-loader-->";
let page = html.replace(whole, MARK);

// wasm-bindgen's glue is not minified by Trunk (1.4 KB brotli to gain). Its file name
// keeps Trunk's hash, still unique to this build; the preload's integrity must follow.
if (release) {
  const gluePath = join(staging, glue.slice(glue.lastIndexOf("/") + 1));
  const minified = minify(readFileSync(gluePath, "utf8"), "esm");
  writeFileSync(gluePath, minified);
  const preload = new RegExp(`<link[^>]*href="?${glue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?[^>]*>`);
  const link = page.match(preload);
  if (!link) throw new Error(`post-build.mjs: no preload link for ${glue} in index.html`);
  const updated = link[0].replace(/integrity="?sha384-[^"\s>]+"?/, `integrity="${sri(minified)}"`);
  if (updated === link[0]) throw new Error(`post-build.mjs: the preload link for ${glue} has no integrity to update`);
  page = page.replace(link[0], updated);
}

// The start-up script, from its template (web/loader.js).
const dir = glue.slice(0, glue.lastIndexOf("/") + 1); // Trunk's public URL, e.g. "/"
const template = (file) => readFileSync(new URL(`../web/${file}`, import.meta.url), "utf8");
// A script's template with the rules it shares with the app written in, as the engine defines them.
const rules = readWebRules();
const script = (file) => fillRules(template(file), rules, `web/${file}`);
const fill = (text, values) =>
  Object.entries(values).reduce((out, [key, value]) => {
    if (!out.includes(key)) throw new Error(`post-build.mjs: ${key} is missing from the template`);
    return out.replaceAll(key, value);
  }, text);
// Trunk preloads the glue and the wasm; the loader fetches them itself instead (with the same
// integrity), because a first visit to the home page is drawn without them (web/loader.js).
const preloads = [...page.matchAll(/<link[^>]*rel="?(?:modulepreload|preload)"?[^>]*>/g)].map(([link]) => link);
const integrityOf = (file) => {
  const link = preloads.find((l) => l.includes(file));
  return link?.match(/integrity="?(sha384-[^"\s>]+)"?/)?.[1] ?? "";
};
const glueIntegrity = integrityOf(glue);
const wasmIntegrity = integrityOf(wasm);
for (const link of preloads) page = page.replace(link, "");

/**
 * Writes loader-<hash>.js (from web/loader.js) starting `glue` and `wasm`; returns its name and tag.
 * `firstView`: whether the page holds a prerendered home for a first visit; `languages`: the
 * language codes Attune has (the loader matches the browser's against them, as the app does).
 */
const writeLoader = (glue, wasm, { glueIntegrity = "", wasmIntegrity = "", firstView = false, languages = ["en"] } = {}) => {
  const loader = minify(fill(script("loader.js"), {
    '"__ATTUNE_GLUE__"': JSON.stringify(glue),
    '"__ATTUNE_WASM__"': JSON.stringify(wasm),
    '"__ATTUNE_GLUE_INTEGRITY__"': JSON.stringify(glueIntegrity),
    '"__ATTUNE_WASM_INTEGRITY__"': JSON.stringify(wasmIntegrity),
    '"__ATTUNE_SERVICE_WORKER__"': JSON.stringify(release ? `${dir}sw.js` : ""),
    '"__ATTUNE_FIRST_VIEW__"': JSON.stringify(firstView ? "yes" : ""),
    '["__ATTUNE_LANGUAGES__"]': JSON.stringify(languages),
  }), "iife");
  const digest = createHash("sha384").update(loader).digest();
  const name = `loader-${digest.subarray(0, 8).toString("hex")}.js`;
  writeFileSync(join(staging, name), loader);
  // A classic script in <head>, not deferred: it runs before the page is drawn, to choose what is.
  // Fetched with CORS, as a module would be: in a sandboxed frame (an opaque origin) the file is
  // cross-origin, and its integrity can be checked only on a CORS response.
  const tag = `<script src="${dir}${name}" integrity="sha384-${digest.toString("base64")}" crossorigin="anonymous"></script>`;
  return { name, tag };
};
// English, then each language folder the content step published.
const languages = [
  "en",
  ...readdirSync(join(staging, "content"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(),
];
const { name, tag } = writeLoader(glue, wasm, { glueIntegrity, wasmIntegrity, firstView: release, languages });
page = page.replace(MARK, tag);
writeFileSync(htmlPath, page);
console.log(`post-build.mjs: start-up script moved to ${name}`);

// The session guide for facilitators (docs/facilitating.md), linked from presenter mode's picker:
// served as plain text, which every browser shows and every server knows how to send.
writeFileSync(join(staging, "facilitating.txt"), readFileSync(new URL("../docs/facilitating.md", import.meta.url)));

// The embedding snippet for practices' pages, at a stable address (embed.js beside index.html).
writeFileSync(join(staging, "embed.js"), minify(script("embed.js")));

// The embed builder for practices (builder.html), with the scenarios read from their published
// files (scripts/scenario-file.mjs reads them), in the catalog's order.
{
  const content = join(staging, "content");
  const scenarios = readdirSync(content)
    .filter((name) => /^[a-z0-9-]+-[0-9a-f]{12}\.txt$/.test(name) && !name.startsWith("reference-"))
    .map((name) => decodeScenario(readFileSync(join(content, name))))
    .sort((a, b) => Number(a.order ?? 1e9) - Number(b.order ?? 1e9) || (a.id < b.id ? -1 : 1)) // as the catalog: order, then file name
    .map(({ id, title }) => ({ id, title }));
  const json = JSON.stringify(scenarios).replace(/</g, "\\u003c");
  // Each language with its own name (content/<code>/ui.toml's `[language] name`, English's at the top).
  const names = languages.map((code) => {
    const ui = readFileSync(new URL(`../content/${code === "en" ? "" : `${code}/`}ui.toml`, import.meta.url), "utf8");
    const name = ui.match(/^\[language\][^[]*?^name = "([^"]+)"/m)?.[1];
    if (!name) throw new Error(`post-build.mjs: content/${code === "en" ? "" : `${code}/`}ui.toml has no [language] name`);
    return { code, name };
  });
  const languagesJson = JSON.stringify(names).replace(/</g, "\\u003c");
  writeFileSync(
    join(staging, "builder.html"),
    fill(template("builder.html"), { "__ATTUNE_SCENARIOS__": json, "__ATTUNE_LANGUAGES__": languagesJson }),
  );
  writeFileSync(join(staging, "builder.css"), template("builder.css"));
  writeFileSync(join(staging, "builder.js"), minify(script("builder.js")));
}

// The tools pages ("See the cycle" and presenter mode), each from its own binary: before the
// service worker, which keeps their files too.
buildToolsPage({ staging, dir, release, minify, fill, template, page, writeLoader });

// The home page as a first visit sees it, drawn by the app itself in headless Chromium
// (scripts/prerender.mjs), into index.html: shown at once on such a visit, before any wasm.
if (release) {
  const markup = await prerenderHome({ staging, dir });
  const noscript = page.match(/<noscript>[\s\S]*?<\/noscript>/);
  if (!noscript) throw new Error("post-build.mjs: index.html's #attune has no <noscript> to put the first view after");
  page = page.replace(noscript[0], `${noscript[0]}<div class="attune-first-view">${markup}</div>`);
  writeFileSync(htmlPath, page);
  console.log(`post-build.mjs: the home page prerendered into index.html (${markup.length} bytes)`);
}

// The service worker (release builds): this release's files, for offline use after one visit.
// Its version changes whenever any file or index.html does, so browsers see each new release.
if (release) {
  // Another language's files (content/<code>/) are kept only once a learner has chosen it, so
  // nobody downloads languages they do not read: they are listed apart, per language.
  const files = [];
  const languages = {};
  const languageFolder = new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}content/([a-z]{2,3}(?:-[a-z]{2})?)/`);
  const list = (folder, prefix) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) list(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (!/\.(br|gz)$/.test(entry.name) && entry.name !== "index.html" && entry.name !== "sw.js") {
        const file = `${prefix}${entry.name}`;
        const language = languageFolder.exec(file)?.[1];
        if (language) (languages[language] ??= []).push(file);
        else files.push(file);
      }
    }
  };
  list(staging, dir);
  files.sort();
  Object.values(languages).forEach((list) => list.sort());
  const version = createHash("sha256")
    .update(page)
    .update(files.join("\n"))
    .update(JSON.stringify(languages))
    .digest("hex")
    .slice(0, 16);
  const worker = fill(template("sw.js"), {
    "__ATTUNE_VERSION__": version,
    '["__ATTUNE_FILES__"]': JSON.stringify([dir, ...files]),
    '{"__ATTUNE_LANGUAGES__":0}': JSON.stringify(languages),
    '"__ATTUNE_INDEX__"': JSON.stringify(dir),
  });
  writeFileSync(join(staging, "sw.js"), minify(worker));
  console.log(
    `post-build.mjs: sw.js keeps ${files.length + 1} files for offline use, and each other language's once chosen (${Object.keys(languages).join(", ") || "none"}; version ${version})`,
  );
}

if (release) {
  const compressible = /\.(html|js|wasm|css|svg|txt|json|webmanifest)$/;
  const compress = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) compress(path);
      else if (compressible.test(entry.name)) writeCompressed(path);
    }
  };
  compress(staging);
  console.log("post-build.mjs: wrote .br and .gz beside each file");
}
