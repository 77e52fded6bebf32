import { deadlineState } from "../../../src/core/periods/planOverview";

describe("the adoption deadline", () => {
  it("is met when the plan was adopted on the deadline day itself", () => {
    expect(deadlineState("2024-10-01", "2026-10-01", "2026-11-23")).toEqual({
      kind: "met",
      deadline: "2026-10-01",
      adopted: "2026-10-01",
    });
  });
  it("is late when adopted the day after", () => {
    expect(deadlineState("2024-10-01", "2026-10-02", "2026-11-23").kind).toBe("late");
  });
  it("counts the days left, and the days late once passed, when not adopted", () => {
    expect(deadlineState("2024-10-01", null, "2026-09-01")).toEqual({
      kind: "open",
      deadline: "2026-10-01",
      daysLeft: 30,
    });
    expect(deadlineState("2024-10-01", null, "2026-10-01")).toEqual({
      kind: "open",
      deadline: "2026-10-01",
      daysLeft: 0,
    });
    expect(deadlineState("2024-10-01", null, "2026-11-23")).toEqual({
      kind: "overdue",
      deadline: "2026-10-01",
      daysLate: 53,
    });
  });
  it("runs from 29 February to 28 February two years later", () => {
    expect(deadlineState("2024-02-29", null, "2026-02-28")).toMatchObject({
      kind: "open",
      deadline: "2026-02-28",
      daysLeft: 0,
    });
  });
  it("cannot be told without a signing date", () => {
    expect(deadlineState(null, "2020-01-01", "2026-11-23")).toEqual({ kind: "unknown" });
  });
});
