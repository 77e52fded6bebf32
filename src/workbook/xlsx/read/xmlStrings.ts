/** Text as SpreadsheetML stores it: characters XML cannot hold are written `_xHHHH_`. */

const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes Excel's `_xHHHH_` escapes (`_x000D_` is a carriage return, `_x005F_` a literal "_"). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
