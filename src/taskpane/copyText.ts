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
