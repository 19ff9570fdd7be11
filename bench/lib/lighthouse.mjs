// Runs Lighthouse's CLI (bench/node_modules) against a URL with Debian's Chromium: mobile form
// factor and Lighthouse's default simulated slow-4G throttling. Returns the scores and metrics
// the benchmark reports, or the reason it could not run.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = new URL("../node_modules/.bin/lighthouse", import.meta.url).pathname;
// The flags that keep Chromium quiet on this closed network (as tests/e2e/support.mjs uses).
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
].join(" ");

export async function lighthouse(url, { timeoutMs = 240_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "attune-lighthouse-"));
  const report = join(dir, "report.json");
  try {
    await new Promise((resolve, reject) =>
      execFile(
        CLI,
        [
          url,
          "--output=json",
          `--output-path=${report}`,
          "--only-categories=performance,accessibility,best-practices",
          `--chrome-flags=${CHROME_FLAGS}`,
          "--quiet",
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, timeout: timeoutMs },
        (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`.trim())) : resolve()),
      ),
    );
    const lhr = JSON.parse(readFileSync(report, "utf8"));
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = (id) =>
      lhr.categories[id]?.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
        .map((ref) => ref.id) ?? [];
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      lcpMs: audit("largest-contentful-paint"),
      tbtMs: audit("total-blocking-time"),
      fcpMs: audit("first-contentful-paint"),
      warnings: lhr.runWarnings ?? [],
      notPerfect: {
        accessibility: failing("accessibility"),
        bestPractices: failing("best-practices"),
      },
    };
  } catch (error) {
    return { error: String(error.message ?? error).slice(0, 2000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
