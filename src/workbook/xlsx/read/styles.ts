/** The part of styles.xml the reader needs: which cell formats (`s` on a cell) show dates. */
import { sml } from "../../ooxml";
import { PackageError, type Package } from "../package";
import { isBuiltInDateFormat, isDateFormatCode } from "./dateFormats";
import { readXsdUnsigned } from "./xsdNumbers";

const NUM_FMT = sml("numFmt");
const CELL_XFS = sml("cellXfs");
const XF = sml("xf");

/** For each cell format index, true when it shows a date or time. Empty without a styles part. */
export function readDateStyles(pkg: Package, stylesPart: string | null): boolean[] {
  if (!stylesPart || !pkg.has(stylesPart)) return [];
  const customDates = new Map<number, boolean>();
  const xfDates: boolean[] = [];
  let inCellXfs = false;
  pkg.scan(stylesPart, () => ({
    open(name, attrs, selfClosing) {
      if (name === NUM_FMT) {
        const id = readXsdUnsigned(attrs.numFmtId ?? "");
        if (id !== null) customDates.set(id, isDateFormatCode(attrs.formatCode ?? ""));
      } else if (name === CELL_XFS) inCellXfs = !selfClosing;
      else if (name === XF && inCellXfs) {
        // A format id that is no number would silently read its dates as numbers.
        const id = readXsdUnsigned(attrs.numFmtId ?? "0");
        if (id === null)
          throw new PackageError(
            "damaged",
            `a cell format's numFmtId "${attrs.numFmtId}" is not a number`,
            stylesPart,
          );
        xfDates.push(customDates.get(id) ?? isBuiltInDateFormat(id));
      }
    },
    close(name) {
      if (name === CELL_XFS) inCellXfs = false;
    },
  }));
  return xfDates;
}
