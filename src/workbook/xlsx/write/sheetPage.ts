/**
 * How a worksheet shows and prints, as edits of its part: a frozen pane in its
 * first view, protection, and the print setup (paper, orientation, fit to pages).
 * Each gives splices of the part and new top-level elements (by local name) that
 * the sheet's editor puts in the schema's order.
 */
import { a1 } from "../../../core/cells";
import type { SheetIndex } from "./sheetIndex";
import { sml } from "../../ooxml";
import { setAttribute, type Splice } from "./xmlSplice";

export type Protection = {
  readonly selectLockedCells: boolean;
  readonly selectUnlockedCells: boolean;
  readonly formatColumns: boolean;
  readonly formatRows: boolean;
  readonly autoFilter: boolean;
};

export type PrintSetup = {
  readonly orientation: "portrait" | "landscape";
  /** Excel's paper size code (9 = A4). */
  readonly paperSize: number;
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  /** 0-based rows that begin a new page (manual breaks, `<rowBreaks>`). */
  readonly rowBreaks?: readonly number[];
};

/** Edits of a part: splices of its text and new top-level elements. */
export type PartEdits = {
  readonly splices: Splice[];
  readonly inserts: { readonly local: string; readonly xml: string }[];
};

type Tag = (local: string) => string;

/** Freezes the top `rows` rows in the sheet's first view (its own pane and selections give way). */
export function frozenRows(sheet: SheetIndex, tag: Tag, rows: number): PartEdits {
  const edits: PartEdits = { splices: [], inserts: [] };
  const cell = a1(rows, 0);
  const pane = `<${tag("pane")} ySplit="${rows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/>`;
  const selection = `<${tag("selection")} pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`;
  const views = sheet.topOf("sheetViews");
  if (!views) {
    const view = `<${tag("sheetView")} workbookViewId="0">${pane}${selection}</${tag("sheetView")}>`;
    edits.inserts.push({ local: "sheetViews", xml: `<${tag("sheetViews")}>${view}</${tag("sheetViews")}>` });
    return edits;
  }
  const base = views.el.openStart;
  const inner = sheet.inside(views.el, (_n, d) => d <= 3);
  const view = inner.find((e) => e.depth === 2 && e.name === sml("sheetView"));
  if (!view) return edits;
  // CT_SheetView: pane, selection…
  for (const e of inner)
    if (e.depth === 3 && (e.name === sml("pane") || e.name === sml("selection")))
      edits.splices.push({ start: base + e.openStart, end: base + e.closeEnd, text: "" });
  if (view.selfClosing)
    edits.splices.push({
      start: base + view.openEnd - 2,
      end: base + view.openEnd,
      text: `>${pane}${selection}</${view.qname}>`,
    });
  else edits.splices.push({ start: base + view.openEnd, end: base + view.openEnd, text: pane + selection });
  return edits;
}

/** Protects the sheet without a password, allowing what `allow` says (a protection it had is replaced). */
export function protection(sheet: SheetIndex, tag: Tag, allow: Protection): PartEdits {
  const flags = [
    allow.selectLockedCells ? "" : ' selectLockedCells="1"',
    allow.selectUnlockedCells ? "" : ' selectUnlockedCells="1"',
    allow.formatColumns ? ' formatColumns="0"' : "",
    allow.formatRows ? ' formatRows="0"' : "",
    allow.autoFilter ? ' autoFilter="0"' : "",
  ].join("");
  const xml = `<${tag("sheetProtection")} sheet="1" objects="1" scenarios="1"${flags}/>`;
  const existing = sheet.topOf("sheetProtection");
  return existing
    ? { splices: [{ start: existing.el.openStart, end: existing.el.closeEnd, text: xml }], inserts: [] }
    : { splices: [], inserts: [{ local: "sheetProtection", xml }] };
}

/** Print setup: paper, orientation and fit to pages (with the sheet's fit-to-page flag, margins when it has none). */
export function printSetup(sheet: SheetIndex, tag: Tag, p: PrintSetup): PartEdits {
  const edits: PartEdits = { splices: [], inserts: [] };
  const setup = `<${tag("pageSetup")} paperSize="${p.paperSize}" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>`;
  const existing = sheet.topOf("pageSetup");
  if (existing) edits.splices.push({ start: existing.el.openStart, end: existing.el.closeEnd, text: setup });
  else edits.inserts.push({ local: "pageSetup", xml: setup });
  if (!sheet.topOf("pageMargins"))
    edits.inserts.push({
      local: "pageMargins",
      xml: `<${tag("pageMargins")} left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    });
  const breaks = p.rowBreaks ?? [];
  if (breaks.length > 0) {
    // A break's id is the 0-based row it sits above; max 16383 spans every column (ECMA-376 CT_Break).
    const brk = breaks.map((r) => `<${tag("brk")} id="${r}" max="16383" man="1"/>`).join("");
    const xml = `<${tag("rowBreaks")} count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</${tag("rowBreaks")}>`;
    const had = sheet.topOf("rowBreaks");
    if (had) edits.splices.push({ start: had.el.openStart, end: had.el.closeEnd, text: xml });
    else edits.inserts.push({ local: "rowBreaks", xml });
  }
  const fit = `<${tag("pageSetUpPr")} fitToPage="1"/>`;
  const pr = sheet.topOf("sheetPr");
  if (!pr) {
    edits.inserts.push({ local: "sheetPr", xml: `<${tag("sheetPr")}>${fit}</${tag("sheetPr")}>` });
    return edits;
  }
  const base = pr.el.openStart;
  const setUp = sheet.inside(pr.el, (_n, d) => d === 2).find((e) => e.name === sml("pageSetUpPr"));
  if (setUp) {
    const s = setAttribute(sheet.text.slice(base, pr.el.closeEnd), setUp, "fitToPage", "1");
    edits.splices.push({ start: base + s.start, end: base + s.end, text: s.text });
  } else if (pr.el.selfClosing) {
    edits.splices.push({ start: pr.el.openEnd - 2, end: pr.el.openEnd, text: `>${fit}</${pr.el.qname}>` });
  } else {
    // CT_SheetPr: tabColor, outlinePr, pageSetUpPr.
    edits.splices.push({ start: pr.el.closeStart, end: pr.el.closeStart, text: fit });
  }
  return edits;
}
