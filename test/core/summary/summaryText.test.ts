import type { Lang } from "../../../src/core/language/language";
import { summarise } from "../../../src/core/summary/summarise";
import { summaryParagraphs, summaryText } from "../../../src/core/summary/summaryText";
import type { Summary } from "../../../src/core/summary/summary.types";
import { buildPlan, PERIODS_2018_2020, type PlanInput } from "../fixtures/summaryPlanBuilder";
import { samplePlan } from "./samplePlan";

function summaryOf(periodName: string, plan = samplePlan()): Summary {
  const s = summarise(plan, periodName, []);
  if (s === null) throw new Error(`no period ${periodName}`);
  return s;
}

/** The paragraphs with non-breaking spaces shown as ordinary ones, for readable expectations. */
function paragraphs(s: Summary, lang: Lang): string[] {
  return summaryParagraphs(s, lang).map((p) => p.replace(/\u00a0/g, " "));
}

describe("summaryText in Swedish", () => {
  it("writes an interim summary in whole sentences with the numbers", () => {
    // 5 activities: A1 done, A2 and A3 in progress, A4 and A5 without follow-up; A3 ended 31 March.
    // Goals: M1 40 % (baseline 30, target 45) partly met; M5 45 < 50 without baseline: not met; 3 not assessed.
    // Money: budget 430 000; outcome 90 000 + 50 000 + 10 000; forecast 95 000 + 200 000 + 20 000 + 50 000 + 80 000.
    expect(paragraphs(summaryOf("Delår 2019"), "sv")).toEqual([
      "Delårsrapporten avser perioden Delår 2019 med brytdatum 31 augusti 2019. " +
        "Av planens 5 aktiviteter är en genomförd (20 %), 2 pågår och 2 saknar uppföljning. " +
        "Slutdatumet har passerats för A3 (Kartlägga väntetider per kön), som inte är genomförd. " +
        "Uppföljning för Delår 2019 saknas för A4 (Samverkan med kvinnojouren).",
      "Av planens 5 mål är ett delvis uppfyllt och ett ej uppfyllt. " +
        "För 3 mål går det inte att göra någon bedömning eftersom indikatorvärde, målvärde eller riktning saknas.",
      "Budgeten för aktiviteterna är 430 000 kr. " +
        "Utfallet hittills är 150 000 kr och prognosen för aktiviteternas totala kostnad är 445 000 kr, " +
        "vilket ger en avvikelse mot budgeten på −15 000 kr (negativ avvikelse: över budget). " +
        "I budgetsumman räknas en aktivitet utan budget som 0 kr.",
    ]);
  });

  it("writes an annual summary with the outcome's share of the budget and the change since last year", () => {
    const p = paragraphs(summaryOf("Helår 2019"), "sv");
    expect(p[0]).toBe(
      "Årsbokslutet avser perioden Helår 2019 med brytdatum 31 december 2019. " +
        "Av planens 5 aktiviteter är en genomförd (20 %), en pågår, en är försenad, en har inte påbörjats och en saknar uppföljning. " +
        "Den försenade aktiviteten är A2 (Lönekartläggning). " +
        "Slutdatumet har passerats för A3 (Kartlägga väntetider per kön), som inte är genomförd. " +
        "Uppföljning för Helår 2019 saknas för A3 (Kartlägga väntetider per kön) och A4 (Samverkan med kvinnojouren).",
    );
    expect(p[1]).toBe(
      "Av planens 5 mål är 2 uppfyllda, ett delvis uppfyllt och ett ej uppfyllt. " +
        "För ett mål går det inte att göra någon bedömning eftersom indikatorvärde, målvärde eller riktning saknas.",
    );
    expect(p[2]).toBe(
      "Budgeten för aktiviteterna är 430 000 kr. " +
        "Utfallet till och med 31 december 2019 är 220 000 kr, vilket motsvarar 51 % av budgeten. " +
        "Prognosen för aktiviteternas totala kostnad är 475 000 kr, vilket ger en avvikelse mot budgeten på −45 000 kr (negativ avvikelse: över budget). " +
        "I budgetsumman räknas en aktivitet utan budget som 0 kr. " +
        "Prognosen eller utfallet överstiger budgeten för A2 (Lönekartläggning).",
    );
    expect(p[3]).toBe(
      "Sedan Helår 2018 har antalet genomförda aktiviteter ökat från 0 till 1. " +
        "Utfallet har ökat med 220 000 kr sedan dess. Antalet uppfyllda mål har ökat från 0 till 2.",
    );
    expect(p).toHaveLength(4);
  });

  it("uses non-breaking spaces in amounts and percentages", () => {
    const text = summaryText(summaryOf("Delår 2019"), "sv");
    expect(text).toContain("430\u00a0000\u00a0kr");
    expect(text).toContain("(20\u00a0%)");
    expect(text).toContain("\n\n");
  });

  it("says there is nothing to compare with in the first annual period", () => {
    expect(paragraphs(summaryOf("Helår 2018"), "sv")).toContain(
      "Det finns ingen tidigare helårsperiod att jämföra med.",
    );
  });

  it("sums up the whole plan in the last annual period", () => {
    const plan = samplePlan({
      followUp: [
        { period: "Helår 2019", activityId: "A1", status: "done", outcome: 95000 },
        { period: "Helår 2020", activityId: "A2", status: "done", outcome: 205000 },
        { period: "Helår 2020", activityId: "A3", status: "done", outcome: 20000 },
        { period: "Helår 2020", activityId: "A4", status: "cancelled", outcome: 5000 },
        { period: "Helår 2020", activityId: "A5", status: "inProgress", outcome: 60000 },
      ],
    });
    const p = paragraphs(summaryOf("Helår 2020", plan), "sv");
    expect(p[p.length - 1]).toBe(
      "Detta är planperiodens sista årsbokslut. " +
        "Under hela planperioden, 1 januari 2018 – 31 december 2020, har 3 av 5 aktiviteter genomförts (60 %) " +
        "och utfallet är 385 000 kr av en total budget på 430 000 kr. " +
        "Vid planperiodens slut är A5 (Mentorprogram för förtroendevalda) inte genomförd. " +
        "Av målen med både utgångsvärde och uppmätt värde har 4 av 4 utvecklats i avsedd riktning sedan utgångsläget.",
    );
    expect(p[p.length - 2]).toBe(
      "Sedan Helår 2019 har antalet genomförda aktiviteter ökat från 1 till 3. " +
        "Utfallet har ökat med 290 000 kr sedan dess. Antalet uppfyllda mål är oförändrat (2).",
    );
  });

  it("handles a plan with a single activity and a single goal", () => {
    const input: PlanInput = {
      periods: PERIODS_2018_2020,
      goals: [{ id: "M1", articles: [11], baseline: 10, target: 20, direction: "increase" }],
      activities: [{ id: "A1", goalId: "M1", activity: "Lönekartläggning", budget: 1234500 }],
      followUp: [
        { period: "Delår 2019", activityId: "A1", status: "delayed", outcome: 1000, forecast: 1234500 },
      ],
      indicators: [{ period: "Delår 2019", goalId: "M1", total: 25 }],
    };
    expect(paragraphs(summaryOf("Delår 2019", buildPlan(input)), "sv")).toEqual([
      "Delårsrapporten avser perioden Delår 2019 med brytdatum 31 augusti 2019. " +
        "Planens enda aktivitet är försenad. Den försenade aktiviteten är A1 (Lönekartläggning).",
      "Planens enda mål är uppfyllt.",
      "Budgeten för aktiviteterna är 1 234 500 kr. Utfallet hittills är 1 000 kr och prognosen för aktiviteternas totala kostnad " +
        "är 1 234 500 kr, vilket är i nivå med budgeten.",
    ]);
  });

  it("handles a plan with no activities and no goals", () => {
    expect(paragraphs(summaryOf("Delår 2019", buildPlan({ periods: PERIODS_2018_2020 })), "sv")).toEqual([
      "Delårsrapporten avser perioden Delår 2019 med brytdatum 31 augusti 2019. Planen har ännu inga aktiviteter.",
      "Planen har inga mål.",
    ]);
  });

  it("names the first three delayed activities and counts the rest", () => {
    const ids = ["A1", "A2", "A3", "A4", "A5", "A6"];
    const plan = buildPlan({
      periods: PERIODS_2018_2020,
      activities: ids.map((id) => ({ id, activity: `Aktivitet ${id.slice(1)}`, budget: 10000 })),
      followUp: ids.map((id) => ({ period: "Delår 2019", activityId: id, status: "delayed" as const })),
    });
    expect(paragraphs(summaryOf("Delår 2019", plan), "sv")[0]).toContain(
      "Av planens 6 aktiviteter är ingen genomförd och 6 är försenade. " +
        "De försenade aktiviteterna är A1 (Aktivitet 1), A2 (Aktivitet 2), A3 (Aktivitet 3) och ytterligare 3.",
    );
  });

  it("explains a positive deviation as under budget", () => {
    const plan = samplePlan({
      followUp: [
        { period: "Delår 2019", activityId: "A1", status: "inProgress", outcome: 30000, forecast: 60000 },
      ],
    });
    expect(paragraphs(summaryOf("Delår 2019", plan), "sv")[2]).toContain(
      "vilket ger en avvikelse mot budgeten på 40 000 kr (positiv avvikelse: under budget).",
    );
  });
});

describe("summaryText in English", () => {
  it("writes an interim summary in whole sentences with the numbers", () => {
    expect(paragraphs(summaryOf("Delår 2019"), "en")).toEqual([
      "This interim report covers the period Delår 2019, with the cut-off date 31 August 2019. " +
        "Of the plan's 5 activities, one is done (20%), 2 are in progress and 2 have no follow-up. " +
        "The end date has passed for A3 (Kartlägga väntetider per kön), which is not done. " +
        "The follow-up for Delår 2019 is missing for A4 (Samverkan med kvinnojouren).",
      "Of the plan's 5 goals, one is partly met and one is not met. " +
        "For 3 goals, no assessment is possible because the indicator value, the target or the direction is missing.",
      "The budget for the activities is SEK 430,000. " +
        "The outcome so far is SEK 150,000 and the forecast for the activities' total cost is SEK 445,000, " +
        "which gives a deviation from the budget of SEK -15,000 (negative deviation: over budget). " +
        "The budget total counts one activity without a budget as SEK 0.",
    ]);
  });

  it("writes the change since the previous annual period", () => {
    expect(paragraphs(summaryOf("Helår 2019"), "en")[3]).toBe(
      "Since Helår 2018, the number of activities done has risen from 0 to 1. " +
        "The outcome has grown by SEK 220,000 since then. The number of goals met has risen from 0 to 2.",
    );
  });

  it("writes the single-goal and no-activity cases grammatically", () => {
    const plan = buildPlan({
      periods: PERIODS_2018_2020,
      goals: [{ id: "M1", articles: [2], target: 40, direction: "increase" }],
    });
    expect(paragraphs(summaryOf("Helår 2018", plan), "en")).toEqual([
      "This annual report covers the period Helår 2018, with the cut-off date 31 December 2018. The plan has no activities yet.",
      "The plan's only goal cannot be assessed because the indicator value, the target or the direction is missing.",
      "There is no earlier annual period to compare with.",
    ]);
  });

  it("sums up the whole plan in the last annual period", () => {
    const plan = samplePlan({
      followUp: [
        { period: "Helår 2020", activityId: "A1", status: "done", outcome: 95000 },
        { period: "Helår 2020", activityId: "A2", status: "inProgress", outcome: 150000 },
        { period: "Helår 2020", activityId: "A3", status: "delayed", outcome: 20000 },
      ],
    });
    const p = paragraphs(summaryOf("Helår 2020", plan), "en");
    expect(p[p.length - 1]).toBe(
      "This is the last annual report of the plan period. " +
        "Over the whole plan period, 1 January 2018 to 31 December 2020, one of 5 activities has been carried out (20%), " +
        "and the outcome is SEK 265,000 against a total budget of SEK 430,000. " +
        "At the end of the plan period, A2 (Lönekartläggning), A3 (Kartlägga väntetider per kön), " +
        "A4 (Samverkan med kvinnojouren) and A5 (Mentorprogram för förtroendevalda) are not done. " +
        "Of the goals with both a baseline and a measured value, 4 of 4 have moved in the intended direction since the baseline.",
    );
  });
});
