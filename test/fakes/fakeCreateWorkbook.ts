/**
 * `Excel.createWorkbook` on the fake Excel (ExcelApi 1.8, Microsoft's reference: "Creates and
 * opens a new workbook. Optionally, the workbook can be pre-populated with a Base64-encoded
 * .xlsx file"). The fake records each call's bytes (decoded) instead of opening a window;
 * `refuse` makes the next calls fail as a host may (a blocked window on the web).
 */
export type CreatedWorkbooks = {
  /** The .xlsx bytes of each workbook opened, in order. */
  readonly opened: Uint8Array[];
  /** When set, createWorkbook rejects with this Office error code. */
  refuse: string | null;
  uninstall(): void;
};

type Globals = { Excel?: Record<string, unknown> };

/** Adds createWorkbook to the installed global Excel (installFakeExcel first). */
export function installCreateWorkbook(): CreatedWorkbooks {
  const g = globalThis as unknown as Globals;
  const excel = g.Excel;
  if (!excel) throw new Error("installFakeExcel first");
  const before = excel.createWorkbook;
  const created: CreatedWorkbooks = {
    opened: [],
    refuse: null,
    uninstall: () => {
      if (before === undefined) delete excel.createWorkbook;
      else excel.createWorkbook = before;
    },
  };
  excel.createWorkbook = (base64?: string): Promise<void> => {
    if (created.refuse)
      return Promise.reject(Object.assign(new Error(created.refuse), { code: created.refuse }));
    if (base64 !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
      return Promise.reject(Object.assign(new Error("InvalidArgument"), { code: "InvalidArgument" }));
    created.opened.push(new Uint8Array(Buffer.from(base64 ?? "", "base64")));
    return Promise.resolve();
  };
  return created;
}
