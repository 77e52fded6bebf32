/**
 * The package's version, for --version and the help. Taken from package.json when the
 * command line is built (esbuild bundles only this one field into dist-cli/cemr.js) and
 * when it runs from the sources (tsx, jest), so the two never disagree.
 */
import { version } from "../../package.json";

export const CLI_VERSION: string = version;
