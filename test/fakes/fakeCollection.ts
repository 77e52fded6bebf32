/** A collection proxy: `load("items/name")` snapshots the current members and loads each one. */
import { FakeObject, type FakeContext } from "./fakeContext";

export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  private loadedItems: T[] | null = null;

  constructor(ctx: FakeContext) {
    super(ctx);
  }

  /** Proxies for the members as the batch runs. */
  protected abstract members(): T[];

  protected exists(): boolean {
    return true;
  }

  protected snapshot(prop: string): unknown {
    if (prop === "count") return this.members().length;
    return undefined;
  }

  override applyLoad(wanted: string[][]): number {
    const own = wanted.filter((p) => p[0] !== "items");
    const itemPaths = wanted
      .filter((p) => p[0] === "items")
      .map((p) => p.slice(1))
      .filter((p) => p.length > 0);
    let bytes = super.applyLoad(own);
    if (wanted.some((p) => p[0] === "items")) {
      this.loadedItems = this.members();
      for (const item of this.loadedItems) bytes += item.applyLoad(itemPaths);
    }
    return bytes;
  }

  /**
   * A collection's response, as Office.js asks for it (it drops "items" from paths):
   * "count" is the collection's own, every other path is its members', under "_Items".
   */
  override responseValue(wanted: string[][]): unknown {
    const own = wanted.filter((p) => p[0] === "count");
    const items = wanted.filter((p) => p[0] !== "count");
    const out = own.length > 0 ? (super.responseValue(own) as Record<string, unknown>) : {};
    if (items.length > 0 || own.length === 0) out._Items = this.members().map((m) => m.responseValue(items));
    return out;
  }

  /** The member at `index` when the batch runs (how Office.js addresses a loaded item without an id). */
  getItemAt(index: number): T {
    return this.memberAt(index);
  }

  /** A proxy for the member at `index` as the batch runs. */
  protected abstract memberAt(index: number): T;

  get items(): T[] {
    if (!this.loadedItems) return this.read<T[]>("items");
    return this.loadedItems;
  }

  get count(): number {
    return this.read<number>("count");
  }
}
