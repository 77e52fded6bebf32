import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import { handoutProtection, handoutTemplates } from "../../../src/core/collect/handoutTemplates";
import { readIdentity } from "../../../src/core/collect/identity";
import { protectedChanges } from "../../../src/core/collect/protectedChanges";
import { readPlan } from "../../../src/core/read/readPlan";
import { serial } from "../fixtures/planWorkbook";
import { handoutOf, handoutWorkbook, masterPlan, masterRows, ROUND } from "./roundFixture";

// Each test makes its own hand-outs: what a describe block computes runs before any test, where a
// mutation run cannot see which test depends on it (docs/mutation-testing.md).

/** The hand-outs of a round of the master (as changed by a test). */
const roundOf = (rows = masterRows(), period = ROUND) => handoutPlans(masterPlan(rows), period) ?? [];

describe("handoutPlans", () => {
  it("makes one hand-out per responsible, grouping names case-insensitively and keeping the first spelling", () => {
    const handouts = roundOf();
    expect(handouts.map((h) => h.label)).toEqual([
      "Kommunstyrelsen",
      "Socialnämnden",
      "Stadsbyggnadsnämnden",
      "(utan ansvarig)",
    ]);
    expect(handoutOf(handouts, "Socialnämnden").followUp.map((r) => r.id)).toEqual(["A1", "A2"]);
    expect(handoutOf(handouts, "Kommunstyrelsen").activities.map((a) => a.id)).toEqual(["A3", "A4"]);
  });

  it("hands out only activities due at the cut-off: not those done earlier or starting later", () => {
    const handouts = roundOf();
    expect(handoutOf(handouts, "Kommunstyrelsen").followUp.map((r) => r.id)).toEqual(["A4"]);
    expect(handoutOf(handouts, "Stadsbyggnadsnämnden").followUp.map((r) => r.id)).toEqual(["A5"]);
  });

  it("pre-fills the master's own row for the period and leaves the others empty", () => {
    const handouts = roundOf();
    const [a1, a2] = handoutOf(handouts, "Socialnämnden").followUp;
    expect(a1?.values).toEqual({
      status: "inProgress",
      outcome: 350000,
      forecast: 800000,
      comment: "Preliminärt",
    });
    expect(a2?.values).toEqual({ status: null, outcome: null, forecast: null, comment: null });
  });

  it("shows the latest earlier report for reference", () => {
    const handouts = roundOf();
    const social = handoutOf(handouts, "Socialnämnden");
    expect(social.followUp[0]?.previous).toEqual({
      period: "Delår 2022",
      values: {
        status: "inProgress",
        outcome: 200000,
        forecast: 800000,
        comment: "Två arbetslag har börjat",
      },
    });
    expect(social.indicators[0]?.previous?.values).toMatchObject({ women: 63, men: 81, total: 68 });
    expect(handoutOf(handouts, "Kommunstyrelsen").followUp[0]?.previous).toBeNull();
  });

  it("gives each unit an indicator row for each of its goals, and the goals of its activities for reference", () => {
    const handouts = roundOf();
    const noOne = handoutOf(handouts, "(utan ansvarig)");
    expect(noOne.indicators).toEqual([]);
    expect(noOne.goals.map((g) => g.id)).toEqual(["M2"]);
    expect(handoutOf(handouts, "Stadsbyggnadsnämnden").indicators.map((r) => r.id)).toEqual(["M3"]);
  });

  it("names files after period and responsible, safe for any file system", () => {
    const rows = masterRows();
    const activities = [...(rows.Activities ?? [])];
    activities[4] = ["A5", "M3", "Trygghetsvandringar", "Stadsbyggnad/Trafik", null, null, 60000, "", ""];
    const names = (handoutPlans(masterPlan({ ...rows, Activities: activities }), "helår 2022") ?? []).map(
      (h) => h.fileName,
    );
    expect(names).toContain("Helår 2022 - Stadsbyggnad-Trafik.xlsx");
    expect(names).toContain("Helår 2022 - Socialnämnden.xlsx");
  });

  it("pre-fills the first of two rows the master holds for the same activity and period", () => {
    const rows = masterRows();
    const handouts = roundOf({
      ...rows,
      FollowUp: [...(rows.FollowUp ?? []), ["Helår 2022", "A1", "Försenad", 100, 100, "Andra raden"]],
    });
    expect(handoutOf(handouts, "Socialnämnden").followUp[0]?.values).toMatchObject({
      status: "inProgress",
      outcome: 350000,
      comment: "Preliminärt",
    });
  });

  it("shows the latest of several earlier reports, and the first of two with the same cut-off", () => {
    const rows = masterRows();
    const later = roundOf(rows, "Delår 2023");
    expect(handoutOf(later, "Socialnämnden").followUp[0]?.previous).toMatchObject({
      period: "Helår 2022",
      values: { outcome: 350000, comment: "Preliminärt" },
    });
    const tie = roundOf(
      {
        ...rows,
        Periods: [...(rows.Periods ?? []), ["Bokslut 2022", "Helår", serial("2022-12-31")]],
        FollowUp: [...(rows.FollowUp ?? []), ["Bokslut 2022", "A1", "Försenad", 380000, 800000, "Bokslut"]],
      },
      "Delår 2023",
    );
    expect(handoutOf(tie, "Socialnämnden").followUp[0]?.previous?.period).toBe("Helår 2022");
  });

  it("does not take an earlier row without a status as a report, but does an indicator row with only a comment", () => {
    const rows = masterRows();
    const handouts = roundOf({
      ...rows,
      FollowUp: (rows.FollowUp ?? []).map((r) =>
        r[1] === "A2" ? ["Delår 2022", "A2", "", 20000, 150000, ""] : r,
      ),
      IndicatorValues: [["Delår 2022", "M2", null, null, null, "", "Ingen mätning i år"]],
    });
    expect(handoutOf(handouts, "Socialnämnden").followUp[1]?.previous).toBeNull();
    expect(handoutOf(handouts, "Kommunstyrelsen").indicators[0]?.previous).toEqual({
      period: "Delår 2022",
      values: { women: null, men: null, total: null, assessment: null, comment: "Ingen mätning i år" },
    });
  });

  it("skips an earlier indicator row left blank when showing the previous measurement", () => {
    const rows = masterRows();
    const handouts = roundOf(
      {
        ...rows,
        IndicatorValues: [...(rows.IndicatorValues ?? []), ["Helår 2022", "M1", null, null, null, "", ""]],
      },
      "Delår 2023",
    );
    expect(handoutOf(handouts, "Socialnämnden").indicators[0]?.previous).toMatchObject({
      period: "Delår 2022",
      values: { women: 63, men: 81, total: 68 },
    });
  });

  it("hands out an activity the master already has a row for in the period, even one done earlier", () => {
    const rows = masterRows();
    const handouts = roundOf({
      ...rows,
      FollowUp: [...(rows.FollowUp ?? []), ["Helår 2022", "A3", "Genomförd", 30000, 30000, "Slutredovisad"]],
    });
    const board = handoutOf(handouts, "Kommunstyrelsen");
    expect(board.followUp.map((r) => [r.id, r.values["comment"]])).toEqual([
      ["A3", "Slutredovisad"],
      ["A4", null],
    ]);
  });

  it("hands out an activity that starts on the cut-off day, and none cancelled earlier", () => {
    const rows = masterRows();
    const activities = (rows.Activities ?? []).map((r) =>
      r[0] === "A6" ? [...r.slice(0, 4), serial("2022-12-31"), ...r.slice(5)] : r,
    );
    const handouts = roundOf({
      ...rows,
      Activities: activities,
      FollowUp: [...(rows.FollowUp ?? []), ["Delår 2022", "A4", "Avbruten", null, null, "Ersätts av A3"]],
    });
    expect(handoutOf(handouts, "Stadsbyggnadsnämnden").followUp.map((r) => r.id)).toEqual(["A5", "A6"]);
    expect(handoutOf(handouts, "Kommunstyrelsen").followUp).toEqual([]);
  });

  it("gives a unit with goals and nothing else to report its indicator rows, and a unit with nothing due no hand-out", () => {
    const rows = masterRows();
    const handouts = roundOf({
      ...rows,
      FollowUp: [...(rows.FollowUp ?? []), ["Delår 2022", "A7", "Genomförd", 20000, 20000, ""]],
    });
    expect(handouts.map((h) => h.label)).toEqual([
      "Kommunstyrelsen",
      "Socialnämnden",
      "Stadsbyggnadsnämnden",
    ]);
    const board = roundOf({
      ...rows,
      FollowUp: [...(rows.FollowUp ?? []), ["Delår 2022", "A4", "Genomförd", 50000, 50000, ""]],
    });
    const ks = handoutOf(board, "Kommunstyrelsen");
    expect(ks.followUp).toEqual([]);
    expect(ks.indicators.map((r) => r.id)).toEqual(["M2"]);
  });

  it("orders the hand-outs alphabetically as in Swedish, the group without a responsible last", () => {
    const rows = masterRows();
    const activities = (rows.Activities ?? []).map((r) =>
      r[0] === "A5" ? [...r.slice(0, 3), "Äldrenämnden", ...r.slice(4)] : r,
    );
    expect(roundOf({ ...rows, Activities: activities }).map((h) => h.label)).toEqual([
      "Kommunstyrelsen",
      "Socialnämnden",
      "Stadsbyggnadsnämnden",
      "Äldrenämnden",
      "(utan ansvarig)",
    ]);
  });

  it("puts the group without a responsible last also when the plan's first goal has none", () => {
    const rows = masterRows();
    const goals = (rows.Goals ?? []).map((r) => (r[0] === "M1" ? [...r.slice(0, 8), ""] : r));
    expect(roundOf({ ...rows, Goals: goals }).map((h) => h.label)).toEqual([
      "Kommunstyrelsen",
      "Socialnämnden",
      "Stadsbyggnadsnämnden",
      "(utan ansvarig)",
    ]);
  });

  it("hands out an activity without a goal ID, and shows no goal row without an ID for reference", () => {
    const rows = masterRows();
    const activities = (rows.Activities ?? []).map((r) => (r[0] === "A2" ? [r[0], "", ...r.slice(2)] : r));
    const goals = [
      ...(rows.Goals ?? []),
      ["", "11", "Utkast till mål", null, null, null, null, "", "Socialnämnden"],
    ];
    const social = handoutOf(roundOf({ ...rows, Goals: goals, Activities: activities }), "Socialnämnden");
    expect(social.followUp.map((r) => r.id)).toEqual(["A1", "A2"]);
    expect(social.goals.map((g) => g.goal)).toEqual(["Heltid som norm"]);
  });

  it("returns null for a period the master does not have", () => {
    expect(handoutPlans(masterPlan(), "Tertial 1 2022")).toBeNull();
  });

  it("hands out an activity or goal whose ID the master repeats once, with the first row's text", () => {
    const rows = masterRows();
    const a2 = (rows.Activities ?? [])[1] ?? [];
    const m1 = (rows.Goals ?? [])[0] ?? [];
    const twice = masterPlan({
      ...rows,
      Goals: [...(rows.Goals ?? []), [" m1", ...m1.slice(1, 2), "Heltid (kopia)", ...m1.slice(3)]],
      Activities: [...(rows.Activities ?? []), ["a2 ", "M1", "Schemaläggning (kopia)", ...a2.slice(3)]],
    });
    const social = handoutOf(handoutPlans(twice, ROUND) ?? [], "Socialnämnden");
    expect(social.followUp.map((r) => [r.id, r.name])).toEqual([
      ["A1", "Inför heltid i hemtjänsten"],
      ["A2", "Schemaläggning efter önskemål"],
    ]);
    expect(social.indicators.map((r) => [r.id, r.name])).toEqual([["M1", "Heltid som norm"]]);
    expect(social.goals.map((g) => g.id)).toEqual(["M1"]);
  });

  it("writes hand-outs in the language asked for", () => {
    const en = handoutPlans(masterPlan(), ROUND, "en") ?? [];
    expect(en.map((h) => h.label)).toContain("(no responsible)");
    const templates = handoutTemplates(handoutOf(en, "Socialnämnden"));
    expect(templates.find((t) => t.name === "FollowUp")?.headers.slice(0, 4)).toEqual([
      "Period",
      "Activity ID",
      "Activity",
      "Status",
    ]);
  });
});

describe("a hand-out workbook", () => {
  /** Socialnämnden's hand-out of the round, and the workbook made of it as read back. */
  function socialHandout() {
    const master = masterPlan();
    const social = handoutOf(handoutPlans(master, ROUND) ?? [], "Socialnämnden");
    const raw = handoutWorkbook(social);
    return { master, social, raw, plan: readPlan(raw) };
  }

  it("reads back as a plan with the unit's goals, activities and rows to fill in", () => {
    const { plan } = socialHandout();
    expect(plan.activities.rows.map((a) => a.id)).toEqual(["A1", "A2"]);
    expect(plan.goals.rows.map((g) => g.id)).toEqual(["M1"]);
    expect(plan.followUp.rows.map((r) => [r.period, r.activityId, r.status])).toEqual([
      ["Helår 2022", "A1", "inProgress"],
      ["Helår 2022", "A2", null],
    ]);
    expect(plan.facts.organisation).toBe("Sundsvalls kommun");
    expect(plan.facts.periodEnd).toBe("2024-12-31");
  });

  it("carries its identity: master, period and responsible", () => {
    const { raw, plan } = socialHandout();
    expect(readIdentity(raw, plan)).toEqual({
      organisation: "Sundsvalls kommun",
      planName: "Jämställdhetsplan 2022–2024",
      period: "Helår 2022",
      responsible: "Socialnämnden",
    });
  });

  it("holds exactly the master's facts, goals and activities (nothing to report as changed)", () => {
    const { master, plan } = socialHandout();
    expect(protectedChanges(master, plan)).toEqual([]);
  });

  it("shows the previous report beside the row and the activity's text beside its ID", () => {
    const { raw } = socialHandout();
    const followUp = raw.tables.find((t) => t.name === "FollowUp");
    const header = (followUp?.values[0] ?? []) as string[];
    const a1 = followUp?.values[1] ?? [];
    expect(a1[header.indexOf("Aktivitet")]).toBe("Inför heltid i hemtjänsten");
    expect(a1[header.indexOf("Föregående period")]).toBe("Delår 2022");
    expect(a1[header.indexOf("Föregående status")]).toBe("Pågår");
    expect(a1[header.indexOf("Föregående utfall")]).toBe(200000);
  });

  it("keeps each drop-down list and colour rule on its own column, after the name column is put in", () => {
    const { social } = socialHandout();
    const templates = handoutTemplates(social);
    const on = (name: string) => {
      const t = templates.find((x) => x.name === name);
      const header = (c: number) => t?.headers[c];
      return {
        lists: (t?.validations ?? []).map((v) => [
          header(v.column),
          v.source.kind === "choice" ? v.source.list : v.source.kind,
        ]),
        colours: [...new Set((t?.colours ?? []).map((c) => header(c.column)))],
      };
    };
    expect(on("FollowUp")).toEqual({
      lists: [
        ["Period", "column"],
        ["Aktivitet-ID", "column"],
        ["Status", "status"],
      ],
      colours: ["Status"],
    });
    expect(on("IndicatorValues")).toEqual({
      lists: [
        ["Period", "column"],
        ["Mål-ID", "column"],
        ["Bedömning", "assessment"],
      ],
      colours: ["Bedömning"],
    });
  });

  it("formats every row handed out, and gives the previous comment a wide column and the other previous values narrow ones", () => {
    const { social } = socialHandout();
    const templates = handoutTemplates(social);
    const covered = templates.map((t) => [t.name, t.rows.length, t.formattedRows]);
    expect(covered).toEqual([
      ["Plan", 10, 10],
      ["Articles", 3, 3],
      ["Goals", 1, 1],
      ["Activities", 2, 2],
      ["Periods", 4, 4],
      ["FollowUp", 2, 2],
      ["IndicatorValues", 1, 1],
    ]);
    const followUp = templates.find((t) => t.name === "FollowUp");
    const width = (header: string) => followUp?.widths[followUp.headers.indexOf(header)];
    expect([width("Aktivitet"), width("Föregående utfall"), width("Föregående kommentar")]).toEqual([
      40, 18, 40,
    ]);
  });

  it("formats one empty row of a table it hands out nothing in, so the first row typed in is formatted", () => {
    const board = handoutOf(roundOf(), "(utan ansvarig)");
    const indicators = handoutTemplates(board).find((t) => t.name === "IndicatorValues");
    expect([indicators?.rows.length, indicators?.formattedRows]).toEqual([0, 1]);
  });

  it("is protected everywhere except the cells the unit fills in", () => {
    const { social, raw } = socialHandout();
    const protection = handoutProtection(social);
    expect(protection.map((p) => p.sheet)).toEqual([
      "Plan",
      "Artiklar",
      "Mål",
      "Aktiviteter",
      "Perioder",
      "Uppföljning",
      "Indikatorer",
      "Listor",
    ]);
    const headers = (name: string) => (raw.tables.find((t) => t.name === name)?.values[0] ?? []) as string[];
    const open = (name: string) => {
      const p = protection.find((x) => x.editable?.table === name);
      return (p?.editable?.columns ?? []).map((c) => headers(name)[c]);
    };
    expect(open("FollowUp")).toEqual(["Status", "Utfall", "Prognos", "Kommentar"]);
    expect(open("IndicatorValues")).toEqual(["Kvinnor", "Män", "Totalt", "Bedömning", "Kommentar"]);
    expect(protection.filter((p) => p.editable)).toHaveLength(2);
  });
});
