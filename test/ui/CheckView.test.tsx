/**
 * The Check view inside "Excel" (the typed fake): it checks in one Excel.run with a
 * fixed number of syncs, picking a finding selects its cell, and checking again after
 * an edit shows the workbook as it is now.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import CheckView from "../../src/taskpane/views/CheckView";
import { excelWorkspace } from "../../src/taskpane/hosts/excelWorkspace";
import { setUpPlan } from "../../src/app/setUpPlan";
import { officePort } from "../../src/workbook/office/officePort";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { renderInPane } from "./renderInPane";

let fake: FakeExcel;
let uninstall: () => void;

beforeEach(async () => {
  fake = fakeWorkbook();
  uninstall = installFakeExcel(fake);
  await setUpPlan(officePort(fake.context()), { lang: "sv", from: "2018-01-01", to: "2020-12-31" });
});
afterEach(() => uninstall());

const renderView = () => renderInPane(<CheckView lang="sv" workspace={excelWorkspace} />);

describe("the Check view in Excel", () => {
  it("lists the findings of a fresh plan workbook by severity and sheet, with counts", async () => {
    renderView();
    await screen.findByText(/Anmärkningar: \d+ fel/);
    expect(screen.getByRole("button", { name: /Plan!B2/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /COVERAGE_NO_PRIORITY|Ingen artikel/ })).toBeTruthy();
    expect(screen.getByRole("table")).toBeTruthy();
    expect(screen.getAllByRole("row").length).toBeGreaterThan(30);
  });

  it("checks in at most three syncs, the same on every run", async () => {
    renderView();
    await screen.findByText(/Anmärkningar:/);
    const before = fake.syncCount;
    fireEvent.click(screen.getByRole("button", { name: "Granska igen" }));
    await screen.findByText(/Anmärkningar:/);
    await waitFor(() => expect(fake.syncCount).toBeGreaterThan(before));
    const perCheck = fake.syncCount - before;
    expect(perCheck).toBeLessThanOrEqual(3);
    fireEvent.click(screen.getByRole("button", { name: "Granska igen" }));
    await waitFor(() => expect(fake.syncCount - before).toBe(2 * perCheck));
  });

  it("selects a finding's cell in the workbook when it is chosen", async () => {
    renderView();
    fireEvent.click(await screen.findByRole("button", { name: /Plan!B2/ }));
    await waitFor(() => expect(fake.model.selection?.sheet.name).toBe("Plan"));
    expect(fake.model.selection?.area).toMatchObject({ row: 1, col: 1 });
  });

  it("shows the workbook as edited when checked again (no stale result)", async () => {
    renderView();
    await screen.findByRole("button", { name: /Plan!B2/ });
    fake.put("Plan", "B2", [["Region Vättersund"]]);
    fireEvent.click(screen.getByRole("button", { name: "Granska igen" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: /Plan!B2/ })).toBeNull());
  });
});
