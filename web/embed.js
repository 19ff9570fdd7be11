// Attune's embedding snippet for a practice's page. Include it once:
//   <div data-attune data-scenarios="saying-no,rescue-and-enable" data-accent="#1a5e63"></div>
//   <script src="https://attune.example.org/embed.js" async></script>
// Each div[data-attune] becomes an iframe of Attune, sized to its content as the learner moves on.
// Settings are the div's data-* attributes (see README "For practices"); Attune checks them all.
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  const attune = new URL(".", script.src); // where Attune lives: this script sits beside index.html
  const SETTINGS = [
    "scenarios", "start", "locale", "theme", "accent", "font", "radius", "practice", "cta-label",
    "cta-url", "help-text", "help-phone", "help-url", "hide", "events", "private", "exit-url",
  ];
  // The quick exit's neutral destination unless the practice sets data-exit-url (https only).
  const EXIT_DEFAULT = "https://www.bbc.co.uk/weather";
  const WEB_ADDRESS = /^https:\/\/[^\s<>"'`]+$/;
  const MIN_HEIGHT = 320;
  const MAX_HEIGHT = 20000;

  function mount(holder) {
    if (holder.dataset.attuneMounted) return;
    holder.dataset.attuneMounted = "yes";
    const query = new URLSearchParams({ embed: "1", host: location.origin });
    for (const name of SETTINGS) {
      const value = holder.getAttribute(`data-${name}`);
      if (value !== null) query.set(name, value.slice(0, 500));
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
        data.type === "attune:event" &&
        (data.name === "scenario-started" || data.name === "scenario-completed") &&
        typeof data.scenario === "string" &&
        /^[a-z0-9-]{1,64}$/.test(data.scenario)
      ) {
        holder.dispatchEvent(new CustomEvent(`attune:${data.name}`, { bubbles: true, detail: { scenario: data.scenario } }));
      }
    });
  }

  const mountAll = () => document.querySelectorAll("div[data-attune]").forEach(mount);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
