/**
 * Numbers for a view's asynchronous steps (see steps.ts): `next()` gives each step
 * started a number higher than any before, stable across renders.
 */
import { useCallback, useRef } from "react";

export function useSteps(): () => number {
  const last = useRef(0);
  return useCallback(() => ++last.current, []);
}
