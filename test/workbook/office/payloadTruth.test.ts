/**
 * Request sizes as Excel receives them: the adapter plans its writes in batches by
 * its own estimate of each request's bytes (payload.ts); Microsoft's Office.js
 * builds the real requests (the fake Excel runs behind it). The estimate must not
 * fall short of the real size, so a batch planned under 4 MB is a request well
 * under Excel on the web's 5 MB, however the data is shaped.
 */
import * as payload from "../../../src/workbook/office/payload";
import { officePort } from "../../../src/workbook/office/officePort";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import { PAYLOAD_LIMIT, fakeWorkbook, type FakeExcel } from "../../fakes/fakeExcel";
import { largePlanTemplates } from "../../fixtures/largePlan";

jest.setTimeout(120_000);

type Planned = { estimate: number; real: number };

/** Runs `write` and pairs each batch the adapter planned with the real request that carried it. */
async function plannedAndReal(fake: FakeExcel, write: () => Promise<unknown>): Promise<Planned[]> {
  const planned: number[][] = [];
  const pack = payload.packBatches;
  const spy = jest.spyOn(payload, "packBatches").mockImplementation((...args) => {
    const batches = pack(...args);
    planned.push(batches.map((b) => b.reduce((sum, o) => sum + o.bytes, 0)));
    return batches;
  });
  const requests = fake.officeJs().bridge.requests;
  const before = requests.length;
  try {
    await write();
  } finally {
    spy.mockRestore();
  }
  const estimates = planned.flat();
  // The write's batches are its last requests but one (the sheet is activated last).
  const real = requests.slice(before).map((r) => r.requestBytes);
  const batches = real.slice(real.length - 1 - estimates.length, real.length - 1);
  return estimates.map((estimate, i) => ({ estimate, real: batches[i] ?? 0 }));
}

function expectTruthful(pairs: readonly Planned[]): void {
  expect(pairs.length).toBeGreaterThan(0);
  for (const { estimate, real } of pairs) {
    // Never short by more than a tenth, never more than twice the real size.
    expect({ estimate, real, ok: real <= estimate * 1.1 && real >= estimate * 0.5 }).toMatchObject({
      ok: true,
    });
    expect(real).toBeLessThan(PAYLOAD_LIMIT);
  }
}

describe("the adapter's request estimate against Office.js's real requests", () => {
  it("holds for a set-up of 5,000 activities and 50,000 follow-up rows, sent in several requests under 5 MB", async () => {
    const fake = fakeWorkbook();
    const size = { units: 100, activities: 5_000, periods: 10, goals: 1_250 };
    const pairs = await plannedAndReal(fake, () =>
      officePort(fake.context()).addTables(largePlanTemplates(size)),
    );
    expect(pairs.length).toBeGreaterThan(1);
    expectTruthful(pairs);
    // A batch planned at the 4 MB budget stays well under the limit in Excel.
    expect(Math.max(...pairs.map((p) => p.real))).toBeLessThan(4.5 * 1024 * 1024);
  });

  it("holds for the summary sheet of the region's plan (20,000 follow-up rows)", async () => {
    const fake = fakeWorkbook();
    await officePort(fake.context()).addTables(
      largePlanTemplates({ units: 100, activities: 2_000, periods: 10, goals: 500 }),
    );
    const port = officePort(fake.context());
    const prepared = await prepareSummary(port, "Helår 2025", "sv", "2026-01-20");
    if (!prepared.ok) throw new Error("no period");
    const pairs = await plannedAndReal(fake, () => writeSummary(port, prepared));
    expectTruthful(pairs);
  });
});
