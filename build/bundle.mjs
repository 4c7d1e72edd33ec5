// Bundles a theme's own script with the npm packages it imports, for build/FrontEnd.targets:
//   node build/bundle.mjs <entry.js> <out.js>
// writes <out.js>, its source map and <out.js>.LICENSE.txt with the licence of every package in it.
import { build } from "esbuild";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error("usage: node build/bundle.mjs <entry.js> <out.js>");
  process.exit(2);
}

const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: "esm",
  target: ["es2020"],
  minify: true,
  sourcemap: "linked",
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});

// Minified code loses the packages' licence headers; the MIT licence asks for the notice to travel
// with the code, so it goes beside the bundle.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match && !packages.has(match[1])) {
    packages.set(match[1], JSON.parse(readFileSync(join(match[1], "package.json"), "utf8")));
  }
}

const notices = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([folder, pkg]) => {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  const text = file ? readFileSync(join(folder, file), "utf8").trim() : `License: ${pkg.license ?? "see the package"}`;
  return `${pkg.name} ${pkg.version}\n\n${text}\n`;
});
writeFileSync(`${outfile}.LICENSE.txt`, notices.join("\n" + "-".repeat(72) + "\n\n"));
