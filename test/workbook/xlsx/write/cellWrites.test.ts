import { CellWrites, withCellRef } from "../../../../src/workbook/xlsx/write/cellWrites";
import { SheetIndex } from "../../../../src/workbook/xlsx/write/sheetIndex";
import { applySplicesToBytes } from "../../../../src/workbook/xlsx/write/xmlSplice";

const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A part with a body row (row 2) and a Total Row (row 3) whose label and SUBTOTAL sit in A and G. */
const PART =
  `<worksheet xmlns="${SML}"><sheetData>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>Mål</t></is></c><c r="G2"><v>40000</v></c></row>` +
  `<row r="3" spans="1:7"><c r="A3" t="inlineStr"><is><t>Summa</t></is></c>` +
  `<c r="G3"><f>SUBTOTAL(109,[Budget])</f><v>40000</v></c></row>` +
  `</sheetData></worksheet>`;

function written(writes: CellWrites, text = PART): string {
  const sheet = new SheetIndex(text, "xl/worksheets/sheet1.xml");
  return new TextDecoder().decode(
    applySplicesToBytes(
      text,
      writes.splices(sheet, () => undefined),
    ),
  );
}

const cellsOfRow = (xml: string, r: number): string[] =>
  [
    ...(new RegExp(`<row r="${r}"[^>]*>(.*?)</row>`).exec(xml)?.[1] ?? "").matchAll(/<c r="([A-Z]+)\d+"/g),
  ].map((m) => m[1] ?? "");

describe("CellWrites", () => {
  it("writes a moved Total Row's old place over in full, whatever order its columns were queued in", () => {
    const writes = new CellWrites("", (l) => l);
    // As appendTableRows does: the Total Row moves down two rows, its old place is cleared…
    const sheet = new SheetIndex(PART, "sheet1.xml");
    const total = sheet.rowAt(2);
    if (!total) throw new Error("no row 3");
    for (const c of sheet.cellsOf(total)) {
      writes.raw(
        4,
        c.col,
        withCellRef(PART.slice(c.start, c.end), c.openEnd - c.start, `${"ABCDEFG"[c.col]}5`),
      );
      writes.remove(2, c.col);
    }
    // …then the new rows fill columns A..G, the old Total Row's place among them.
    for (const row of [2, 3]) for (let col = 0; col <= 6; col++) writes.value(row, col, row * 10 + col, 0);
    const xml = written(writes);
    expect(cellsOfRow(xml, 3)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(xml).toContain(`<c r="G3"><v>26</v></c>`);
    expect(cellsOfRow(xml, 4)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(xml).toContain(
      `<row r="5"><c r="A5" t="inlineStr"><is><t>Summa</t></is></c><c r="G5"><f>SUBTOTAL`,
    );
    // The body row above is untouched, byte for byte.
    expect(xml).toContain(
      `<row r="2"><c r="A2" t="inlineStr"><is><t>Mål</t></is></c><c r="G2"><v>40000</v></c></row>`,
    );
  });

  it("puts cells queued right to left, or twice, in column order with the last write winning", () => {
    const writes = new CellWrites("", (l) => l);
    writes.value(0, 3, "D", 0);
    writes.value(0, 1, "B", 0);
    writes.value(0, 3, 4, 0);
    writes.value(0, 2, 3, 0);
    const xml = written(writes);
    expect(cellsOfRow(xml, 1)).toEqual(["B", "C", "D"]);
    expect(xml).toContain(`<c r="D1"><v>4</v></c>`);
    expect(xml).not.toContain(">D<");
  });
});
