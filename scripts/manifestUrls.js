// Rewrites the manifest's development URLs to where IT hosts the add-in.
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * The manifest with every URL under the development base moved to `baseUrl`.
 * Throws when the base is not an https URL (Office refuses http add-ins).
 */
function rewriteManifest(xml, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  if (!/^https:\/\/[^\s/]+/.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL, got "${baseUrl}"`);
  }
  const origin = base.replace(/^(https:\/\/[^/]+).*$/, "$1");
  return xml
    .split(DEV_BASE_URL)
    .join(base)
    .split("<AppDomain>https://localhost:3000</AppDomain>")
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { rewriteManifest, DEV_BASE_URL };
