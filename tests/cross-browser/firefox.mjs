// The Firefox adapter: Debian's firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core
// (no geckodriver; puppeteer-core downloads no browser). One browser per test file, a fresh BiDi
// user context (its own storage, service workers and history) per session. BiDi reports console
// messages and uncaught exceptions itself; a preload script turns CSP violations into console
// errors, as the Chromium suite does.
import puppeteer from "puppeteer-core";

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

export const firefox = {
  name: "Firefox",

  /** Starts Firefox with every non-loopback request sent to `network` (support.mjs). */
  async launch({ network }) {
    const browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      // For the quick exit's stand-in neutral site, whose certificate is made for the test run.
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      // Lets the Remote Settings server below be changed (release builds ignore it otherwise).
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
      extraPrefsFirefox: {
        // Everything but loopback goes to the closed network's proxy (loopback never does:
        // network.proxy.allow_hijacking_localhost stays false), which resolves nothing.
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": network.port,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": network.port,
        "network.proxy.no_proxies_on": "",
        "network.proxy.socks_remote_dns": true,
        "network.dns.disablePrefetch": true,
        "network.prefetch-next": false,
        // Firefox's own background traffic (Remote Settings polls Mozilla's server even in a test
        // profile): to a closed loopback port instead, so the proxy sees only what pages do.
        "services.settings.server": "http://127.0.0.1:9/v1",
        "intl.accept_languages": "en-US, en",
        "ui.systemUsesDarkTheme": 0,
      },
    });
    return {
      version: await browser.version(),
      async newSession() {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const problems = [];
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(`console error: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message ?? error}`));
        await page.evaluateOnNewDocument(() =>
          document.addEventListener("securitypolicyviolation", (e) =>
            console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline code"}`),
          ),
        );
        // The document's own address: puppeteer's cached one can lag behind a history traversal.
        const url = () => page.evaluate("location.href").catch(() => page.url());
        const script = (body, args) => `(function () {${body}}).apply(null, ${JSON.stringify(args)})`;
        return {
          goto: async (url) => void (await page.goto(url)),
          reload: async () => void (await page.reload()),
          async back() {
            // The browser's Back (BiDi traverseHistory). A page restored from the back-forward
            // cache fires no load, which puppeteer's goBack() would wait for: wait instead for
            // the address to change, or goBack() to settle, whichever comes first.
            const before = await url();
            let settled = false;
            page.goBack({ timeout: 15_000 }).then(
              () => (settled = true),
              () => (settled = true),
            );
            for (let i = 0; i < 150 && !settled && (await url()) === before; i++) {
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          },
          url,
          exec: (body, ...args) => page.evaluate(script(body, args)),
          async element(body, ...args) {
            const handle = await page.evaluateHandle(script(body, args));
            return handle.asElement();
          },
          click: (handle) => handle.click(),
          type: (handle, text) => handle.type(text),
          press: (key) => page.keyboard.press(key),
          problems: async () => problems.splice(0),
          close: () => context.close(),
        };
      },
      close: () => browser.close(),
    };
  },
};
