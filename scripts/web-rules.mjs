// The rules the hand-written scripts (web/*.js) share with the app: the embedding parameters, the
// storage keys the loader reads, the quick exit's default and the checks of an address, an origin
// and an id. The engine defines each once (crates/engine/src/web_rules.rs); `attune-content
// --rules` prints them as JSON, and scripts/post-build.mjs writes them into the templates in place
// of their placeholders, so the scripts cannot drift from the app. tests/e2e/web-rules.test.mjs
// checks the served scripts against the same JSON.
import { execFileSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;

/** The shared rules as the engine defines them (built with the content step's own command). */
export function readWebRules() {
  const json = execFileSync(
    "cargo",
    ["run", "--quiet", "--locked", "--offline", "-p", "attune-engine", "--features", "load", "--bin", "attune-content", "--", "--rules"],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(json);
}

/** Rules that are JavaScript regular expressions, written into the scripts as literals. */
const PATTERNS = new Set(["webAddress", "origin", "id"]);

/** A rule's placeholder in the templates: `exitDefault` is `__ATTUNE_EXIT_DEFAULT__`. */
export const placeholder = (name) => `__ATTUNE_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}__`;

/**
 * How a rule is written into a template, as `[placeholder as the template holds it, value]`:
 * a pattern `/__ATTUNE_ID__/` as a regular expression literal, a list `["__ATTUNE_EVENTS__"]` as
 * an array, a text or a number `"__ATTUNE_MAX_VALUE__"` as itself.
 */
export function ruleInScript(name, value) {
  const mark = placeholder(name);
  if (PATTERNS.has(name)) return [`/${mark}/`, String(new RegExp(value))];
  if (Array.isArray(value)) return [`["${mark}"]`, JSON.stringify(value)];
  return [`"${mark}"`, JSON.stringify(value)];
}

/**
 * `text` (a template) with every shared rule it holds written in, each where its placeholder is;
 * fails on a placeholder in a form its rule is not written as.
 */
export function fillRules(text, rules, file) {
  let out = text;
  for (const [name, value] of Object.entries(rules)) {
    const [mark, written] = ruleInScript(name, value);
    out = out.replaceAll(mark, () => written); // a function: `$` in a pattern is no replacement code
    if (out.includes(placeholder(name))) throw new Error(`web-rules.mjs: ${file} holds ${placeholder(name)} in another form than ${mark}`);
  }
  return out;
}
