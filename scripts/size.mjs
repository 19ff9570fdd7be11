// Prints what the first view transfers, per file (raw, gzip -9, brotli q11), and checks budgets.
// Usage: node scripts/size.mjs [--dist dist] [--budget-kb 75] [--app-budget-kb 135] [--json out.json]
// The first view is index.html plus every asset it references: a first visit to the home page,
// drawn from the home prerendered into index.html. The app's code (the glue and wasm its loader
// names) follows at that visit's first gesture, and at once on any other visit: it is listed
// apart, and "app start" (first view and app code) has a budget of its own. Scenario files
// (dist/content/) are fetched only when a scenario is opened, and listed apart.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measure as measureFile } from "./compress.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = option("dist", "dist");
const budgetKb = option("budget-kb", null);
const appBudgetKb = option("app-budget-kb", null);
const jsonOut = option("json", null);

const html = readFileSync(join(dist, "index.html"), "utf8");
const isFile = (path) => statSync(path).isFile();
// Other pages index.html links to (sandbox.html, present.html) are not part of its first view.
const firstView = readdirSync(dist).filter(
  (name) => isFile(join(dist, name)) && (name === "index.html" || (!name.endsWith(".html") && html.includes(name))),
);

const measure = (name) => measureFile(dist, name);
const rows = firstView.sort().map(measure);
const contentDir = join(dist, "content");
const later = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
  .map((entry) => measure(join("content", entry.name)))
  .sort((a, b) => a.file.localeCompare(b.file));
const total = rows.reduce(
  (sum, r) => ({ file: "total", raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const width = Math.max(...rows.concat(later).map((r) => r.file.length), 5);
const line = (r) =>
  `${r.file.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(`${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip -9".padStart(9)}  ${"brotli 11".padStart(9)}`);
rows.forEach((r) => console.log(line(r)));
console.log(line(total));

// The learner's app's code, named by its loader (not referenced by index.html itself).
const appLoaderName = rows.map((r) => r.file).find((name) => name.startsWith("loader-"));
const appLoader = appLoaderName ? readFileSync(join(dist, appLoaderName), "utf8") : "";
const appCode = readdirSync(dist)
  .filter((name) => /^attune-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name) && appLoader.includes(name))
  .sort()
  .map(measure);
const sum = (list) =>
  list.reduce((acc, r) => ({ file: "total", raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip, brotli: acc.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const appStart = { ...sum(rows.concat(appCode)), file: "app start: first view and app code" };
console.log("\nthe app's code (at a first visit's first gesture; at once on any other visit):");
appCode.forEach((r) => console.log(line(r)));
console.log(line(appStart));
console.log("\nfetched when a scenario is opened:");
later.forEach((r) => console.log(line(r)));

// The sandbox page (sandbox.html), reported but outside the learner's first-view budget.
const sandboxHtml = readFileSync(join(dist, "sandbox.html"), "utf8");
const sandboxRows = readdirSync(dist)
  .filter((name) => isFile(join(dist, name)) && (name === "sandbox.html" || (!name.endsWith(".html") && sandboxHtml.includes(name))))
  .sort()
  .map(measure);
// Its loader names the glue and wasm; they are fetched at once, like index.html's.
const loaderName = sandboxRows.map((r) => r.file).find((name) => name.startsWith("loader-"));
const loader = loaderName ? readFileSync(join(dist, loaderName), "utf8") : "";
for (const name of readdirSync(dist).filter((name) => /^attune-sandbox-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name) && loader.includes(name)))
  sandboxRows.push(measure(name));
const sandboxTotal = sandboxRows.reduce(
  (sum, r) => ({ file: "total", raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
console.log("\nthe sandbox page (sandbox.html, its own wasm; not in the budget):");
sandboxRows.forEach((r) => console.log(line(r)));
console.log(line(sandboxTotal));
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify({ files: rows, total, appCode, appStart, onOpen: later, sandbox: { files: sandboxRows, total: sandboxTotal } }, null, 2),
  );

if (appBudgetKb !== null) {
  const budget = Number(appBudgetKb) * 1000;
  if (appStart.brotli > budget) {
    console.error(`App start (first view and app code) is ${appStart.brotli} bytes brotli, over the ${appBudgetKb} KB budget.`);
    process.exit(1);
  }
  console.log(`App start within budget: ${appStart.brotli} of ${budget} bytes brotli.`);
}
if (budgetKb !== null) {
  const budget = Number(budgetKb) * 1000;
  if (total.brotli > budget) {
    console.error(`First view is ${total.brotli} bytes brotli, over the ${budgetKb} KB budget.`);
    process.exit(1);
  }
  console.log(`Within budget: ${total.brotli} of ${budget} bytes brotli (${((100 * total.brotli) / budget).toFixed(0)}%).`);
}
