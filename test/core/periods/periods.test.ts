import {
  defaultPeriod,
  findPeriod,
  periodChoices,
  periodCutoffs,
  periodsOf,
} from "../../../src/core/periods/periods";
import { buildPlan, PERIODS_2018_2020 } from "../fixtures/summaryPlanBuilder";

/** The 2018–2020 periods, with the rows people leave behind: a blank name, no cut-off, a repeated name, no type. */
const plan = buildPlan({
  periods: [
    ...PERIODS_2018_2020,
    { period: "  ", cutoff: "2021-08-31" },
    { period: "Tertial 1", cutoff: null },
    { period: " Delår 2019 ", type: "interim", cutoff: "2019-09-30" },
    { period: "Extra 2019", cutoff: "2019-10-31" },
  ],
});

describe("periodsOf", () => {
  it("lists the named periods with a cut-off in table order, trimmed, the first row of a name winning", () => {
    expect(periodsOf(plan).map((p) => [p.name, p.type, p.cutoff])).toEqual([
      ["Delår 2018", "interim", "2018-08-31"],
      ["Helår 2018", "annual", "2018-12-31"],
      ["Delår 2019", "interim", "2019-08-31"],
      ["Helår 2019", "annual", "2019-12-31"],
      ["Delår 2020", "interim", "2020-08-31"],
      ["Helår 2020", "annual", "2020-12-31"],
      ["Extra 2019", "interim", "2019-10-31"],
    ]);
  });
});

describe("findPeriod", () => {
  it("finds a period by its trimmed name, else ignoring case, else not at all", () => {
    expect(findPeriod(plan, " Helår 2019 ")?.cutoff).toBe("2019-12-31");
    expect(findPeriod(plan, "HELÅR 2019")?.name).toBe("Helår 2019");
    expect(findPeriod(plan, "Tertial 1")).toBeNull();
    expect(findPeriod(plan, "Helår 2021")).toBeNull();
  });
});

describe("periodCutoffs", () => {
  it("maps each named period to its cut-off, the first row of a name winning", () => {
    const cutoffs = periodCutoffs(plan);
    expect(cutoffs.get("Delår 2019")).toBe("2019-08-31");
    expect(cutoffs.has("Tertial 1")).toBe(false);
    expect(cutoffs.size).toBe(7);
  });
});

describe("defaultPeriod", () => {
  it("chooses the latest period whose cut-off is on or before the date, an annual one winning a tie", () => {
    expect(defaultPeriod(plan, "2019-10-15")).toBe("Delår 2019");
    expect(defaultPeriod(plan, "2019-11-01")).toBe("Extra 2019");
    expect(defaultPeriod(plan, "2019-12-31")).toBe("Helår 2019");
    expect(defaultPeriod(plan, "2018-08-30")).toBeNull();
    const tie = buildPlan({
      periods: [
        { period: "Delår", type: "interim", cutoff: "2019-12-31" },
        { period: "Helår", type: "annual", cutoff: "2019-12-31" },
      ],
    });
    expect(defaultPeriod(tie, "2020-01-01")).toBe("Helår");
  });
});

describe("periodChoices", () => {
  it("offers every period, the latest passed one first chosen, else the first period", () => {
    expect(periodChoices(plan, "2019-12-31")).toMatchObject({ preselected: "Helår 2019" });
    expect(periodChoices(plan, "2017-01-01").preselected).toBe("Delår 2018");
    expect(periodChoices(plan, "2019-12-31").periods).toEqual(periodsOf(plan));
    expect(periodChoices(buildPlan({ periods: [] }), "2019-12-31")).toEqual({
      periods: [],
      preselected: null,
    });
  });
});
