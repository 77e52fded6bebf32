// The two manifests: the development one in the repository (localhost, its own Id, "(dev)" in
// its name) and the production one the build makes from it for where IT hosts the add-in.
const DEV_BASE_URL = "https://localhost:3000/";

/** The Id of manifest.xml as it stands in the repository: sideloaded from a developer's machine. */
const DEV_ID = "9f4e93a0-5dc5-400a-b96d-b580b3092586";
/** The Id of the production manifest: one add-in to Office wherever IT deploys it. */
const PROD_ID = "69cc1790-b65a-4e3f-b1e8-15013f97b20a";
/** What the development manifest's display names end with, in both languages. */
const DEV_SUFFIX = " (dev)";

/**
 * The production manifest: every URL under the development base moved to `baseUrl`, the
 * production Id, and the display names without "(dev)".
 * Throws when the base is not an https URL (Office refuses http add-ins).
 */
function rewriteManifest(xml, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  if (!/^https:\/\/[^\s/]+/.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL, got "${baseUrl}"`);
  }
  if (!xml.includes(`<Id>${DEV_ID}</Id>`)) throw new Error("manifest.xml does not carry the development Id");
  const origin = base.replace(/^(https:\/\/[^/]+).*$/, "$1");
  return xml
    .split(DEV_BASE_URL)
    .join(base)
    .split("<AppDomain>https://localhost:3000</AppDomain>")
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(`<Id>${DEV_ID}</Id>`)
    .join(`<Id>${PROD_ID}</Id>`)
    .split(`${DEV_SUFFIX}"`)
    .join('"');
}

/**
 * The manifest a build writes to dist/: the production one when ADDIN_BASE_URL is given to a
 * production build, else the development one as it is, with `note` told why (a build
 * without the address must still work for `npm test` and CI, and must not pass for production).
 */
function manifestForBuild(xml, { production, baseUrl }, note = () => {}) {
  if (production && baseUrl) return rewriteManifest(xml, baseUrl);
  if (production) {
    note(
      "ADDIN_BASE_URL is not set: dist/manifest.xml is the DEVELOPMENT manifest " +
        `(localhost, Id ${DEV_ID}, name ending "(dev)"); for deployment build with ` +
        "ADDIN_BASE_URL=https://your.server/path/ npm run build",
    );
  }
  return xml;
}

module.exports = { rewriteManifest, manifestForBuild, DEV_BASE_URL, DEV_ID, PROD_ID };
