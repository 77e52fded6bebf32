/**
 * A small hand-made plan for the summary tests: five activities and five goals over
 * 2018–2020, chosen so that every rule of docs/reports.md has a case (worked out in the tests).
 */
import type { Plan } from "../../../src/core/plan/plan.types";
import { buildPlan, PERIODS_2018_2020, type PlanInput } from "../fixtures/summaryPlanBuilder";

export const SAMPLE: PlanInput = {
  prioritised: [2, 11, 14],
  periods: PERIODS_2018_2020,
  goals: [
    {
      id: "M1",
      articles: [2],
      goal: "Jämn könsfördelning i nämndernas presidier",
      indicator: "Andel kvinnor (%)",
      baseline: 30,
      target: 45,
      direction: "increase",
      responsible: "Kommunstyrelsen",
    },
    {
      id: "M2",
      articles: [11, 14],
      goal: "Utjämna löneskillnaden mellan kvinnor och män",
      indicator: "Medellön (tkr)",
      baseline: 8,
      target: 2,
      direction: "closeGap",
      responsible: "HR-chef",
    },
    {
      id: "M3",
      articles: [14],
      goal: "Kortare väntetid till hemtjänst",
      indicator: "Väntetid (dagar)",
      baseline: 120,
      target: 90,
      direction: "decrease",
      responsible: "Socialchef",
    },
    {
      id: "M4",
      articles: [22],
      goal: "Stärkt stöd till våldsutsatta",
      indicator: "Antal ärenden",
      baseline: 10,
      target: null,
      direction: "increase",
    },
    {
      id: "M5",
      articles: [2],
      goal: "Fler kvinnor som ordförande",
      indicator: "Andel kvinnor (%)",
      baseline: null,
      target: 50,
      direction: "increase",
    },
  ],
  activities: [
    {
      id: "A1",
      goalId: "M1",
      activity: "Utbilda valberedningen",
      responsible: "Kommunsekreterare",
      start: "2019-01-01",
      end: "2019-06-30",
      budget: 100000,
    },
    {
      id: "A2",
      goalId: "M2",
      activity: "Lönekartläggning",
      responsible: "HR-chef",
      start: "2019-02-01",
      end: "2020-12-31",
      budget: 200000,
    },
    {
      id: "A3",
      goalId: "M3",
      activity: "Kartlägga väntetider per kön",
      responsible: "Socialchef",
      start: "2019-01-15",
      end: "2019-03-31",
      budget: null,
    },
    {
      id: "A4",
      goalId: "M4",
      activity: "Samverkan med kvinnojouren",
      responsible: "Individ- och familjeomsorgen",
      start: "2019-01-01",
      end: "2019-12-31",
      budget: 50000,
    },
    {
      id: "A5",
      goalId: "M1",
      activity: "Mentorprogram för förtroendevalda",
      responsible: "Kommunsekreterare",
      start: "2019-09-01",
      end: "2020-06-30",
      budget: 80000,
    },
  ],
  followUp: [
    {
      period: "Delår 2019",
      activityId: "A1",
      status: "done",
      outcome: 90000,
      forecast: 95000,
      comment: "Genomförd i maj",
    },
    { period: "Delår 2019", activityId: "A2", status: "inProgress", outcome: 50000 },
    { period: "Delår 2019", activityId: "A3", status: "inProgress", outcome: 10000, forecast: 20000 },
    {
      period: "Helår 2019",
      activityId: "A2",
      status: "delayed",
      outcome: 120000,
      forecast: 230000,
      comment: "=Konsult dyrare än väntat",
    },
    { period: "Helår 2019", activityId: "A5", status: "notStarted", outcome: 0 },
  ],
  indicators: [
    { period: "Helår 2018", goalId: "M1", total: 33 },
    { period: "Delår 2019", goalId: "M1", women: 4, men: 6, total: 40 },
    { period: "Helår 2019", goalId: "M2", women: 32, men: 33.5, total: 32.8 },
    {
      period: "Helår 2019",
      goalId: "M3",
      women: 97,
      men: 93,
      total: 95,
      assessment: "met",
      comment: "Bedöms uppfyllt trots avvikelse",
    },
    { period: "Helår 2019", goalId: "M4", total: 12 },
    { period: "Delår 2019", goalId: "M5", women: 45, men: 55, total: 45 },
  ],
};

/** The sample plan, optionally with more input. */
export function samplePlan(extra: Partial<PlanInput> = {}): Plan {
  return buildPlan({ ...SAMPLE, ...extra });
}
