// Builds the front-end assets served from ../wwwroot.
// Run with `npm run build` (after `npm ci`). The outputs are committed so the
// site runs with only the .NET SDK; Node.js is only needed to rebuild them.
import { compile } from "sass";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");
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
mkdirSync(join(wwwroot, "css"), { recursive: true });
writeFileSync(join(wwwroot, "css", "app.css"), css + "\n");

// 2. GOV.UK Frontend JavaScript (ES module, imported by ../wwwroot/js/app.js)
mkdirSync(join(wwwroot, "js"), { recursive: true });
// The source map is not shipped, so its reference is dropped to keep browser tools quiet.
const script = readFileSync(join(govuk, "govuk-frontend.min.js"), "utf8").replace(/\n?\/\/# sourceMappingURL=.*\s*$/, "\n");
writeFileSync(join(wwwroot, "js", "govuk-frontend.min.js"), script);

console.log(`Built ${join(wwwroot, "css", "app.css")} (${Buffer.byteLength(css)} bytes), and JS. GOV.UK images are not copied: they carry the crown, which a council service must not show.`);
