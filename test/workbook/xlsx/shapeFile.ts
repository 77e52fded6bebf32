/**
 * Test helper: a table-shape workbook (test/workbook/tableShapes.ts) as the .xlsx
 * file Excel saves for it, written part by part on the repository's own package
 * layer (Package.create, set, save), so the reader meets the XML Excel writes:
 * strings in the shared string table, dates as serials under a date format
 * (numFmtId 14) and amounts under "#,##0" (numFmtId 3), a table part per table
 * with its `ref`, `headerRowCount="0"` when the header row is hidden,
 * `totalsRowCount="1"` with `totalsRowLabel`/`totalsRowFunction` and the Total
 * Row's cells (`SUBTOTAL(109,Table[Column])` with its cached sum), an
 * `autoFilter` whose `filterColumn` hides the filtered rows (`<row hidden="1">`),
 * formulas with their cached values (`[@Column]` stored as
 * `Table[[#This Row],[Column]]`, a calculated column's formula in the table part),
 * error values (`t="e"`), merged areas (`<mergeCells>`, the hidden cells written
 * empty), rows hidden by hand, Excel's markup-compatibility attributes, and the
 * document properties. `soffice` reads these files as Excel's (see tableShapes.test.ts).
 */
import { PLAN_KEYS, TABLES } from "../../../src/core/schema";
import { a1, columnIndex, type CellValue, type RawWorkbook } from "../../../src/core/cells/cells";
import { isoFromUtcDate, isoToSerial } from "../../../src/core/dates/dates";
import { CONTENT_TYPES_PART, Package, serializeRelationships } from "../../../src/workbook/xlsx/package";
import { escapeXmlAttribute, escapeXmlText } from "../../../src/workbook/xlsx/package/xmlTree";
import { serializeContentTypes, type ContentTypes } from "../../../src/workbook/xlsx/package/contentTypes";
import { type RelationshipSpec } from "../../../src/workbook/xlsx/package/relationships";
import { CONTENT_TYPES, NS_R, NS_SML, REL_TYPES } from "../../../src/workbook/ooxml";
import {
  placedCells,
  shownValue,
  type ShapeCell,
  type ShapeTable,
  type ShapeValue,
  type ShapeWorkbook,
  withTotals,
} from "../tableShapes";

export type ShapeFileOptions = {
  /** The workbook counts dates from 1904 (Excel for Mac's old default): date serials are 1,462 days smaller. */
  readonly date1904?: boolean;
};

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
const XR3 = "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3";
const SML_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** The cell formats of styles.xml: General, a date (numFmtId 14) and an amount (numFmtId 3, "#,##0"). */
const STYLE = { general: 0, date: 1, amount: 2 } as const;
type Style = (typeof STYLE)[keyof typeof STYLE];

/** Days between the 1900 and the 1904 date systems' day zero. */
const DAYS_1904 = 1462;

/** Header names, in both languages, of the schema's date and amount columns. */
const DATE_HEADERS = new Set(
  TABLES.flatMap((t) =>
    t.columns.filter((c) => c.type === "date").flatMap((c) => [c.header.sv, c.header.en]),
  ),
);
const AMOUNT_HEADERS = new Set(
  TABLES.flatMap((t) =>
    t.columns.filter((c) => c.type === "money").flatMap((c) => [c.header.sv, c.header.en]),
  ),
);
/** Labels of the Plan table's rows whose value is a date. */
const DATE_LABELS = new Set(
  PLAN_KEYS.filter((k) => k.type === "date").flatMap((k) => [k.label.sv, k.label.en]),
);

/** A GUID-shaped id, as Excel gives every sheet, table and column (`xr:uid`). */
const uid = (kind: number, n: number): string =>
  `{${kind.toString(16).padStart(8, "0").toUpperCase()}-0000-4000-8000-${n.toString(16).padStart(12, "0").toUpperCase()}}`;

/** The shared string table: each text once, in order of first use. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((s) => {
      const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
      return `<si><t${space}>${escapeXmlText(s)}</t></si>`;
    });
    return `${DECLARATION}<sst xmlns="${NS_SML}" count="${this.count}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
}

/** The format Excel gives a column by its header, and a Plan row by its label. */
function columnStyle(header: ShapeValue): Style {
  if (typeof header !== "string") return STYLE.general;
  if (DATE_HEADERS.has(header)) return STYLE.date;
  if (AMOUNT_HEADERS.has(header)) return STYLE.amount;
  return STYLE.general;
}

/** Where each cell's format comes from: the table's or plain block's column header, or a Plan row's label. */
function styleMap(wb: ShapeWorkbook): (sheet: string, row: number, col: number) => Style {
  const styles = new Map<string, Style>();
  const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row},${col}`;
  const formatBlock = (
    sheet: string,
    top: number,
    left: number,
    headers: readonly ShapeValue[],
    rows: readonly (readonly ShapeCell[])[],
  ): void =>
    rows.forEach((r, i) => {
      const label = shownValue(r[0] ?? null);
      headers.forEach((h, k) => {
        const isPlanValue = k === 1 && typeof label === "string" && DATE_LABELS.has(label);
        const style = isPlanValue ? STYLE.date : columnStyle(h);
        if (style !== STYLE.general) styles.set(key(sheet, top + i, left + k), style);
      });
    });
  for (const s of wb.sheets)
    for (const block of s.cells ?? []) {
      const [headers = [], ...rows] = block.rows;
      const m = /^([A-Z]+)(\d+)$/.exec(block.at);
      if (!m) throw new Error(block.at);
      const left = columnIndex(m[1] as string);
      formatBlock(s.name, Number(m[2]), left, headers.map(shownValue), rows);
    }
  for (const t of wb.tables) {
    formatBlock(t.sheet, t.top + 1, t.left, t.columns, t.rows);
    t.columns.forEach((c, k) => {
      if (t.totals && columnStyle(c) === STYLE.amount)
        styles.set(key(t.sheet, t.top + 1 + t.rows.length, t.left + k), STYLE.amount);
    });
  }
  return (sheet, row, col) => styles.get(key(sheet, row, col)) ?? STYLE.general;
}

/** A formula as the file stores it: no "=", `[@Column]` as `Table[[#This Row],[Column]]`. */
function storedFormula(formula: string, table: string | null): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!table) return body;
  return body.replace(/\[@([^[\]]+)\]/g, (_, column: string) => `${table}[[#This Row],[${column}]]`);
}

const isError = (v: ShapeValue): boolean => typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v);

/** One `<c>` element. */
function cellXml(
  ref: string,
  cell: ShapeCell,
  style: Style,
  strings: SharedStrings,
  table: string | null,
  date1904: boolean,
): string | null {
  const s = style === STYLE.general ? "" : ` s="${style}"`;
  const number = (n: number) => (style === STYLE.date && date1904 ? n - DAYS_1904 : n);
  if (cell !== null && typeof cell === "object") {
    if ("error" in cell) return `<c r="${ref}"${s} t="e"><v>${escapeXmlText(cell.error)}</v></c>`;
    const f = `<f>${escapeXmlText(storedFormula(cell.formula, table))}</f>`;
    const v = cell.value;
    if (typeof v === "number") return `<c r="${ref}"${s}>${f}<v>${number(v)}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (v !== null && isError(v)) return `<c r="${ref}"${s} t="e">${f}<v>${v}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${escapeXmlText(v ?? "")}</v></c>`;
  }
  if (cell === null || cell === "") return null;
  if (typeof cell === "number") return `<c r="${ref}"${s}><v>${number(cell)}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.of(cell)}</v></c>`;
}

/** The box a merged area ("A1:I1") covers, 0-based. */
function mergeBox(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a merged area: ${ref}`);
  return {
    top: Number(m[2]) - 1,
    left: columnIndex(m[1] as string),
    bottom: Number(m[4]) - 1,
    right: columnIndex(m[3] as string),
  };
}

/** The filter that hides exactly the given body rows: a column whose shown rows' values the hidden rows never have. */
function filterColumnXml(t: ShapeTable): string {
  const hidden = new Set(t.filtered ?? []);
  if (hidden.size === 0) return "";
  const text = (c: ShapeCell | undefined) => String(shownValue(c ?? null) ?? "");
  for (let k = 0; k < t.columns.length; k++) {
    const shown = new Set(t.rows.filter((_, i) => !hidden.has(i)).map((r) => text(r[k])));
    if (t.rows.some((r, i) => hidden.has(i) && shown.has(text(r[k])))) continue;
    const filters = [...shown]
      .sort()
      .map((v) => (v === "" ? "" : `<filter val="${escapeXmlAttribute(v)}"/>`))
      .join("");
    const blank = shown.has("") ? ' blank="1"' : "";
    return `<filterColumn colId="${k}"><filters${blank}>${filters}</filters></filterColumn>`;
  }
  throw new Error(`${t.name}: no column's values tell the filtered rows from the others`);
}

/** The Total Row's definition of a column: a label, Excel's sum, or a formula of the user's. */
function totalsAttributes(t: ShapeTable, k: number): { attrs: string; child: string } {
  const cell = t.totals?.[k] ?? null;
  if (cell === null || cell === "") return { attrs: "", child: "" };
  if (typeof cell !== "object")
    return { attrs: ` totalsRowLabel="${escapeXmlAttribute(String(cell))}"`, child: "" };
  if ("error" in cell) return { attrs: "", child: "" };
  const stored = storedFormula(cell.formula, t.name);
  if (stored === `SUBTOTAL(109,${t.name}[${t.columns[k] ?? ""}])`)
    return { attrs: ' totalsRowFunction="sum"', child: "" };
  return {
    attrs: ' totalsRowFunction="custom"',
    child: `<totalsRowFormula>${escapeXmlText(stored)}</totalsRowFormula>`,
  };
}

/** A table part as Excel writes it. */
function tablePartXml(t: ShapeTable, id: number): string {
  const first = t.headerHidden ? t.top + 1 : t.top;
  const lastBody = t.top + t.rows.length;
  const last = lastBody + (t.totals ? 1 : 0);
  const right = t.left + t.columns.length - 1;
  const ref = `${a1(first, t.left)}:${a1(last, right)}`;
  // Excel drops the filter buttons with the header row, and the filter never covers the Total Row.
  const filter = t.headerHidden
    ? ""
    : `<autoFilter ref="${a1(t.top, t.left)}:${a1(lastBody, right)}" xr:uid="${uid(2, id)}"${
        t.filtered?.length ? `>${filterColumnXml(t)}</autoFilter>` : "/>"
      }`;
  const columns = t.columns
    .map((name, k) => {
      const formulas = t.rows.map((r) => {
        const c = r[k] ?? null;
        return c !== null && typeof c === "object" && "formula" in c
          ? storedFormula(c.formula, t.name)
          : null;
      });
      const calculated =
        formulas.length > 0 && formulas.every((f) => f !== null && f === formulas[0])
          ? `<calculatedColumnFormula>${escapeXmlText(formulas[0] ?? "")}</calculatedColumnFormula>`
          : "";
      const totals = totalsAttributes(t, k);
      const open = `<tableColumn id="${k + 1}" xr3:uid="${uid(3, id * 100 + k)}" name="${escapeXmlAttribute(name)}"${totals.attrs}`;
      const children = calculated + totals.child;
      return children ? `${open}>${children}</tableColumn>` : `${open}/>`;
    })
    .join("");
  return (
    DECLARATION +
    `<table xmlns="${NS_SML}" xmlns:mc="${MC}" mc:Ignorable="xr xr3" xmlns:xr="${XR}" xmlns:xr3="${XR3}" id="${id}" xr:uid="${uid(1, id)}" name="${escapeXmlAttribute(t.name)}" displayName="${escapeXmlAttribute(t.name)}" ref="${ref}"` +
    `${t.headerHidden ? ' headerRowCount="0"' : ""}${t.totals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `${filter}<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** A worksheet part: dimension, view, rows (hidden ones marked), merged areas, margins and table parts. */
function worksheetXml(
  index: number,
  cells: ReadonlyMap<number, ReadonlyMap<number, string>>,
  hiddenRows: ReadonlySet<number>,
  merges: readonly string[],
  tableRelIds: readonly string[],
): string {
  const rows = [...new Set([...cells.keys(), ...hiddenRows])].sort((a, b) => a - b);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [r, row] of cells)
    for (const c of row.keys()) {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  const dimension = bottom < 0 ? "A1" : `${a1(top, left)}:${a1(bottom, right)}`;
  const rowXml = rows
    .map((r) => {
      const row = cells.get(r);
      const cols = row ? [...row.keys()].sort((a, b) => a - b) : [];
      const spans = cols.length ? ` spans="${(cols[0] ?? 0) + 1}:${(cols[cols.length - 1] ?? 0) + 1}"` : "";
      const hidden = hiddenRows.has(r) ? ' hidden="1"' : "";
      const content = cols.map((c) => row?.get(c) ?? "").join("");
      return `<row r="${r + 1}"${spans}${hidden} x14ac:dyDescent="0.25">${content}</row>`;
    })
    .join("");
  const mergeXml = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  const parts = tableRelIds.length
    ? `<tableParts count="${tableRelIds.length}">${tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
    : "";
  return (
    DECLARATION +
    `<worksheet xmlns="${NS_SML}" xmlns:r="${NS_R}" xmlns:mc="${MC}" mc:Ignorable="x14ac xr" xmlns:x14ac="${X14AC}" xmlns:xr="${XR}" xr:uid="${uid(4, index)}">` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ""} workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${rowXml}</sheetData>${mergeXml}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${parts}</worksheet>`
  );
}

const STYLES_XML =
  DECLARATION +
  `<styleSheet xmlns="${NS_SML}" xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="${X14AC}">` +
  `<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

function workbookXml(sheets: readonly string[], date1904: boolean): string {
  const list = sheets
    .map((name, i) => `<sheet name="${escapeXmlAttribute(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  return (
    DECLARATION +
    `<workbook xmlns="${NS_SML}" xmlns:r="${NS_R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>` +
    `<workbookPr${date1904 ? ' date1904="1"' : ""} defaultThemeVersion="166925"/>` +
    `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>` +
    `<sheets>${list}</sheets><calcPr calcId="191029"/></workbook>`
  );
}

function appXml(sheets: readonly string[]): string {
  const titles = sheets.map((s) => `<vt:lpstr>${escapeXmlText(s)}</vt:lpstr>`).join("");
  return (
    DECLARATION +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Kalkylblad</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
}

const CORE_XML =
  DECLARATION +
  `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  `<dc:creator>Jämställdhetsstrateg</dc:creator><cp:lastModifiedBy>Jämställdhetsstrateg</cp:lastModifiedBy>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">2021-02-22T08:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2022-01-19T15:40:00Z</dcterms:modified></cp:coreProperties>`;

/** The shaped workbook as the bytes of the .xlsx file Excel would save. */
export function shapeXlsx(wb: ShapeWorkbook, options: ShapeFileOptions = {}): Uint8Array {
  const date1904 = options.date1904 === true;
  const sheets = [...wb.sheets.map((s) => s.name)];
  for (const t of wb.tables) if (!sheets.includes(t.sheet)) sheets.push(t.sheet);
  const strings = new SharedStrings();
  const styleAt = styleMap(wb);
  /** The table whose body a cell lies in (for its structured references). */
  const tableAt = (sheet: string, row: number, col: number): string | null =>
    wb.tables.find(
      (t) =>
        t.sheet === sheet &&
        row > t.top &&
        row <= t.top + t.rows.length + (t.totals ? 1 : 0) &&
        col >= t.left &&
        col < t.left + t.columns.length,
    )?.name ?? null;

  const grids = new Map<string, Map<number, Map<number, string>>>(sheets.map((s) => [s, new Map()]));
  const put = (sheet: string, row: number, col: number, xml: string): void => {
    const grid = grids.get(sheet) ?? new Map<number, Map<number, string>>();
    grids.set(sheet, grid);
    const cells = grid.get(row) ?? new Map<number, string>();
    grid.set(row, cells);
    cells.set(col, xml);
  };
  for (const c of placedCells(wb)) {
    const ref = a1(c.row, c.col);
    const xml = cellXml(
      ref,
      c.cell,
      styleAt(c.sheet, c.row, c.col),
      strings,
      tableAt(c.sheet, c.row, c.col),
      date1904,
    );
    if (xml) put(c.sheet, c.row, c.col, xml);
  }

  const pkg = Package.create();
  // Excel's order in the zip: content types and the package's relationships first.
  for (const part of [
    CONTENT_TYPES_PART,
    "_rels/.rels",
    "docProps/app.xml",
    "docProps/core.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
  ])
    pkg.set(part, "");
  const types: ContentTypes = {
    defaults: new Map([
      ["rels", { extension: "rels", type: CONTENT_TYPES.relationships }],
      ["xml", { extension: "xml", type: CONTENT_TYPES.xml }],
    ]),
    overrides: new Map(),
  };
  const override = (part: string, type: string): void => {
    types.overrides.set(part.toLowerCase(), { part, type });
  };
  override("xl/workbook.xml", CONTENT_TYPES.workbook);
  const workbookRels: RelationshipSpec[] = [];
  let tableId = 0;
  sheets.forEach((sheet, i) => {
    const shape = wb.sheets.find((s) => s.name === sheet);
    const merges = shape?.merges ?? [];
    // A merged area's other cells are written empty, as Excel keeps them.
    for (const m of merges) {
      const box = mergeBox(m);
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++)
          if ((r !== box.top || c !== box.left) && !grids.get(sheet)?.get(r)?.has(c))
            put(sheet, r, c, `<c r="${a1(r, c)}"/>`);
    }
    const hidden = new Set(shape?.hiddenRows ?? []);
    const tables = wb.tables.filter((t) => t.sheet === sheet);
    for (const t of tables) for (const r of t.filtered ?? []) hidden.add(t.top + 1 + r);
    const sheetPart = `xl/worksheets/sheet${i + 1}.xml`;
    const rels: RelationshipSpec[] = tables.map((t, k) => {
      tableId++;
      const tablePart = `xl/tables/table${tableId}.xml`;
      pkg.set(tablePart, tablePartXml(t, tableId));
      override(tablePart, CONTENT_TYPES.table);
      return { id: `rId${k + 1}`, type: REL_TYPES.table, target: `../tables/table${tableId}.xml` };
    });
    pkg.set(
      sheetPart,
      worksheetXml(
        i,
        grids.get(sheet) ?? new Map(),
        hidden,
        merges,
        rels.map((r) => r.id),
      ),
    );
    if (rels.length) pkg.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, serializeRelationships(rels));
    override(sheetPart, CONTENT_TYPES.worksheet);
    workbookRels.push({
      id: `rId${i + 1}`,
      type: REL_TYPES.worksheet,
      target: `worksheets/sheet${i + 1}.xml`,
    });
  });
  const n = sheets.length;
  workbookRels.push({ id: `rId${n + 1}`, type: REL_TYPES.styles, target: "styles.xml" });
  workbookRels.push({
    id: `rId${n + 2}`,
    type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
    target: "sharedStrings.xml",
  });
  pkg.set("xl/styles.xml", STYLES_XML);
  override("xl/styles.xml", CONTENT_TYPES.styles);
  pkg.set("xl/sharedStrings.xml", strings.xml());
  override("xl/sharedStrings.xml", `${SML_TYPE}.sharedStrings+xml`);
  pkg.set("xl/workbook.xml", workbookXml(sheets, date1904));
  pkg.set("xl/_rels/workbook.xml.rels", serializeRelationships(workbookRels));
  pkg.set("docProps/core.xml", CORE_XML);
  override("docProps/core.xml", CONTENT_TYPES.coreProperties);
  pkg.set("docProps/app.xml", appXml(sheets));
  override("docProps/app.xml", CONTENT_TYPES.extendedProperties);
  pkg.set(
    "_rels/.rels",
    serializeRelationships([
      { id: "rId3", type: REL_TYPES.extendedProperties, target: "docProps/app.xml" },
      { id: "rId2", type: REL_TYPES.coreProperties, target: "docProps/core.xml" },
      { id: "rId1", type: REL_TYPES.officeDocument, target: "xl/workbook.xml" },
    ]),
  );
  pkg.set(CONTENT_TYPES_PART, serializeContentTypes(types));
  return pkg.save();
}

/** A cell as the reader gave it, as a person typed it: dates as their serials. */
function typedValue(v: CellValue): ShapeValue {
  if (v instanceof Date) return isoToSerial(isoFromUtcDate(v) ?? "");
  return v ?? null;
}

/**
 * A workbook as a reader gives it (a RawWorkbook) as a shape workbook: its tables
 * where they lie, the rest of each sheet's cells as plain cells, dates as serials;
 * with `totals: "every"`, every table shows a Total Row as Excel makes it ("Summa",
 * SUBTOTAL sums under the columns of amounts and numbers).
 */
export function shapeOfRaw(raw: RawWorkbook, options: { totals?: "every" } = {}): ShapeWorkbook {
  const inTable = (sheet: string, row: number, col: number): boolean =>
    raw.tables.some(
      (t) =>
        t.sheet === sheet &&
        row >= t.top &&
        row < t.top + t.values.length &&
        col >= t.left &&
        col < t.left + (t.values[0]?.length ?? 0),
    );
  return {
    sheets: raw.sheets.map((s) => ({
      name: s.sheet,
      cells: [
        {
          at: a1(s.top, s.left),
          rows: s.values.map((r, i) =>
            r.map((v, k) => (inTable(s.sheet, s.top + i, s.left + k) ? null : typedValue(v))),
          ),
        },
      ],
    })),
    tables: raw.tables.map((t) => {
      const [header = [], ...body] = t.values;
      const table: ShapeTable = {
        name: t.name,
        sheet: t.sheet,
        top: t.top,
        left: t.left,
        columns: header.map((h) => String(h ?? "")),
        rows: body.map((r) => header.map((_, k) => typedValue(r[k]))),
        ...(t.headerShown === false ? { headerHidden: true } : {}),
      };
      return options.totals === "every" ? withTotals(table) : table;
    }),
  };
}
