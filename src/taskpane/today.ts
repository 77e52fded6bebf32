/** The user's calendar day as ISO text: the shell reads the clock, the core never does. */
import type { IsoDate } from "../core/dates";

export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
