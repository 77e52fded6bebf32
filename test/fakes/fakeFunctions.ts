/**
 * Workbook.functions (ExcelApi 1.2, excel.functions.yml): Excel's worksheet functions
 * evaluated by the workbook. Only DATE is modelled, as Microsoft's support page for the
 * DATE function and "Date systems in Excel" describe it: the serial of a day counted in the
 * workbook's own date system (from 1899-12-30, or from 1904-01-01 when the workbook uses
 * the 1904 system, 1,462 less). That Office.js's Functions object counts in the workbook's
 * system is our reading of the Functions object as the workbook's evaluator; no page says
 * it in so many words (docs/real-excel.md, "The 1904 date system in Excel").
 */
import { FakeContext, FakeObject } from "./fakeContext";
import { FakeOfficeError } from "./fakeModel";

const DAY_MS = 86_400_000;
const EPOCH = { "1900": Date.UTC(1899, 11, 30), "1904": Date.UTC(1904, 0, 1) } as const;

/** FunctionResult: the value (or error) of one evaluated function, loaded like any object. */
export class FakeFunctionResult extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly evaluate: () => number,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return true;
  }

  protected snapshot(prop: string): unknown {
    if (prop === "value") return this.evaluate();
    if (prop === "error") return null;
    throw new FakeOfficeError("InvalidArgument", `The fake function result has no ${prop}`);
  }

  get value(): number {
    return this.read("value");
  }

  get error(): string | null {
    return this.read("error");
  }
}

export class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}

  /** DATE(year, month, day) in the workbook's date system (years from 1904 on). */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const system = this.ctx.model.dateSystem;
      return Math.round((Date.UTC(year, month - 1, day) - EPOCH[system]) / DAY_MS);
    });
  }
}
