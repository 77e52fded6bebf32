/**
 * Copies text to the clipboard: the async Clipboard API where the host allows it, else
 * the selection of a hidden text area (Office's webviews do not always grant the API).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused by the host: fall back to the selection below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = typeof document.execCommand === "function" && document.execCommand("copy");
  document.body.removeChild(area);
  return ok;
}

/**
 * Copies rich HTML (with its plain text beside it) where the host's clipboard takes
 * it, as Word pastes headings and tables from it; else copies the plain text.
 */
export async function copyRich(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return true;
    }
  } catch {
    // Refused by the host: the plain text below.
  }
  return copyText(text);
}
