// Tests only: a static file server on 127.0.0.1 (random port) for the built pages and the test harness.
//   /dist/...     -> js-src/dist (what the bundle ships; run "npm run build" first)
//   /harness/...  -> js-src/test/harness (the fake KNIME embedder)
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const jsSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const MOUNTS = {
  "/dist/": path.join(jsSrc, "dist"),
  "/harness/": path.join(jsSrc, "test", "harness"),
};

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

function resolve(urlPath) {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (urlPath.startsWith(prefix)) {
      const file = path.resolve(dir, "." + urlPath.slice(prefix.length - 1));
      return file.startsWith(dir + path.sep) ? file : null;
    }
  }
  return null;
}

/** Starts the server; resolves to { origin, close() }. */
export async function startServer() {
  const server = http.createServer((request, response) => {
    const file = resolve(decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname));
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Whether the page build has run. */
export function distExists() {
  return fs.existsSync(path.join(MOUNTS["/dist/"], "scorer-view.html"));
}
