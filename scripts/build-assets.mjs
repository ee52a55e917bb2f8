// Builds Cairn's CSS from GOV.UK Frontend's Sass with a system font stack (the GOV.UK font
// and crown belong to GOV.UK alone), and copies the JavaScript Cairn serves.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "cairn", "static", "build");
mkdirSync(out, { recursive: true });

const result = sass.compile(join(root, "cairn", "static", "src", "cairn.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin"],
});
writeFileSync(join(out, "cairn.css"), result.css);

const copies = {
  "node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js": "govuk-frontend.min.js",
  "node_modules/htmx.org/dist/htmx.min.js": "htmx.min.js",
  "node_modules/axe-core/axe.min.js": "axe.min.js",
};
for (const [from, to] of Object.entries(copies)) copyFileSync(join(root, from), join(out, to));
console.log(`built ${join(out, "cairn.css")} (${result.css.length} bytes)`);
