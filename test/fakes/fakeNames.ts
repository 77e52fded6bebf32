/** Fake workbook names (NamedItem) and add-in settings. */
import { a1 } from "../../src/core/cells/cells";
import { FakeCollection } from "./fakeCollection";
import { FakeObject, type FakeContext } from "./fakeContext";
import { FakeOfficeError, checkObjectName, sheetPrefix, type NameModel } from "./fakeModel";
import { FakeRange } from "./fakeRange";
import { pinned } from "./fakeSheets";

/** The formula a name shows: "='Mål'!$A$2:$A$9", or "=#REF!$A$1" once its sheet is gone. */
export function nameFormula(n: NameModel): string {
  if (n.ref.kind === "formula") return n.ref.text;
  const { area, sheet } = n.ref;
  const abs = (r: number, c: number): string => a1(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const local =
    area.rows === 1 && area.cols === 1
      ? abs(area.row, area.col)
      : `${abs(area.row, area.col)}:${abs(area.row + area.rows - 1, area.col + area.cols - 1)}`;
  return sheet.deleted ? `=#REF!${local}` : `=${sheetPrefix(sheet.name)}!${local}`;
}

export class FakeNamedItem
  extends FakeObject
  implements Pick<Excel.NamedItem, "name" | "comment" | "visible" | "formula" | "delete">
{
  constructor(
    ctx: FakeContext,
    private readonly locate: () => NameModel | null,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    const n = this.locate();
    return n !== null && this.ctx.model.names.includes(n);
  }

  private item(): NameModel {
    const n = this.locate();
    if (!n || !this.ctx.model.names.includes(n))
      throw new FakeOfficeError("ItemNotFound", "The name does not exist");
    return n;
  }

  protected snapshot(prop: string): unknown {
    const n = this.item();
    const formula = nameFormula(n);
    switch (prop) {
      case "name":
        return n.name;
      case "comment":
        return n.comment;
      case "visible":
        return n.visible;
      case "formula":
        return formula;
      case "value":
        return formula.slice(1);
      case "type":
        return formula.includes("#REF!") ? "Error" : n.ref.kind === "range" ? "Range" : "String";
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake NamedItem has no property ${prop}`);
    }
  }

  get name(): string {
    return this.read("name");
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(v: string) {
    this.write({ comment: v }, () => (this.item().comment = v));
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.write({ visible: v }, () => (this.item().visible = v));
  }
  get formula(): string {
    return this.read("formula");
  }
  get value(): string {
    return this.read("value");
  }
  get type(): string {
    return this.read("type");
  }

  delete(): void {
    this.write({ delete: true }, () => {
      const names = this.ctx.model.names;
      names.splice(names.indexOf(this.item()), 1);
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected members(): FakeNamedItem[] {
    return this.ctx.model.names.map((n) => new FakeNamedItem(this.ctx, () => n));
  }

  protected memberAt(index: number): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      pinned(this.ctx, index, (i) => this.ctx.model.names[i] ?? null, true),
    );
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const holder: { item: NameModel | null } = { item: null };
    this.ctx.enqueue(
      { add: name, reference: typeof reference === "string" ? reference : "range", comment },
      () => {
        checkObjectName(this.ctx.model, name);
        let item: NameModel;
        if (typeof reference === "string") {
          item = {
            name,
            ref: { kind: "formula", text: reference.startsWith("=") ? reference : `=${reference}` },
            comment: comment ?? "",
            visible: true,
          };
        } else {
          const place = reference.locate();
          if (!place) throw new FakeOfficeError("InvalidArgument", "The name's range does not exist");
          item = {
            name,
            ref: { kind: "range", sheet: place.sheet, area: { ...place.area } },
            comment: comment ?? "",
            visible: true,
          };
        }
        holder.item = item;
        this.ctx.model.names.push(item);
      },
    );
    return new FakeNamedItem(this.ctx, () => holder.item);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      pinned(this.ctx, name, (k) => this.ctx.model.name(k), true),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      pinned(this.ctx, name, (k) => this.ctx.model.name(k), false),
    );
  }
}

/** workbook.settings: JSON-able values by key. */
export class FakeSettings {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: unknown): void {
    this.ctx.enqueue({ key, value }, () => {
      this.ctx.model.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
}

export class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.ctx.model.settings.has(this.key);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "value") return this.ctx.model.settings.get(this.key);
    if (prop === "key") return this.key;
    throw new FakeOfficeError("InvalidArgument", `The fake Setting has no property ${prop}`);
  }
  get value(): unknown {
    return this.read("value");
  }
}
