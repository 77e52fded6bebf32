/**
 * Test helper: small .xlsx packages written part by part, for the shapes other
 * programs write (absolute targets, prefixes, Strict namespaces, hidden headers,
 * Total Rows, 1904 dates) without needing a library to produce them.
 */
import { serializeRelationships } from "../../../../src/workbook/xlsx/package";
import { writeZip, type ZipWriteItem } from "../../../../src/workbook/xlsx/package/zipWrite";
import { type RelationshipSpec } from "../../../../src/workbook/xlsx/package/relationships";
import { NS_SML, REL_TYPES } from "../../../../src/workbook/ooxml";

export type SheetSpec = {
  name: string;
  /** The <sheetData> content (rows), or a whole worksheet document when it starts with "<?xml" or "<worksheet". */
  rows?: string;
  /** Extra worksheet content after sheetData (mergeCells …). */
  after?: string;
  tables?: string[];
  state?: "hidden" | "veryHidden";
};

export type BookSpec = {
  sheets: SheetSpec[];
  sharedStrings?: string[] | string;
  /** The <numFmts> and <cellXfs> of styles.xml, as XML. */
  styles?: string;
  workbookPr?: string;
  /** Relationship targets as openpyxl writes them: "/xl/…". */
  absoluteTargets?: boolean;
};

const enc = (s: string) => new TextEncoder().encode(s);
const SML = `xmlns="${NS_SML}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

function sharedStringsXml(strings: string[] | string): string {
  if (typeof strings === "string") return strings;
  const items = strings.map((s) =>
    s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><sst ${SML} count="${items.length}">${items.join("")}</sst>`;
}

/** The bytes of a workbook made of the given parts. */
export function buildXlsx(spec: BookSpec): Uint8Array {
  const target = (inXl: string) => (spec.absoluteTargets ? `/xl/${inXl}` : inXl);
  const items: ZipWriteItem[] = [
    {
      name: "[Content_Types].xml",
      data: enc('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    {
      name: "_rels/.rels",
      data: enc(
        serializeRelationships([
          {
            id: "rId1",
            type: REL_TYPES.officeDocument,
            target: spec.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml",
          },
        ]),
      ),
    },
  ];
  const wbRels: RelationshipSpec[] = spec.sheets.map((_, i) => ({
    id: `rId${i + 1}`,
    type: REL_TYPES.worksheet,
    target: target(`worksheets/sheet${i + 1}.xml`),
  }));
  if (spec.sharedStrings !== undefined) {
    wbRels.push({ id: "rIdS", type: REL_TYPES.sharedStrings, target: target("sharedStrings.xml") });
    items.push({ name: "xl/sharedStrings.xml", data: enc(sharedStringsXml(spec.sharedStrings)) });
  }
  if (spec.styles !== undefined) {
    wbRels.push({ id: "rIdT", type: REL_TYPES.styles, target: target("styles.xml") });
    items.push({ name: "xl/styles.xml", data: enc(`<styleSheet ${SML}>${spec.styles}</styleSheet>`) });
  }
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  items.push({
    name: "xl/workbook.xml",
    data: enc(`<workbook ${SML}>${spec.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>`),
  });
  items.push({ name: "xl/_rels/workbook.xml.rels", data: enc(serializeRelationships(wbRels)) });
  let tableNo = 0;
  spec.sheets.forEach((s, i) => {
    const rows = s.rows ?? "";
    const tables = s.tables ?? [];
    const parts = tables.map(() => `<tablePart r:id="rIdTable${++tableNo}"/>`);
    const xml =
      rows.startsWith("<?xml") || rows.startsWith("<worksheet")
        ? rows
        : `<worksheet ${SML}><sheetData>${rows}</sheetData>${s.after ?? ""}${parts.length ? `<tableParts count="${parts.length}">${parts.join("")}</tableParts>` : ""}</worksheet>`;
    items.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: enc(xml) });
    if (tables.length > 0) {
      const first = tableNo - tables.length + 1;
      items.push({
        name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        data: enc(
          serializeRelationships(
            tables.map((_, k) => ({
              id: `rIdTable${first + k}`,
              type: REL_TYPES.table,
              target: spec.absoluteTargets
                ? `/xl/tables/table${first + k}.xml`
                : `../tables/table${first + k}.xml`,
            })),
          ),
        ),
      });
      tables.forEach((t, k) => items.push({ name: `xl/tables/table${first + k}.xml`, data: enc(t) }));
    }
  });
  return writeZip(items);
}

/** A table part. */
export function tableXml(a: {
  name: string;
  ref: string;
  columns: string[];
  header?: 0;
  totals?: 1;
}): string {
  const cols = a.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${c}"/>`).join("");
  return `<table xmlns="${NS_SML}" id="1" name="${a.name}" displayName="${a.name}" ref="${a.ref}"${a.header === 0 ? ' headerRowCount="0"' : ""}${a.totals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}><tableColumns count="${a.columns.length}">${cols}</tableColumns></table>`;
}

/** A row of cells: each [ref, xml attributes and content] → <c r=ref …>…</c>. */
export function row(r: number, cells: string): string {
  return `<row r="${r}">${cells}</row>`;
}
