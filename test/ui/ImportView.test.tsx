/**
 * The Import view inside "Excel" (the typed fake): a plan pasted straight into the
 * view's text box, a table under its title on a sheet, and a sheet with nothing to
 * import. Everything is shown before writing: what was ignored, the readings of
 * amounts and timeframe words, and what was not understood.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, screen, within } from "@testing-library/react";
import ImportView from "../../src/taskpane/views/ImportView";
import { excelWorkspace } from "../../src/taskpane/hosts/excelWorkspace";
import { readPlan } from "../../src/core/read/readPlan";
import { officePort } from "../../src/workbook/office/officePort";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { renderInPane } from "./renderInPane";

const pastedSv = readFileSync(join(__dirname, "../fixtures/import/plan-document-sv.txt"), "utf8");

let fake: FakeExcel;
let uninstall: () => void;

beforeEach(() => {
  fake = fakeWorkbook();
  uninstall = installFakeExcel(fake);
});
afterEach(() => uninstall());

async function chooseSource(label: RegExp | string): Promise<void> {
  const select = (await screen.findByLabelText("Källa")) as HTMLSelectElement;
  const option = within(select).getByRole("option", { name: label }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

function setPlanPeriod(): void {
  fireEvent.change(screen.getByLabelText("Planperiod från"), { target: { value: "2018-01-01" } });
  fireEvent.change(screen.getByLabelText("Planperiod till"), { target: { value: "2020-12-31" } });
}

describe("the Import view with text pasted into it", () => {
  it("shows goals, activities, readings, ignored and not-understood lines by line number, then writes", async () => {
    renderInPane(<ImportView lang="sv" workspace={excelWorkspace} />);
    await chooseSource("Inklistrad text");
    fireEvent.change(screen.getByLabelText("Planens text"), { target: { value: pastedSv } });
    setPlanPeriod();
    fireEvent.click(screen.getByRole("button", { name: "Förhandsgranska" }));

    await screen.findByText("Mål som skrivs (8)");
    expect(screen.getByText("Aktiviteter som skrivs (17)")).toBeTruthy();
    expect(screen.getByText("Läst som dokument: rubriker med aktiviteter som punkter.")).toBeTruthy();
    // A document has no columns to correct.
    expect(screen.queryByText("Kolumner")).toBeNull();

    const goals = screen.getByRole("region", { name: "Mål som skrivs" });
    expect(within(goals).getByText("(Mål 1)")).toBeTruthy();
    expect(within(goals).getAllByText("rad 18")).toHaveLength(1);

    const readings = screen.getByRole("region", { name: "Tolkat – kontrollera innan du skriver" });
    expect(within(readings).getByText("50 tkr → 50 000 kr")).toBeTruthy();
    expect(within(readings).getByText("1,2 mnkr → 1 200 000 kr")).toBeTruthy();
    expect(
      within(readings).getByText("varje kvartal → 2018-01-01 – 2020-12-31 (återkommande: hela planperioden)"),
    ).toBeTruthy();

    const ignored = screen.getByRole("region", { name: "Ignorerat före första rubriken" });
    expect(within(ignored).getByText("Bakgrund")).toBeTruthy();

    const notUnderstood = screen.getByRole("region", { name: /Inte förstått/ });
    expect(within(notUnderstood).getByText("30 000 kr/år")).toBeTruthy();
    expect(
      within(notUnderstood).getByText("belopp per år – står kvar i Resurser, räknas inte om"),
    ).toBeTruthy();
    expect(within(notUnderstood).getByText("inför budget 2021")).toBeTruthy();
    expect(within(notUnderstood).getByText("Sida 1 av 3")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Skriv till Mål och Aktiviteter" }));
    await screen.findByText("Skrivet: 8 mål, 17 aktiviteter", undefined, { timeout: 5000 });
    const plan = readPlan(await officePort(fake.context()).read());
    expect(plan.goals.rows).toHaveLength(8);
    expect(plan.activities.rows.find((a) => a.id === "A1.1")?.budget).toBe(50000);
  });
});

describe("the Import view on a sheet", () => {
  it("ignores the title above the header row and says so, with the header row's cells", async () => {
    fake.put("Inklistrat", "A1", [
      ["Handlingsplan för jämställdhet 2018–2020", null, null, null],
      [null, null, null, null],
      ["Artikel", "Mål", "Aktivitet", "Kostnad"],
      ["Artikel 11 – Arbetsgivarrollen", "1. Jämställda löner", "1.1 Årlig lönekartläggning", "120 tkr"],
    ]);
    renderInPane(<ImportView lang="sv" workspace={excelWorkspace} />);
    await chooseSource("Blad: Inklistrat");
    fireEvent.click(screen.getByRole("button", { name: "Förhandsgranska" }));
    await screen.findByText("Läst som tabell med rubrikrad A3:D3.");
    const ignored = screen.getByRole("region", { name: "Ignorerat ovanför rubrikraden" });
    expect(within(ignored).getByText("Inklistrat!A1")).toBeTruthy();
    expect(within(ignored).getByText("Handlingsplan för jämställdhet 2018–2020")).toBeTruthy();
    const activities = screen.getByRole("region", { name: "Aktiviteter som skrivs" });
    expect(within(activities).getByText("Årlig lönekartläggning")).toBeTruthy();
    expect(within(activities).getByText("(1.1)")).toBeTruthy();
    expect(within(activities).getByText("120 000 kr")).toBeTruthy();
    expect(screen.getByText("Kolumner")).toBeTruthy();
  });

  it("tells in one line that there is no header row, and offers nothing to write", async () => {
    fake.put("Anteckningar", "A1", [["Handlingsplan för jämställdhet"], [null], ["Tas fram under hösten."]]);
    renderInPane(<ImportView lang="sv" workspace={excelWorkspace} />);
    await chooseSource("Blad: Anteckningar");
    fireEvent.click(screen.getByRole("button", { name: "Förhandsgranska" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^Ingen rubrikrad hittades i bladet Anteckningar: /);
    expect(
      (screen.getByRole("button", { name: "Skriv till Mål och Aktiviteter" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it("lets the user say what unknown headers mean when no header row is recognised", async () => {
    fake.put("Lista", "A1", [
      ["Område", "Vad vill vi uppnå", "Hur", "Vem"],
      ["Art. 11", "Jämställda löner", "Lönekartläggning", "HR-avdelningen"],
    ]);
    renderInPane(<ImportView lang="sv" workspace={excelWorkspace} />);
    await chooseSource("Blad: Lista");
    fireEvent.click(screen.getByRole("button", { name: "Förhandsgranska" }));
    await screen.findByRole("alert");
    for (const [meaning, header] of [
      ["Artikel", "A1: Område"],
      ["Mål", "B1: Vad vill vi uppnå"],
      ["Aktivitet", "C1: Hur"],
    ] as const) {
      const select = screen.getByLabelText(meaning) as HTMLSelectElement;
      const option = within(select).getByRole("option", { name: header }) as HTMLOptionElement;
      fireEvent.change(select, { target: { value: option.value } });
    }
    fireEvent.click(screen.getAllByRole("button", { name: "Förhandsgranska" })[1]!);
    await screen.findByText("Aktiviteter som skrivs (1)");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
