// Static first-view sizes per file (raw, gzip -9, brotli q11): for Attune, scripts/size.mjs
// itself (its --json output); for the peer, the same measurement over the peer's files.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// The same numbers scripts/size.mjs computes for each file.
import { measure as measureFile } from "../../scripts/compress.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;

const sum = (rows) =>
  rows.reduce(
    (t, r) => ({ file: "total", raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { file: "total", raw: 0, gzip: 0, brotli: 0 },
  );

/** Attune: runs scripts/size.mjs (so the benchmark and the size budget can never disagree). */
export function attuneSizes(dist = join(ROOT, "dist")) {
  const tmp = mkdtempSync(join(tmpdir(), "attune-size-"));
  try {
    execFileSync("node", [join(ROOT, "scripts/size.mjs"), "--dist", dist, "--json", join(tmp, "size.json")], {
      stdio: "ignore",
    });
    const { files, total, appCode, appStart, onOpen } = JSON.parse(readFileSync(join(tmp, "size.json"), "utf8"));
    // Opening the scenario the peer also plays fetches its file and the reference file
    // (patterns and glossary, for the pattern line and marked words).
    const find = (re) => onOpen.find((r) => re.test(r.file));
    const scenario = find(/^content\/partner-pulling-away-[0-9a-f]+\.txt$/);
    const reference = find(/^content\/reference-[0-9a-f]+\.txt$/);
    if (!scenario || !reference) throw new Error("dist/content/ lacks the partner-pulling-away or reference file");
    // A scenario opened by its address starts the app at once: the first view, the app's code,
    // the scenario's file and the reference.
    return {
      files,
      total,
      appCode,
      appStart,
      onOpen: [scenario, reference],
      withScenario: sum([...files, ...appCode, scenario, reference]),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The peer: every file it loads before its first passage (html, runtime, player, css, story). */
export function peerSizes(dir, names) {
  const files = names.map((name) => measureFile(dir, name));
  return { files, total: sum(files) };
}
