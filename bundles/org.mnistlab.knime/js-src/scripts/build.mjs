// Builds js-src/dist/, the folder the KNIME views serve (build.properties ships it: bin.includes js-src/dist/).
//
// No bundler: the pages are plain HTML/CSS/JS, so the build copies src/ as is and adds KNIME's UI extension service
// from node_modules (its IIFE build, which defines window.KnimeUIExtensionService) plus that package's license,
// because the bundle redistributes it. dist/ is never committed; `npm ci && npm run build` recreates it.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src");
const dist = path.join(root, "dist");
const service = path.join(root, "node_modules", "@knime", "ui-extension-service");

/** The service file the pages load with <script src="./knime-ui-extension-service.min.js">. */
const SERVICE_SCRIPT = "knime-ui-extension-service.min.js";

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

const manifest = path.join(service, "package.json");
if (!fs.existsSync(manifest)) {
  fail(`${path.relative(root, service)} is missing: run "npm ci" first`);
}
const { version } = JSON.parse(fs.readFileSync(manifest, "utf8"));
const wanted = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).dependencies[
  "@knime/ui-extension-service"
];
if (version !== wanted) {
  fail(`node_modules has @knime/ui-extension-service ${version}, package.json pins ${wanted}: run "npm ci"`);
}

fs.rmSync(dist, { recursive: true, force: true });
fs.cpSync(src, dist, { recursive: true });
fs.copyFileSync(path.join(service, "dist", SERVICE_SCRIPT), path.join(dist, SERVICE_SCRIPT));
fs.copyFileSync(path.join(service, "LICENSE"), path.join(dist, "knime-ui-extension-service.LICENSE.txt"));

const files = fs.readdirSync(dist).sort();
console.log(`build: dist/ = ${files.join(", ")} (@knime/ui-extension-service ${version})`);
