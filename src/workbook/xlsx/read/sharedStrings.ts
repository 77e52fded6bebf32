/**
 * The shared string table (sharedStrings.xml): each `si` as the text a person
 * sees. Rich text runs are joined; phonetic guides (`rPh`, East Asian reading
 * aids) are not part of the text and are left out.
 */
import { sml } from "../../ooxml";
import type { Package } from "../package";
import { unescapeOoxml } from "./xmlStrings";

const SI = sml("si");
const T = sml("t");
const RPH = sml("rPh");

/** The strings, in order; empty without a shared strings part. */
export function readSharedStrings(pkg: Package, part: string | null): string[] {
  if (!part || !pkg.has(part)) return [];
  const strings: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let capturing = false;
  let current = "";
  pkg.scan(part, () => ({
    open(name, _attrs, selfClosing) {
      if (name === SI) {
        current = "";
        if (selfClosing) strings.push("");
        else inSi = true;
      } else if (name === RPH) {
        if (!selfClosing) phonetic++;
      } else if (name === T && inSi && phonetic === 0 && !selfClosing) capturing = true;
    },
    close(name) {
      if (name === T) capturing = false;
      else if (name === RPH) phonetic--;
      else if (name === SI) {
        strings.push(unescapeOoxml(current));
        inSi = false;
      }
    },
    text(t) {
      if (capturing) current += t;
    },
  }));
  return strings;
}
