// `npm start`: builds and serves the task pane on localhost (https when Office dev
// certificates exist in ~/.office-addin-dev-certs, http otherwise; never sudo) and
// says how to sideload the manifest.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const port = process.env.npm_package_config_dev_server_port || "3000";
const certs = join(homedir(), ".office-addin-dev-certs");
const https = ["localhost.key", "localhost.crt", "ca.crt"].every((f) => existsSync(join(certs, f)));
const base = `${https ? "https" : "http"}://localhost:${port}`;

console.log(`
CEMR Uppföljning / CEMR Follow-up
  Web page (works on an .xlsx file, no Excel needed): ${base}/index.html
  Task pane (as Excel loads it):                      ${base}/taskpane.html

Sideload in Excel:
  Excel on the web: Home > Add-ins > More Add-ins > Upload My Add-in > choose manifest.xml.
  Windows desktop: put manifest.xml in a shared folder, add it under File > Options >
    Trust Center > Trusted Add-in Catalogs, restart Excel, then Home > Add-ins > Shared Folder.
  Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/.
${
  https
    ? "  Serving over https with the certificates in ~/.office-addin-dev-certs."
    : `  Excel only loads add-ins over trusted https. This machine has no dev certificates, so the
  server runs over http: fine for the web page, not for Excel. On a machine with Excel, run
  \`npx office-addin-dev-certs install\` once (it asks for an administrator), then npm start again.`
}
Stop with Ctrl+C.
`);

const child = spawn(
  process.execPath,
  [join("node_modules", "webpack", "bin", "webpack.js"), "serve", "--mode", "development"],
  {
    stdio: "inherit",
  },
);
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
