/**
 * Column widths are decided in characters of the default font (the unit Excel's
 * column width box shows; src/core/template/templateStyle.ts, the layouts); a file stores
 * them with their padding. Like the Office adapter's conversion to points
 * (office/cellGrids.ts), it assumes Calibri 11, Excel's default: 7 pixels per
 * character and 5 pixels of padding.
 */

const DIGIT_PX = 7;
const PADDING_PX = 5;

/**
 * A width in characters as a file stores it (`<col width>`, padding included, in
 * 1/256 of a character), as Excel writes a width typed in its box.
 * @example fileColumnWidth(12) === 12.7109375
 */
export function fileColumnWidth(characters: number): number {
  return Math.trunc(((characters * DIGIT_PX + PADDING_PX) / DIGIT_PX) * 256) / 256;
}

/** The characters of a file's `<col width>` (the inverse of fileColumnWidth, to 1/100). */
export function charactersOfFileWidth(width: number): number {
  return Math.round(((width * DIGIT_PX - PADDING_PX) / DIGIT_PX) * 100) / 100;
}
