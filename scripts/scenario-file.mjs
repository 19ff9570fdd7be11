// Reads a published scenario file (dist/content/<id>-<hash>.txt) in JavaScript: for the build
// (post-build.mjs lists the scenarios for the embed builder) and for the browser tests.

/**
 * Reads a published scenario file (dist/content/*.txt), the format of the engine's codec.rs:
 * strings as `<bytes>:<text>`, lists as `<count>#`, a missing value as `-`.
 */
export function decodeScenario(buffer) {
  const bytes = Buffer.from(buffer);
  const magic = "attune-scenario 4\n";
  if (bytes.subarray(0, magic.length).toString() !== magic) throw new Error("not a scenario file");
  let at = magic.length;
  const number = (end) => {
    const stop = bytes.indexOf(end, at);
    const n = Number(bytes.subarray(at, stop).toString());
    at = stop + 1;
    return n;
  };
  const text = () => {
    const length = number(":");
    const value = bytes.subarray(at, at + length).toString();
    at += length;
    return value;
  };
  const optional = () => (bytes[at] === 0x2d ? (at++, null) : text());
  const list = (item) => Array.from({ length: number("#") }, item);
  const flag = () => number("#") === 1;
  const scenario = { id: text(), title: text(), teaser: text(), order: optional(), notes: list(text), characters: list(text), start: text() };
  scenario.steps = list(() => ({
    id: text(),
    title: optional(),
    situation: text(),
    question: optional(),
    responses: list(() => ({
      id: text(), text: text(), next: text(), outcome: text(), attachment: text(), codependency: text(),
      sources: list(text), pattern: optional(), synthesis: optional(),
      remember: optional(), condition: optional(),
      routes: list(() => ({ condition: text(), next: text() })),
      safety: flag(),
    })),
    reflection: optional(),
    variants: list(() => ({ condition: text(), title: optional(), situation: text() })),
    sensitive: flag(),
    safetyNote: optional(),
  }));
  return scenario;
}
