/**
 * The Follow-up view's state and actions: the machine of summaryMachine.ts, driven by
 * the use cases of src/app/summaryPreview.ts, one workspace action per user action.
 */
import { useEffect, useReducer } from "react";
import { openSummary, previewSummary, writeSummarySheet } from "../../app/summaryPreview";
import type { Lang } from "../../core/language";
import { copyText } from "../copyText";
import { outcomeOf } from "../steps";
import { todayIso } from "../today";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import { SUMMARY_START, canWrite, summaryReducer, type SummaryState } from "./summaryMachine";

export type SummaryViewState = {
  readonly state: SummaryState;
  readonly choose: (period: string) => void;
  /** Writes the chosen period's sheet; `replace` is the user's confirmation to replace the product's own. */
  readonly write: (replace: boolean) => void;
  readonly copy: () => void;
};

export function useSummaryView(lang: Lang, workspace: Workspace): SummaryViewState {
  const [state, dispatch] = useReducer(summaryReducer, SUMMARY_START);
  const next = useSteps();

  // Opens once per workbook; every later read is the user's own action.
  useEffect(() => {
    const step = next();
    dispatch({ type: "open", step });
    void outcomeOf(workspace.run((port) => openSummary(port, lang, todayIso()))).then((outcome) =>
      dispatch({ type: "opened", step, outcome }),
    );
  }, [workspace, lang, next]);

  const choose = (period: string) => {
    const step = next();
    dispatch({ type: "choose", step, period });
    void outcomeOf(workspace.run((port) => previewSummary(port, period, lang, todayIso()))).then((outcome) =>
      dispatch({ type: "previewed", step, outcome }),
    );
  };

  const write = (replace: boolean) => {
    if (!canWrite(state)) return;
    const { period } = state;
    const step = next();
    dispatch({ type: "write", step });
    void outcomeOf(
      workspace.run((port) => writeSummarySheet(port, period, lang, todayIso(), { replace })),
    ).then((outcome) => dispatch({ type: "wrote", step, outcome }));
  };

  const copy = () => {
    if (state.status === "ready" && state.preview.status === "ready")
      void copyText(state.preview.preview.text).then((ok) => dispatch({ type: "copied", ok }));
  };

  return { state, choose, write, copy };
}
