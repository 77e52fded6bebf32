/**
 * The fake Excel behind Microsoft's Office.js: a request executor that takes each
 * request exactly as the real request builder serialised it (the RichApi message
 * Excel on the web receives), measures its bytes, refuses it above 5 MB as Excel
 * does, and runs its actions on the fake's proxies in order, answering queries with
 * the values Office.js expects. So the adapter's code runs unchanged through
 * Office.js, the request sizes are the real ones, and every call the adapter makes
 * must exist in Office.js (an unknown one fails the test).
 */
import { apiClassOf, checkCellEdit, checkRequirement, checkUndo, type RunOptions } from "./documentedRules";
import { FakeContext, PAYLOAD_LIMIT, type FakeHost } from "./fakeContext";
import { FakeOfficeError } from "./fakeModel";
import type {
  RequestExecutor,
  RichApiAction,
  RichApiArguments,
  RichApiBody,
  RichApiRequest,
  RichApiResponse,
} from "./officeJsLoader";

/** ObjectPathType and ActionType values of the RichApi protocol (from Office.js). */
const PATH = { root: 1, method: 3, property: 4, indexer: 5, reference: 6, nullObject: 7 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

/** UTF-8 bytes of a text (what the request carries). */
function utf8(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two bytes more from U+0800, one from U+0080; a surrogate pair (two code units) is four bytes.
    if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
    else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** A member name as the fake (and the Office.js typings) spell it: "GetRangeByIndexes" → "getRangeByIndexes". */
const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

type Members = Record<string, unknown>;

/** Fails with FakeUnsupported, naming what the fake lacks, unless `target` has `name`. */
function checkMember(target: unknown, name: string, what: string): Members {
  if (target === null || (typeof target !== "object" && typeof target !== "function"))
    throw new FakeOfficeError("FakeUnsupported", `${what}: no object to call ${name} on`);
  if (!(name in (target as Members)))
    throw new FakeOfficeError("FakeUnsupported", `The fake has no ${name} on ${what}`);
  return target as Members;
}

/** A fake proxy's member (a method or a navigation property). */
function member(target: unknown, name: string, what: string): unknown {
  return checkMember(target, name, what)[name];
}

/** Something that can report the stable id Excel returns for an object created by `add`. */
type WithId = { idNow(): string | null };
const hasId = (x: unknown): x is WithId =>
  typeof x === "object" && x !== null && typeof (x as Partial<WithId>).idNow === "function";

type Responder = { readonly actionId: number; readonly value: () => unknown };

/**
 * Objects Office.js keeps alive across the syncs of an Excel.run: inside a run it
 * sends `_KeepReference` for every range it makes, and Excel answers with a
 * reference id that later requests address the object by.
 */
class References {
  private readonly byId = new Map<string, unknown>();
  private next = 0;

  keep(object: unknown): string {
    const id = `ref-${++this.next}`;
    this.byId.set(id, object);
    return id;
  }

  get(id: string): unknown {
    if (!this.byId.has(id)) throw new FakeOfficeError("InvalidObjectPath", `No object with reference ${id}`);
    return this.byId.get(id);
  }

  remove(id: string): void {
    this.byId.delete(id);
  }
}

/** One request run on the bridge's fake context: its proxies by object path id and its answers. */
class RequestRun {
  private readonly objects = new Map<number, unknown>();
  /** The Instantiate action of each object path, to answer with an id or a reference. */
  private readonly instantiated = new Map<number, number>();
  private readonly answered = new Map<number, () => unknown>();
  readonly answers: Responder[] = [];

  constructor(
    private readonly body: RichApiBody,
    readonly context: FakeContext,
    private readonly root: unknown,
    private readonly references: References,
    private readonly host: FakeHost | null = null,
    private readonly runOptions: RunOptions = {},
  ) {}

  /**
   * Holds a call on `target` to the documented rules (documentedRules.ts): its
   * requirement set now, and the undo rule when the command runs, in order.
   */
  private documented(target: unknown, name: string, changes: boolean): void {
    const host = this.host;
    const cls = apiClassOf(target);
    // Office.js's own housekeeping ("_ValidateArraySize") is no API member.
    if (!host || cls === null || name.startsWith("_")) return;
    const api = `${cls}.${camel(name)}`;
    checkRequirement(host, api);
    // Excel runs the request up to the call that breaks the undo rule, and stops there.
    if (changes && this.undoBreak === null && !checkUndo(host, this.runOptions, api))
      this.undoBreak = { afterCommands: this.context.queued, api };
  }

  /** The first call that does not support undo inside a merged undo group, and how many commands precede it. */
  undoBreak: { afterCommands: number; api: string } | null = null;

  /** Answers an action with a value computed after the batch ran. */
  private answer(actionId: number, value: () => unknown): void {
    const before = this.answered.get(actionId);
    const combined = before ? () => ({ ...(before() as object), ...(value() as object) }) : value;
    this.answered.set(actionId, combined);
    const i = this.answers.findIndex((a) => a.actionId === actionId);
    if (i >= 0) this.answers.splice(i, 1);
    this.answers.push({ actionId, value: combined });
  }

  /** The fake proxy of an object path, made on first use (in action order, as Excel resolves it). */
  private object(id: number): unknown {
    if (this.objects.has(id)) return this.objects.get(id);
    const path = this.body.ObjectPaths[String(id)];
    if (!path) throw new FakeOfficeError("InvalidObjectPath", `No object path ${id}`);
    let made: unknown;
    const parent = (): unknown => this.object(path.ParentObjectPathId ?? -1);
    switch (path.ObjectPathType) {
      case PATH.root:
        made = this.root;
        break;
      case PATH.property:
        this.documented(parent(), path.Name, false);
        made = member(parent(), camel(path.Name), `object path ${id}`);
        break;
      case PATH.method: {
        const target = parent();
        this.documented(target, path.Name, true);
        const fn = member(target, camel(path.Name), `object path ${id}`);
        made = (fn as (...a: unknown[]) => unknown).apply(target, this.args(path.ArgumentInfo));
        break;
      }
      case PATH.indexer: {
        const target = parent();
        const fn = member(target, "getItem", `object path ${id}`);
        made = (fn as (...a: unknown[]) => unknown).apply(target, this.args(path.ArgumentInfo));
        break;
      }
      case PATH.reference:
        made = this.references.get(path.Name);
        break;
      case PATH.nullObject:
        made = null;
        break;
      default:
        throw new FakeOfficeError("FakeUnsupported", `Object path type ${path.ObjectPathType}`);
    }
    this.objects.set(id, made);
    return made;
  }

  /** Method arguments: object paths replaced by their proxies, null (JSON's undefined) by undefined. */
  private args(info: RichApiArguments | undefined): unknown[] {
    const list = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return list.map((a, i) => {
      const ref = refs[i];
      if (ref !== undefined && ref !== 0) return this.object(ref);
      return a === null ? undefined : a;
    });
  }

  /** Queues one action on the fake. */
  queue(action: RichApiAction): void {
    const target = this.object(action.ObjectPathId);
    switch (action.ActionType) {
      case ACTION.instantiate: {
        this.instantiated.set(action.ObjectPathId, action.Id);
        const path = this.body.ObjectPaths[String(action.ObjectPathId)];
        // An object made by add() is invalid after its request unless Excel returns its id.
        if (path?.ObjectPathType === PATH.method && path.Name === "Add" && hasId(target)) {
          const idOf = target;
          this.answer(action.Id, () => {
            const id = idOf.idNow();
            return id === null ? {} : { Id: id };
          });
        }
        return;
      }
      case ACTION.query: {
        const select = (action.QueryInfo?.Select ?? []).map((p) => p.split("/"));
        if (!(apiClassOf(target) ?? "").endsWith("Collection"))
          for (const [head] of select) if (head) this.documented(target, head, false);
        const holder: { value: unknown } = { value: null };
        const responder = member(target, "responseValue", `query ${action.Id}`) as (s: string[][]) => unknown;
        this.context.enqueue({ query: action.QueryInfo }, () => {
          holder.value = responder.call(target, select);
        });
        this.answer(action.Id, () => holder.value);
        return;
      }
      case ACTION.method: {
        if (action.Name === "_KeepReference") {
          const reference = this.references.keep(target);
          const instantiate = this.instantiated.get(action.ObjectPathId);
          if (instantiate !== undefined) this.answer(instantiate, () => ({ _ReferenceId: reference }));
          return;
        }
        if (action.Name === "_RemoveReference") {
          this.references.remove(String(this.args(action.ArgumentInfo)[0]));
          return;
        }
        this.documented(target, action.Name, true);
        const fn = member(target, camel(action.Name), `action ${action.Id}`);
        const result = (fn as (...a: unknown[]) => unknown).apply(target, this.args(action.ArgumentInfo));
        if (isResult(result)) this.answer(action.Id, () => result.value);
        return;
      }
      case ACTION.setProperty: {
        this.documented(target, action.Name, true);
        const name = camel(action.Name);
        checkMember(target, name, `action ${action.Id}`)[name] = this.args(action.ArgumentInfo)[0];
        return;
      }
      case ACTION.trace:
        return;
      default:
        throw new FakeOfficeError("FakeUnsupported", `Action type ${action.ActionType}`);
    }
  }
}

/** A method's result (ClientResult in Office.js): the fake returns `{ value }` filled as the batch runs. */
type Result = { readonly isResult: true; readonly value: unknown };
const isResult = (x: unknown): x is Result =>
  typeof x === "object" && x !== null && (x as Partial<Result>).isResult === true;

/** What the executor records of every request besides the fake's own sync log. */
export type RealRequest = { readonly requestBytes: number; readonly responseBytes: number };

/** An injected transport failure: the n-th request answered with an HTTP status and code, running nothing. */
export type TransportFailure = { readonly request: number; readonly status: number; readonly code: string };

/**
 * The executor: Office.js hands it each sync's request; it runs it on a fresh fake
 * context over `host`'s workbook (the proxies of one request live as long as it).
 * `makeRoot` gives the fake's RequestContext root (the workbook) for a context.
 */
export class OfficeJsBridge implements RequestExecutor {
  readonly requests: RealRequest[] = [];
  transportFailure: TransportFailure | null = null;
  /** One fake context for all requests, so kept objects keep working in later ones. */
  private readonly context: FakeContext;
  private readonly root: unknown;
  private readonly references = new References();

  constructor(
    private readonly host: FakeHost,
    makeRoot: (context: FakeContext) => unknown,
  ) {
    this.context = new FakeContext(host);
    this.root = makeRoot(this.context);
  }

  /** Excel.run's clean-up after the batch (references released, sent unawaited in Office): no sync of ours. */
  private isCleanUp(body: RichApiBody): boolean {
    const removes = (a: RichApiAction): boolean =>
      a.ActionType === ACTION.method && a.Name === "_RemoveReference";
    return (
      body.Actions.some(removes) &&
      body.Actions.every((a) => a.ActionType === ACTION.instantiate || removes(a))
    );
  }

  async executeAsync(
    _customData: unknown,
    flags: number,
    request: RichApiRequest,
    runOptions: RunOptions = {},
  ): Promise<RichApiResponse> {
    const requestBytes = utf8(JSON.stringify(request.Body));
    const refuse = (status: number, code: string, message: string): RichApiResponse => {
      // Refused as a whole: Excel runs nothing of the request.
      this.requests.push({ requestBytes, responseBytes: 0 });
      this.host.syncs.push({ commands: 0, requestBytes, responseBytes: 0 });
      return errorResponse(status, code, message);
    };
    const failure = this.transportFailure;
    if (failure && failure.request === this.requests.length + 1)
      return refuse(failure.status, failure.code, `Injected HTTP ${failure.status}`);
    if (requestBytes > PAYLOAD_LIMIT)
      return refuse(400, "RequestPayloadSizeLimitExceeded", `Request of ${requestBytes} bytes`);

    const context = this.context;
    if (this.isCleanUp(request.Body)) {
      const cleanUp = new RequestRun(request.Body, context, this.root, this.references);
      for (const action of request.Body.Actions) cleanUp.queue(action);
      return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results: [] } };
    }
    const run = new RequestRun(request.Body, context, this.root, this.references, this.host, runOptions);
    try {
      checkCellEdit(this.host, flags);
    } catch (e) {
      // Refused as a whole while the user edits a cell: Excel runs nothing of the request.
      if (!(e instanceof FakeOfficeError)) throw e;
      this.requests.push({ requestBytes, responseBytes: 0 });
      this.host.syncs.push({ commands: 0, requestBytes, responseBytes: 0 });
      return bodyError(e.code, e.message);
    }
    let response: RichApiResponse;
    try {
      for (const action of request.Body.Actions) run.queue(action);
      const undo = run.undoBreak;
      const injected = this.host.failure;
      if (undo && !(injected && injected.sync === this.host.syncs.length + 1))
        this.host.failure = {
          sync: this.host.syncs.length + 1,
          code: "UndoNotSupported",
          afterCommands: undo.afterCommands,
        };
      try {
        await context.sync({ requestBytes });
      } finally {
        if (undo && this.host.failure?.code === "UndoNotSupported") this.host.failure = injected;
      }
      const Results = run.answers.map((a) => ({ ActionId: a.actionId, Value: a.value() }));
      response = { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results } };
    } catch (e) {
      context.discard();
      // A call the fake lacks is the test's failure, not Excel's answer.
      if (!(e instanceof FakeOfficeError) || e.code === "FakeUnsupported") throw e;
      response = bodyError(e.code, e.message);
    }
    // A response over the limit is recorded at the size Excel refused.
    const responseBytes = utf8(JSON.stringify(response.Body));
    if (responseBytes > PAYLOAD_LIMIT)
      response = errorResponse(400, "ResponsePayloadSizeLimitExceeded", `Response of ${responseBytes} bytes`);
    const record = this.host.syncs[this.host.syncs.length - 1];
    if (record) record.responseBytes = responseBytes;
    this.requests.push({ requestBytes, responseBytes });
    return response;
  }
}

/** An error Excel reports in the response body (after running the request up to it). */
function bodyError(code: string, message: string): RichApiResponse {
  return {
    HttpStatusCode: 200,
    ErrorCode: "",
    ErrorMessage: "",
    Headers: {},
    Body: { Error: { Code: code, Message: message, HttpStatusCode: 400 } },
  };
}

/** An error of the transport or the host as a whole (payload limits, HTTP 500). */
function errorResponse(status: number, code: string, message: string): RichApiResponse {
  return { HttpStatusCode: status, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
}
