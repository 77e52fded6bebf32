/** Workbook.getSelectedRanges() (ExcelApi 1.9): the selected areas, their sheet and address. */
import { FakeCollection } from "./fakeCollection";
import { FakeObject, type FakeContext } from "./fakeContext";
import { FakeOfficeError, areaAddress, sheetPrefix, type Area, type SheetModel } from "./fakeModel";
import { FakeRange } from "./fakeRange";
import { FakeWorksheet } from "./fakeSheets";

type Selected = { sheet: SheetModel; areas: Area[] };

export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly locate: () => Selected | null,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return this.locate() !== null;
  }

  private selected(): Selected {
    const s = this.locate();
    if (!s) throw new FakeOfficeError("ItemNotFound", "Nothing is selected");
    return s;
  }

  protected snapshot(prop: string): unknown {
    const { sheet, areas } = this.selected();
    if (prop === "areaCount") return areas.length;
    if (prop === "address") return areas.map((a) => `${sheetPrefix(sheet.name)}!${areaAddress(a)}`).join(",");
    throw new FakeOfficeError("InvalidArgument", `The fake RangeAreas has no property ${prop}`);
  }

  private readonly areasPart = new FakeAreaCollection(this.ctx, () => this.locate());

  protected override child(prop: string): FakeObject | null {
    if (prop === "areas") return this.areasPart;
    return prop === "worksheet" ? this.worksheet : null;
  }

  get areas(): FakeAreaCollection {
    return this.areasPart;
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.locate()?.sheet ?? null);
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  get address(): string {
    return this.read("address");
  }
}

/** RangeAreas.areas: one range per selected area. */
export class FakeAreaCollection extends FakeCollection<FakeRange> {
  constructor(
    ctx: FakeContext,
    private readonly locate: () => Selected | null,
  ) {
    super(ctx);
  }

  protected members(): FakeRange[] {
    const s = this.locate();
    return (s?.areas ?? []).map((_, i) => this.memberAt(i));
  }

  protected memberAt(index: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.locate();
      const area = s?.areas[index];
      return s && area ? { sheet: s.sheet, area } : null;
    });
  }
}
