/** SpreadsheetML's code of each paper a layout may print on (ECMA-376 Part 1, 18.3.1.63 pageSetup paperSize). */
export const PAPER_SIZE_CODES = { A4: 9 } as const;
