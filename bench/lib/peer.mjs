// Builds the ink peer into a folder nginx can serve: compiles the .ink with inkjs's compiler
// (there is no inklecate here: it is a .NET binary from GitHub), copies the player and inkjs's
// runtime-only build, and writes .br/.gz beside each file as scripts/post-build.mjs does for Attune.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { writeCompressed } from "../../scripts/compress.mjs";

const require = createRequire(import.meta.url);
const SOURCE = new URL("../peers/ink/", import.meta.url).pathname;
export const STORY = "partner-pulling-away";

/** Writes the peer's site to `out` and returns the names of its files (before compression). */
export function buildPeer(out) {
  mkdirSync(out, { recursive: true });
  // `inkjs/full` is the build that carries the compiler; it runs in Node only at bench time.
  const { Compiler } = require("inkjs/full");
  const compiler = new Compiler(readFileSync(join(SOURCE, `${STORY}.ink`), "utf8"));
  const story = compiler.Compile();
  if (compiler.errors.length || compiler.warnings.length) {
    throw new Error(`ink compile problems:\n${[...compiler.errors, ...compiler.warnings].join("\n")}`);
  }
  writeFileSync(join(out, `${STORY}.json`), story.ToJson());

  for (const file of ["index.html", "player.js", "style.css"]) copyFileSync(join(SOURCE, file), join(out, file));
  // dist/ink.js is inkjs's runtime-only UMD build (the one Inky's web export ships). Its
  // source-map comment is dropped: the map is not shipped, and a 404 for it is noise.
  const runtime = require.resolve("inkjs"); // the package's main entry for require: dist/ink.js
  if (!runtime.endsWith(join("dist", "ink.js"))) throw new Error(`unexpected inkjs runtime: ${runtime}`);
  writeFileSync(join(out, "ink.js"), readFileSync(runtime, "utf8").replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n"));

  const files = readdirSync(out).sort();
  for (const name of files) writeCompressed(join(out, name));
  return files;
}
