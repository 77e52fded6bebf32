/**
 * The web page in a DOM (no worker here, so files are read on the page): a file chosen or
 * dropped opens under its name, a file that is not a workbook is refused with its reason
 * and the page stays usable, a finding's cell is shown with its value, and closing goes
 * back to the start. The real browser runs the same page in test/e2e/webPage.test.ts.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WebPage } from "../../src/taskpane/hosts/WebPage";

jest.setTimeout(30_000);

const example = () =>
  new File(
    [readFileSync(join(__dirname, "..", "..", "assets", "example", "exempelplan.xlsx"))],
    "exempelplan.xlsx",
  );

describe("the web page", () => {
  it("opens a dropped workbook under its name, shows a finding's cell, and closes back to the start", async () => {
    render(<WebPage lang="sv" theme="light" />);
    const zone = screen.getByTestId("drop-zone");
    fireEvent.dragOver(zone);
    fireEvent.drop(zone, { dataTransfer: { files: [example()] } });
    expect(await screen.findByText("Öppen fil: exempelplan.xlsx", {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Granska" })).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Granska" }));
    const cells = await screen.findAllByRole("button", { name: /, Visa cellen\)/ }, { timeout: 15_000 });
    fireEvent.click(cells[0] as HTMLElement);
    await waitFor(() =>
      expect(screen.getAllByRole("status").some((s) => / – Cellen just nu: /.test(s.textContent ?? ""))).toBe(
        true,
      ),
    );

    fireEvent.click(screen.getByRole("button", { name: "Stäng filen" }));
    expect(await screen.findByRole("button", { name: "Prova med exempelplanen" })).toBeTruthy();
    expect(screen.queryByText(/Öppen fil:/)).toBeNull();
  });

  it("refuses a file that is not a workbook, saying why, and opens the next one chosen (en)", async () => {
    render(<WebPage lang="en" theme="dark" />);
    const input = screen.getByLabelText("Choose an .xlsx file");
    fireEvent.change(input, { target: { files: [new File(["Hello, our report"], "report.xlsx")] } });
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    await waitFor(() => expect(alert.textContent).toMatch(/The file is not an Excel workbook \(\.xlsx\)\./));
    expect(screen.getByRole("button", { name: "Start with an empty workbook" })).toHaveProperty(
      "disabled",
      false,
    );

    fireEvent.click(screen.getByRole("button", { name: "Start with an empty workbook" }));
    expect(await screen.findByText("Open file: plan.xlsx", {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says when a copy could not be saved, keeps the workbook open, and clears the message on the next try", async () => {
    const created: Blob[] = [];
    let refuse = true;
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        if (refuse) throw new Error("QuotaExceededError");
        created.push(blob);
        return "blob:copy";
      },
      revokeObjectURL: () => undefined,
    });
    render(<WebPage lang="sv" theme="light" />);
    fireEvent.click(screen.getByRole("button", { name: "Börja med en tom arbetsbok" }));
    expect(await screen.findByText("Öppen fil: plan.xlsx", {}, { timeout: 15_000 })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Spara en kopia" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    await waitFor(() =>
      expect(alert.textContent).toMatch(
        "Kopian kunde inte sparas (QuotaExceededError). Arbetsboken är kvar här som den var; försök igen.",
      ),
    );
    expect(screen.getByText("Öppen fil: plan.xlsx")).toBeTruthy();

    refuse = false;
    fireEvent.click(screen.getByRole("button", { name: "Spara en kopia" }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(created[0]?.size).toBeGreaterThan(1000);
  });
});
