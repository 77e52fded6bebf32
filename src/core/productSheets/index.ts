/**
 * The product's own sheets: the marker sheet (_cemr) that lists the report sheets the
 * product made, and which sheets those are, the same for both adapters.
 */
export {
  MARKER_HEADER,
  MARKER_SHEET,
  MARKER_VISIBILITY,
  markerOf,
  markersOf,
  productSheetsOf,
  type ProductMarker,
} from "./productMarker";
