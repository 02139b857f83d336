// Creates the dev server's certificates with openssl: a local CA and a localhost certificate it signs (valid for
// localhost and 127.0.0.1), in ~/.office-addin-dev-certs (or THIDUA_CERT_DIR), the files office-addin-dev-certs
// would write. Trusting the CA is up to you (docs/taskpane.md says how); without these files the dev server uses http.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const dir = process.env.THIDUA_CERT_DIR || join(homedir(), ".office-addin-dev-certs");
const force = process.argv.includes("--force");
if (!force && ["ca.crt", "localhost.crt", "localhost.key"].every((f) => existsSync(join(dir, f)))) {
  console.log(`Chứng chỉ đã có trong ${dir} (dùng --force để tạo lại). (Certificates already in ${dir}.)`);
  process.exit(0);
}
mkdirSync(dir, { recursive: true });

function openssl(args) {
  const run = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (run.status !== 0) {
    console.error(`openssl ${args[0]} thất bại (failed):\n${run.stderr}`);
    process.exit(1);
  }
}

writeFileSync(
  join(dir, "localhost.ext"),
  "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n" +
    "subjectAltName=DNS:localhost,IP:127.0.0.1\n",
);
openssl(
  ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "825"]
    .concat(["-keyout", "ca.key", "-out", "ca.crt", "-subj", "/CN=Thi Dua Developer CA"])
    .concat([
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    ]),
);
openssl(
  [
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-sha256",
    "-keyout",
    "localhost.key",
    "-out",
    "localhost.csr",
  ].concat(["-subj", "/CN=localhost"]),
);
openssl(
  ["x509", "-req", "-in", "localhost.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial"].concat([
    "-out",
    "localhost.crt",
    "-days",
    "825",
    "-sha256",
    "-extfile",
    "localhost.ext",
  ]),
);
console.log(`Đã tạo chứng chỉ trong ${dir}: ca.crt, localhost.crt, localhost.key. (Certificates written.)`);
