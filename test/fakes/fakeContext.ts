/**
 * The batching core of the fake Excel API: every proxy call is queued and runs
 * only on `sync()`, a property can be read only after it was loaded and synced,
 * each sync's request and response payload is estimated and refused above Excel on
 * the web's 5 MB, and a chosen sync can be made to fail.
 */
import type { Platform, RuleHost } from "./documentedRules";
import { FakeOfficeError, type WorkbookModel } from "./fakeModel";

/** Excel on the web's payload limit for one request and one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

type Command = { readonly bytes: number; readonly run: () => number | void };

/** What one sync sent: commands, request bytes, response bytes. */
export type SyncRecord = { commands: number; requestBytes: number; responseBytes: number };

/** UTF-8 size of a value's JSON: the fake's estimate of what a request carries. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

/** Per-call overhead of a queued command (object path, method name, ids). */
const CALL_OVERHEAD = 48;

/** What contexts share across Excel.run calls: the workbook, the sync log and an injected failure. */
export class FakeHost implements RuleHost {
  readonly syncs: SyncRecord[] = [];
  /** The platform imitated, for the rules that differ per platform (documentedRules.ts). */
  platform: Platform = "web";
  /** The user is editing a cell: requests that do not wait for it fail (documentedRules.ts). */
  cellEditing = false;
  readonly askedSets: { name: string; version: string; answer: boolean }[] = [];
  readonly calledMembers = new Set<string>();
  failure: { sync: number; code: string; afterCommands: number } | null = null;
  /**
   * What a get above Excel's 5,000,000-cell limit does: Excel has been seen to
   * return null values, and to throw (office-js #4783, #6781).
   */
  largeGets: "null" | "throw" = "null";

  constructor(readonly model: WorkbookModel) {}

  /** Makes the n-th sync (1-based, counted over all runs) fail after running some of its commands. */
  failOnSync(n: number, code = "GeneralException", afterCommands = 0): void {
    this.failure = { sync: n, code, afterCommands };
  }

  /** How many syncs ran. */
  get syncCount(): number {
    return this.syncs.length;
  }
}

export class FakeContext {
  private queue: Command[] = [];

  constructor(readonly host: FakeHost) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** Queues a call; `args` sizes the request, `run` applies it and may return response bytes. */
  enqueue(args: unknown, run: () => number | void): void {
    this.queue.push({ bytes: CALL_OVERHEAD + jsonBytes(args), run });
  }

  /** How many commands are queued (the next one's place in its request). */
  get queued(): number {
    return this.queue.length;
  }

  /** Drops what is queued (a request that could not be built is never sent). */
  discard(): void {
    this.queue = [];
  }

  /**
   * Runs the queued batch like Excel: all of it, or up to the first failing command.
   * `measured` is the real request's size when Office.js built it (officeJsBridge.ts),
   * which then also checks the sizes; otherwise the fake's estimate is checked here.
   */
  async sync(measured?: { requestBytes: number }): Promise<SyncRecord> {
    const batch = this.queue;
    this.queue = [];
    const requestBytes = measured?.requestBytes ?? batch.reduce((sum, c) => sum + c.bytes, 0);
    const record: SyncRecord = { commands: batch.length, requestBytes, responseBytes: 0 };
    const syncs = this.host.syncs;
    syncs.push(record);
    await Promise.resolve();
    if (requestBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `Request of ${requestBytes} bytes`);
    }
    const failure = this.host.failure;
    const fail = failure && failure.sync === syncs.length ? failure : null;
    const runnable = fail ? batch.slice(0, fail.afterCommands) : batch;
    for (const command of runnable) {
      const bytes = command.run();
      if (typeof bytes === "number") record.responseBytes += bytes;
    }
    if (fail) throw new FakeOfficeError(fail.code, `Injected failure on sync ${fail.sync}`);
    if (!measured && record.responseBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `Response of ${record.responseBytes} bytes`,
      );
    }
    return record;
  }

  /** Syncs so far (all runs on this host). */
  get syncCount(): number {
    return this.host.syncs.length;
  }
}

/** Turns `load` arguments into property paths ("items/name" → ["items", "name"]). */
function paths(props?: string | string[]): string[][] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(",");
  return list
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.split("/"));
}

/**
 * A proxy: resolves its target when the batch runs, and snapshots loaded
 * properties so reading them before load + sync throws PropertyNotLoaded.
 */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  /** Whether the target exists when the batch runs. */
  protected abstract exists(): boolean;
  /** A scalar property's current value (called while the batch runs). */
  protected abstract snapshot(prop: string): unknown;
  /** A navigation property's proxy (worksheet, items ...), or null when not one. */
  protected child(_prop: string): FakeObject | null {
    return null;
  }

  load(props?: string | string[]): this {
    const wanted = paths(props);
    this.ctx.enqueue({ load: props ?? "" }, () => this.applyLoad(wanted));
    return this;
  }

  /** Loads paths now (inside a running batch); returns the response bytes. */
  applyLoad(wanted: string[][]): number {
    this.nullState = !this.exists();
    if (this.nullState) return 8;
    let bytes = 0;
    for (const path of wanted) {
      const [head, ...rest] = path as [string, ...string[]];
      const nav = this.child(head);
      if (nav) {
        bytes += nav.applyLoad(rest.length > 0 ? [rest] : []);
        continue;
      }
      const value = this.snapshot(head);
      this.loaded.set(head, value);
      bytes += jsonBytes(value) + head.length + 4;
    }
    return bytes;
  }

  /** A loaded property, or the PropertyNotLoaded error Office throws. */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Load it and call sync() first.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Queues a change to the target. */
  protected write(args: unknown, apply: () => void): void {
    this.ctx.enqueue(args, () => {
      if (!this.exists())
        throw new FakeOfficeError("ItemNotFound", `${this.constructor.name} does not exist`);
      apply();
    });
  }

  /**
   * The value Office.js expects in the response to a query of `paths` (property
   * names with a capital first letter, navigation properties nested), or null for a
   * null object; computed while the batch runs.
   */
  responseValue(wanted: string[][]): unknown {
    if (!this.exists()) return null;
    const out: Record<string, unknown> = {};
    const heads = new Map<string, string[][]>();
    for (const [head, ...rest] of wanted) {
      if (head === undefined) continue;
      const tails = heads.get(head) ?? [];
      if (rest.length > 0) tails.push(rest);
      heads.set(head, tails);
    }
    for (const [head, tails] of heads) {
      const nav = this.child(head);
      out[head.charAt(0).toUpperCase() + head.slice(1)] = nav
        ? nav.responseValue(tails)
        : this.snapshot(head);
    }
    return out;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject: load and sync first");
    return this.nullState;
  }
}
