/**
 * The Collect section's state and actions: collectMachine.ts, driven by opening the
 * chosen files through the host and the previewCollect use case. Nothing is written
 * here: that is the confirm step's (useCollectConfirm).
 */
import { useReducer } from "react";
import { previewCollect, type ReturnedWorkbook } from "../../app/collect";
import { failureOf } from "../../core/failures";
import { readBytes } from "../readBytes";
import { outcomeOf } from "../steps";
import { useSteps } from "../useSteps";
import type { WorkbookFiles, Workspace } from "../workspace";
import {
  COLLECT_START,
  canChoose,
  collectReducer,
  type BadFile,
  type CollectRead,
  type CollectState,
} from "./collectMachine";

export type CollectSectionState = {
  readonly state: CollectState;
  readonly canChoose: boolean;
  /** Reads the chosen files and previews what they bring to the period. */
  readonly collect: (chosen: readonly File[]) => void;
};

/** The chosen files opened as workbooks; the ones that cannot be used, each with its reason. */
async function openAll(
  files: WorkbookFiles,
  chosen: readonly File[],
): Promise<{ ok: ReturnedWorkbook[]; bad: BadFile[] }> {
  const ok: ReturnedWorkbook[] = [];
  const bad: BadFile[] = [];
  for (const f of chosen) {
    try {
      ok.push({ file: f.name, port: await files.open(await readBytes(f), f.name) });
    } catch (e) {
      const failure = failureOf(e);
      bad.push(
        failure?.code === "fileUnreadable"
          ? { file: f.name, failure: { ...failure, file: f.name } }
          : { file: f.name, reason: e instanceof Error ? e.message : String(e) },
      );
    }
  }
  return { ok, bad };
}

export function useCollectSection(
  workspace: Workspace,
  files: WorkbookFiles,
  period: string,
): CollectSectionState {
  const [state, dispatch] = useReducer(collectReducer, COLLECT_START);
  const next = useSteps();

  const collect = (chosen: readonly File[]) => {
    if (!canChoose(state, period) || chosen.length === 0) return;
    const step = next();
    dispatch({ type: "read", step });
    const work = async (): Promise<CollectRead> => {
      const { ok, bad } = await openAll(files, chosen);
      if (ok.length === 0) return { bad, previewed: { kind: "nothing" } };
      return workspace.run(async (port) => {
        const r = await previewCollect(port, period, ok);
        return {
          bad,
          previewed: r.ok ? { kind: "preview", preview: r.preview } : { kind: "unknownPeriod", unknown: r },
        };
      });
    };
    void outcomeOf(work()).then((outcome) => dispatch({ type: "readDone", step, outcome }));
  };

  return { state, canChoose: canChoose(state, period), collect };
}
