#!/usr/bin/env node
// Content checks that the Rust checker does not make: reading level and copied runs.
//
//   node scripts/content-checks.mjs [--root DIR] [--seeds DIR] [--verbose]
//
// 1. Readability (English, Flesch–Kincaid grade):
//    - every scenario response's `synthesis` ("Where the lenses differ") at grade 8 or below,
//      each on its own;
//    - the app as a whole at grade 7 or below: every learner-facing English text taken as one
//      text (see `appTexts` below for exactly which fields).
//    Spanish (content/es/): Fernández-Huerta's readability (with Law's 2011 correction) and
//    Szigriszt-Pazos's perspicuity read on the INFLESZ scale, per synthesis and for the whole app,
//    reported but not enforced (docs/authoring.md, "Reading level and copied words", says why).
// 2. Copied runs: no run of 12 words in any text file under content/ or docs/ may repeat one
//    of the source articles (../shared/seeds/*.txt beside the repository; --seeds DIR or
//    ATTUNE_SOURCES to point elsewhere). Words are compared as Python's
//    re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'")) splits them.
//    Without the articles the check is skipped with a note, except under CI, where it fails.
//
// Prints each problem with its file (and line), scenario, step and response, then a summary;
// exits 1 if anything failed, 2 on bad arguments.
//
// Libraries, pinned exactly in package.json:
// - smol-toml: a small, dependency-free TOML 1.0 parser, already the repo's TOML reader in JS.
// - flesch-kincaid (wooorm): the Flesch–Kincaid grade formula itself, a few lines with no
//   dependencies, ESM, MIT; part of the readability-algorithms set behind retext-readability.
// - syllable (wooorm): English syllable counts, the counter retext-readability and
//   text-readability both use (rules plus a list of exceptions; ~120k downloads a month).
//   text-readability was the other candidate; it wraps the same `syllable` package with its
//   own older sentence splitter and pulls in more than we use, so we count sentences and words
//   here (rules below) and let the two small packages do the formula and the syllables.
// Spanish has no well-kept npm syllable counter (the one candidate, silabea 1.0.0, ships its
// test framework as runtime dependencies), so `spanishSyllables` below follows the standard
// orthographic rules (vowel groups; a hiatus splits two strong vowels or a stressed í/ú).

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { parse as parseToml } from 'smol-toml';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const SYNTHESIS_MAX_GRADE = 8;
export const APP_MAX_GRADE = 7;
export const RUN = 12;

// ------------------------------------------------------------------ arguments

function parseArgs(argv) {
  const opts = { root: null, seeds: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--root') opts.root = value();
    else if (a.startsWith('--root=')) opts.root = a.slice(7);
    else if (a === '--seeds') opts.seeds = value();
    else if (a.startsWith('--seeds=')) opts.seeds = a.slice(8);
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node content-checks.mjs [--root DIR] [--seeds DIR] [--verbose]');
      process.exit(0);
    } else usage(`unknown argument ${a}`);
  }
  return opts;
}

function usage(message) {
  console.error(`content-checks: ${message}`);
  console.error('usage: node content-checks.mjs [--root DIR] [--seeds DIR] [--verbose]');
  process.exit(2);
}

// ------------------------------------------------------------------ text measures

// Words: letters or digits, joined by an apostrophe or hyphen inside a word ("you're",
// "well-being"). Tokens without a letter (phone numbers, years) are left out of the counts:
// they are read, but not as words whose length says anything about difficulty.
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const HAS_LETTER = /\p{L}/u;
// A sentence ends at . ! ? or … followed by closing quotes or brackets and then a space or
// the end. A line or paragraph that ends without one (a heading, a button's label, a list
// line) is a sentence of its own. Colons and semicolons do not end sentences (as in
// Flesch–Kincaid's own counts).
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/gu;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|p\.ej|Sr|Sra|Dra)\.(?=\s)/giu;
const PLACEHOLDER = /\{[a-z_]+\}/g;

export function words(text) {
  return (text.replace(PLACEHOLDER, ' ').match(WORD) ?? []).filter((w) => HAS_LETTER.test(w));
}

export function sentenceCount(text) {
  let count = 0;
  for (const line of text.replace(PLACEHOLDER, ' ').replace(ABBREVIATIONS, (m) => m.slice(0, -1)).split(/\n/)) {
    if (!words(line).length) continue;
    const ends = line.match(SENTENCE_END) ?? [];
    count += ends.length;
    if (!/[.!?…]+["'”’)\]]*\s*$/u.test(line)) count += 1;
  }
  return count;
}

export function englishSyllables(word) {
  return Math.max(1, syllable(word.replace(/’/g, "'")));
}

const STRONG = new Set('aeoáéíóúàèìòù');
const VOWEL = new Set('aeiouáéíóúüàèìòù');

/** Syllables of one Spanish word, by the orthographic rules: each vowel group is one syllable
 * (a diphthong or triphthong), split wherever two strong vowels meet (a, e, o, or a stressed
 * í/ú: "le-er", "pa-ís", "rí-o"). "y" is a vowel at a word's end or before a consonant ("hoy",
 * "muy", "y"), else a consonant ("yo", "ayuda"); a "u" after q or g before e/i is silent. */
export function spanishSyllables(word) {
  const w = word.toLowerCase().replace(/[’'\-]/g, '');
  let count = 0;
  let prev = null; // previous letter if it was a vowel in the current group
  for (let i = 0; i < w.length; i++) {
    let c = w[i];
    const next = w[i + 1];
    if (c === 'y') c = next === undefined || !VOWEL.has(next) ? 'i' : 'y';
    if (c === 'u' && (w[i - 1] === 'q' || w[i - 1] === 'g') && (next === 'e' || next === 'i' || next === 'é' || next === 'í')) {
      prev = null; // silent u: "que", "guitarra"
      continue;
    }
    if (!VOWEL.has(c)) {
      prev = null;
      continue;
    }
    if (prev === null || (STRONG.has(prev) && STRONG.has(c))) count += 1;
    prev = c;
  }
  return Math.max(1, count);
}

/** Counts for one text: sentences, words, syllables (by the language's counter). */
export function counts(text, lang) {
  const ws = words(text);
  const syl = lang === 'es' ? spanishSyllables : englishSyllables;
  return {
    sentence: ws.length ? Math.max(1, sentenceCount(text)) : 0,
    word: ws.length,
    syllable: ws.reduce((n, w) => n + syl(w), 0),
  };
}

function add(a, b) {
  return { sentence: a.sentence + b.sentence, word: a.word + b.word, syllable: a.syllable + b.syllable };
}

export const grade = (c) => fleschKincaid(c);

/** Fernández-Huerta (1959), as corrected by Gwillim Law (2011):
 * L = 206.84 − 60 × syllables/words − 1.02 × words/sentences. Higher is easier. */
export const fernandezHuerta = (c) => 206.84 - (60 * c.syllable) / c.word - (1.02 * c.word) / c.sentence;

/** Szigriszt-Pazos's perspicuity (1993), the figure the INFLESZ scale (Barrio-Cantalejo 2008)
 * reads: 206.835 − 62.3 × syllables/words − words/sentences. Higher is easier. */
export const szigrisztPazos = (c) => 206.835 - (62.3 * c.syllable) / c.word - c.word / c.sentence;

/** Fernández-Huerta's own table of school grades for L. */
export function fernandezHuertaBand(l) {
  if (l >= 90) return 'very easy, 4th grade';
  if (l >= 80) return 'easy, 5th grade';
  if (l >= 70) return 'fairly easy, 6th grade';
  if (l >= 60) return 'normal, 7th or 8th grade';
  if (l >= 50) return 'fairly hard, pre-university';
  if (l >= 30) return 'hard';
  return 'very hard';
}

/** The INFLESZ scale's bands. */
export function infleszBand(p) {
  if (p >= 80) return 'very easy';
  if (p >= 65) return 'quite easy';
  if (p >= 55) return 'normal';
  if (p >= 40) return 'somewhat hard';
  return 'very hard';
}

// ------------------------------------------------------------------ content

function readToml(path) {
  return parseToml(readFileSync(path, 'utf8'));
}

function tomlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .sort()
    .map((f) => join(dir, f));
}

const str = (v) => (typeof v === 'string' ? [v] : []);
const strs = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : str(v));

/** Every string value in a parsed TOML value, depth first. */
function allStrings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** The learner-facing texts of one language's content folder, and its syntheses.
 * Scenarios: title, teaser, content notes; every step's title, situation, question, safety
 * note, reflection and variants' situations; every response's text, outcome, both lenses and
 * synthesis. Patterns: name, summary, both lenses, next step. Glossary: term and definition.
 * About: headings and bodies. Sources: title and summary (shown on About & sources).
 * "See the cycle" (sandbox.toml): intro, note, and each preset's name, notice and lenses.
 * ui.toml: every string. Facilitator notes are not learner-facing and are left out. */
export function appTexts(dir, rootDir) {
  const texts = []; // { file, text }
  const syntheses = [];
  const problems = [];
  const rel = (p) => relative(rootDir, p);
  const load = (path) => {
    try {
      return readToml(path);
    } catch (e) {
      problems.push(`${rel(path)}: cannot be read as TOML: ${e.message.split('\n')[0]}`);
      return null;
    }
  };
  const take = (path, list) => texts.push(...list.map((text) => ({ file: rel(path), text })));
  for (const path of tomlFiles(join(dir, 'scenarios'))) {
    const s = load(path);
    if (!s) continue;
    take(path, [...str(s.title), ...str(s.teaser), ...strs(s.content_notes)]);
    for (const step of s.steps ?? []) {
      for (const k of ['title', 'situation', 'question', 'safety_note', 'reflection']) take(path, str(step[k]));
      for (const v of step.variants ?? []) take(path, [...str(v.situation), ...str(v.safety_note)]);
      for (const r of step.responses ?? []) {
        for (const k of ['text', 'outcome', 'attachment', 'codependency', 'synthesis']) take(path, str(r[k]));
        if (typeof r.synthesis === 'string') {
          syntheses.push({ file: rel(path), scenario: s.id, step: step.id, response: r.id, text: r.synthesis });
        }
      }
    }
  }
  const file = (name) => {
    const path = join(dir, name);
    return [path, existsSync(path) ? load(path) : null];
  };
  let [path, data] = file('patterns.toml');
  for (const p of data?.patterns ?? []) {
    for (const k of ['name', 'summary', 'attachment', 'codependency', 'next_step']) take(path, str(p[k]));
  }
  [path, data] = file('glossary.toml');
  for (const t of data?.terms ?? []) take(path, [...str(t.term), ...str(t.definition)]);
  [path, data] = file('about.toml');
  for (const s of data?.sections ?? []) take(path, [...str(s.heading), ...str(s.body)]);
  [path, data] = file('sources.toml');
  for (const s of data?.sources ?? []) take(path, [...str(s.title), ...str(s.summary)]);
  [path, data] = file('sandbox.toml');
  if (data) {
    take(path, [...str(data.intro), ...str(data.note)]);
    for (const p of data.presets ?? []) {
      for (const k of ['name', 'notice', 'attachment', 'codependency']) take(path, str(p[k]));
    }
  }
  [path, data] = file('ui.toml');
  if (data) take(path, allStrings(data));
  return { texts, syntheses, problems };
}

/** Counts of a list of { file, text }, in all and per file. */
function tally(texts, lang) {
  const zero = () => ({ sentence: 0, word: 0, syllable: 0 });
  const byFile = new Map();
  let all = zero();
  for (const { file, text } of texts) {
    const c = counts(text, lang);
    all = add(all, c);
    byFile.set(file, add(byFile.get(file) ?? zero(), c));
  }
  return { all, byFile };
}

// ------------------------------------------------------------------ copied runs

/** Lower-case words with their character offsets, split as the Python rule splits them. */
export function copyWords(text) {
  const lowered = text.toLowerCase().replace(/\u2019/g, "'");
  const out = [];
  for (const m of lowered.matchAll(/[a-z0-9']+/g)) out.push({ w: m[0], at: m.index });
  return out;
}

function textFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textFilesUnder(path));
    else if (entry.isFile()) {
      const bytes = readFileSync(path);
      if (!bytes.subarray(0, 8192).includes(0)) out.push(path);
    }
  }
  return out.sort();
}

/** The 12-word runs of the source articles, or null when there are none to read. */
export function seedRuns(seedsDir) {
  if (!seedsDir || !existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) return null;
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  if (!files.length) return null;
  const runs = new Map();
  for (const f of files) {
    const ws = copyWords(readFileSync(join(seedsDir, f), 'utf8')).map((x) => x.w);
    for (let i = 0; i + RUN <= ws.length; i++) {
      const key = ws.slice(i, i + RUN).join(' ');
      if (!runs.has(key)) runs.set(key, f);
    }
  }
  return { runs, files };
}

/** Where a line of a TOML file sits: scenario, step, response (or other table) and field. */
function tomlContext(lines, lineIndex) {
  let top = null;
  let header = null;
  const ids = {};
  let field = null;
  for (let i = 0; i <= lineIndex; i++) {
    const line = lines[i];
    const h = line.match(/^\s*\[\[?\s*([A-Za-z0-9_.]+)\s*\]\]?\s*(#.*)?$/);
    if (h) {
      header = h[1];
      const depth = header.split('.').length;
      for (const k of Object.keys(ids)) if (k.split('.').length >= depth) delete ids[k];
      field = null;
      continue;
    }
    const kv = line.match(/^\s*([A-Za-z0-9_]+)\s*=\s*(.*)$/);
    if (kv) {
      field = kv[1];
      const idValue = kv[2].match(/^"([^"]*)"/);
      if (header === null && (kv[1] === 'id' || kv[1] === 'scenario') && idValue) top = idValue[1];
      else if (header !== null && kv[1] === 'id' && idValue) ids[header] = idValue[1];
    }
  }
  const names = { steps: 'step', 'steps.responses': 'response', 'steps.variants': 'variant' };
  const parts = [];
  if (top) parts.push(`scenario \`${top}\``);
  for (const [table, id] of Object.entries(ids)) {
    const name = names[table] ?? table.replace(/s$/, '');
    parts.push(`${name} \`${id}\``);
  }
  if (field) parts.push(`field \`${field}\``);
  return parts.join(', ');
}

export function copiedRuns(files, seeds, rootDir) {
  const found = [];
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const ws = copyWords(text);
    let i = 0;
    while (i + RUN <= ws.length) {
      const key = ws.slice(i, i + RUN).map((x) => x.w).join(' ');
      const seed = seeds.runs.get(key);
      if (!seed) {
        i++;
        continue;
      }
      // Extend the run as far as it keeps matching, and report it once.
      let end = i + RUN;
      while (end < ws.length && seeds.runs.has(ws.slice(end - RUN + 1, end + 1).map((x) => x.w).join(' '))) end++;
      const lineIndex = text.slice(0, ws[i].at).split('\n').length - 1;
      const context = path.endsWith('.toml') ? tomlContext(text.split('\n'), lineIndex) : '';
      found.push({
        file: relative(rootDir, path),
        line: lineIndex + 1,
        context,
        length: end - i,
        seed,
        words: ws.slice(i, end).map((x) => x.w).join(' '),
      });
      i = end;
    }
  }
  return found;
}

// ------------------------------------------------------------------ main

function defaultSeeds(root) {
  const beside = resolve(root, '../shared/seeds');
  if (existsSync(beside)) return beside;
  // A git worktree (e.g. /work/wt/<name>) lives away from the main checkout: look beside that.
  try {
    const common = execFileSync('git', ['-C', root, 'rev-parse', '--path-format=absolute', '--git-common-dir'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const main = dirname(common);
    const there = resolve(main, '../shared/seeds');
    if (existsSync(there)) return there;
  } catch {
    // not a git checkout: fall through
  }
  return beside;
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const where = (s) => `${s.file}: scenario \`${s.scenario}\`, step \`${s.step}\`, response \`${s.response}\``;
const shape = (c) =>
  `${c.word} words in ${c.sentence} sentence${c.sentence === 1 ? '' : 's'}, ${fmt(c.syllable / c.word)} syllables a word`;

export function run(argv = process.argv.slice(2)) {
  const opts = parseArgs(argv);
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(opts.root ?? join(here, '..'));
  const contentDir = join(root, 'content');
  const failures = [];
  const notes = [];
  const summary = [];

  if (!existsSync(contentDir)) {
    console.error(`content-checks: no content/ folder in ${root} (use --root DIR)`);
    return 2;
  }

  // ---- English readability
  const en = appTexts(contentDir, root);
  failures.push(...en.problems);
  let hardSyntheses = 0;
  for (const s of en.syntheses) {
    const c = counts(s.text, 'en');
    const g = grade(c);
    if (!(g <= SYNTHESIS_MAX_GRADE)) {
      hardSyntheses++;
      failures.push(`${where(s)}: synthesis reads at grade ${fmt(g)} (at most ${SYNTHESIS_MAX_GRADE}; ${shape(c)})`);
    } else if (opts.verbose) {
      notes.push(`${where(s)}: synthesis grade ${fmt(g)}`);
    }
  }
  const enTally = tally(en.texts, 'en');
  const whole = enTally.all;
  const appGrade = grade(whole);
  if (opts.verbose) {
    for (const [f, c] of enTally.byFile) notes.push(`${f}: grade ${fmt(grade(c))} (${shape(c)})`);
  }
  if (whole.word === 0) {
    summary.push('readability (English): no learner-facing text found');
  } else {
    if (!(appGrade <= APP_MAX_GRADE)) {
      failures.push(
        `content/ (all learner-facing English text as one): reads at grade ${fmt(appGrade)} (at most ${APP_MAX_GRADE}; ${shape(whole)})`,
      );
    }
    summary.push(
      `readability (English, Flesch–Kincaid): ${en.syntheses.length} syntheses, ${hardSyntheses} above grade ${SYNTHESIS_MAX_GRADE}; ` +
        `the app reads at grade ${fmt(appGrade)} (at most ${APP_MAX_GRADE}) over ${whole.word} words in ${en.texts.length} texts`,
    );
  }

  // ---- Spanish readability (reported, not enforced)
  const esDir = join(contentDir, 'es');
  if (existsSync(esDir)) {
    const es = appTexts(esDir, root);
    failures.push(...es.problems);
    let below = 0;
    for (const s of es.syntheses) {
      const c = counts(s.text, 'es');
      const l = fernandezHuerta(c);
      if (l < 60) below++;
      if (l < 60 || opts.verbose) {
        notes.push(
          `${where(s)}: Spanish synthesis, Fernández-Huerta ${fmt(l)} (${fernandezHuertaBand(l)}), ` +
            `INFLESZ ${fmt(szigrisztPazos(c))} (${infleszBand(szigrisztPazos(c))}); ${shape(c)}`,
        );
      }
    }
    const esTally = tally(es.texts, 'es');
    const esWhole = esTally.all;
    if (opts.verbose) {
      for (const [f, c] of esTally.byFile) {
        notes.push(`${f}: Fernández-Huerta ${fmt(fernandezHuerta(c))}, INFLESZ ${fmt(szigrisztPazos(c))} (${shape(c)})`);
      }
    }
    if (esWhole.word) {
      const l = fernandezHuerta(esWhole);
      const p = szigrisztPazos(esWhole);
      summary.push(
        `readability (Spanish, reported only): ${es.syntheses.length} syntheses, ${below} below Fernández-Huerta 60 (its “7th or 8th grade” band); ` +
          `the app: Fernández-Huerta ${fmt(l)} (${fernandezHuertaBand(l)}), INFLESZ ${fmt(p)} (${infleszBand(p)}) over ${esWhole.word} words`,
      );
    }
  }

  // ---- Copied runs
  const seedsDir = opts.seeds ?? process.env.ATTUNE_SOURCES ?? defaultSeeds(root);
  const seeds = seedRuns(seedsDir);
  if (!seeds) {
    const line = `copied runs: the source articles were not found at ${seedsDir} (set --seeds DIR or ATTUNE_SOURCES)`;
    if (process.env.CI) failures.push(`${line}; under CI the check cannot be skipped`);
    else summary.push(`${line}: SKIPPED`);
  } else {
    const files = [...textFilesUnder(contentDir), ...textFilesUnder(join(root, 'docs'))];
    const copied = copiedRuns(files, seeds, root);
    for (const c of copied) {
      failures.push(
        `${c.file}:${c.line}: ${c.context ? c.context + ': ' : ''}${c.length} words in a row repeat ${c.seed}: “${c.words}”`,
      );
    }
    summary.push(
      `copied runs (${RUN} words): ${copied.length} in ${files.length} files, against ${seeds.files.length} articles in ${seedsDir}`,
    );
  }

  for (const n of notes) console.log(`note: ${n}`);
  for (const f of failures) console.log(`FAIL: ${f}`);
  for (const s of summary) console.log(s);
  console.log(failures.length ? `content checks: ${failures.length} problem${failures.length === 1 ? '' : 's'}` : 'content checks: all passed');
  return failures.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run();
}
