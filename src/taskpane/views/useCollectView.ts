/** The Hand-out and collect view's period choice: periodChoiceMachine.ts, opened once per workbook. */
import { useEffect, useReducer } from "react";
import { listSummaryPeriods } from "../../app/summaryPeriods";
import { outcomeOf } from "../steps";
import { todayIso } from "../today";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import { PERIOD_CHOICE_START, periodChoiceReducer, type PeriodChoiceState } from "./periodChoiceMachine";

export function useCollectView(workspace: Workspace): {
  readonly state: PeriodChoiceState;
  readonly choose: (period: string) => void;
} {
  const [state, dispatch] = useReducer(periodChoiceReducer, PERIOD_CHOICE_START);
  const next = useSteps();
  useEffect(() => {
    const step = next();
    dispatch({ type: "open", step });
    void outcomeOf(workspace.run((port) => listSummaryPeriods(port, todayIso()))).then((outcome) =>
      dispatch({ type: "opened", step, outcome }),
    );
  }, [workspace, next]);
  return { state, choose: (period) => dispatch({ type: "choose", period }) };
}
