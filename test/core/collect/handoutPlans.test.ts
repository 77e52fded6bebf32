import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import { handoutProtection, handoutTemplates } from "../../../src/core/collect/handoutTemplates";
import { readIdentity } from "../../../src/core/collect/identity";
import { protectedChanges } from "../../../src/core/collect/protectedChanges";
import { readPlan } from "../../../src/core/read/readPlan";
import { handoutOf, handoutWorkbook, masterPlan, masterRows, ROUND } from "./roundFixture";

describe("handoutPlans", () => {
  const master = masterPlan();
  const handouts = handoutPlans(master, ROUND) ?? [];

  it("makes one hand-out per responsible, grouping names case-insensitively and keeping the first spelling", () => {
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
    expect(handoutOf(handouts, "Kommunstyrelsen").followUp.map((r) => r.id)).toEqual(["A4"]);
    expect(handoutOf(handouts, "Stadsbyggnadsnämnden").followUp.map((r) => r.id)).toEqual(["A5"]);
  });

  it("pre-fills the master's own row for the period and leaves the others empty", () => {
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

  it("returns null for a period the master does not have", () => {
    expect(handoutPlans(master, "Tertial 1 2022")).toBeNull();
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
    const en = handoutPlans(master, ROUND, "en") ?? [];
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
  const master = masterPlan();
  const social = handoutOf(handoutPlans(master, ROUND) ?? [], "Socialnämnden");
  const raw = handoutWorkbook(social);
  const plan = readPlan(raw);

  it("reads back as a plan with the unit's goals, activities and rows to fill in", () => {
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
    expect(readIdentity(raw, plan)).toEqual({
      organisation: "Sundsvalls kommun",
      planName: "Jämställdhetsplan 2022–2024",
      period: "Helår 2022",
      responsible: "Socialnämnden",
    });
  });

  it("holds exactly the master's facts, goals and activities (nothing to report as changed)", () => {
    expect(protectedChanges(master, plan)).toEqual([]);
  });

  it("shows the previous report beside the row and the activity's text beside its ID", () => {
    const followUp = raw.tables.find((t) => t.name === "FollowUp");
    const header = (followUp?.values[0] ?? []) as string[];
    const a1 = followUp?.values[1] ?? [];
    expect(a1[header.indexOf("Aktivitet")]).toBe("Inför heltid i hemtjänsten");
    expect(a1[header.indexOf("Föregående period")]).toBe("Delår 2022");
    expect(a1[header.indexOf("Föregående status")]).toBe("Pågår");
    expect(a1[header.indexOf("Föregående utfall")]).toBe(200000);
  });

  it("is protected everywhere except the cells the unit fills in", () => {
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
