/**
 * How a report sheet prints, in both adapters: on the layout's paper (A4, see
 * SheetLayout's print), fitted to the page width, that is one page wide and as many
 * pages tall as its rows need (0: no limit). Each adapter turns it into its own
 * terms (Office.js pageLayout.zoom, SpreadsheetML pageSetup fitToWidth/fitToHeight).
 */
export const PAGE_FIT = { pagesWide: 1, pagesTall: 0 } as const;
