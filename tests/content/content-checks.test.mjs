// scripts/content-checks.mjs on tiny fixtures: each check fails on what it is meant to catch
// (a hard synthesis, hard text across the app, a copied run, missing articles under CI) and
// passes on plain text. Run: node --test tests/content/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { spanishSyllables, counts, grade } from '../../scripts/content-checks.mjs';

const script = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/content-checks.mjs');

const PLAIN_SYNTHESIS = 'Both lenses care about you. One says stay close, and the other says rest.';
const HARD_SYNTHESIS =
  'Both perspectives acknowledge the legitimacy of interpersonal dependency: one conceptualises ' +
  'responsiveness as fundamentally relational, the other scrutinises whether reciprocity is sustainable.';
const SEED =
  'The little boat drifted past the harbour wall while the gulls circled slowly over the grey water ' +
  'and the fishermen mended their nets in the cold morning light.';

/** A tiny repo: one scenario (English and Spanish), a ui.toml, a doc, and one seed article. */
function fixture({ synthesis = PLAIN_SYNTHESIS, situation = 'You get home. Sam is on the sofa.', doc = 'Plain notes.' } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'attune-checks-'));
  const scenario = (syn, sit) => `id = "tiny"
title = "A tiny test"
teaser = "A short story."
start = "home"

[[steps]]
id = "home"
situation = """
${sit}
"""

  [[steps.responses]]
  id = "say-hi"
  text = "Say hi."
  next = "end"
  outcome = "Sam smiles."
  attachment = "This lens likes it."
  codependency = "This lens likes it too."
  synthesis = "${syn}"
  sources = ["a"]

[[steps]]
id = "end"
situation = "You sit down together."
reflection = "What do you want next?"
`;
  mkdirSync(join(root, 'content/scenarios'), { recursive: true });
  mkdirSync(join(root, 'content/es/scenarios'), { recursive: true });
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'content/scenarios/tiny.toml'), scenario(synthesis, situation));
  writeFileSync(
    join(root, 'content/es/scenarios/tiny.toml'),
    scenario('Los dos lentes te cuidan. Uno dice quédate, el otro dice descansa.', 'Llegas a casa. Sam está en el sofá.'),
  );
  writeFileSync(join(root, 'content/ui.toml'), '[nav]\nhome = "Home"\nhelp = "Need help now?"\n');
  writeFileSync(join(root, 'docs/notes.md'), doc);
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds/000_seed.txt'), SEED);
  return root;
}

function check(root, { seeds = join(root, 'seeds'), ci = false } = {}) {
  const env = { ...process.env };
  delete env.CI;
  delete env.ATTUNE_SOURCES;
  if (ci) env.CI = 'true';
  const args = [script, '--root', root];
  if (seeds) args.push('--seeds', seeds);
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

test('plain content passes every check', (t) => {
  const root = fixture();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { code, out } = check(root);
  assert.equal(code, 0, out);
  assert.match(out, /1 syntheses, 0 above grade 8/);
  assert.match(out, /copied runs \(12 words\): 0 in 4 files/);
  assert.match(out, /content checks: all passed/);
});

test('a hard synthesis fails, named with file, scenario, step, response and grade', (t) => {
  const root = fixture({ synthesis: HARD_SYNTHESIS });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { code, out } = check(root);
  assert.equal(code, 1, out);
  assert.match(
    out,
    /FAIL: content\/scenarios\/tiny\.toml: scenario `tiny`, step `home`, response `say-hi`: synthesis reads at grade \d+\.\d \(at most 8;/,
  );
});

test('hard text across the app fails the whole-app grade', (t) => {
  const hard = Array(20).fill(HARD_SYNTHESIS.replace(/[.:]/g, ',')).join(' ') + '.';
  const root = fixture({ situation: hard });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { code, out } = check(root);
  assert.equal(code, 1, out);
  assert.match(out, /all learner-facing English text as one\): reads at grade \d+\.\d \(at most 7;/);
});

test('a run of 12 words copied from an article fails, with file, line, scenario and step', (t) => {
  const copied = 'It was quiet. The gulls circled slowly over the grey water and the fishermen mended their nets, you think.';
  const root = fixture({ situation: copied });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { code, out } = check(root);
  assert.equal(code, 1, out);
  assert.match(out, /FAIL: content\/scenarios\/tiny\.toml:9: scenario `tiny`, step `home`, field `situation`: 14 words in a row repeat 000_seed\.txt: “the gulls circled/);
});

test('a copied run in a doc fails too, and 11 words in a row do not', (t) => {
  const root = fixture({ doc: 'Notes.\n\nThe Gulls Circled Slowly over the grey water and the fishermen mended their boats.\n' });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  let r = check(root);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /FAIL: docs\/notes\.md:3: 13 words in a row repeat 000_seed\.txt/);
  // 11 words of the article in a row: gulls … mended.
  writeFileSync(join(root, 'docs/notes.md'), 'Gulls circled slowly over the grey water and the fishermen mended nets.');
  r = check(root);
  assert.equal(r.code, 0, r.out);
});

test('missing articles: a clear skip line locally, a failure under CI', (t) => {
  const root = fixture();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const missing = join(root, 'no-such-seeds');
  let r = check(root, { seeds: missing });
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /copied runs: the source articles were not found at .*: SKIPPED/);
  r = check(root, { seeds: missing, ci: true });
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /FAIL: copied runs: the source articles were not found .* under CI the check cannot be skipped/);
});

test('Spanish syllables follow the orthographic rules', () => {
  const expected = { río: 2, país: 2, leer: 2, ciudad: 2, guerra: 2, pingüino: 3, hoy: 1, muy: 1, y: 1, ayuda: 3, que: 1, relación: 3, ahora: 3, construir: 2 };
  for (const [word, n] of Object.entries(expected)) assert.equal(spanishSyllables(word), n, word);
});

test('sentences end at . ! ? … and at the end of an unpunctuated line', () => {
  assert.deepEqual(counts('You wait. “Really?” they ask. Then e.g. this…', 'en').sentence, 4);
  assert.equal(counts('Skip to content\nNeed help now?', 'en').sentence, 2);
  assert.ok(grade(counts(PLAIN_SYNTHESIS, 'en')) <= 8);
});
