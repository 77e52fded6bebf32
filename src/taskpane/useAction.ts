/**
 * Runs one user action against the workspace and keeps its state for the view:
 * busy (with progress), done (with the result) or failed (with a message). A new run
 * replaces the old result, so nothing stale is shown after the user edits the workbook.
 */
import { useCallback, useRef, useState } from "react";
import { messageOf, type UserMessage } from "./steps";

export type ActionState<T> =
  | { readonly status: "idle" }
  | { readonly status: "busy"; readonly progress: number | null }
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "error"; readonly message: UserMessage };

export type Progress = (done: number, total: number) => void;

export function useAction<T>(): [
  ActionState<T>,
  (run: (progress: Progress) => Promise<T>) => Promise<T | null>,
] {
  const [state, setState] = useState<ActionState<T>>({ status: "idle" });
  const generation = useRef(0);
  const start = useCallback(async (run: (progress: Progress) => Promise<T>) => {
    const mine = ++generation.current;
    setState({ status: "busy", progress: null });
    const progress: Progress = (done, total) => {
      if (mine === generation.current && total > 0)
        setState({ status: "busy", progress: Math.min(1, done / total) });
    };
    try {
      const value = await run(progress);
      if (mine === generation.current) setState({ status: "done", value });
      return value;
    } catch (error) {
      if (mine === generation.current) setState({ status: "error", message: messageOf(error) });
      return null;
    }
  }, []);
  return [state, start];
}
