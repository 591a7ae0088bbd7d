// Builds the front-end assets served from ../wwwroot.
// Run with `npm run build` (after `npm ci`). The outputs are committed so the
// site runs with only the .NET SDK; Node.js is only needed to rebuild them.
import { compile } from "sass";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");
const autocomplete = join(here, "node_modules", "accessible-autocomplete", "dist");
const wwwroot = join(here, "..", "wwwroot");

// 1. Sass -> ../wwwroot/css/app.css (compressed, no source map)
const { css } = compile(join(here, "app.scss"), {
  style: "compressed",
  sourceMap: false,
  loadPaths: [join(here, "node_modules")],
});
// This service is not on GOV.UK: it must not use the GDS Transport font.
for (const forbidden of ["GDS Transport", "/assets/fonts"]) {
  if (css.includes(forbidden)) {
    throw new Error(`Compiled CSS unexpectedly contains "${forbidden}"; check app.scss settings.`);
  }
}
// GOV.UK's accessible autocomplete (alphagov/accessible-autocomplete) styles its own
// input and menu; its CSS is appended so pages still link one stylesheet.
const autocompleteCss = readFileSync(join(autocomplete, "accessible-autocomplete.min.css"), "utf8")
  .replace(/\s*\/\*# sourceMappingURL=.*\*\/\s*$/, "")
  .trim();
mkdirSync(join(wwwroot, "css"), { recursive: true });
writeFileSync(join(wwwroot, "css", "app.css"), css + "\n" + autocompleteCss + "\n");

// 2. GOV.UK Frontend JavaScript (ES module, imported by ../wwwroot/js/app.js)
mkdirSync(join(wwwroot, "js"), { recursive: true });
// The source map is not shipped, so its reference is dropped to keep browser tools quiet.
const script = readFileSync(join(govuk, "govuk-frontend.min.js"), "utf8").replace(/\n?\/\/# sourceMappingURL=.*\s*$/, "\n");
writeFileSync(join(wwwroot, "js", "govuk-frontend.min.js"), script);

// 3. Accessible autocomplete (a UMD bundle: imported by app.js, it sets self.accessibleAutocomplete).
// It needs no eval or inline script, so it runs under the site's `script-src 'self'` policy.
const autocompleteScript = readFileSync(join(autocomplete, "accessible-autocomplete.min.js"), "utf8").replace(/\n?\/\/# sourceMappingURL=.*\s*$/, "\n");
writeFileSync(join(wwwroot, "js", "accessible-autocomplete.min.js"), autocompleteScript);
writeFileSync(join(wwwroot, "assets", "LICENCE-accessible-autocomplete.txt"), readFileSync(join(here, "node_modules", "accessible-autocomplete", "LICENSE.txt"), "utf8"));

console.log(`Built ${join(wwwroot, "css", "app.css")} (${Buffer.byteLength(css)} bytes), and JS. GOV.UK images are not copied: they carry the crown, which a council service must not show.`);
