// The cross-browser journeys in WebKitGTK (Debian's webkit2gtk-driver, classic WebDriver, Xvfb).
import { webkit } from "./webkit.mjs";
import { journeys } from "./journeys.mjs";

journeys(webkit);
