/**
 * The web page's state and actions: pageMachine.ts, driven by opening a file (chosen,
 * dropped, the example plan or a new empty workbook) into a file workspace, saving a
 * copy as a download, and closing. Nothing leaves the page.
 */
import { useReducer, type Dispatch } from "react";
import type { Lang } from "../../core/language";
import { readBytes } from "../readBytes";
import { outcomeOf, type UserMessage } from "../steps";
import { useSteps } from "../useSteps";
import { newFileWorkspace, openFileWorkspace, type FileWorkspace } from "./fileWorkspace";
import { PAGE_START, canOpen, pageReducer, savedName, type PageEvent, type PageState } from "./pageMachine";
import { pageWords } from "./pageStrings";
import { download } from "./workbookFiles";

type Load = (onProgress: (fraction: number) => void) => Promise<FileWorkspace>;

export type WebPageState = {
  readonly state: PageState;
  readonly canOpen: boolean;
  /** A file chosen or dropped (none: nothing happens). */
  readonly openFile: (file: File | undefined) => void;
  readonly openExample: () => void;
  readonly openEmpty: () => void;
  /** A file is dragged over the drop zone, or not any more. */
  readonly drag: (over: boolean) => void;
  /** Downloads the changed workbook under a new name. */
  readonly save: () => void;
  readonly close: () => void;
};

/** The opened workspace, whose "show the cell" (a finding's) tells the page which cell and its value. */
function withFocus(ws: FileWorkspace, dispatch: Dispatch<PageEvent>): FileWorkspace {
  return {
    ...ws,
    selectCell: async (sheet, cell) =>
      dispatch({ type: "focus", focus: { sheet, cell, value: ws.cellValue(sheet, cell) } }),
  };
}

export function useWebPage(lang: Lang): WebPageState {
  const say = pageWords(lang);
  const [state, dispatch] = useReducer(pageReducer, PAGE_START);
  const next = useSteps();

  const open = (load: Load) => {
    const step = next();
    dispatch({ type: "open", step });
    const work = async () =>
      withFocus(await load((fraction) => dispatch({ type: "progress", step, fraction })), dispatch);
    void outcomeOf(work()).then((outcome) => dispatch({ type: "opened", step, outcome }));
  };

  const openFile = (f: File | undefined) => {
    if (f) open(async (onProgress) => openFileWorkspace(await readBytes(f), f.name, onProgress));
  };

  const openExample = () =>
    open(async (onProgress) => {
      const name = lang === "sv" ? "exempelplan.xlsx" : "example-plan.xlsx";
      const response = await fetch(`example/${name}`);
      if (!response.ok) throw new Error(say("exampleFailed"));
      return openFileWorkspace(await response.arrayBuffer(), name, onProgress);
    });

  /** A failure speaks for itself; any other error is said as the copy not saved, with its reason. */
  const savingMessage = (m: UserMessage): UserMessage =>
    typeof m === "string" ? say("saveFailed", { reason: m }) : m;

  const save = () => {
    if (state.status !== "open") return;
    const { file } = state;
    dispatch({ type: "save" });
    const work = file.save().then((bytes) => download(bytes, savedName(file.fileName, say("newName"))));
    void outcomeOf(work).then((o) => {
      if (!o.ok) dispatch({ type: "saveFailed", message: savingMessage(o.message) });
    });
  };

  return {
    state,
    canOpen: canOpen(state),
    openFile,
    openExample,
    openEmpty: () => open(() => newFileWorkspace("plan.xlsx")),
    drag: (over) => dispatch({ type: "drag", over }),
    save,
    close: () => dispatch({ type: "close" }),
  };
}
