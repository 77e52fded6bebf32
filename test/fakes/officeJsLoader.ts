/**
 * Microsoft's own Office.js (the Excel on the web build shipped in the
 * `@microsoft/office-js` devDependency, never bundled) loaded into a Node sandbox,
 * so that the adapter's calls go through the real request builder. Its transport is
 * replaced by a request executor of ours (officeJsBridge.ts): nothing is sent
 * anywhere. Loaded once per process; the sandbox reports the requirement sets of
 * the host being imitated.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext } from "node:vm";

/** What a request executor gets from Office.js for one sync, and what it answers. */
export type RichApiRequest = {
  readonly Url: string;
  readonly Headers: Record<string, string>;
  readonly Body: RichApiBody;
};
export type RichApiBody = {
  readonly Actions: readonly RichApiAction[];
  readonly ObjectPaths: Readonly<Record<string, RichApiObjectPath>>;
};
export type RichApiArguments = {
  readonly Arguments?: readonly unknown[];
  readonly ReferencedObjectPathIds?: readonly number[];
};
export type RichApiAction = {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: RichApiArguments;
  readonly QueryInfo?: { readonly Select?: readonly string[]; readonly Expand?: readonly string[] };
};
export type RichApiObjectPath = {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: RichApiArguments;
};
export type RichApiResponse = {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: {
    Results?: { ActionId: number; Value: unknown }[];
    Error?: { Code: string; Message: string; HttpStatusCode: number; Location?: string };
  } | null;
};
export type RequestExecutor = {
  /** `run`: what the request's Excel.run asked for that this Office.js build does not send (mergeUndoGroup). */
  executeAsync(
    customData: unknown,
    flags: number,
    request: RichApiRequest,
    run?: { readonly mergeUndoGroup?: boolean },
  ): Promise<RichApiResponse>;
};

type Session = {
  _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }>;
  _createRequestExecutorOrNull(): RequestExecutor;
};

type Sandbox = {
  Excel: {
    RequestContext: new (session: Session) => Excel.RequestContext;
    run: typeof Excel.run;
  };
  OfficeExtension: {
    SessionBase: { _overrideSession: Session | null };
    CommonUtility: {
      isSetSupported(name: string, version?: string): boolean;
      _doApiNotSupportedCheck: boolean;
    };
  };
};

/** The readable (debug) build of Excel on the web's Office.js. */
const SOURCE = join(
  dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist",
  "excel-web-16.00.debug.js",
);

let loaded: Sandbox | null = null;

function sandbox(): Sandbox {
  if (loaded) return loaded;
  const code = readFileSync(SOURCE, "utf8");
  const g: Record<string, unknown> = { console, setTimeout, clearTimeout, Promise };
  g.window = g;
  g.self = g;
  g.navigator = { userAgent: "node" };
  g.location = { href: "https://localhost/", search: "", hash: "" };
  g.document = {
    createElement: () => ({}),
    getElementsByTagName: () => [],
    addEventListener: () => undefined,
    readyState: "complete",
  };
  createContext(g);
  runInContext(code, g, { filename: "excel-web-16.00.debug.js" });
  loaded = g as unknown as Sandbox;
  return loaded;
}

/** True when ExcelApi `version` is at most `max` ("1.9" ≤ "1.13"). */
export function versionAtMost(version: string, max: string): boolean {
  const [a = 1, b = 0] = version.split(".").map(Number);
  const [c = 1, d = 0] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

/**
 * Office.js with its transport replaced by `executor`, as a host supporting ExcelApi
 * up to `apiVersion` (Office.js itself refuses calls from later sets, as in Excel).
 * `run` is the real `Excel.run`; `context()` a RequestContext outside a run.
 */
export function officeJs(
  executor: RequestExecutor,
  apiVersion: string,
): { run: typeof Excel.run; context(): Excel.RequestContext } {
  const box = sandbox();
  const session: Session = {
    _resolveRequestUrlAndHeaderInfo: () =>
      Promise.resolve({ url: "http://document.localhost/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  const requirements = {
    // DelayForCellEdit: the set Office.js checks before it sends a run's delayForCellEdit (flag 64).
    isSetSupported: (name: string, version?: string) =>
      name === "ExcelApi" ? versionAtMost(version ?? "1.1", apiVersion) : name === "DelayForCellEdit",
  };
  // This Office.js build predates mergeUndoGroup (ExcelApi 1.20) and drops it: a run asking
  // for it gets a session of its own whose requests tell the executor.
  const grouped: Session = {
    ...session,
    _createRequestExecutorOrNull: () => ({
      executeAsync: (customData, flags, request) =>
        executor.executeAsync(customData, flags, request, { mergeUndoGroup: true }),
    }),
  };
  const point = (merged = false): void => {
    // Outside Office, Office.context is unset: Office.js would take every set as supported.
    box.OfficeExtension.CommonUtility.isSetSupported = requirements.isSetSupported;
    box.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
    box.OfficeExtension.SessionBase._overrideSession = merged ? grouped : session;
  };
  const run = ((...args: unknown[]) => {
    const options = args.length > 1 ? (args[0] as { mergeUndoGroup?: unknown } | null) : null;
    point(options?.mergeUndoGroup === true && versionAtMost("1.20", apiVersion));
    return (box.Excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as typeof Excel.run;
  return {
    run,
    context: () => {
      point();
      return new box.Excel.RequestContext(session);
    },
  };
}
