/**
 * The Check view's state and actions: checkMachine.ts, driven by the checkWorkbook use
 * case (findings, their counts and the coverage from one read). Checks once when the
 * view opens; every later check is the user's.
 */
import { useCallback, useEffect, useReducer } from "react";
import { checkWorkbook } from "../../app/checkWorkbook";
import type { IsoDate } from "../../core/dates";
import type { Lang } from "../../core/language";
import { outcomeOf } from "../steps";
import { todayIso } from "../today";
import { useSteps } from "../useSteps";
import type { Workspace } from "../workspace";
import {
  canCheck,
  checkReducer,
  checkStart,
  refDateOf,
  type CheckState,
  type FindingFilter,
} from "./checkMachine";

export type CheckViewState = {
  readonly state: CheckState;
  readonly today: IsoDate;
  readonly canCheck: boolean;
  readonly chooseDate: (choice: string) => void;
  readonly typeDate: (date: string) => void;
  /** Checks as of the chosen date. */
  readonly check: () => void;
  readonly filter: (filter: Partial<FindingFilter>) => void;
};

export function useCheckView(lang: Lang, workspace: Workspace): CheckViewState {
  const today = todayIso();
  const [state, dispatch] = useReducer(checkReducer, today, checkStart);
  const next = useSteps();

  const run = useCallback(
    (date: string) => {
      const step = next();
      dispatch({ type: "check", step });
      void outcomeOf(workspace.run((port) => checkWorkbook(port, date, lang))).then((outcome) =>
        dispatch({ type: "checked", step, outcome }),
      );
    },
    [workspace, lang, next],
  );

  useEffect(() => run(todayIso()), [run]);

  const check = () => {
    if (canCheck(state, today)) run(refDateOf(state, today));
  };

  return {
    state,
    today,
    canCheck: canCheck(state, today),
    chooseDate: (choice) => dispatch({ type: "chooseDate", choice }),
    typeDate: (date) => dispatch({ type: "typeDate", date }),
    check,
    filter: (filter) => dispatch({ type: "filter", filter }),
  };
}
