/**
 * The English phrasebook of the finding catalogue: the same codes and named arguments
 * as the Swedish one (sv.ts), each sentence written whole in English.
 * A row is named by `{place, select, id {the row of {id}} other {row {row}}}`.
 */
import type { FindingCode } from "../findings.types";

export const EN: Readonly<Record<FindingCode, string>> = {
  TABLE_MISSING:
    "The table «{sheet}» is missing from the workbook; add it, for example by letting the add-in create the missing tables.",
  COLUMN_MISSING: "The column «{header}» is missing on the sheet {sheet}; add it to the header row.",
  VALUE_REQUIRED:
    "The «{header}» cell on {place, select, id {the row of {id}} other {row {row}}} is empty; fill it in.",
  VALUE_INVALID_DATE:
    "«{text}» in «{header}» on {place, select, id {the row of {id}} other {row {row}}} cannot be read as a date; write it as YYYY-MM-DD, for example 2024-08-31.",
  VALUE_INVALID_NUMBER:
    "«{text}» in «{header}» on {place, select, id {the row of {id}} other {row {row}}} cannot be read as a number; write just the number, for example 12500.",
  VALUE_INVALID_CHOICE:
    "«{text}» in «{header}» on {place, select, id {the row of {id}} other {row {row}}} is not in the list; choose one of the list's values.",
  ID_DUPLICATE:
    "{id} on row {row} already occurs on row {firstRow}; give the row an ID of its own or remove the duplicate.",
  REF_UNKNOWN_GOAL:
    "Goal ID {goalId} on {place, select, id {the row of {id}} other {row {row}}} is not among the goals; correct the ID or add the goal.",
  REF_UNKNOWN_ACTIVITY:
    "Activity ID {activityId} on row {row} is not among the activities; correct the ID or add the activity.",
  REF_UNKNOWN_PERIOD:
    "The period «{period}» on row {row} is not among the periods; correct the name or add the period.",
  ARTICLE_UNKNOWN:
    '{kind, select, notUnderstood {«{text}» on {place, select, id {the row of {id}} other {row {row}}} cannot be read as an article; write article numbers, for example "11, 14".} other {Article {article} on {place, select, id {the row of {id}} other {row {row}}} is not in the {version} version of the Charter (articles 1–{max}); correct the article number.}}',
  PLAN_SIGNED_MISSING: "The signing date is missing; fill in the day the Charter was signed.",
  PLAN_PERIOD_INVALID:
    "{kind, select, startMissing {The plan period's start is missing; fill in the first day of the plan period.} endMissing {The plan period's end is missing; fill in the last day of the plan period.} other {The plan period ends {end} but starts {start}; correct the start or end date.}}",
  PLAN_ADOPTION_LATE:
    "The plan was adopted {adopted}, more than two years after signing on {signed}; check the dates and record the reason for the delay.",
  PLAN_ADOPTION_OVERDUE:
    "The plan is not adopted and the two-year deadline after signing passed on {deadline}; adopt the plan as soon as possible and fill in the date.",
  PLAN_ADOPTION_DUE_SOON:
    "The plan is not adopted and the two-year deadline is {deadline} ({days, plural, =0 {today} one {in {days} day} other {in {days} days}}); schedule the decision to adopt the plan.",
  COVERAGE_NO_PRIORITY:
    "No article is prioritised; mark the articles the plan works on as prioritised (Yes).",
  COVERAGE_ARTICLE_NO_GOAL:
    "Article {article} is prioritised but has no goal; add a goal for the article or remove the priority.",
  COVERAGE_GOAL_NO_ACTIVITY: "Goal {goal} has no activities; add at least one activity with Goal ID {goal}.",
  COVERAGE_GOAL_NO_INDICATOR:
    "{missing, select, target {Goal {goal} has an indicator but no target; fill in the target.} other {Goal {goal} has no indicator; state how progress towards it will be measured.}}",
  COVERAGE_GOAL_NOT_PRIORITISED:
    "{listed, select, yes {Goal {goal} names article {article}, which is not marked prioritised; mark the article prioritised or check the reference.} other {Goal {goal} names article {article}, which is missing from the articles table; add the article and mark it prioritised, or correct the reference.}}",
  NATIONAL_GOAL_UNKNOWN:
    "«{text}» in «{header}» on {place, select, id {the row of {id}} other {row {row}}} is none of the six national sub-goals; write the sub-goal's number 1–6 or its name, for example «5» or «Equal health».",
  NATIONAL_GOAL_OLD_NUMBERING:
    "On {place, select, id {the row of {id}} other {row {row}}}, sub-goal {written} is written with its name from the 2006–2016 numbering; it was read as sub-goal {read} ({name}); write {read}.",
  NATIONAL_GOAL_NONE:
    "The goal on {place, select, id {the row of {id}} other {row {row}}} is not linked to a national gender-equality sub-goal; {n, plural, =0 {choose one or more of the six sub-goals in «{header}».} one {from its articles the add-in proposes sub-goal {proposal}; write it in «{header}» or choose another.} other {from its articles the add-in proposes sub-goals {proposal}; write it in «{header}» or choose another.}}",
  TIME_ACTIVITY_NO_DATES:
    "{missing, select, end {Activity {activity} has no end date; fill in when it is to be finished.} other {Activity {activity} has no start date; fill in when it starts.}}",
  TIME_ACTIVITY_END_BEFORE_START:
    "Activity {activity} ends {end} but starts {start}; correct the start or end date.",
  TIME_ACTIVITY_OUTSIDE_PLAN:
    "{side, select, end {Activity {activity} ends {date}, after the plan period ends on {planDate}; move the end date or change the plan period.} other {Activity {activity} starts {date}, before the plan period starts on {planDate}; move the start date or change the plan period.}}",
  TIME_ACTIVITY_OVERDUE:
    "Activity {activity} was due {end} but is neither done nor cancelled; report its status or move the end date.",
  TIME_PERIOD_OUTSIDE_PLAN:
    "Period {period} has the cut-off {cutoff}, outside the plan period; correct the cut-off or the plan period.",
  FOLLOWUP_MISSING:
    "Activity {activity} has no follow-up for {period}; add a row with its status for that period on the sheet {sheet}.",
  FOLLOWUP_DUPLICATE:
    "Activity {activity} is already reported for {period} on row {firstRow}; merge the rows or remove the duplicate.",
  DEVIATION_ACTION_MISSING:
    "{of, select, goal {Goal} other {Activity}} {id} is {kinds} at {period} but no action is given; write in «{header}» what will be done.",
  RESOURCE_ACTIVITY_NONE:
    "Activity {activity} has neither a budget nor resources; give a budget or describe the resources.",
  RESOURCE_OVER_BUDGET:
    "The {column, select, outcome {outcome} other {forecast}} of activity {activity} at {period} ({amount}) exceeds its budget ({budget}); review the budget or the costs.",
  RESOURCE_NEGATIVE:
    "The amount in «{header}» on {place, select, id {the row of {id}} other {row {row}}} is negative ({amount}); correct the amount.",
};
