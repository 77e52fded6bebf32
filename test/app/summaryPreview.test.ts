/**
 * The Follow-up view's use cases on Lindesbergs kommun's plan (2021–2023): opening
 * reads the workbook once and previews the latest passed period; writing prepares
 * the period afresh and never writes over a user's sheet.
 */
import { openSummary, previewSummary, writeSummarySheet } from "../../src/app/summaryPreview";
import { prepareSummary } from "../../src/app/summariseWorkbook";
import { summaryChartData } from "../../src/core/summary/chartData";
import { reportSection } from "../../src/core/summary/section";
import { planWorkbook, samplePlan } from "../core/fixtures/planWorkbook";
import { memoryPort, type MemoryPort } from "./memoryPort";

/** The plan in memory, counting the reads of the whole workbook. */
function counted(): { port: MemoryPort; reads: () => number } {
  const port = memoryPort(planWorkbook(samplePlan()));
  let reads = 0;
  const read = port.read.bind(port);
  port.read = () => {
    reads++;
    return read();
  };
  return { port, reads: () => reads };
}

describe("openSummary", () => {
  it("offers the latest period whose cut-off has passed, with its preview, from one read", async () => {
    const { port, reads } = counted();
    const opened = await openSummary(port, "sv", "2022-03-01");
    expect(reads()).toBe(1);
    expect(opened.periods.map((p) => [p.name, p.type, p.cutoff])).toEqual([
      ["Delår 2021", "interim", "2021-08-31"],
      ["Helår 2021", "annual", "2021-12-31"],
      ["Delår 2022", "interim", "2022-08-31"],
      ["Helår 2022", "annual", "2022-12-31"],
    ]);
    expect(opened.period).toBe("Helår 2021");
    const prepared = await prepareSummary(port, "Helår 2021", "sv", "2022-03-01");
    if (!prepared.ok || opened.preview === null || "ok" in opened.preview) throw new Error("no preview");
    expect(opened.preview).toEqual({
      json: prepared.json,
      text: prepared.text,
      sheetName: "Årsbokslut 2021",
      charts: summaryChartData(prepared.summary),
      // The section for Word is in the plan's language (this plan is Swedish).
      section: reportSection(prepared.summary, prepared.plan.lang),
    });
    expect(prepared.plan.lang).toBe("sv");
    expect(port.calls.writeSheet).toBe(0);
  });

  it("offers nothing when the plan has no period with a cut-off", async () => {
    const port = memoryPort(planWorkbook({ ...samplePlan(), Periods: [] }));
    expect(await openSummary(port, "en", "2022-03-01")).toEqual({ periods: [], period: null, preview: null });
  });
});

describe("previewSummary", () => {
  it("answers a period that is not in the workbook with the periods there are", async () => {
    const { port } = counted();
    expect(await previewSummary(port, "Tertial 2 2021", "sv", "2022-03-01")).toMatchObject({
      ok: false,
      code: "unknownPeriod",
      periods: ["Delår 2021", "Helår 2021", "Delår 2022", "Helår 2022"],
    });
  });
});

describe("writeSummarySheet", () => {
  it("writes the period's sheet, then asks before replacing it, and replaces it once confirmed", async () => {
    const { port } = counted();
    const first = await writeSummarySheet(port, "Delår 2021", "sv", "2022-03-01", { replace: false });
    expect(first.result).toEqual({ ok: true, sheet: "Delår 2021", replaced: false });
    expect(first.preview).toMatchObject({ sheetName: "Delår 2021" });
    const again = await writeSummarySheet(port, "Delår 2021", "sv", "2022-03-01", { replace: false });
    expect(again.result).toEqual({ ok: false, code: "confirmReplace", sheet: "Delår 2021" });
    const confirmed = await writeSummarySheet(port, "Delår 2021", "sv", "2022-03-01", { replace: true });
    expect(confirmed.result).toEqual({ ok: true, sheet: "Delår 2021", replaced: true });
    expect(port.calls.writeSheet).toBe(2);
  });

  it("writes nothing for a period that left the workbook, and says which periods there are", async () => {
    const { port } = counted();
    const written = await writeSummarySheet(port, "Helår 2023", "sv", "2022-03-01", { replace: true });
    expect(written.result).toBeNull();
    expect(written.preview).toMatchObject({ ok: false, periods: expect.arrayContaining(["Delår 2021"]) });
    expect(port.calls.writeSheet).toBe(0);
  });
});
