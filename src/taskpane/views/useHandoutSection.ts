/**
 * The Hand-out section's state and actions: handoutMachine.ts, driven by the makeHandouts
 * use case and the host's files (downloads on the web page, new workbooks inside Excel).
 * The open workbook is only read.
 */
import { useReducer } from "react";
import { makeHandouts, type HandoutFile } from "../../app/handout";
import { outcomeOf } from "../steps";
import { useSteps } from "../useSteps";
import type { WorkbookFiles, Workspace } from "../workspace";
import { HANDOUT_START, canHand, canMake, handoutReducer, type HandoutState } from "./handoutMachine";

export type HandoutSectionState = {
  readonly state: HandoutState;
  /** Inside Excel: hand-outs open as new workbooks rather than download. */
  readonly inExcel: boolean;
  readonly canMake: boolean;
  readonly canHand: boolean;
  readonly make: () => void;
  /** Hands one file to the user. */
  readonly save: (file: HandoutFile) => void;
  /** Hands every file to the user, one after the other. */
  readonly saveAll: (files: readonly HandoutFile[]) => void;
};

// Browsers may drop downloads started in the same instant; a short pause keeps each one.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 200));

export function useHandoutSection(
  workspace: Workspace,
  files: WorkbookFiles,
  period: string,
): HandoutSectionState {
  const [state, dispatch] = useReducer(handoutReducer, HANDOUT_START);
  const next = useSteps();
  const inExcel = files.openInExcel !== undefined;

  const make = () => {
    if (!canMake(state, period)) return;
    const step = next();
    dispatch({ type: "make", step });
    const progress = (done: number, total: number) => dispatch({ type: "progress", step, done, total });
    const work = async () => {
      const newWorkbook = await files.newWorkbooks();
      return workspace.run((port) => makeHandouts(port, period, newWorkbook, { progress }));
    };
    void outcomeOf(work()).then((outcome) => dispatch({ type: "made", step, outcome }));
  };

  /** Inside Excel: one new workbook per hand-out, one after the other; a refusal stops the rest. */
  const open = (list: readonly HandoutFile[]) => {
    const step = next();
    dispatch({ type: "open", step, names: list.map((f) => f.fileName) });
    const work = async () => {
      let how: "opened" | "downloaded" = "opened";
      for (const f of list) if (files.openInExcel) how = await files.openInExcel(f.bytes, f.fileName);
      return how;
    };
    void outcomeOf(work()).then((outcome) => dispatch({ type: "opened", step, outcome }));
  };

  const download = (f: HandoutFile) => {
    files.download(f.bytes, f.fileName);
    dispatch({ type: "downloaded", name: f.fileName });
  };

  const save = (f: HandoutFile) => (inExcel ? open([f]) : download(f));

  const saveAll = (list: readonly HandoutFile[]) => {
    if (inExcel) return open(list);
    void (async () => {
      for (const [i, f] of list.entries()) {
        if (i > 0) await pause();
        download(f);
      }
    })();
  };

  return {
    state,
    inExcel,
    canMake: canMake(state, period),
    canHand: canHand(state),
    make,
    save,
    saveAll,
  };
}
