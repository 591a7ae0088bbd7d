// Loaded with <script type="module" src="/js/app.js"></script> at the end of <body>.
// Browsers without ES module support skip this file and get the no-JS experience.
import { initAll } from "./govuk-frontend.min.js";

initAll();
