/** The user's calendar day as ISO text: the shell reads the clock, the core never does. */
import { isoFromLocalDate, type IsoDate } from "../core/dates";

export function todayIso(now: Date = new Date()): IsoDate {
  return isoFromLocalDate(now);
}
