// The add-in manifest for a public URL: manifest.xml (which points at the dev server, https://localhost:3000) with
// every URL moved to the given origin. Generated at build time so a deployed manifest is never edited by hand.
const DEV_ORIGIN = "https://localhost:3000";

/** The manifest text with every dev-server URL moved to `publicUrl` (an https origin, optionally with a path). */
function manifestFor(xml, publicUrl) {
  let url;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`Địa chỉ công khai không hợp lệ: "${publicUrl}". (Not a URL.)`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `Office chỉ tải phần bổ trợ qua https: "${publicUrl}". (Office loads add-ins over https only.)`,
    );
  }
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  // The AppDomain is an origin; every other URL keeps its path below the base.
  return xml
    .replaceAll(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`)
    .replaceAll(`${DEV_ORIGIN}/`, `${base}/`);
}

module.exports = { DEV_ORIGIN, manifestFor };
