// Builds Cairn's CSS from GOV.UK Frontend's Sass with a system font stack (the GOV.UK font
// and crown belong to GOV.UK alone), copies the JavaScript Cairn serves, and copies every
// GOV.UK Frontend asset the compiled CSS refers to (so `collectstatic` with the manifest
// storage finds each one; no font is referred to, so none is copied).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
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

// $govuk-assets-path in cairn.scss is "/static/build/assets/": each url() under it is a file
// of GOV.UK Frontend's dist/govuk/assets folder, copied to the same place under build/.
const assetsUrl = "/static/build/assets/";
const frontendAssets = join(root, "node_modules", "govuk-frontend", "dist", "govuk", "assets");
const referenced = new Set();
for (const match of result.css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
  const url = match[1].split(/[?#]/)[0];
  if (url.startsWith("data:")) continue;
  if (!url.startsWith(assetsUrl)) {
    throw new Error(`cairn.css refers to ${url}, which is outside ${assetsUrl}: nothing copies it`);
  }
  referenced.add(url.slice(assetsUrl.length));
}
for (const name of referenced) {
  const from = join(frontendAssets, name);
  if (!existsSync(from)) throw new Error(`cairn.css refers to ${name}, not in ${frontendAssets}`);
  mkdirSync(dirname(join(out, "assets", name)), { recursive: true });
  copyFileSync(from, join(out, "assets", name));
}
console.log(
  `built ${join(out, "cairn.css")} (${result.css.length} bytes) and ${referenced.size} asset(s)`,
);
