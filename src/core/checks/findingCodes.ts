/**
 * The finding catalog (docs/findings.md) as data, one entry per code: its severity, a
 * one-line meaning in both languages (docs/findings.md, UI legend), and its message in both
 * languages from the arguments the code's findings carry (typed by the entry's
 * message): one sentence that names the row (its ID, else its row number) and says
 * what to do. Checks return findings with their arguments; the surfaces render the
 * words with findingMessage (findingMessage.ts). A new code is one entry here and one
 * check. Dates stay ISO.
 */
import { COVERAGE } from "./catalogue/coverage";
import { DEVIATIONS } from "./catalogue/deviations";
import { FOLLOW_UP } from "./catalogue/followUp";
import { NATIONAL_GOALS } from "./catalogue/nationalGoals";
import { PLAN_FACTS } from "./catalogue/planFacts";
import { REFERENCES } from "./catalogue/references";
import { RESOURCES } from "./catalogue/resources";
import { STRUCTURE } from "./catalogue/structure";
import { TIME } from "./catalogue/time";

export type { FindingEntry, Severity } from "./catalogue/entry";

/** Severity, meaning and message of every finding code, in docs/findings.md's order: the one place each is decided. */
export const FINDINGS = {
  ...STRUCTURE,
  ...REFERENCES,
  ...PLAN_FACTS,
  ...COVERAGE,
  ...NATIONAL_GOALS,
  ...TIME,
  ...FOLLOW_UP,
  ...DEVIATIONS,
  ...RESOURCES,
};
