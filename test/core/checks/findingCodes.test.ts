import { FINDINGS } from "../../../src/core/checks/findingCodes";
import {
  FINDING_BOOKS,
  FINDING_CODES,
  findingJson,
  findingLegend,
  findingMessage,
  findingWords,
  severityOf,
} from "../../../src/core/checks/findingMessage";
import type { Finding, FindingArgs, FindingCode } from "../../../src/core/checks/findings.types";
import type { Lang } from "../../../src/core/language";
import { formatMessage } from "../../../src/core/text";
import { codeTableRows, docSection } from "../../fixtures/docs";

/** Arguments for every code, one per case its message distinguishes. */
const SAMPLES: { readonly [C in FindingCode]: readonly FindingArgs[C][] } = {
  TABLE_MISSING: [{ table: "FollowUp" }],
  COLUMN_MISSING: [{ header: "Brytdatum", sheet: "Perioder" }],
  VALUE_REQUIRED: [
    { id: "A3", row: 6, header: "Mål-ID" },
    { id: null, row: 6, header: "Mål-ID" },
  ],
  VALUE_INVALID_DATE: [
    { id: "A3", row: 6, header: "Start", text: "i höst" },
    { id: null, row: 6, header: "Start", text: "i höst" },
  ],
  VALUE_INVALID_NUMBER: [
    { id: null, row: 6, header: "Budget", text: "mycket" },
    { id: "A3", row: 6, header: "Budget", text: "mycket" },
  ],
  VALUE_INVALID_CHOICE: [
    { id: "A3", row: 6, header: "Status", text: "Klar?" },
    { id: null, row: 6, header: "Status", text: "Klar?" },
  ],
  ID_DUPLICATE: [{ id: "A3", row: 6, firstRow: 3 }],
  REF_UNKNOWN_GOAL: [
    { id: "A3", row: 6, goalId: "M9" },
    { id: null, row: 6, goalId: "M9" },
  ],
  REF_UNKNOWN_ACTIVITY: [{ activityId: "A9", row: 6 }],
  REF_UNKNOWN_PERIOD: [{ period: "Delår 2031", row: 6 }],
  ARTICLE_UNKNOWN: [
    { kind: "outsideVersion", id: "M2", row: 3, article: "31", version: 2006, max: 30 },
    { kind: "notUnderstood", id: null, row: 3, text: "Art. x" },
  ],
  PLAN_SIGNED_MISSING: [{}],
  PLAN_PERIOD_INVALID: [
    { kind: "startMissing" },
    { kind: "endMissing" },
    { kind: "endBeforeStart", start: "2024-01-01", end: "2023-12-31" },
  ],
  PLAN_ADOPTION_LATE: [{ signed: "2019-05-10", adopted: "2022-11-28" }],
  PLAN_ADOPTION_OVERDUE: [{ deadline: "2023-05-10" }],
  PLAN_ADOPTION_DUE_SOON: [
    { deadline: "2023-05-10", days: 0 },
    { deadline: "2023-05-10", days: 12 },
  ],
  COVERAGE_NO_PRIORITY: [{}],
  COVERAGE_ARTICLE_NO_GOAL: [{ article: "11" }],
  COVERAGE_GOAL_NO_ACTIVITY: [{ goal: "M2" }],
  COVERAGE_GOAL_NO_INDICATOR: [
    { goal: "M2", missing: "indicator" },
    { goal: "M2", missing: "target" },
  ],
  COVERAGE_GOAL_NOT_PRIORITISED: [
    { goal: "M2", article: "13", listed: true },
    { goal: "M2", article: "13", listed: false },
  ],
  NATIONAL_GOAL_UNKNOWN: [
    { id: "M2", row: 3, header: "Nationellt delmål", text: "jämställd lön" },
    { id: null, row: 3, header: "Nationellt delmål", text: "jämställd lön" },
  ],
  NATIONAL_GOAL_OLD_NUMBERING: [
    { id: "M5", row: 6, written: 4, read: 6 },
    { id: null, row: 6, written: 4, read: 6 },
  ],
  NATIONAL_GOAL_NONE: [
    { id: "M2", row: 3, header: "Nationellt delmål", articles: [11, 14], proposal: [2, 5] },
    { id: "M3", row: 4, header: "Nationellt delmål", articles: [22], proposal: [6] },
    { id: null, row: 5, header: "Nationellt delmål", articles: [5], proposal: [] },
  ],
  TIME_ACTIVITY_NO_DATES: [
    { activity: "A3", missing: "start" },
    { activity: "A3", missing: "end" },
  ],
  TIME_ACTIVITY_END_BEFORE_START: [{ activity: "A3", start: "2024-03-01", end: "2024-02-01" }],
  TIME_ACTIVITY_OUTSIDE_PLAN: [
    { activity: "A3", side: "start", date: "2022-06-01", planDate: "2023-01-01" },
    { activity: "A3", side: "end", date: "2027-06-01", planDate: "2026-12-31" },
  ],
  TIME_ACTIVITY_OVERDUE: [{ activity: "A3", end: "2024-06-30" }],
  TIME_PERIOD_OUTSIDE_PLAN: [{ period: "Helår 2022", cutoff: "2022-12-31" }],
  FOLLOWUP_MISSING: [{ activity: "A3", period: "Delår 2024", sheet: "Uppföljning" }],
  FOLLOWUP_DUPLICATE: [{ activity: "A3", period: "Delår 2024", firstRow: 4 }],
  DEVIATION_ACTION_MISSING: [
    {
      of: "activity",
      id: "A3",
      period: "Delår 2024",
      deviations: ["delayed", "overBudget"],
      header: "Åtgärd",
    },
    { of: "goal", id: "M2", period: "Helår 2024", deviations: ["notMet"], header: "Åtgärd" },
  ],
  RESOURCE_ACTIVITY_NONE: [{ activity: "A3" }],
  RESOURCE_OVER_BUDGET: [
    {
      activity: "A3",
      period: "Delår 2024",
      column: "forecast",
      amount: 60000,
      budget: 45000,
      currency: "SEK",
    },
    {
      activity: "A3",
      period: "Delår 2024",
      column: "outcome",
      amount: 60000,
      budget: 45000,
      currency: "EUR",
    },
  ],
  RESOURCE_NEGATIVE: [
    { id: "A3", row: 6, header: "Budget", amount: -500, currency: "SEK" },
    { id: null, row: 6, header: "Budget", amount: -500, currency: "SEK" },
  ],
};

const findingOf = <C extends FindingCode>(code: C, args: FindingArgs[C]): Finding =>
  ({ code, severity: severityOf(code), sheet: "Aktiviteter", cell: "F7", refs: [], args }) as Finding;

const every = (): Finding[] => FINDING_CODES.flatMap((code) => SAMPLES[code].map((a) => findingOf(code, a)));

/** The named arguments a finding's message reads in a language, as formatMessage asks for them. */
function argumentsRead(f: Finding, lang: Lang): string[] {
  const read = new Set<string>();
  const words: Readonly<Record<string, string | number>> = findingWords(f, lang);
  const watched = new Proxy(words, {
    get: (target, name) => {
      if (typeof name === "string") read.add(name);
      return Reflect.get(target, name) as unknown;
    },
  });
  formatMessage(FINDING_BOOKS[lang][f.code], watched, lang);
  return [...read].sort();
}

describe("the finding catalog", () => {
  it("has one entry per code, in the order of docs/findings.md, with a meaning in both languages", () => {
    expect(FINDING_CODES).toEqual([
      ...["TABLE_MISSING", "COLUMN_MISSING", "VALUE_REQUIRED", "VALUE_INVALID_DATE", "VALUE_INVALID_NUMBER"],
      ...["VALUE_INVALID_CHOICE", "ID_DUPLICATE", "REF_UNKNOWN_GOAL", "REF_UNKNOWN_ACTIVITY"],
      ...["REF_UNKNOWN_PERIOD", "ARTICLE_UNKNOWN", "PLAN_SIGNED_MISSING", "PLAN_PERIOD_INVALID"],
      ...["PLAN_ADOPTION_LATE", "PLAN_ADOPTION_OVERDUE", "PLAN_ADOPTION_DUE_SOON", "COVERAGE_NO_PRIORITY"],
      ...["COVERAGE_ARTICLE_NO_GOAL", "COVERAGE_GOAL_NO_ACTIVITY", "COVERAGE_GOAL_NO_INDICATOR"],
      ...["COVERAGE_GOAL_NOT_PRIORITISED", "NATIONAL_GOAL_UNKNOWN", "NATIONAL_GOAL_OLD_NUMBERING"],
      ...["NATIONAL_GOAL_NONE", "TIME_ACTIVITY_NO_DATES", "TIME_ACTIVITY_END_BEFORE_START"],
      ...[
        "TIME_ACTIVITY_OUTSIDE_PLAN",
        "TIME_ACTIVITY_OVERDUE",
        "TIME_PERIOD_OUTSIDE_PLAN",
        "FOLLOWUP_MISSING",
      ],
      ...["FOLLOWUP_DUPLICATE", "DEVIATION_ACTION_MISSING", "RESOURCE_ACTIVITY_NONE"],
      ...["RESOURCE_OVER_BUDGET", "RESOURCE_NEGATIVE"],
    ]);
    expect(Object.keys(FINDINGS)).toEqual(FINDING_CODES);
    const legend = findingLegend();
    expect(legend.map((l) => l.code)).toEqual([...FINDING_CODES]);
    for (const l of legend) {
      expect(l.meaning.sv.trim()).not.toBe("");
      expect(l.meaning.en.trim()).not.toBe("");
      expect(l.meaning.sv).not.toBe(l.meaning.en);
    }
    expect(new Set(legend.map((l) => l.meaning.sv)).size).toBe(FINDING_CODES.length);
  });

  it("gives the severities of docs/findings.md", () => {
    const bySeverity = (s: string): string[] => FINDING_CODES.filter((c) => severityOf(c) === s);
    expect(bySeverity("info")).toEqual([
      "PLAN_ADOPTION_DUE_SOON",
      "COVERAGE_GOAL_NOT_PRIORITISED",
      "NATIONAL_GOAL_NONE",
    ]);
    expect(bySeverity("warning")).toEqual([
      "PLAN_ADOPTION_LATE",
      "COVERAGE_GOAL_NO_INDICATOR",
      "NATIONAL_GOAL_UNKNOWN",
      "NATIONAL_GOAL_OLD_NUMBERING",
      "TIME_ACTIVITY_NO_DATES",
      "TIME_ACTIVITY_OUTSIDE_PLAN",
      "TIME_ACTIVITY_OVERDUE",
      "TIME_PERIOD_OUTSIDE_PLAN",
      "FOLLOWUP_MISSING",
      "DEVIATION_ACTION_MISSING",
      "RESOURCE_ACTIVITY_NONE",
      "RESOURCE_OVER_BUDGET",
    ]);
    expect(bySeverity("error")).toHaveLength(FINDING_CODES.length - 15);
  });

  it("renders one sentence per case of every code in both languages, each case its own", () => {
    for (const lang of ["sv", "en"] as const) {
      const messages = every().map((f) => findingMessage(f, lang));
      for (const m of messages) {
        expect(m).toMatch(/^\S.*[.]$/);
        expect(m).not.toMatch(/undefined|null|NaN|\[object/);
      }
      // The cases a code distinguishes read differently (the two VALUE_REQUIRED rows too).
      expect(new Set(messages).size).toBe(messages.length);
    }
    for (const f of every()) expect(findingMessage(f, "sv")).not.toBe(findingMessage(f, "en"));
  });

  it("reads the same named arguments in both languages, and every argument its code gives", () => {
    for (const f of every())
      expect([f.code, argumentsRead(f, "en")]).toEqual([f.code, argumentsRead(f, "sv")]);
    for (const code of FINDING_CODES) {
      const findings = every().filter((f) => f.code === code);
      for (const lang of ["sv", "en"] as const) {
        const given = new Set(findings.flatMap((f) => Object.keys(findingWords(f, lang))));
        const read = new Set(findings.flatMap((f) => argumentsRead(f, lang)));
        expect([code, lang, [...read].sort()]).toEqual([code, lang, [...given].sort()]);
      }
    }
  });

  it("says in each language the case the finding is about, not another case of the same code", () => {
    // [code, sample index, words of the Swedish sentence, words of the English one]
    const cases: [FindingCode, number, string, string][] = [
      ["ARTICLE_UNKNOWN", 0, "finns inte i deklarationens version från 2006", "is not in the 2006 version"],
      ["ARTICLE_UNKNOWN", 1, "«Art. x» på rad 4 kan inte läsas", "«Art. x» on row 4 cannot be read"],
      ["PLAN_PERIOD_INVALID", 0, "start saknas", "start is missing"],
      ["PLAN_PERIOD_INVALID", 1, "slut saknas", "end is missing"],
      [
        "PLAN_PERIOD_INVALID",
        2,
        "slutar 2023-12-31 men börjar 2024-01-01",
        "ends 2023-12-31 but starts 2024-01-01",
      ],
      ["PLAN_ADOPTION_DUE_SOON", 0, "(i dag)", "(today)"],
      ["PLAN_ADOPTION_DUE_SOON", 1, "(om 12 dagar)", "(in 12 days)"],
      ["COVERAGE_GOAL_NO_INDICATOR", 0, "har ingen indikator", "has no indicator"],
      ["COVERAGE_GOAL_NO_INDICATOR", 1, "inget målvärde", "no target"],
      ["COVERAGE_GOAL_NOT_PRIORITISED", 0, "inte är markerad som prioriterad", "not marked prioritised"],
      ["COVERAGE_GOAL_NOT_PRIORITISED", 1, "saknas i artikeltabellen", "missing from the articles table"],
      ["TIME_ACTIVITY_NO_DATES", 0, "saknar startdatum", "has no start date"],
      ["TIME_ACTIVITY_NO_DATES", 1, "saknar slutdatum", "has no end date"],
      [
        "TIME_ACTIVITY_OUTSIDE_PLAN",
        0,
        "börjar 2022-06-01, före planperiodens start",
        "starts 2022-06-01, before",
      ],
      [
        "TIME_ACTIVITY_OUTSIDE_PLAN",
        1,
        "slutar 2027-06-01, efter planperiodens slut",
        "ends 2027-06-01, after",
      ],
      ["RESOURCE_OVER_BUDGET", 0, "Prognosen för aktiviteten A3", "The forecast of activity A3"],
      ["RESOURCE_OVER_BUDGET", 1, "Utfallet för aktiviteten A3", "The outcome of activity A3"],
      ["VALUE_REQUIRED", 0, "raden för A3", "the row of A3"],
      ["VALUE_REQUIRED", 1, "rad 7", "row 7"],
    ];
    for (const [code, i, sv, en] of cases) {
      const f = findingOf(code, SAMPLES[code][i] as FindingArgs[typeof code]);
      expect([code, i, findingMessage(f, "sv")]).toEqual([code, i, expect.stringContaining(sv)]);
      expect([code, i, findingMessage(f, "en")]).toEqual([code, i, expect.stringContaining(en)]);
    }
  });

  it("names a row by its ID when it has one, else by its row number as the user counts", () => {
    const [byId, byRow] = SAMPLES.VALUE_REQUIRED.map((a) => findingOf("VALUE_REQUIRED", a));
    expect(findingMessage(byId!, "sv")).toBe("Cellen «Mål-ID» på raden för A3 är tom; fyll i den.");
    expect(findingMessage(byRow!, "en")).toBe("The «Mål-ID» cell on row 7 is empty; fill it in.");
  });

  it("names a missing table by its sheet name in the language it is rendered in", () => {
    const f = findingOf("TABLE_MISSING", { table: "FollowUp" });
    expect(findingMessage(f, "sv")).toContain("«Uppföljning»");
    expect(findingMessage(f, "en")).toContain("«Follow-up»");
  });

  it("gives docs/findings.md's JSON fields in order, with the message in the language asked", () => {
    const f = findingOf("TIME_ACTIVITY_OVERDUE", { activity: "A3", end: "2024-06-30" });
    const json = findingJson(f, "en");
    expect(Object.keys(json)).toEqual(["code", "severity", "sheet", "cell", "message", "refs"]);
    expect(json.message).toBe(findingMessage(f, "en"));
  });
});

describe("the table of findings in docs/findings.md", () => {
  const rows = codeTableRows(docSection("findings.md", "## Catalogue", "## Where each finding points"));

  it("lists every code of the catalog with its severity and both meanings, in catalog order", () => {
    expect(rows).toEqual(
      findingLegend().map((l) => [`\`${l.code}\``, l.severity, l.meaning.sv, l.meaning.en]),
    );
  });
});
