// Trunk post-build hook: moves Trunk's inline start-up script into a hashed file, and (in
// release builds) minifies the JS glue and writes precompressed .br and .gz beside every
// text and wasm file.
//
// Why: with no inline script the app runs under a Content-Security-Policy without
// 'unsafe-inline'; the start-up file also shows a readable message (with a reload button)
// when the WebAssembly or its JS glue cannot load; static servers (nginx's gzip_static and
// brotli_static, many CDNs) send precompressed files as they are, at maximum compression.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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
const MARK = "<!--attune-loader-->";
let page = html.replace(whole, MARK);

// wasm-bindgen's glue is not minified by Trunk (about 2 KB brotli to gain). Its file name
// keeps Trunk's hash, still unique to this build; the preload's integrity must follow.
if (release) {
  const { transformSync } = await import("esbuild");
  const gluePath = join(staging, glue.slice(glue.lastIndexOf("/") + 1));
  const minified = transformSync(readFileSync(gluePath, "utf8"), { minify: true, format: "esm", target: "es2020" }).code;
  writeFileSync(gluePath, minified);
  const preload = new RegExp(`<link[^>]*href="?${glue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?[^>]*>`);
  const link = page.match(preload);
  if (!link) throw new Error(`post-build.mjs: no preload link for ${glue} in index.html`);
  const updated = link[0].replace(/integrity="?sha384-[^"\s>]+"?/, `integrity="${sri(minified)}"`);
  if (updated === link[0]) throw new Error(`post-build.mjs: the preload link for ${glue} has no integrity to update`);
  page = page.replace(link[0], updated);
}

// Dynamic import, so a missing or broken glue file is caught as well as a broken .wasm.
const loader = `// Starts Attune. If its code cannot load, says so and offers a reload instead of a blank page.
import(${JSON.stringify(glue)})
  .then((glue) => glue.default({ module_or_path: ${JSON.stringify(wasm)} }))
  .catch((error) => {
    console.warn("Attune could not start:", error);
    const failed = document.getElementById("attune-failed");
    const app = document.getElementById("attune");
    if (!failed || !app) return;
    app.hidden = true;
    failed.hidden = false;
    failed.querySelector("button")?.addEventListener("click", () => location.reload());
    failed.focus();
  });
`;
const digest = createHash("sha384").update(loader).digest();
const name = `loader-${digest.subarray(0, 8).toString("hex")}.js`;
writeFileSync(join(staging, name), loader);

// Same directory as the glue, so the loader follows Trunk's public URL.
const src = glue.slice(0, glue.lastIndexOf("/") + 1) + name;
const tag = `<script type="module" src="${src}" integrity="sha384-${digest.toString("base64")}"></script>`;
writeFileSync(htmlPath, page.replace(MARK, tag));
console.log(`post-build.mjs: start-up script moved to ${name}`);

if (release) {
  const compressible = /\.(html|js|wasm|css|svg|txt|json)$/;
  const compress = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) compress(path);
      else if (compressible.test(entry.name)) {
        const bytes = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params }));
      }
    }
  };
  compress(staging);
  console.log("post-build.mjs: wrote .br and .gz beside each file");
}
