import { setUpPlan } from "../../../src/app/setUpPlan";
import { planTemplates } from "../../../src/core/template/planTemplate";
import { readSelection, runExcelAction, selectCell } from "../../../src/workbook/office/excelRun";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../../fakes/fakeExcel";
import { planWorkbook } from "./planWorkbook";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function install(fake: FakeExcel): FakeExcel {
  uninstall = installFakeExcel(fake);
  return fake;
}

describe("Excel.run per user action", () => {
  it("runs a use case in one Excel.run with one port for read and write", async () => {
    const fake = install(fakeWorkbook());
    const result = await runExcelAction((port) =>
      setUpPlan(port, { lang: "en", from: "2020-01-01", to: "2022-12-31" }),
    );
    expect(result.created).toHaveLength(7);
    // Read (2), write (1), and activate the first new sheet once it exists (1).
    expect(fake.syncCount).toBe(4);
    expect(fake.model.sheet("Follow-up")).not.toBeNull();
  });

  it("shows a finding's cell by activating its sheet and selecting it", async () => {
    const fake = install(planWorkbook(3));
    expect(await selectCell("Uppföljning", "C3")).toBe(true);
    expect(fake.model.activeSheet?.name).toBe("Uppföljning");
    expect(fake.model.selection?.area).toEqual({ row: 2, col: 2, rows: 1, cols: 1 });
    expect(await selectCell("Borttaget blad", "A1")).toBe(false);
  });

  it("reads the selection with its sheet and position, for import", async () => {
    const fake = install(fakeWorkbook());
    fake.put("Blad1", "B2", [
      ["Artikel", "Mål", "Aktivitet"],
      ["Artikel 11", "Jämn könsfördelning bland chefer", "Ledarskapsprogram"],
    ]);
    fake.model.selection = { sheet: fake.sheet("Blad1"), area: { row: 1, col: 1, rows: 2, cols: 3 } };
    expect((await readSelection())?.range).toEqual({
      sheet: "Blad1",
      top: 1,
      left: 1,
      values: [
        ["Artikel", "Mål", "Aktivitet"],
        ["Artikel 11", "Jämn könsfördelning bland chefer", "Ledarskapsprogram"],
      ],
    });
  });
});

describe("an interrupted set-up", () => {
  it("writes nothing when its write sync fails, and a second run completes the workbook", async () => {
    const fake = install(fakeWorkbook());
    fake.failOnSync(3);
    const before = fake.snapshot();
    await expect(runExcelAction((port) => setUpPlan(port, { lang: "sv" }))).rejects.toMatchObject({
      failure: { code: "excelRefused", reason: "GeneralException" },
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.model.tables).toHaveLength(0);

    await runExcelAction((port) => setUpPlan(port, { lang: "sv" }));
    expect(fake.model.tables.map((t) => t.name)).toEqual(planTemplates("sv").map((t) => t.name));
  });
});
