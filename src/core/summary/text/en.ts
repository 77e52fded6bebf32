/**
 * The summary prose in English: whole sentences, ready to paste into an interim or
 * annual report. The logic that picks them is prose.ts; the syntax is core/text.
 */
import type { SummaryPhrasebook } from "./phrases";

export const EN: SummaryPhrasebook = {
  "intro.annual": "This annual report covers the period {period}, with the cut-off date {cutoff}.",
  "intro.interim": "This interim report covers the period {period}, with the cut-off date {cutoff}.",
  "activities.none": "The plan has no activities yet.",
  "activities.only.done": "The plan's only activity is done.",
  "activities.only.inProgress": "The plan's only activity is in progress.",
  "activities.only.delayed": "The plan's only activity is delayed.",
  "activities.only.notStarted": "The plan's only activity has not started.",
  "activities.only.cancelled": "The plan's only activity has been cancelled.",
  "activities.only.unreported": "The plan's only activity has no follow-up.",
  "activities.of": "Of the plan's {total, number} activities, {parts}.",
  "activities.noneDone": "none is done",
  "activities.done": "{n, plural, one {one is} other {# are}} done ({share})",
  "activities.inProgress": "{n, plural, one {one is} other {# are}} in progress",
  "activities.delayed": "{n, plural, one {one is} other {# are}} delayed",
  "activities.notStarted": "{n, plural, one {one has} other {# have}} not started",
  "activities.cancelled": "{n, plural, one {one has} other {# have}} been cancelled",
  "activities.unreported": "{n, plural, one {one has} other {# have}} no follow-up",
  "activities.delayedNamed":
    "{n, plural, one {The delayed activity is} other {The delayed activities are}} {names}.",
  "activities.overdue":
    "The end date has passed for {names}, which {n, plural, one {is} other {are}} not done.",
  "activities.followUpMissing": "The follow-up for {period} is missing for {names}.",
  "activities.more": "{n, plural, one {one} other {#}} more",
  "goals.none": "The plan has no goals.",
  "goals.only.met": "The plan's only goal is met.",
  "goals.only.partlyMet": "The plan's only goal is partly met.",
  "goals.only.notMet": "The plan's only goal is not met.",
  "goals.only.notAssessed":
    "The plan's only goal cannot be assessed because the indicator value, the target or the direction is missing.",
  "goals.of": "Of the plan's {total, number} goals, {parts}.",
  "goals.met": "{n, plural, one {one is} other {# are}} met",
  "goals.partlyMet": "{n, plural, one {one is} other {# are}} partly met",
  "goals.notMet": "{n, plural, one {one is} other {# are}} not met",
  "goals.noneAssessable":
    "None of the plan's {total, number} goals can be assessed yet because the indicator value, the target or the direction is missing.",
  "goals.notAssessed":
    "For {n, plural, one {one goal} other {# goals}}, no assessment is possible because the indicator value, the target or the direction is missing.",
  "money.budget": "The budget for the activities is {budget}.",
  "money.interim":
    "The outcome so far is {outcome} and the forecast for the activities' total cost is {forecast}, {deviation}.",
  "money.annualOutcome":
    "The outcome up to {cutoff} is {outcome}{hasShare, select, no {} other {, which is {share} of the budget}}.",
  "money.annualForecast": "The forecast for the activities' total cost is {forecast}, {deviation}.",
  "money.inLine": "which is in line with the budget",
  "money.under": "which gives a deviation from the budget of {deviation} (positive deviation: under budget)",
  "money.over": "which gives a deviation from the budget of {deviation} (negative deviation: over budget)",
  "money.withoutBudget":
    "The budget total counts {n, plural, one {one activity} other {# activities}} without a budget as {zero}.",
  "money.overBudget": "The forecast or the outcome exceeds the budget for {names}.",
  "change.none": "There is no earlier annual period to compare with.",
  "change.outcome.same": "The outcome is unchanged since then.",
  "change.outcome.up": "The outcome has grown by {amount} since then.",
  "change.outcome.down": "The outcome has fallen by {amount} since then.",
  "change.done.same": "Since {since}, the number of activities done is unchanged at {now, number}.",
  "change.done.up":
    "Since {since}, the number of activities done has risen from {before, number} to {now, number}.",
  "change.done.down":
    "Since {since}, the number of activities done has fallen from {before, number} to {now, number}.",
  "change.goalsMet.same": "The number of goals met is unchanged at {now, number}.",
  "change.goalsMet.up": "The number of goals met has risen from {before, number} to {now, number}.",
  "change.goalsMet.down": "The number of goals met has fallen from {before, number} to {now, number}.",
  "whole.last": "This is the last annual report of the plan period.",
  "whole.overall":
    "Over the whole plan period{span, select, none {} other {, {start} to {end}}}, {done, plural, one {one} other {#}} of {total, number} {total, plural, one {activity} other {activities}} {done, plural, one {has} other {have}} been carried out{hasShare, select, no {} other { ({share})}}, and the outcome is {outcome} against a total budget of {budget}.",
  "whole.notDone": "At the end of the plan period, {names} {n, plural, one {is} other {are}} not done.",
  "whole.goals":
    "Of the goals with both a baseline and a measured value, {improved, number} of {comparable, number} {improved, plural, one {has} other {have}} moved in the intended direction since the baseline.",
  "chain.subGoal":
    "Under national sub-goal {number} ({name}), the plan has {goals, plural, one {one goal} other {# goals}} and {activities, plural, =0 {no activities} one {one activity} other {# activities}}.",
  "chain.without":
    "Without a link to any national sub-goal, the plan has {goals, plural, =0 {no goals} one {one goal} other {# goals}} and {activities, plural, =0 {no activities} one {one activity} other {# activities}}.",
  "chain.goal":
    "Goal {id} is {assessment, select, met {met} partlyMet {partly met} notMet {not met} other {not assessed}}{values, select, none {} total {; its latest value is {total}{targetKind, select, none {} other {, against a target of {target}}}} other {; its latest value is {women} for women and {men} for men{targetKind, select, none {} gap {, a gap of {gap} against a target gap of at most {target}} other {, against a target of {target}}}}}.",
  "chain.regional": "Goal {id} serves the regional goal “{regional}”.",
  "chain.activities": "Of the activities under the sub-goal, {parts}.",
  "chain.activitiesWithout": "Of the activities without a national sub-goal, {parts}.",
  "chain.untouched": "The plan does not address national sub-goal {number} ({name}).",
  "chain.deviations.of":
    "At the cut-off, {n, plural, one {one goal or activity deviates} other {# goals and activities deviate}}.",
  "chain.deviations.none": "At the cut-off, no goal or activity deviates.",
  "chain.deviation":
    "{on, select, goal {Goal} other {Activity}} {name} {kinds}; {hasAction, select, no {no action is given} comment {the comment gives the action: {action}} other {action: {action}}}.",
  "chain.kind.delayed": "is delayed",
  "chain.kind.overdue": "is past its end date",
  "chain.kind.overBudget": "is over budget",
  "chain.kind.notMet": "is not met",
  "chain.kind.worseThanBaseline": "is worse than its baseline",
  "chain.deviations.missing": "{n, plural, one {One deviation has} other {# deviations have}} no action.",
};
