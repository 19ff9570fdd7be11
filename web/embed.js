// Attune's embedding snippet for a practice's page. Include it once:
//   <div data-attune data-scenarios="saying-no,rescue-and-enable" data-accent="#1a5e63"></div>
//   <script src="https://attune.example.org/embed.js" async></script>
// Each div[data-attune] becomes an iframe of Attune, sized to its content as the learner moves on.
// Settings are the div's data-* attributes (see README "For practices"); Attune checks them all.
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  const attune = new URL(".", script.src); // where Attune lives: this script sits beside index.html
  // Rules shared with Attune's app, each defined once in its engine (crates/engine/src/web_rules.rs)
  // and filled in at build time by scripts/web-rules.mjs.
  const SETTINGS = ["__ATTUNE_SETTINGS__"]; // what a practice may set, as data-<name>
  const MAX_VALUE = "__ATTUNE_MAX_VALUE__"; // the longest value Attune reads
  // The quick exit's neutral destination unless the practice sets data-exit-url (https only).
  const EXIT_DEFAULT = "__ATTUNE_EXIT_DEFAULT__";
  const WEB_ADDRESS = /__ATTUNE_WEB_ADDRESS__/;
  const ID = /__ATTUNE_ID__/; // a scenario's id
  const EVENT_MESSAGE = "__ATTUNE_EVENT_MESSAGE__"; // what Attune posts when asked to tell (data-events)
  const EVENTS = ["__ATTUNE_EVENTS__"]; // and what it may tell
  const MIN_HEIGHT = 320;
  const MAX_HEIGHT = 20000;

  function mount(holder) {
    if (holder.dataset.attuneMounted) return;
    holder.dataset.attuneMounted = "yes";
    const query = new URLSearchParams({ embed: "1", host: location.origin });
    for (const name of SETTINGS) {
      const value = holder.getAttribute(`data-${name}`);
      if (value !== null) query.set(name, value.slice(0, MAX_VALUE));
    }
    const frame = document.createElement("iframe");
    frame.src = `${attune.href}?${query}#/`;
    frame.title = holder.getAttribute("data-title") || "Attune: interactive stories about leaning on each other";
    frame.setAttribute("allow", "clipboard-write");
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.height = `${MIN_HEIGHT * 2}px`; // until Attune reports its height
    holder.replaceChildren(frame);

    window.addEventListener("message", (event) => {
      // Only this frame, from Attune's origin, and only the shapes Attune sends.
      if (event.source !== frame.contentWindow || event.origin !== attune.origin) return;
      const data = event.data;
      if (!data || typeof data !== "object") return;
      if (data.type === "attune:height" && Number.isFinite(data.height)) {
        const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(data.height)));
        frame.style.height = `${height}px`;
      } else if (data.type === "attune:exit") {
        // The learner pressed "Leave this site" (or Shift three times): leave this page too, at
        // once and without a way Back, as Attune itself does.
        const chosen = holder.getAttribute("data-exit-url");
        if (chosen && !WEB_ADDRESS.test(chosen)) console.warn("Attune: data-exit-url must be an https:// address; the default is used");
        document.documentElement.style.visibility = "hidden";
        document.title = "";
        location.replace(chosen && WEB_ADDRESS.test(chosen) ? chosen : EXIT_DEFAULT);
      } else if (
        data.type === EVENT_MESSAGE &&
        EVENTS.includes(data.name) &&
        typeof data.scenario === "string" &&
        ID.test(data.scenario)
      ) {
        holder.dispatchEvent(new CustomEvent(`attune:${data.name}`, { bubbles: true, detail: { scenario: data.scenario } }));
      }
    });
  }

  const mountAll = () => document.querySelectorAll("div[data-attune]").forEach(mount);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
