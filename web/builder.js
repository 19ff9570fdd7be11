// The embed builder (builder.html): turns the form into Attune's embedding snippet, with a live preview.
// The settings and their checks mirror what Attune itself accepts (crates/engine/src/embed.rs);
// the address check is the engine's own, filled in at build time by scripts/web-rules.mjs.
(() => {
  const attune = new URL(".", location.href); // the builder sits beside Attune's index.html
  const scenarios = JSON.parse(document.getElementById("attune-scenarios").textContent);
  // The languages Attune has, each named in itself (from content/…/ui.toml, by post-build.mjs).
  const languages = JSON.parse(document.getElementById("attune-languages").textContent);
  const form = document.getElementById("builder");
  const field = (id) => document.getElementById(id);
  const DEFAULT_ACCENT = "#2f6f73";
  const DEFAULT_RADIUS = "12";

  // One checkbox per scenario, all chosen at first; the start list follows the choice.
  const list = field("scenarios");
  for (const { id, title } of scenarios) {
    const row = document.createElement("p");
    const box = Object.assign(document.createElement("input"), { type: "checkbox", id: `scenario-${id}`, value: id, checked: true });
    const label = Object.assign(document.createElement("label"), { htmlFor: box.id, textContent: title });
    row.append(box, " ", label);
    list.append(row);
  }

  // One option per language, named in itself and marked as that language for screen readers.
  for (const { code, name } of languages) {
    const option = new Option(name, code);
    option.lang = code;
    field("locale").append(option);
  }

  const escape = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const WEB_ADDRESS = /__ATTUNE_WEB_ADDRESS__/;
  const isWebAddress = (url) => WEB_ADDRESS.test(url);

  /** The settings that differ from Attune's defaults, as [name, value] pairs, and any problems. */
  function settings() {
    const pairs = [];
    const problems = [];
    const chosen = [...list.querySelectorAll("input:checked")].map((box) => box.value);
    if (chosen.length === 0) problems.push("Choose at least one scenario.");
    else if (chosen.length < scenarios.length) pairs.push(["scenarios", chosen.join(",")]);
    const start = field("start");
    const startOptions = [["", "The list of scenarios"], ...scenarios.filter((s) => chosen.includes(s.id)).map((s) => [s.id, s.title])];
    if (start.options.length !== startOptions.length || [...start.options].some((o, i) => o.value !== startOptions[i][0])) {
      const previous = start.value;
      start.replaceChildren(...startOptions.map(([value, text]) => new Option(text, value, false, value === previous)));
    }
    if (start.value) pairs.push(["start", start.value]);
    for (const name of ["locale", "theme", "font"]) if (field(name).value) pairs.push([name, field(name).value]);
    if (field("accent").value.toLowerCase() !== DEFAULT_ACCENT) pairs.push(["accent", field("accent").value.toLowerCase()]);
    const radius = field("radius").value.trim();
    if (!/^\d+$/.test(radius) || Number(radius) > 32) problems.push("Corner radius must be a whole number from 0 to 32.");
    else if (radius !== DEFAULT_RADIUS) pairs.push(["radius", radius]);
    for (const name of ["practice", "cta-label", "help-text", "help-phone"]) {
      const value = field(name).value.trim();
      if (value) pairs.push([name, value]);
    }
    for (const name of ["cta-url", "help-url", "exit-url"]) {
      const value = field(name).value.trim();
      if (!value) continue;
      if (isWebAddress(value)) pairs.push([name, value]);
      else problems.push(`${field(name).labels[0].textContent} must start with https://`);
    }
    if (!!field("cta-label").value.trim() !== !!field("cta-url").value.trim()) {
      problems.push("A call to action needs both its words and its address.");
    }
    const phone = field("help-phone").value.trim();
    if (phone && !/^[\d\s+().-]{3,30}$/.test(phone)) problems.push("The phone number may hold digits, spaces and + - ( ) only.");
    const hide = ["notes", "pattern", "sources"].filter((part) => field(`hide-${part}`).checked);
    if (hide.length) pairs.push(["hide", hide.join(",")]);
    if (field("events").checked) pairs.push(["events", "on"]);
    if (field("private").checked) pairs.push(["private", "on"]);
    return { pairs, problems };
  }

  let previewTimer = 0;
  function update() {
    const { pairs, problems } = settings();
    const attributes = pairs.map(([name, value]) => `\n  data-${name}="${escape(value)}"`).join("");
    field("snippet").textContent = `<div data-attune${attributes}></div>\n<script src="${new URL("embed.js", attune)}" async></script>`;
    const query = new URLSearchParams(pairs.filter(([name]) => name !== "events"));
    const address = `${attune.href}${query.size ? `?${query}` : ""}#/`;
    field("iframe-snippet").textContent = `<iframe src="${escape(address)}" title="Attune" width="100%" height="900" loading="lazy"></iframe>`;
    const shown = field("problems");
    shown.hidden = problems.length === 0;
    shown.textContent = problems.join(" ");
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      if (field("preview").src !== address) field("preview").src = address;
    }, 300);
  }

  field("copy").addEventListener("click", async () => {
    const status = field("copied");
    try {
      await navigator.clipboard.writeText(field("snippet").textContent);
      status.textContent = "Copied. Paste it into your page.";
    } catch {
      // Clipboard refused (an old browser, or permission): select the text for the person instead.
      getSelection().selectAllChildren(field("snippet"));
      status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected snippet.";
    }
  });
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  update();
})();
