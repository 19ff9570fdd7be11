// What the cross-browser journeys share, whatever drives the browser: the closed network (a
// loopback proxy every browser must use, which refuses everything except a stand-in for the quick
// exit's neutral site), a person's way of finding things on a page (roles, accessible names,
// visible text, computed in the page itself so it runs the same in every engine), and the `Page`
// the journeys are written against. Each engine's driver is a small adapter (firefox.mjs,
// webkit.mjs) with the same handful of methods; see `Session` below.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The quick exit's default destination (web/loader.js). */
export const NEUTRAL = "https://www.bbc.co.uk/weather";
const NEUTRAL_HOST = new URL(NEUTRAL).host;

/**
 * The closed network, as a proxy on a loopback port. Each browser is configured to send every
 * request that is not for 127.0.0.1 through it (Firefox by its proxy preferences, WebKitGTK by
 * the http_proxy/https_proxy environment its network process reads), so nothing a page does can
 * leave the machine, not even a DNS lookup: the proxy resolves nothing and connects nowhere.
 *
 * Every request it sees is recorded in `requests` (a test fails on any it did not expect). The
 * one destination it answers is the quick exit's neutral site, with a stand-in page ("Weather
 * today") over TLS with a throwaway self-signed certificate made for this run (the browsers run
 * with acceptInsecureCerts), so a test can see the browser really arrive there and press Back.
 * Asked directly (not as a proxy), it serves `before`: a page of another origin to start from.
 */
export async function startClosedNetwork() {
  const dir = mkdtempSync(join(tmpdir(), "attune-closed-network-"));
  const key = join(dir, "key.pem");
  const cert = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", key, "-out", cert,
      "-subj", `/CN=${NEUTRAL_HOST}`, "-addext", `subjectAltName=DNS:${NEUTRAL_HOST}`],
    { stdio: "ignore" },
  );
  const requests = [];
  const standIn = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    requests.push(`https://${request.headers.host}${request.url}`);
    if (request.url === "/favicon.ico") return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather today</h1></html>');
  });
  rmSync(dir, { recursive: true, force: true });
  const proxy = createHttpServer((request, response) => {
    if (request.url.startsWith("/")) {
      // Asked directly, not as a proxy (a proxy is asked for absolute addresses): a page of
      // another (loopback) origin to visit before Attune, so the quick exit's tests can check
      // where Back leads; nothing else (its favicon) is here.
      if (request.url !== "/before") return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void response.end('<!doctype html><html lang="en"><title>Before</title><h1>A page before Attune</h1></html>');
    }
    // Plain http:// through the proxy: the absolute address of the request.
    requests.push(request.url);
    response.writeHead(502, { "content-type": "text/plain" }).end("The test network is closed.");
  });
  proxy.on("connect", (request, socket) => {
    // https:// through the proxy: CONNECT host:port. Only the neutral site is answered.
    socket.on("error", () => {});
    if (request.url === `${NEUTRAL_HOST}:443`) {
      socket.write("HTTP/1.1 200 Connection established\r\n\r\n");
      standIn.emit("connection", socket);
    } else {
      requests.push(`https://${request.url.replace(/:443$/, "")}/ (CONNECT)`);
      socket.end("HTTP/1.1 502 Closed\r\n\r\n");
    }
  });
  await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${proxy.address().port}`,
    port: proxy.address().port,
    /** A page of another origin than Attune's, on loopback. */
    before: `http://127.0.0.1:${proxy.address().port}/before`,
    requests,
    close: () => new Promise((resolve) => proxy.close(resolve)),
  };
}

/**
 * Runs in the page (as source): finds elements as a person, or assistive technology, would: by
 * role (explicit, or implied by the element) and accessible name, by visible text, or by CSS
 * for the few structural waits. Hidden elements (not rendered, or under aria-hidden) are never
 * found. A query is `{ role, name, exact, level, text, css, within, frame, nth }`; `name` and
 * `text` match case-insensitively as substrings unless `exact`, or as `{ regexp, flags }`;
 * `within` is a query for the container; `frame` a CSS selector of a same-origin iframe to
 * search in. The computation is a reasonable subset of WAI-ARIA's, enough for Attune's markup,
 * and the same code in every engine.
 */
function pageFinder() {
  const norm = (text) => (text ?? "").replace(/\s+/g, " ").trim();
  const hiddenByAria = (el) => !!el.closest('[aria-hidden="true"], [hidden]');
  const rendered = (el) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && !hiddenByAria(el);
  function textOf(node) {
    let out = "";
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.getAttribute("aria-hidden") === "true" || child.hidden) continue;
        if (child.localName === "img") out += ` ${child.getAttribute("alt") ?? ""} `;
        else if (["script", "style", "template"].includes(child.localName)) continue;
        else if (getComputedStyle(child).display === "none") continue;
        else out += ` ${textOf(child)} `;
      }
    }
    return out;
  }
  function roleOf(el) {
    const explicit = el.getAttribute("role");
    if (explicit) return explicit.trim().split(/\s+/)[0];
    const tag = el.localName;
    const landmarkScoped = () => !el.parentElement?.closest("article, aside, main, nav, section");
    switch (tag) {
      case "a": case "area": return el.hasAttribute("href") ? "link" : null;
      case "button": return "button";
      case "input": {
        const type = (el.getAttribute("type") ?? "text").toLowerCase();
        if (["button", "submit", "reset", "image"].includes(type)) return "button";
        if (type === "checkbox" || type === "radio") return type;
        if (type === "range") return "slider";
        if (type === "number") return "spinbutton";
        if (type === "search") return "searchbox";
        if (["text", "email", "url", "tel", "password", ""].includes(type)) return "textbox";
        return null;
      }
      case "textarea": return "textbox";
      case "select": return el.multiple || el.size > 1 ? "listbox" : "combobox";
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": return "heading";
      case "nav": return "navigation";
      case "main": return "main";
      case "aside": return "complementary";
      case "footer": return landmarkScoped() ? "contentinfo" : null;
      case "header": return landmarkScoped() ? "banner" : null;
      case "section": return el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby") ? "region" : null;
      case "fieldset": case "details": return "group";
      case "dialog": return "dialog";
      case "ul": case "ol": case "menu": return "list";
      case "li": return "listitem";
      case "table": return "table";
      case "img": return el.getAttribute("alt") === "" ? "presentation" : "img";
      case "output": return "status";
      case "dt": return "term";
      default: return null;
    }
  }
  function nameOf(el) {
    const doc = el.ownerDocument;
    const labelledBy = el.getAttribute("aria-labelledby");
    if (labelledBy) {
      return norm(labelledBy.split(/\s+/).map((id) => textOf(doc.getElementById(id) ?? doc.createElement("i"))).join(" "));
    }
    const label = el.getAttribute("aria-label");
    if (label && norm(label)) return norm(label);
    if (el.labels?.length) return norm([...el.labels].map(textOf).join(" "));
    if (el.localName === "fieldset") {
      const legend = el.querySelector(":scope > legend");
      if (legend) return norm(textOf(legend));
    }
    if (el.localName === "img") return norm(el.getAttribute("alt"));
    if (el.localName === "iframe") return norm(el.getAttribute("title"));
    const fromContent = ["button", "link", "heading", "listitem", "radio", "checkbox", "tab", "menuitem", "option", "cell", "term", "switch"];
    if (fromContent.includes(roleOf(el))) return norm(textOf(el));
    return norm(el.getAttribute("title"));
  }
  const levelOf = (el) => Number(el.getAttribute("aria-level") ?? (/^h([1-6])$/.exec(el.localName)?.[1] ?? 0));
  function matches(actual, wanted, exact) {
    if (wanted == null) return true;
    if (typeof wanted === "object") return new RegExp(wanted.regexp, wanted.flags).test(actual);
    return exact ? actual === norm(wanted) : actual.toLowerCase().includes(norm(wanted).toLowerCase());
  }
  /** Elements matching `query` under `scope` (a document or an element), in document order. */
  function findIn(scope, query) {
    let roots = [scope];
    if (query.frame) {
      roots = roots
        .flatMap((root) => [...root.querySelectorAll(query.frame)])
        .map((frame) => {
          try {
            return frame.contentDocument; // same origin only
          } catch {
            return null;
          }
        })
        .filter(Boolean);
    }
    if (query.within) roots = roots.flatMap((root) => findIn(root, query.within));
    const found = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll(query.css ?? "*")) {
        if (!rendered(el)) continue;
        if (query.role && roleOf(el) !== query.role) continue;
        if (query.role && !matches(nameOf(el), query.name, query.exact)) continue;
        if (query.level && levelOf(el) !== query.level) continue;
        if (query.text != null) {
          if (!matches(norm(textOf(el)), query.text, query.exact)) continue;
          // The innermost element with this text, as a person points at it.
          if ([...el.children].some((child) => rendered(child) && matches(norm(textOf(child)), query.text, query.exact))) continue;
        }
        if (!found.includes(el)) found.push(el);
      }
    }
    return found;
  }
  const find = (query) => {
    const all = findIn(document, query);
    return query.nth == null ? all : all.slice(query.nth, query.nth + 1);
  };
  return { find, nameOf, roleOf, textOf: (el) => norm(textOf(el)) };
}
export const FINDER = `const finder = (${pageFinder.toString()})();`;

/**
 * Runs in the page (as source) where the driver reports no console messages (classic WebDriver):
 * records console.error, uncaught exceptions, unhandled rejections and Content-Security-Policy
 * violations of this document and its same-origin frames, for `collectProblems`. Idempotent, so
 * the WebKit adapter runs it before everything it does, and a new document gets it at once.
 */
function installProblemHooks() {
  const install = (win) => {
    let doc;
    try {
      doc = win.document; // a cross-origin frame refuses
    } catch {
      return;
    }
    if (!doc || win.__attuneProblems) return;
    const problems = (win.__attuneProblems = []);
    const original = win.console.error.bind(win.console);
    win.console.error = (...args) => {
      problems.push(`console error: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ")}`);
      original(...args);
    };
    win.addEventListener("error", (e) => {
      if (e.error || e.message) problems.push(`uncaught exception: ${e.message}`);
    });
    win.addEventListener("unhandledrejection", (e) => problems.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
    doc.addEventListener("securitypolicyviolation", (e) =>
      problems.push(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline code"}`),
    );
  };
  install(window);
  for (let i = 0; i < window.frames.length; i++) install(window.frames[i]);
}
export const PROBLEM_HOOKS = `(${installProblemHooks.toString()})();`;
export const COLLECT_PROBLEMS = `
  const taken = [];
  const take = (win) => { try { if (win.__attuneProblems) taken.push(...win.__attuneProblems.splice(0)); } catch {} };
  take(window);
  for (let i = 0; i < window.frames.length; i++) take(window.frames[i]);
  return taken;`;

/**
 * A driver adapter's session (one isolated browser context: its own storage, service workers and
 * history), with these methods, all async:
 *   goto(url), reload(), back(), url()
 *   exec(body, ...args)       runs a function body (which may use `arguments` and return a
 *                             promise) in the page, and returns its JSON result
 *   element(body, ...args)    the same, returning a handle on the element it returns, or null
 *   click(handle), type(handle, text), press(key)   real input: "Shift", "Tab", "Enter", "r", "2"
 *   problems()                console errors, uncaught exceptions and CSP violations so far
 *   close()
 * `Page` turns it into what the journeys read: roles, names and visible text.
 */
export class Page {
  constructor(session, baseUrl, engine) {
    this.session = session;
    this.baseUrl = baseUrl;
    this.engine = engine;
  }

  /** The journey's last steps, for a failure report. */
  trail = [];
  step(what) {
    this.trail.push(what);
    if (this.trail.length > 12) this.trail.shift();
  }

  /** Opens an address of the app (e.g. "#/about", "sandbox.html") and waits for its first heading. */
  async visit(path = "") {
    this.step(`visit ${path || "/"}`);
    await this.session.goto(new URL(path, this.baseUrl).href);
    await this.waitFor({ role: "heading", level: 1 });
  }

  /** Waits until the app itself runs (not the home page's prerendered first view). */
  async appStarted() {
    await this.waitUntil(() => this.exec("return !!document.querySelector('#attune > .attune-app')"), {
      what: "Attune's code to start",
    });
  }

  reload() {
    this.step("reload");
    return this.session.reload();
  }

  back() {
    this.step("Back");
    return this.session.back();
  }

  url = () => this.session.url();

  press(key) {
    this.step(`press ${key}`);
    return this.session.press(key);
  }

  /** Every element matching `query` (see pageFinder), as JSON facts a person could read. */
  all(query) {
    return this.session.exec(
      `${FINDER} return finder.find(arguments[0]).map((el) => ({
         name: finder.nameOf(el), text: finder.textOf(el), tag: el.localName,
         pressed: el.getAttribute("aria-pressed"), checked: el.checked ?? null,
         disabled: el.disabled ?? el.getAttribute("aria-disabled") === "true",
         value: el.value ?? null, lang: el.getAttribute("lang") }));`,
      encode(query),
    );
  }

  async count(query) {
    return (await this.all(query)).length;
  }

  /** The first element matching `query`, as facts (see `all`); fails if there is none. */
  async get(query) {
    const [first] = await this.all(query);
    if (!first) throw new Error(`${this.engine}: nothing on the page matches ${describe(query)}`);
    return first;
  }

  /** Waits until `query` matches a visible element, and returns its facts. */
  async waitFor(query, { timeout = 15_000 } = {}) {
    let last;
    await this.waitUntil(async () => (last = (await this.all(query))[0]), { timeout, what: describe(query) });
    return last;
  }

  /** Waits until no visible element matches `query`. */
  async waitForNone(query, { timeout = 15_000 } = {}) {
    await this.waitUntil(async () => (await this.count(query)) === 0, { timeout, what: `no ${describe(query)}` });
  }

  /** Polls `check` (async, in Node) until it returns something truthy. */
  async waitUntil(check, { timeout = 15_000, what = "a condition" } = {}) {
    this.step(`wait for ${what}`);
    const until = Date.now() + timeout;
    for (;;) {
      const result = await check().catch(() => null); // a page navigating away answers nothing
      if (result) return result;
      if (Date.now() > until) throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** A handle on the first element matching `query`, once there is one. */
  async handle(query, options) {
    await this.waitFor(query, options);
    const handle = await this.session.element(`${FINDER} return finder.find(arguments[0])[0] ?? null;`, encode(query));
    if (!handle) throw new Error(`${this.engine}: ${describe(query)} went away`);
    return handle;
  }

  /** Clicks (really: the driver's pointer) the first element matching `query`. */
  async click(query, options) {
    this.step(`click ${describe(query)}`);
    // Like a person (and Playwright's actionability checks), wait for the page to settle: a
    // click the driver finds covered, not yet interactable or on a replaced element is tried
    // again with a fresh handle, for up to 5 s.
    const until = Date.now() + 5_000;
    for (;;) {
      const handle = await this.handle(query, options);
      try {
        return await this.session.click(handle);
      } catch (error) {
        const unsettled = /Intercepted|NotInteractable|StaleElement|not clickable|detached|not an element|no longer/i.test(
          `${error.name} ${error.message}`,
        );
        if (!unsettled || Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
  }

  /** Types `text` into the first element matching `query`, as keystrokes. */
  async type(query, text) {
    const handle = await this.handle(query);
    this.step(`type into ${describe(query)}`);
    await this.session.type(handle, text);
  }

  /** Runs a function body in the page and returns its JSON result. */
  exec(body, ...args) {
    return this.session.exec(body, ...args);
  }

  /** The text of the page's focused element. */
  focusedText() {
    return this.exec("return (document.activeElement?.textContent ?? '').replace(/\\s+/g, ' ').trim();");
  }
}

/** RegExps cannot cross into the page as JSON: `{ regexp, flags }` instead. */
function encode(query) {
  return JSON.parse(
    JSON.stringify(query, (key, value) => (value instanceof RegExp ? { regexp: value.source, flags: value.flags } : value)),
  );
}

function describe(query) {
  const parts = [];
  if (query.role) parts.push(`${query.role}${query.level ? ` level ${query.level}` : ""}${query.name != null ? ` named ${JSON.stringify(String(query.name))}` : ""}`);
  if (query.text != null) parts.push(`text ${JSON.stringify(String(query.text))}`);
  if (query.css) parts.push(`css ${query.css}`);
  if (query.nth != null) parts.push(`#${query.nth + 1}`);
  if (query.within) parts.push(`within (${describe(query.within)})`);
  if (query.frame) parts.push(`in frame ${query.frame}`);
  return parts.join(" ");
}

/** `promise`, or a failure naming `what` if it has not settled after `ms`. */
export function deadline(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Wraps each method of a driver session so that a command the browser never answers fails after
 * `ms` with its name, instead of hanging the test run.
 */
export function withDeadlines(session, engine, ms = 30_000) {
  return Object.fromEntries(
    Object.entries(session).map(([name, method]) => [name, (...args) => deadline(method(...args), ms, `${engine}: the driver's ${name}()`)]),
  );
}

/** Resolves once `url` answers nothing at all (the server is really gone). */
export async function assertUnreachable(url) {
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`${url} still answers`);
}
