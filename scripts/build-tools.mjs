// Builds the tools pages (sandbox.html: "See the cycle"; present.html: presenter mode) beside the
// learner's app, from their own binaries (src/bin/attune-sandbox.rs, attune-present.rs), so the learner's first view
// never carries them. Called by scripts/post-build.mjs inside Trunk's post_build hook; does for
// these pages what Trunk does for index.html: cargo build, wasm-bindgen, wasm-opt (release),
// hashed names. Each page has its own binary and wasm (a learner opening the sandbox on a phone
// never downloads presenter mode); they share the learner's stylesheet and icon.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
/** The tools pages, from the one template web/tool.html. */
const PAGES = [
  {
    file: "sandbox.html",
    tool: "sandbox",
    bin: "attune-sandbox",
    name: "“See the cycle”",
    title: "See the cycle — Attune",
    description:
      "See the cycle: set how two partners behave and watch what tends to happen to both over time. An illustration from Attune, not a clinical model.",
    css: "styles/sandbox.css",
  },
  {
    file: "present.html",
    tool: "present",
    bin: "attune-present",
    name: "Presenter mode",
    title: "Presenter mode — Attune",
    description: "Attune's scenarios for a room: responses held until revealed, hands counted, every response compared.",
    css: "styles/present.css",
  },
];

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });

/**
 * Writes the tools pages, their loader, JS glue, wasm and stylesheets into `staging`.
 * `page` is the learner's index.html as built (its stylesheet and icons are shared).
 */
export function buildToolsPage({ staging, dir, release, minify, fill, template, page, writeLoader }) {
  const profile = release ? "release" : "debug";
  run("cargo", [
    "build", "--locked", "--offline", "--target", "wasm32-unknown-unknown",
    ...PAGES.flatMap((tool) => ["--bin", tool.bin]),
    ...(release ? ["--release"] : []),
  ]);
  // wasm-opt as Trunk runs it for index.html: its data-wasm-opt level and params, read from there.
  const source = readFileSync(join(root, "index.html"), "utf8");
  const level = source.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
  if (!level || params === undefined) throw new Error("build-tools.mjs: index.html has no data-wasm-opt settings to follow");
  const wasmOptArgs = [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
  const metadata = JSON.parse(
    execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"], { cwd: root, encoding: "utf8" }),
  );
  const shared = (rel) => {
    const link = page.match(new RegExp(`<link[^>]*rel="?${rel}"?[^>]*>`))?.[0];
    if (!link) throw new Error(`build-tools.mjs: index.html has no ${rel} link to share`);
    return link;
  };
  for (const tool of PAGES) {
    const built = join(metadata.target_directory, "wasm32-unknown-unknown", profile, `${tool.bin}.wasm`);
    const work = mkdtempSync(join(tmpdir(), "attune-tools-"));
    try {
      run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", work, "--out-name", tool.bin, built]);
      let wasmPath = join(work, `${tool.bin}_bg.wasm`);
      if (release) {
        const optimised = join(work, "optimised.wasm");
        run(join(root, "node_modules/.bin/wasm-opt"), [...wasmOptArgs, "-o", optimised, wasmPath]);
        wasmPath = optimised;
      }
      const wasm = readFileSync(wasmPath);
      const glue = minify(readFileSync(join(work, `${tool.bin}.js`), "utf8"), "esm");
      const hash = createHash("sha256").update(wasm).update(glue).digest("hex").slice(0, 16);
      const [glueName, wasmName] = [`${tool.bin}-${hash}.js`, `${tool.bin}-${hash}_bg.wasm`];
      writeFileSync(join(staging, wasmName), wasm);
      writeFileSync(join(staging, glueName), glue);

      const loader = writeLoader(`${dir}${glueName}`, `${dir}${wasmName}`);

      // Each page's own styles, on top of the shared stylesheet.
      const css = readFileSync(join(root, tool.css));
      const cssName = `${tool.tool}-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
      writeFileSync(join(staging, cssName), css);
      const html = fill(template("tool.html"), {
        "<!--attune-stylesheet-->": shared("stylesheet"),
        "<!--attune-icon-->": shared("icon"),
        "<!--attune-tool-stylesheet-->": `<link rel="stylesheet" href="${dir}${cssName}" />`,
        "<!--attune-loader-->": loader.tag,
        "__ATTUNE_DESCRIPTION__": tool.description,
        "__ATTUNE_TITLE__": tool.title,
        "__ATTUNE_NAME__": tool.name,
        "__ATTUNE_FILE__": tool.file,
        "__ATTUNE_DIR__": dir,
      });
      writeFileSync(join(staging, tool.file), html);
      console.log(`build-tools.mjs: ${tool.file} with ${wasmName} (${wasm.length} bytes)`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}
