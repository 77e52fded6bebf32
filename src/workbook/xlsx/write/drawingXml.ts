/**
 * The drawing part that places a sheet's charts (xl/drawings/drawingN.xml): one
 * two-cell anchor per chart, from its top-left cell to the cell after its
 * bottom-right one (as Office.js's setPosition places it), each a graphic frame
 * naming its chart part by relationship id.
 */
import type { LayoutArea } from "../../../core/sheetLayout.types";
import { XML_DECLARATION, xmlAttr } from "./xmlText";

export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const DRAWING_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type DrawnChart = {
  /** The relationship id (in the drawing's rels) of the chart part. */
  readonly rid: string;
  readonly name: string;
  readonly anchor: LayoutArea;
};

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function anchor(chart: DrawnChart, id: number): string {
  const a = chart.anchor;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.row, a.col)}${marker("to", a.row + a.rows, a.col + a.cols)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlAttr(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="${xmlAttr(chart.rid)}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part holding the given charts. */
export function drawingXml(charts: readonly DrawnChart[]): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    charts.map((c, i) => anchor(c, i + 2)).join("") +
    `</xdr:wsDr>`
  );
}
