/**
 * Hand-outs inside Excel (issue 24, item 7): a download from the task pane does not reach
 * the user in Office on Mac (office-js #2700, "by design") and has been blocked in the
 * Windows WebView (#1511), so inside Excel each hand-out opens as a new workbook through
 * Excel.createWorkbook (ExcelApi 1.8; Microsoft's "Work with workbooks" page, office-js-docs-pr
 * docs/excel/excel-add-ins-workbooks.md), for the user to save. The fake records the calls
 * (test/fakes/fakeCreateWorkbook.ts). Returned files are still chosen with the file picker.
 * The web page keeps its downloads (CollectView.test.tsx).
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { planTemplates } from "../../src/core/template/planTemplate";
import { excelWorkspace } from "../../src/taskpane/hosts/excelWorkspace";
import CollectView from "../../src/taskpane/views/CollectView";
import { officePort } from "../../src/workbook/office/officePort";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { masterRows, ROUND } from "../core/collect/roundFixture";
import { installCreateWorkbook, type CreatedWorkbooks } from "../fakes/fakeCreateWorkbook";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { renderInPane } from "./renderInPane";

jest.setTimeout(30_000);

let fake: FakeExcel;
let created: CreatedWorkbooks;
let uninstall: () => void;

/** The round's master (Sundsvalls kommun, three units and one activity without a responsible) in the fake Excel. */
beforeEach(async () => {
  fake = fakeWorkbook();
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
  await officePort(fake.context()).addTables(templates);
  uninstall = installFakeExcel(fake, "1.9");
  created = installCreateWorkbook();
});
afterEach(() => {
  created.uninstall();
  uninstall();
});

async function makeHandouts(lang: "sv" | "en" = "sv"): Promise<string[]> {
  renderInPane(<CollectView lang={lang} workspace={excelWorkspace} />);
  const select = (await screen.findByLabelText("Period")) as HTMLSelectElement;
  fireEvent.change(select, { target: { value: ROUND } });
  await waitFor(() => expect(select.value).toBe(ROUND));
  fireEvent.click(
    screen.getByRole("button", { name: lang === "sv" ? "Gör utskicksfiler" : "Make hand-outs" }),
  );
  const table = await screen.findByRole(
    "table",
    { name: lang === "sv" ? /Utskicksfiler/ : /Hand-out files/ },
    { timeout: 15_000 },
  );
  return within(table)
    .getAllByRole("rowheader")
    .map((c) => c.textContent ?? "");
}

describe("hand-outs in Excel", () => {
  it("open as new workbooks through Excel.createWorkbook, one per unit, and offer no download", async () => {
    const names = await makeHandouts();
    expect(names).toHaveLength(4);
    expect(screen.queryByRole("button", { name: /Ladda ned/ })).toBeNull();
    expect(screen.getByText(/Spara den med filnamnet i listan/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Öppna alla i Excel" }));
    await waitFor(() => expect(created.opened).toHaveLength(names.length));
    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      `Öppnad som ny arbetsbok i Excel – spara den som ${names.join(", ")}`,
    );
    // Each opened workbook is that unit's hand-out: the Socialnämnden one holds its follow-up rows.
    const at = names.findIndex((n) => n.includes("Socialnämnden"));
    const social = await openXlsx(created.opened[at] as Uint8Array);
    const followUp = (await xlsxPort(social).read()).tables.find((t) => t.sheet === "Uppföljning");
    expect(followUp?.values.slice(1).map((r) => r[1])).toEqual(["A1", "A2"]);
  });

  it("opens one unit's hand-out on its own button (English)", async () => {
    const names = await makeHandouts("en");
    const name = names[1] as string;
    fireEvent.click(screen.getByRole("button", { name: `Open in Excel ${name}` }));
    await waitFor(() => expect(created.opened).toHaveLength(1));
    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      `Opened as a new workbook in Excel – save it as ${name}`,
    );
  });

  it("tells the user when Excel refuses to open a workbook", async () => {
    await makeHandouts();
    created.refuse = "GeneralException";
    fireEvent.click(screen.getByRole("button", { name: "Öppna alla i Excel" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(created.opened).toHaveLength(0);
  });

  it("reads returned files through the file picker", async () => {
    await makeHandouts();
    expect(screen.getByLabelText(/Välj de ifyllda arbetsböckerna/)).toHaveProperty("type", "file");
  });
});
