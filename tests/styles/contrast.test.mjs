// Contrast of Attune's theme colours (styles/attune.css), computed from the colours themselves
// in both themes: text at least 4.5:1 (WCAG 1.4.3), focus rings and borders of controls 3:1 (1.4.11).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const css = readFileSync(new URL("../../styles/attune.css", import.meta.url), "utf8");

/** Every `--attune-x: light-dark(#light, #dark)` as { x: [light, dark] }. */
const theme = Object.fromEntries(
  [...css.matchAll(/--attune-([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map(([, name, light, dark]) => [
    name,
    [light, dark],
  ]),
);

const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// Foreground on background, as the stylesheet pairs them.
const TEXT = [
  ["text", "bg"],
  ["text", "surface"],
  ["muted", "bg"],
  ["muted", "surface"],
  ["accent", "bg"], // links
  ["accent", "surface"],
  ["accent-text", "accent"], // primary buttons
  ["attachment", "attachment-bg"], // the attachment lens
  ["codependency", "codependency-bg"], // the codependency lens
  ["text", "attachment-bg"],
  ["text", "codependency-bg"],
];
const NON_TEXT = [
  ["focus", "bg"],
  ["focus", "surface"],
  ["accent", "surface"],
  // "See the cycle": the player's bars and the sandbox's lines, drawn on the surface colour.
  ["line-secure", "surface"],
  ["line-worn", "surface"],
  ["line-resentment", "surface"],
  ["line-own", "surface"],
];

test("the stylesheet defines every colour this test checks, in both themes", () => {
  for (const [fg, bg] of [...TEXT, ...NON_TEXT]) {
    assert.ok(theme[fg] && theme[bg], `--attune-${fg} or --attune-${bg} is not a light-dark() pair`);
  }
});

for (const [index, name] of ["light", "dark"].entries()) {
  test(`${name} theme: text is at least 4.5:1 against its background`, () => {
    for (const [fg, bg] of TEXT) {
      const ratio = contrast(theme[fg][index], theme[bg][index]);
      assert.ok(ratio >= 4.5, `${fg} on ${bg}: ${ratio.toFixed(2)}:1 (${theme[fg][index]} on ${theme[bg][index]})`);
    }
  });

  test(`${name} theme: focus rings and control outlines are at least 3:1`, () => {
    for (const [fg, bg] of NON_TEXT) {
      const ratio = contrast(theme[fg][index], theme[bg][index]);
      assert.ok(ratio >= 3, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`);
    }
  });
}

test("the contrast formula matches WCAG's reference values", () => {
  assert.equal(contrast("#000000", "#ffffff").toFixed(2), "21.00");
  assert.equal(contrast("#767676", "#ffffff").toFixed(2), "4.54");
});
