/**
 * The ports the contract suite holds to one behaviour: each starts from the same
 * workbook (a RawWorkbook of values and tables) and shows what it holds as a
 * RenderedWorkbook. Every action gets a fresh port, as each user action gets its
 * own Excel.run.
 */
import type { WorkbookPort } from "../../../src/app/ports";
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { officePort } from "../../../src/workbook/office/officePort";
import { memoryPort } from "../../app/memoryPort";
import type { RenderedWorkbook } from "../../app/renderedWorkbook";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../../fakes/fakeExcel";
import { areaAddress } from "../../fakes/fakeModel";
import { saveXlsx, xlsxPort } from "../../../src/workbook/xlsx";
import { xlsxFromRaw } from "../xlsx/rawWorkbookFile";
import { renderFake } from "./renderFake";
import { renderFile } from "./renderFile";

export type Opened = {
  /** A port for the next action. */
  port(): WorkbookPort;
  rendered(): Promise<RenderedWorkbook>;
};

/** An Office harness's opened workbook, with its fake. */
type OpenedFake = Opened & { readonly fake: FakeExcel };

export type Harness = {
  readonly name: string;
  /** `totals` names the start's tables whose last row is a Total Row. */
  open(start: RawWorkbook, totals?: readonly string[]): Promise<Opened>;
};

/** Values of a start workbook as the fake takes them (dates are not used in starts). */
function fakeRows(values: RawWorkbook["sheets"][number]["values"]): (string | number | boolean | null)[][] {
  return values.map((r) => r.map((v) => (v instanceof Date || v === undefined ? null : v)));
}

export const memoryHarness: Harness = {
  name: "in-memory port",
  async open(start, totals = []) {
    const port = memoryPort(start, {
      shapes: totals.map((name) => ({ name, headerShown: true, totals: true })),
    });
    return { port: () => port, rendered: async () => port.rendered() };
  },
};

/** The start workbook on a fake Excel, with ports of the Office adapter on it. */
async function openOnFake(start: RawWorkbook, totals: readonly string[] = []): Promise<OpenedFake> {
  {
    const first = start.sheets[0]?.sheet ?? "Blad1";
    const fake = fakeWorkbook(first);
    for (const s of start.sheets) {
      if (!fake.model.sheet(s.sheet)) fake.model.addSheet(s.sheet);
      // Cells as a saved workbook holds them: text stays text ("2" is not typed in).
      const sheet = fake.sheet(s.sheet);
      fakeRows(s.values).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) sheet.cellForWrite(s.top + r, s.left + c).value = v;
        }),
      );
    }
    for (const t of start.tables) {
      const width = Math.max(1, ...t.values.map((r) => r.length));
      fake.addTable(
        t.name,
        t.sheet,
        areaAddress({ row: t.top, col: t.left, rows: t.values.length, cols: width }),
        { totals: totals.includes(t.name) },
      );
    }
    return { fake, port: () => officePort(fake.context()), rendered: async () => renderFake(fake) };
  }
}

export const officeHarness: Harness = { name: "Office.js adapter on the fake Excel", open: openOnFake };

export const fileHarness: Harness = {
  name: "file adapter (.xlsx)",
  async open(start, totals = []) {
    const wb = await xlsxFromRaw(start, totals);
    return { port: () => xlsxPort(wb), rendered: async () => renderFile(await saveXlsx(wb)) };
  },
};

/**
 * The Office adapter on a host of ExcelApi `version` (installed as Excel's global
 * Office for each action, as the task pane sees it): from 1.13 a table grows over
 * empty cells with `Table.resize` instead of inserting rows.
 */
export function officeHarnessAt(version: string): Harness {
  return {
    name: `Office.js adapter on the fake Excel, ExcelApi ${version}`,
    async open(start, totals = []) {
      const opened = await openOnFake(start, totals);
      opened.fake.hostApiVersion = version;
      return {
        port: () => {
          const inner = opened.port();
          return new Proxy(inner, {
            get(target, key, receiver) {
              const value: unknown = Reflect.get(target, key, receiver);
              if (typeof value !== "function") return value;
              return async (...args: unknown[]) => {
                const uninstall = installFakeExcel(opened.fake, version);
                try {
                  return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
                } finally {
                  uninstall();
                }
              };
            },
          });
        },
        rendered: opened.rendered,
      };
    },
  };
}
