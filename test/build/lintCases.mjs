// Lints code snippets as if they were files of the project, with the project's own
// ESLint config (run by layering.test.ts in a plain Node process, because ESLint
// loads its flat config with a dynamic import that jest's module sandbox refuses).
import { ESLint } from "eslint";

const cases = JSON.parse(
  await new Promise((resolve) => {
    let data = "";
    process.stdin.on("data", (d) => (data += d));
    process.stdin.on("end", () => resolve(data));
  }),
);
const eslint = new ESLint();
const out = [];
for (const { code, filePath } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push((result?.messages ?? []).map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(out));
