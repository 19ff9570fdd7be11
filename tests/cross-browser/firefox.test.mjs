// The cross-browser journeys in Firefox ESR (Debian's firefox-esr, WebDriver BiDi).
import { firefox } from "./firefox.mjs";
import { journeys } from "./journeys.mjs";

journeys(firefox);
