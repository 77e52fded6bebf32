/** The parts of a fake Range that only take writes: format, data validation, conditional formats. */
import { FakeObject, type FakeContext } from "./fakeContext";
import {
  FakeOfficeError,
  areaAddress,
  checkAllowed,
  type CellModel,
  type ConditionalFormatModel,
} from "./fakeModel";
import type { Locate, Place } from "./fakeRange";
import { clearConditionalFormats, clearValidation, validationType } from "./fakeRules";

/** A write-only part of a range, found where the range is when the batch runs. */
abstract class FakeRangePart extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly locate: Locate,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    const p = this.locate();
    return p !== null && !p.sheet.deleted;
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `The fake does not load ${prop} of this object`);
  }

  protected place(): Place {
    const p = this.locate();
    if (!p) throw new FakeOfficeError("ItemNotFound", "The range does not exist");
    return p;
  }

  /** Queues a change that a protected sheet refuses unless its protection `allowed` it. */
  protected guarded(
    allowed: "allowFormatCells" | "allowFormatColumns" | "allowFormatRows",
    args: unknown,
    apply: () => void,
  ): void {
    this.write(args, () => {
      checkAllowed(this.place().sheet, allowed, JSON.stringify(args));
      apply();
    });
  }
}

/** Range.format: fill colour, font, column width (points), wrap. */
export class FakeRangeFormat extends FakeRangePart {
  get fill(): { color: string } {
    const write = (color: string): void =>
      this.guarded("allowFormatCells", { fill: color }, () => this.forCells((c) => (c.fill = color)));
    return {
      set color(v: string) {
        write(v);
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "fill.color is write-only in the fake");
      },
    };
  }

  get font(): Partial<Record<"bold" | "italic", boolean> & { size: number; color: string }> {
    const set = (key: "bold" | "italic" | "size" | "color", v: boolean | number | string): void =>
      this.guarded("allowFormatCells", { font: { [key]: v } }, () =>
        this.forCells((c) => (c.font = { ...c.font, [key]: v })),
      );
    return {
      set bold(v: boolean) {
        set("bold", v);
      },
      set italic(v: boolean) {
        set("italic", v);
      },
      set size(v: number) {
        set("size", v);
      },
      set color(v: string) {
        set("color", v);
      },
    };
  }

  set columnWidth(points: number) {
    this.guarded("allowFormatColumns", { columnWidth: points }, () => {
      const { sheet, area } = this.place();
      for (let k = 0; k < area.cols; k++) sheet.columnWidths.set(area.col + k, points);
    });
  }

  /** ExcelApi 1.2: whether the cells are locked when the sheet is protected. */
  get protection(): { locked: boolean } {
    const write = (locked: boolean): void =>
      this.write({ locked }, () => {
        const { sheet, area } = this.place();
        if (sheet.protection)
          throw new FakeOfficeError("AccessDenied", "Unprotect the sheet to change locked cells");
        for (let r = 0; r < area.rows; r++)
          for (let k = 0; k < area.cols; k++) {
            const key = `${area.row + r},${area.col + k}`;
            if (locked) sheet.unlocked.delete(key);
            else sheet.unlocked.add(key);
          }
      });
    return {
      set locked(v: boolean) {
        write(v);
      },
      get locked(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "locked is write-only in the fake");
      },
    };
  }

  /** ExcelApi 1.2: fits row heights to their content; the fake records the rows fitted. */
  autofitRows(): void {
    this.guarded("allowFormatRows", { autofitRows: true }, () => {
      const { sheet, area } = this.place();
      for (let r = 0; r < area.rows; r++) sheet.autofitted.add(area.row + r);
    });
  }

  set rowHeight(points: number) {
    this.guarded("allowFormatRows", { rowHeight: points }, () => {
      if (points < 0 || points > 409)
        throw new FakeOfficeError("InvalidArgument", `A row height of ${points} points (at most 409)`);
      const { sheet, area } = this.place();
      for (let r = 0; r < area.rows; r++) sheet.rowHeights.set(area.row + r, points);
    });
  }

  set wrapText(v: boolean) {
    this.guarded("allowFormatCells", { wrapText: v }, () =>
      this.forKeys((key) => (v ? this.sheetOf().wrapped.add(key) : this.sheetOf().wrapped.delete(key))),
    );
  }

  set horizontalAlignment(v: "General" | "Left" | "Center" | "Right" | "Fill" | "Justify") {
    this.guarded("allowFormatCells", { horizontalAlignment: v }, () =>
      this.forKeys((key) =>
        v === "Right" ? this.sheetOf().rightAligned.add(key) : this.sheetOf().rightAligned.delete(key),
      ),
    );
  }

  set verticalAlignment(v: "Top" | "Center" | "Bottom" | "Justify" | "Distributed") {
    this.guarded("allowFormatCells", { verticalAlignment: v }, () =>
      this.forKeys((key) =>
        v === "Top" ? this.sheetOf().topAligned.add(key) : this.sheetOf().topAligned.delete(key),
      ),
    );
  }

  private sheetOf() {
    return this.place().sheet;
  }

  private forKeys(f: (key: string) => void): void {
    const { area } = this.place();
    for (let r = 0; r < area.rows; r++)
      for (let k = 0; k < area.cols; k++) f(`${area.row + r},${area.col + k}`);
  }

  private forCells(f: (c: CellModel) => void): void {
    const { sheet, area } = this.place();
    for (let r = 0; r < area.rows; r++)
      for (let k = 0; k < area.cols; k++) f(sheet.cellForWrite(area.row + r, area.col + k));
  }
}

/** Range.dataValidation: a rule and an error alert for the area, its type, and clear (fakeRules.ts). */
export class FakeDataValidation extends FakeRangePart {
  protected override snapshot(prop: string): unknown {
    if (prop !== "type") return super.snapshot(prop);
    const { sheet, area } = this.place();
    return validationType(sheet, area);
  }

  get type(): string {
    return this.read<string>("type");
  }

  clear(): void {
    this.guarded("allowFormatCells", { clear: true }, () =>
      clearValidation(this.place().sheet, this.place().area),
    );
  }

  set rule(rule: Excel.DataValidationRule) {
    this.guarded("allowFormatCells", { rule }, () => {
      const { sheet, area } = this.place();
      const list = rule.list;
      if (
        list &&
        typeof list.source === "string" &&
        !list.source.startsWith("=") &&
        list.source.length > 255
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "A literal validation list is limited to 255 characters",
        );
      }
      sheet.validations.push({ area: { ...area }, rule });
    });
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write({ alert }, () => {
      const { sheet, area } = this.place();
      const found = [...sheet.validations].reverse().find((v) => areaAddress(v.area) === areaAddress(area));
      if (!found) throw new FakeOfficeError("InvalidOperation", "Set the rule before the error alert");
      found.errorAlert = alert;
    });
  }
}

/** Range.conditionalFormats: `add` of custom formula rules, and `clearAll` (fakeRules.ts). */
export class FakeConditionalFormats extends FakeRangePart {
  clearAll(): void {
    this.guarded("allowFormatCells", { clearAll: true }, () =>
      clearConditionalFormats(this.place().sheet, this.place().area),
    );
  }

  add(type: "Custom" | Excel.ConditionalFormatType): FakeConditionalFormat {
    const holder: { model: ConditionalFormatModel | null } = { model: null };
    this.guarded("allowFormatCells", { add: type }, () => {
      const { sheet, area } = this.place();
      holder.model = { area: { ...area }, type: String(type), formula: "", fill: null, fontColor: null };
      sheet.conditionalFormats.push(holder.model);
    });
    return new FakeConditionalFormat(this.ctx, holder);
  }
}

export class FakeConditionalFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly holder: { model: ConditionalFormatModel | null },
  ) {}

  private change(args: unknown, f: (m: ConditionalFormatModel) => void): void {
    this.ctx.enqueue(args, () => {
      if (!this.holder.model)
        throw new FakeOfficeError("ItemNotFound", "The conditional format was not added");
      f(this.holder.model);
    });
  }

  get custom(): { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } {
    const change = this.change.bind(this);
    return {
      rule: {
        set formula(v: string) {
          change({ formula: v }, (m) => (m.formula = v));
        },
        get formula(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "formula is write-only in the fake");
        },
      },
      format: {
        fill: {
          set color(v: string) {
            change({ fill: v }, (m) => (m.fill = v));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
          },
        },
        font: {
          set color(v: string) {
            change({ font: v }, (m) => (m.fontColor = v));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
          },
        },
      },
    };
  }
}
