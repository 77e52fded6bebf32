/**
 * The drawing part that places a sheet's charts (xl/drawings/drawingN.xml): one
 * two-cell anchor per chart, from its top-left cell to the cell after its
 * bottom-right one (as Office.js's setPosition places it), each a graphic frame
 * naming its chart part by relationship id.
 */
import type { LayoutArea } from "../../../core/sheetLayout";
import { NS_CHART, NS_DRAWING, NS_R, NS_SHEET_DRAWING } from "../../ooxml";
import { XML_DECLARATION, xmlAttr } from "./xmlText";

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
    `<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_R}">` +
    charts.map((c, i) => anchor(c, i + 2)).join("") +
    `</xdr:wsDr>`
  );
}
