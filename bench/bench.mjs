// The benchmark's driver (run it through bench/run.sh): builds the ink peer, serves it and
// Attune's release build with the production nginx, measures both the same way in headless
// Chromium and with Lighthouse, prints a table (Attune, peer, Attune/peer) and writes
// bench/results/latest.json. Settings: BENCH_LOADS (cold loads per page, default 5),
// BENCH_CHOICES (choices timed, default 108: every path of the scenario, 27 x 3, plus 9 more),
// BENCH_LIGHTHOUSE=0 to skip Lighthouse.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../tests/e2e/support.mjs";
import { choiceLatency, coldLoad, launchBrowser, PROFILE, sandboxFrames } from "./lib/browser.mjs";
import { lighthouse } from "./lib/lighthouse.mjs";
import { buildPeer } from "./lib/peer.mjs";
import { attuneSizes, peerSizes } from "./lib/sizes.mjs";

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const CHOICES = Number(process.env.BENCH_CHOICES ?? 108);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== "0";
const DIST = new URL("../dist/", import.meta.url).pathname;
const RESULTS = new URL("./results/", import.meta.url).pathname;
const say = (text) => console.error(`[bench] ${text}`);

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]; // nearest rank
}
const sumBytes = (transfers) => transfers.reduce((total, t) => total + t.bytes, 0);
const isAppCode = (file) => /\/attune-[0-9a-f]+(_bg\.wasm|\.js)$/.test(file);
const byFile = (transfers) => transfers.map(({ file, status, encoding, bytes }) => ({ file, status, encoding, bytes }));

const glueName = readdirSync(DIST).find((name) => /^attune-[0-9a-f]+\.js$/.test(name));
if (!glueName) throw new Error("dist/ has no attune-<hash>.js glue: run the release build first");

// Other work on the machine skews timings; the load average is recorded with the results.
const loadAtStart = loadavg()[0];
const peerDir = mkdtempSync(join(tmpdir(), "attune-bench-peer-"));
// mkdtemp makes it private (0700); the server's copy keeps that mode and nginx's unprivileged
// worker would answer 403 (and startServer waits for a 200 forever).
chmodSync(peerDir, 0o755);
const servers = [];
let browser = null;
try {
  say(`building the ink peer in ${peerDir}`);
  const peerFiles = buildPeer(peerDir);
  const sizes = { attune: attuneSizes(DIST), peer: peerSizes(peerDir, peerFiles) };

  const attune = await startServer();
  servers.push(attune);
  const peer = await startServer({ root: peerDir });
  servers.push(peer);
  browser = await launchBrowser();
  const glue = `/${glueName}`;
  const attuneScenario = `${attune.url}#/scenario/partner-pulling-away`;

  // Cold loads, interleaved so that noise from the machine falls on both alike.
  const loads = { attuneHome: [], attuneScenario: [], peer: [] };
  for (let i = 1; i <= LOADS; i++) {
    say(`cold loads ${i}/${LOADS}`);
    // The home page: drawn from index.html's first view, then the app takes over (its code
    // fetched once the page is idle, as no gesture comes).
    loads.attuneHome.push(await coldLoad(browser, attune.url, { mark: "attune-first-view", alsoMark: "attune-ready", glue }));
    loads.attuneScenario.push(
      await coldLoad(browser, attuneScenario, { mark: "attune-ready", responseSelector: ".attune-response", glue }),
    );
    loads.peer.push(await coldLoad(browser, peer.url, { mark: "peer-ready", responseSelector: "button.choice" }));
  }

  say(`timing ${CHOICES} choices in Attune`);
  const attunePlay = await choiceLatency(browser, attuneScenario, { responseSelector: ".attune-response", choices: CHOICES, glue });
  say(`timing ${CHOICES} choices in the peer`);
  const peerPlay = await choiceLatency(browser, peer.url, { responseSelector: "button.choice", choices: CHOICES });
  say("frame times in See the cycle (sandbox.html)");
  const sandbox = await sandboxFrames(browser, attune.url);
  const chromium = browser.version();
  await browser.close();
  browser = null;

  const problems = [
    ...Object.values(loads).flat().flatMap((l) => l.problems),
    ...attunePlay.problems,
    ...peerPlay.problems,
    ...sandbox.problems,
  ];

  let lh = { attune: { error: "skipped (BENCH_LIGHTHOUSE=0)" }, peer: { error: "skipped (BENCH_LIGHTHOUSE=0)" } };
  if (LIGHTHOUSE) {
    say("Lighthouse: Attune");
    lh.attune = await lighthouse(attune.url);
    say("Lighthouse: peer");
    lh.peer = await lighthouse(peer.url);
  }

  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      chromium,
      node: process.version,
      loadAverage1m: { start: loadAtStart, end: loadavg()[0] },
    },
    profile: { ...PROFILE, cache: "disabled", viewport: "412x823 @1.75x, mobile" },
    settings: { loads: LOADS, choices: CHOICES },
    sizes,
    transfer: {
      // The first view: all but the app's code, which follows the first gesture or idle.
      attuneHome: median(loads.attuneHome.map((l) => sumBytes(l.transfers.filter((t) => !isAppCode(t.file))))),
      attuneHomeThenApp: median(loads.attuneHome.map((l) => sumBytes(l.transfers))),
      attuneScenario: median(loads.attuneScenario.map((l) => sumBytes(l.transfers))),
      peer: median(loads.peer.map((l) => sumBytes(l.transfers))),
      files: {
        attuneHome: byFile(loads.attuneHome[0].transfers),
        attuneScenario: byFile(loads.attuneScenario[0].transfers),
        peer: byFile(loads.peer[0].transfers),
      },
    },
    load: {
      attuneFcp: median(loads.attuneHome.map((l) => l.fcp)),
      peerFcp: median(loads.peer.map((l) => l.fcp)),
      attuneReady: median(loads.attuneHome.map((l) => l.ready)),
      attuneAppReady: median(loads.attuneHome.map((l) => l.alsoReady)),
      peerReady: median(loads.peer.map((l) => l.ready)),
      attuneFirstResponse: median(loads.attuneScenario.map((l) => l.firstResponse)),
      peerFirstResponse: median(loads.peer.map((l) => l.firstResponse)),
      samples: Object.fromEntries(
        Object.entries(loads).map(([k, v]) => [k, v.map(({ ready, fcp, firstResponse }) => ({ ready, fcp, firstResponse }))]),
      ),
    },
    latency: Object.fromEntries(
      [
        ["attune", attunePlay.latencies],
        ["peer", peerPlay.latencies],
      ].map(([k, v]) => [
        k,
        { n: v.length, p50: percentile(v, 50), p95: percentile(v, 95), max: Math.max(...v), samples: v.map((x) => +x.toFixed(2)) },
      ]),
    ),
    memory: {
      attuneHome: loads.attuneHome[0].memory,
      peerLoad: loads.peer[0].memory,
      attunePlay: attunePlay.memory,
      peerPlay: peerPlay.memory,
    },
    sandbox: { play: sandbox.play, drag: sandbox.drag },
    lighthouse: lh,
    problems,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "latest.json"), JSON.stringify(results, null, 2) + "\n");
  printTable(results);
  if (problems.length) {
    console.error(`\nProblems seen in the pages (the figures may not be comparable):\n${problems.join("\n")}`);
    process.exitCode = 1;
  }
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(peerDir, { recursive: true, force: true });
}

function printTable(r) {
  const kb = (b) => (b == null ? "—" : `${(b / 1000).toFixed(1)} KB`);
  const mb = (b) => (b == null ? "—" : `${(b / 1e6).toFixed(2)} MB`);
  const ms = (t) => (t == null ? "—" : `${Math.round(t)} ms`);
  const msFine = (t) => (t == null ? "—" : `${t.toFixed(1)} ms`);
  const plain = (v) => (v == null ? "—" : String(v));
  const rows = [];
  const row = (label, a, p, format) => {
    const ratio = a == null || p == null || p === 0 ? "—" : `${(a / p).toFixed(2)}x`;
    rows.push([label, format(a), format(p), ratio]);
  };
  const section = (title) => rows.push([title, "", "", ""]);

  console.log("\nFirst-view files (static sizes, bytes: raw / gzip -9 / brotli q11)");
  for (const [who, s] of Object.entries(r.sizes)) {
    console.log(`  ${who}`);
    for (const f of [
      ...s.files,
      ...(s.appCode ?? []).map((f) => ({ ...f, file: `${f.file} (app code)` })),
      ...(s.onOpen ?? []).map((f) => ({ ...f, file: `${f.file} (on opening)` })),
    ])
      console.log(`    ${f.file.padEnd(56)} ${String(f.raw).padStart(8)} ${String(f.gzip).padStart(8)} ${String(f.brotli).padStart(8)}`);
  }

  const { attune: sa, peer: sp } = r.sizes;
  section("Size (static, first view)");
  row("  raw", sa.total.raw, sp.total.raw, kb);
  row("  gzip", sa.total.gzip, sp.total.gzip, kb);
  row("  brotli", sa.total.brotli, sp.total.brotli, kb);
  row("  brotli, app start (first view and the app's code)", sa.appStart.brotli, sp.total.brotli, kb);
  row("  brotli, with the scenario opened (+app code, +2 files)", sa.withScenario.brotli, sp.total.brotli, kb);
  section("Transferred in Chromium (cold, median)");
  row("  home (first view) / first passage", r.transfer.attuneHome, r.transfer.peer, kb);
  row("  home, then the app's code at idle", r.transfer.attuneHomeThenApp, r.transfer.peer, kb);
  row("  scenario opened by its address", r.transfer.attuneScenario, r.transfer.peer, kb);
  section(`Load, slow 4G + 4x CPU (median of ${r.settings.loads})`);
  row("  first contentful paint", r.load.attuneFcp, r.load.peerFcp, ms);
  row("  rendered home (first view) / first passage", r.load.attuneReady, r.load.peerReady, ms);
  row("  home taken over by the app (code at idle)", r.load.attuneAppReady, r.load.peerReady, ms);
  row("  first response button usable", r.load.attuneFirstResponse, r.load.peerFirstResponse, ms);
  section(`Choice -> explanation, 4x CPU (${r.latency.attune.n} / ${r.latency.peer.n} choices)`);
  row("  p50", r.latency.attune.p50, r.latency.peer.p50, msFine);
  row("  p95", r.latency.attune.p95, r.latency.peer.p95, msFine);
  row("  max", r.latency.attune.max, r.latency.peer.max, msFine);
  section("Memory (after garbage collection)");
  row("  JS heap, after load", r.memory.attunePlay.afterLoad.jsHeap.used, r.memory.peerPlay.afterLoad.jsHeap.used, mb);
  row("  JS heap, after the choices", r.memory.attunePlay.afterChoices.jsHeap.used, r.memory.peerPlay.afterChoices.jsHeap.used, mb);
  row("  wasm linear memory, after load", r.memory.attunePlay.afterLoad.wasm, r.memory.peerPlay.afterLoad.wasm, mb);
  row("  wasm linear memory, after the choices", r.memory.attunePlay.afterChoices.wasm, r.memory.peerPlay.afterChoices.wasm, mb);
  const total = (m) => m.jsHeap.used + m.wasm;
  row("  JS heap + wasm, after the choices", total(r.memory.attunePlay.afterChoices), total(r.memory.peerPlay.afterChoices), mb);
  // Attune only: the peer has nothing like it. 60 fps is a frame every 16.7 ms.
  const share = (x) => (x == null ? "—" : `${(x * 100).toFixed(0)} %`);
  for (const [title, f] of [
    ["See the cycle, 4x CPU: frame time while a run plays", r.sandbox.play],
    ["See the cycle, 4x CPU: frame time while a slider is dragged", r.sandbox.drag],
  ]) {
    section(`${title} (${f.frames} frames)`);
    row("  p50", f.p50, null, msFine);
    row("  p95", f.p95, null, msFine);
    row("  max", f.max, null, msFine);
    rows.push(["  frames slower than 60 fps", share(f.over60fps), "—", "—"]);
  }
  const { attune: la, peer: lp } = r.lighthouse;
  if (la.error || lp.error) {
    section("Lighthouse: did not run");
    if (la.error) rows.push(["  Attune", la.error.split("\n")[0], "", ""]);
    if (lp.error) rows.push(["  peer", lp.error.split("\n")[0], "", ""]);
  } else {
    section(`Lighthouse ${la.lighthouseVersion} (mobile, simulated slow 4G)`);
    row("  performance", la.performance, lp.performance, plain);
    row("  accessibility", la.accessibility, lp.accessibility, plain);
    row("  best practices", la.bestPractices, lp.bestPractices, plain);
    row("  largest contentful paint", la.lcpMs, lp.lcpMs, ms);
    row("  total blocking time", la.tbtMs, lp.tbtMs, ms);
  }

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ["", "Attune", "ink peer", "Attune/peer"][i].length));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${line(["", "Attune", "ink peer", "Attune/peer"])}`);
  rows.forEach((cells) => console.log(line(cells)));
  const load = r.machine.loadAverage1m;
  console.log(
    `\n${r.machine.cores} cores, ${r.machine.cpu}, load average ${load.start.toFixed(2)} -> ${load.end.toFixed(2)}; ` +
      `Chromium ${r.machine.chromium}; results in bench/results/latest.json`,
  );
}
