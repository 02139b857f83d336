// The dev server's https options from the certificates `node scripts/makeDevCerts.mjs` writes (the same files and
// folder office-addin-dev-certs uses), or undefined when they are absent: the dev server then falls back to http.
const fs = require("fs");
const os = require("os");
const path = require("path");

/** Where the certificates live: THIDUA_CERT_DIR, or ~/.office-addin-dev-certs. */
function certificateDir() {
  return process.env.THIDUA_CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
}

/** `{ key, cert, ca }` for an https server, or undefined when any of the three files is missing. */
function devCertificates(dir = certificateDir()) {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const out = {};
  for (const [name, file] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) return undefined;
    out[name] = fs.readFileSync(full);
  }
  return out;
}

module.exports = { certificateDir, devCertificates };
