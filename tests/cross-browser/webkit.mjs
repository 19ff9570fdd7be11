// The WebKit adapter: WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver), driven by classic
// WebDriver through selenium-webdriver against a WebKitWebDriver this file starts itself, in a
// virtual X display (xvfb-run -a). One driver per test file, a new WebDriver session (a fresh
// MiniBrowser with ephemeral storage) per session.
//
// Classic WebDriver reports no console messages and intercepts no requests, so:
// - the page records its own console errors, uncaught exceptions and CSP violations (support.mjs
//   PROBLEM_HOOKS), installed before each thing the test does, i.e. as soon as the driver has the
//   new document; what a document logs while it loads, before that, is not seen here (the
//   journeys still check that what should appear does);
// - requests are kept on the machine by the closed network's proxy (support.mjs), which WebKit's
//   network process uses through http_proxy/https_proxy (the proxy capability would make
//   WebKitWebDriver speak TLS to the proxy itself, which a loopback test proxy cannot answer).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, Key } from "selenium-webdriver";
import { freePort } from "../e2e/support.mjs";
import { COLLECT_PROBLEMS, PROBLEM_HOOKS, deadline } from "./support.mjs";

// Selenium Manager (which would look for, and download, a driver) must never run: the driver is
// always the one started below, handed to selenium-webdriver with usingServer(). Should any code
// path still reach for it, it fails at once instead of going to the network.
process.env.SE_MANAGER_PATH = "/nonexistent/selenium-manager-is-not-used";

const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const KEYS = { Shift: Key.SHIFT, Enter: Key.ENTER, Tab: Key.TAB, Escape: Key.ESCAPE, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT };

export const webkit = {
  name: "WebKit",

  /** Starts WebKitWebDriver in a virtual display, with every non-loopback request sent to `network`. */
  async launch({ network }) {
    const port = await freePort();
    // xvfb-run's X authority and Xvfb's own messages in a folder of ours, removed at the end
    // whatever happens (xvfb-run would otherwise leave its own folder behind when stopped).
    const dir = mkdtempSync(join(tmpdir(), "attune-webkit-"));
    const xauthority = join(dir, "Xauthority");
    const xvfbLog = join(dir, "xvfb.log");
    writeFileSync(xauthority, "");
    // -noreset: an X server resets when its last client leaves, and a browser that connects
    // meanwhile (the next session's, as the last one closes) cannot open the display.
    const xvfbArgs = "-screen 0 1280x1024x24 -noreset";
    const driverProcess = spawn("xvfb-run", ["-a", "-f", xauthority, "-e", xvfbLog, "-s", xvfbArgs, "WebKitWebDriver", `--port=${port}`], {
      detached: true, // its own process group: xvfb-run, Xvfb, the driver and its browsers stop together
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        // With C.UTF-8, WebKit reports navigator.languages as ["C"].
        LANG: "en_US.UTF-8",
        LANGUAGE: "en_US",
        http_proxy: `http://${network.address}`,
        https_proxy: `http://${network.address}`,
        no_proxy: "127.0.0.1,localhost",
      },
    });
    let log = "";
    const keep = (chunk) => (log = (log + chunk).slice(-20_000));
    driverProcess.stdout.on("data", keep);
    driverProcess.stderr.on("data", keep);
    const exited = new Promise((resolve) => driverProcess.once("exit", resolve));
    const stop = () => {
      try {
        process.kill(-driverProcess.pid, "SIGTERM");
      } catch {
        // already gone
      }
    };
    const tidy = () => rmSync(dir, { recursive: true, force: true });
    const xvfbMessages = () => {
      try {
        return readFileSync(xvfbLog, "utf8").trim().split("\n").slice(-10).join("\n");
      } catch {
        return "";
      }
    };
    process.once("exit", () => (stop(), tidy())); // never leave a driver behind, even if the tests end abruptly
    const server = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt++) {
      const ready = await fetch(`${server}/status`).then((r) => r.json()).then((s) => s.value?.ready, () => false);
      if (ready) break;
      if (driverProcess.exitCode !== null || attempt > 150) {
        stop();
        throw new Error(`WebKitWebDriver did not start on ${server}:\n${log}\n${xvfbMessages()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    return {
      version: null,
      async newSession() {
        // Should the MiniBrowser that WebKitWebDriver launches for a session not start (it could
        // not open the display, one session in fifty, until Xvfb ran with -noreset), the driver
        // waits for it forever. Such a session is abandoned (and closed, should it start after
        // all) and asked for once more; the output says so.
        const start = async () => {
          // The driver selenium-webdriver builds is a thenable of itself once its session exists.
          const starting = Promise.resolve(
            new Builder()
              .usingServer(server)
              .withCapabilities({
                browserName: "MiniBrowser",
                acceptInsecureCerts: true, // the quick exit's stand-in neutral site
                "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
              })
              .build(),
          );
          try {
            return await deadline(starting, 20_000, "WebKit: a new session");
          } catch (error) {
            starting.then(
              (late) => late.quit().catch(() => {}),
              () => {}, // abandoned: its failure (the driver stopped, say) is of no interest now
            );
            throw error;
          }
        };
        const driver = await start().catch((error) => {
          console.log(`# ${error.message}; asking again. Driver output: ${this.log().trim().split("\n").slice(-3).join(" | ")} ${xvfbMessages()}`);
          return start();
        });
        this.version ??= (await driver.getCapabilities()).get("browserVersion");
        await driver.manage().window().setRect({ width: 1280, height: 900 });
        const problems = [];
        // Whatever the current document recorded, before it may go away.
        const collect = async () => {
          try {
            problems.push(...(await driver.executeScript(`${PROBLEM_HOOKS} ${COLLECT_PROBLEMS}`)));
          } catch {
            // a document between loads answers nothing; the next call installs the hooks again
          }
        };
        const hooked = (body) => `${PROBLEM_HOOKS} ${body}`;
        const afterLoad = async () => {
          await driver.executeScript(PROBLEM_HOOKS).catch(() => {});
        };
        return {
          async goto(url) {
            await collect();
            await driver.get(url);
            await afterLoad();
          },
          async reload() {
            await collect();
            await driver.navigate().refresh();
            await afterLoad();
          },
          async back() {
            await collect();
            await driver.navigate().back();
            await afterLoad();
          },
          url: () => driver.getCurrentUrl(),
          exec: (body, ...args) => driver.executeScript(hooked(body), ...args),
          element: (body, ...args) => driver.executeScript(hooked(body), ...args),
          async click(element) {
            await collect();
            await element.click();
            await afterLoad();
          },
          type: (element, text) => element.sendKeys(text),
          async press(key) {
            await collect();
            const actions = driver.actions();
            if (key === "Shift") await actions.keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform();
            else await actions.sendKeys(KEYS[key] ?? key).perform();
            await afterLoad();
          },
          async problems() {
            await collect();
            return problems.splice(0);
          },
          async close() {
            await driver.quit();
          },
        };
      },
      async close() {
        stop();
        await exited;
        tidy();
      },
      /** The driver's and browser's own output, for a failure report (less GTK's locale notices). */
      log: () =>
        `${log.replace(/^.*(Gtk-WARNING.*Locale not supported|Using the fallback 'C' locale).*\n?/gm, "").replace(/\n{2,}/g, "\n")}${xvfbMessages()}`,
    };
  },
};
