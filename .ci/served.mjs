// Used by .ci/run: waits until `npm start` serves the web page, then checks that it is
// ours and whole: the page's title, and every script it loads answering 200 with code.
// Usage: node .ci/served.mjs URL TIMEOUT_SECONDS. Exit 0 when served, 1 otherwise.
const [url = "http://localhost:3000/index.html", timeout = "240"] = process.argv.slice(2);
const deadline = Date.now() + Number(timeout) * 1000;

async function get(address) {
  const response = await fetch(address, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text() };
}

async function firstAnswer() {
  for (;;) {
    try {
      const page = await get(url);
      if (page.status === 200) return page.text;
    } catch {
      // Not listening yet, or still building: try again.
    }
    if (Date.now() > deadline) throw new Error(`no page at ${url} within ${timeout} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

try {
  const html = await firstAnswer();
  if (!html.includes("<title>CEMR Uppföljning</title>")) throw new Error(`${url} is not the add-in's page`);
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1], url).href);
  if (scripts.length === 0) throw new Error(`${url} loads no script`);
  for (const script of scripts) {
    const { status, text } = await get(script);
    if (status !== 200 || text.length < 1000)
      throw new Error(`${script} answered ${status}, ${text.length} bytes`);
  }
  console.log(`served: ${url} and its ${scripts.length} script(s): ${scripts.join(", ")}`);
} catch (e) {
  console.error(`not served: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
