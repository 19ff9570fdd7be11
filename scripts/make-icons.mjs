// Draws the install icons (assets/icon-192.png, icon-512.png) from assets/icon.svg in headless
// Chromium. Run by hand when the icon changes (node scripts/make-icons.mjs); the PNGs are committed.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const assets = new URL("../assets/", import.meta.url).pathname;
const svg = readFileSync(`${assets}icon.svg`, "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // Maskable-safe: the two rings sit inside the central 80% on a solid background.
  await page.setContent(`<body style="margin:0;background:#fbf8f3;display:grid;place-items:center;height:100vh">
    <div style="width:${size * 0.78}px;height:${size * 0.78}px">${svg.replace("<svg ", '<svg width="100%" height="100%" ')}</div></body>`);
  await page.screenshot({ path: `${assets}icon-${size}.png` });
  await page.close();
}
await browser.close();
