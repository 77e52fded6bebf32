/**
 * Sheet protection, renderer-neutral: which sheets to protect and which table
 * cells stay open for typing. Excel's sheet protection (without a password) guards
 * against slips, not against a determined user; collect checks the protected cells.
 */
export type SheetProtection = {
  readonly sheet: string;
  /** The body cells of these table columns stay editable (0-based columns of the table). */
  readonly editable?: { readonly table: string; readonly columns: readonly number[] };
};
