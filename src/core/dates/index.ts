/**
 * Calendar dates without time of day as ISO text, and their Excel serial numbers.
 */
export {
  addDays,
  addYears,
  daysBetween,
  daysInMonth,
  isIsoDate,
  type IsoDate,
  isoFromLocalDate,
  isoFromParts,
  isoFromUtcDate,
  isoParts,
  isoToSerial,
  PHANTOM_LEAP_DAY,
  serialToIso,
} from "./dates";
