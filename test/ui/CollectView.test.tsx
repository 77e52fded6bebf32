/**
 * The Hand-out and collect view on a master workbook held as an .xlsx file (the
 * web page's workspace, with the real exceljs adapter for hand-outs and returned
 * files): hand-outs are made and downloaded, a filled-in one is collected, the
 * preview shows what it brings and who is silent, and nothing is written before
 * the coordinator confirms.
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../src/app/ports";
import type { CellValue } from "../../src/core/cells/cells";
import { planTemplates } from "../../src/core/template/planTemplate";
import { readPlan } from "../../src/core/read/readPlan";
import { openFileWorkspace, type FileWorkspace } from "../../src/taskpane/hosts/fileWorkspace";
import { App } from "../../src/taskpane/App";
import CollectView from "../../src/taskpane/views/CollectView";
import type { Workspace } from "../../src/taskpane/workspace";
import { newXlsx, openXlsx, saveXlsx } from "../../src/workbook/xlsx/xlsxFile";
import { editWithExcelJs } from "../workbook/xlsx/excelJsFiles";
import { xlsxPort } from "../../src/workbook/xlsx/xlsxPort";
import { masterRows, ROUND } from "../core/collect/roundFixture";
import { renderInPane } from "./renderInPane";

jest.setTimeout(30_000);
// Making four hand-outs and reading them back takes seconds on a loaded machine, beyond the
// library's 1 s wait (these tests failed at 1 s under load before the machines, too).
configure({ asyncUtilTimeout: 10_000 });

/** Queries that skip the preview's copyable text, which repeats every line. */
const notText = { ignore: "script, style, textarea" };

type Downloaded = { name: string; bytes: Uint8Array };

/** The round's master (Sundsvalls kommun, three units and one activity without a responsible) as .xlsx bytes. */
async function masterBytes(): Promise<Uint8Array> {
  const wb = newXlsx();
  const rows = masterRows();
  const templates = planTemplates("sv", { from: "2022-01-01", to: "2024-12-31" }).map((t) => {
    const given = rows[t.name];
    return given
      ? {
          ...t,
          rows: given.map((r) => r.map((v) => (v === undefined ? null : (v as string | number | null)))),
        }
      : t;
  });
  await xlsxPort(wb).addTables(templates);
  return saveXlsx(wb);
}

/** The master as a file workspace whose downloads are recorded instead of offered. */
async function masterWorkspace(): Promise<{ ws: FileWorkspace; downloads: Downloaded[] }> {
  const bytes = await masterBytes();
  const ws = await openFileWorkspace(bytes.slice().buffer, "plan.xlsx");
  const downloads: Downloaded[] = [];
  if (!ws.files) throw new Error("the file workspace offers no files");
  const files = {
    ...ws.files,
    download: (b: Uint8Array, name: string) => void downloads.push({ name, bytes: b }),
  };
  return { ws: { ...ws, files }, downloads };
}

/** Types into a downloaded hand-out as the unit would, and returns it as the file the coordinator picks. */
async function filledIn(
  d: Downloaded,
  edits: readonly { sheet: string; id: string; values: Readonly<Record<string, CellValue>> }[],
): Promise<File> {
  const bytes = await editWithExcelJs(d.bytes, (wb) => {
    for (const { sheet, id, values } of edits) {
      const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
      const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
      let row = 0;
      ws.eachRow((r, n) => {
        if (n > 1 && r.getCell(2).value === id) row = n;
      });
      if (row === 0) throw new Error(`No ${id} on ${sheet}`);
      for (const [header, value] of Object.entries(values))
        ws.getCell(row, headers.indexOf(header)).value = value;
    }
  });
  return new File([new Uint8Array(bytes)], d.name);
}

const followUpOf = async (ws: Workspace) => ws.run(async (port: WorkbookPort) => readPlan(await port.read()));

async function handOutRound(
  lang: "sv" | "en" = "sv",
): Promise<{ ws: FileWorkspace; downloads: Downloaded[] }> {
  const master = await masterWorkspace();
  renderInPane(<CollectView lang={lang} workspace={master.ws} />);
  const select = (await screen.findByLabelText("Period")) as HTMLSelectElement;
  fireEvent.change(select, { target: { value: ROUND } });
  await waitFor(() => expect(select.value).toBe(ROUND));
  return master;
}

describe("the Hand-out and collect view", () => {
  it("makes one hand-out per responsible and downloads them all", async () => {
    const { downloads } = await handOutRound();
    fireEvent.click(screen.getByRole("button", { name: "Gör utskicksfiler" }));
    const table = await screen.findByRole("table", { name: /Utskicksfiler/ });
    const names = within(table)
      .getAllByRole("rowheader")
      .map((c) => c.textContent);
    expect(names).toEqual(
      expect.arrayContaining([
        `${ROUND} - Socialnämnden.xlsx`,
        `${ROUND} - Kommunstyrelsen.xlsx`,
        `${ROUND} - Stadsbyggnadsnämnden.xlsx`,
      ]),
    );
    fireEvent.click(screen.getByRole("button", { name: "Ladda ned alla" }));
    await waitFor(() => expect(downloads).toHaveLength(names.length));
    expect(downloads.map((d) => d.name)).toEqual(names);
    // Each download is a workbook holding that unit's follow-up rows.
    const social = await openXlsx(
      (downloads.find((d) => d.name.includes("Socialnämnden")) as Downloaded).bytes,
    );
    const followUp = (await xlsxPort(social).read()).tables.find((t) => t.sheet === "Uppföljning");
    expect(followUp?.values.slice(1).map((r) => r[1])).toEqual(["A1", "A2"]);
  });

  it("previews a returned hand-out, writes nothing until confirmed, then appends its new rows and keeps the master's", async () => {
    const { ws, downloads } = await handOutRound();
    fireEvent.click(screen.getByRole("button", { name: "Gör utskicksfiler" }));
    fireEvent.click(await screen.findByRole("button", { name: `Ladda ned ${ROUND} - Socialnämnden.xlsx` }));
    const returned = await filledIn(downloads[0] as Downloaded, [
      { sheet: "Uppföljning", id: "A1", values: { Status: "Försenad", Utfall: 420000 } },
      { sheet: "Uppföljning", id: "A2", values: { Status: "Genomförd", Utfall: 140000, Prognos: 140000 } },
      {
        sheet: "Indikatorer",
        id: "M1",
        values: { Kvinnor: 66, Män: 82, Totalt: 70, Bedömning: "Delvis uppfyllt" },
      },
    ]);
    const junk = new File(["Hej, här är vår rapport"], "rapport.xlsx");
    const before = await followUpOf(ws);

    fireEvent.change(screen.getByLabelText(/Välj de ifyllda arbetsböckerna/), {
      target: { files: [returned, junk] },
    });
    const added = await screen.findByRole("table", { name: /Nya rader: Socialnämnden/ });
    expect(
      within(added)
        .getAllByRole("rowheader")
        .map((c) => c.textContent),
    ).toEqual(["A2", "M1"]);
    const changed = screen.getByRole("table", { name: /Ändrade rader.*Socialnämnden/ });
    expect(
      within(changed)
        .getAllByRole("rowheader")
        .map((c) => c.textContent),
    ).toEqual(["A1"]);
    expect(screen.getByText(/Har inte svarat:/, notText).textContent).toMatch(
      /Kommunstyrelsen.*Stadsbyggnadsnämnden/,
    );
    // A file that is not a workbook is named with its reason (the words load with the first error bar).
    await waitFor(() =>
      expect(
        screen
          .getAllByRole("alert")
          .some((a) => /Kan inte läsa rapport\.xlsx: filen/.test(a.textContent ?? "")),
      ).toBe(true),
    );
    expect(screen.getByRole("checkbox", { name: /\(1\)/ })).toBeTruthy();

    const untouched = await followUpOf(ws);
    expect(untouched.followUp.rows).toHaveLength(before.followUp.rows.length);
    expect(untouched.indicatorValues.rows).toHaveLength(before.indicatorValues.rows.length);

    fireEvent.click(screen.getByRole("button", { name: "Skriv nya rader" }));
    await screen.findByText(/Skrivet: 2 nya rader, 0 ersatta rader/, notText);
    const after = await followUpOf(ws);
    const round = after.followUp.rows.filter((r) => r.period === ROUND);
    expect(round.map((r) => [r.activityId, r.status, r.outcome])).toEqual([
      ["A1", "inProgress", 350000],
      ["A2", "done", 140000],
    ]);
    expect(
      after.indicatorValues.rows
        .filter((r) => r.period === ROUND)
        .map((r) => [r.goalId, r.women, r.assessment]),
    ).toEqual([["M1", 66, "partlyMet"]]);
    expect(screen.getByRole("button", { name: "Skriv nya rader" })).toHaveProperty("disabled", true);
  });

  it("replaces a row the master holds only when the coordinator ticks the box, and says so when the host cannot", async () => {
    const master = await masterWorkspace();
    // A host whose adapter cannot replace rows yet (as Excel before updateRows).
    const noUpdate: Workspace = {
      ...master.ws,
      run: (action) => master.ws.run(({ updateRows: _updateRows, ...port }) => action(port)),
    };
    renderInPane(<CollectView lang="en" workspace={noUpdate} />);
    const select = (await screen.findByLabelText("Period")) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: ROUND } });
    fireEvent.click(screen.getByRole("button", { name: "Make hand-outs" }));
    fireEvent.click(await screen.findByRole("button", { name: `Download ${ROUND} - Socialnämnden.xlsx` }));
    const returned = await filledIn(master.downloads[0] as Downloaded, [
      { sheet: "Uppföljning", id: "A1", values: { Status: "Försenad", Utfall: 420000 } },
    ]);
    fireEvent.change(screen.getByLabelText(/Choose the filled-in workbooks/), {
      target: { files: [returned] },
    });
    const write = await screen.findByRole("button", { name: "Write new rows" });
    expect(write).toHaveProperty("disabled", true);
    fireEvent.click(
      screen.getByRole("checkbox", { name: /Also replace rows the workbook already holds \(1\)/ }),
    );
    await waitFor(() => expect(write).toHaveProperty("disabled", false));
    fireEvent.click(write);
    await screen.findByText(/Written: 0 new rows, 0 rows replaced/, notText);
    expect(
      screen.getAllByRole("alert").some((a) => a.textContent?.includes("1 row could not be replaced")),
    ).toBe(true);
    const a1 = (await followUpOf(master.ws)).followUp.rows.find(
      (r) => r.period === ROUND && r.activityId === "A1",
    );
    expect([a1?.status, a1?.outcome]).toEqual(["inProgress", 350000]);
  });

  it("writes a conflicting row only with the file the coordinator chose, and replaces confirmed master rows", async () => {
    const { ws, downloads } = await handOutRound();
    fireEvent.click(screen.getByRole("button", { name: "Gör utskicksfiler" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ladda ned alla" }));
    await waitFor(() => expect(downloads).toHaveLength(4));
    const of = (unit: string) => downloads.find((d) => d.name.includes(unit)) as Downloaded;
    const social = await filledIn(of("Socialnämnden"), [
      { sheet: "Uppföljning", id: "A1", values: { Status: "Försenad", Utfall: 420000 } },
    ]);
    const board = await filledIn(of("Kommunstyrelsen"), [
      { sheet: "Uppföljning", id: "A4", values: { Status: "Pågår", Utfall: 15000 } },
    ]);
    const copy = await filledIn({ ...of("Kommunstyrelsen"), name: "Kommunstyrelsen (kopia).xlsx" }, [
      { sheet: "Uppföljning", id: "A4", values: { Status: "Ej påbörjad" } },
    ]);
    fireEvent.change(screen.getByLabelText(/Välj de ifyllda arbetsböckerna/), {
      target: { files: [social, board, copy] },
    });
    const group = await screen.findByRole("radiogroup");
    expect(
      (within(group).getByRole("radio", { name: "Vänta, skriv ingenting" }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(
      within(group).getByRole("radio", { name: new RegExp(`^Kommunstyrelsen \\(${board.name}\\)`) }),
    );
    fireEvent.click(
      screen.getByRole("checkbox", { name: /Ersätt också rader som redan finns i arbetsboken \(1\)/ }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Skriv nya rader" }));
    await screen.findByText(/Skrivet: 1 ny rad, 1 ersatt rad/, notText);
    const round = (await followUpOf(ws)).followUp.rows.filter((r) => r.period === ROUND);
    expect(round.map((r) => [r.activityId, r.status, r.outcome])).toEqual([
      ["A1", "delayed", 420000],
      ["A4", "inProgress", 15000],
    ]);
  });
});

describe("the task pane's tabs", () => {
  it("opens the Hand-out and collect view from its own tab", async () => {
    const { ws } = await masterWorkspace();
    render(<App lang="sv" theme="light" workspace={ws} />);
    fireEvent.click(screen.getByRole("tab", { name: "Utskick och insamling" }));
    expect(await screen.findByRole("button", { name: "Gör utskicksfiler" })).toBeTruthy();
    expect((screen.getByLabelText("Period") as HTMLSelectElement).value).not.toBe("");
  });
});
