/**
 * The Plan and Summary views inside "Excel" (the typed fake): set-up creates only the
 * missing tables and then shows the overview; the summary previews its text and
 * writes a new sheet, asking before it replaces its own.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import PlanView from "../../src/taskpane/views/PlanView";
import SummaryView from "../../src/taskpane/views/SummaryView";
import { excelWorkspace } from "../../src/taskpane/hosts/excelWorkspace";
import { workbookFiles } from "../../src/taskpane/hosts/workbookFiles";
import { Package } from "../../src/workbook/xlsx/package";
import { setUpPlan } from "../../src/app/setUpPlan";
import { officePort } from "../../src/workbook/office/officePort";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { renderInPane } from "./renderInPane";

let fake: FakeExcel;
let uninstall: () => void;

beforeEach(() => {
  fake = fakeWorkbook();
  uninstall = installFakeExcel(fake);
});
afterEach(() => uninstall());

describe("the Plan view in Excel", () => {
  it("sets up the missing tables, keeps the user's sheet, and shows the deadline in words", async () => {
    fake.put("Blad1", "A1", [["Våra anteckningar"], ["=inte en formel"]], "@");
    const before = fake.snapshot()["Blad1"];
    renderInPane(<PlanView lang="sv" workspace={excelWorkspace} />);
    await screen.findByText(/Saknas i arbetsboken:/);
    fireEvent.change(screen.getByLabelText("Planperiod från"), { target: { value: "2018-01-01" } });
    fireEvent.change(screen.getByLabelText("Planperiod till"), { target: { value: "2020-12-31" } });
    fireEvent.click(screen.getByRole("button", { name: "Lägg upp planarbetsboken" }));
    await screen.findByText(
      /Skapade tabeller: Plan, Artiklar, Mål, Aktiviteter, Perioder, Uppföljning, Indikatorer/,
    );
    await screen.findByText("2018-01-01 – 2020-12-31");
    expect(screen.getByText("Okänd – undertecknandedatum saknas")).toBeTruthy();
    expect(fake.snapshot()["Blad1"]).toEqual(before);
    expect(fake.model.tables.map((t) => t.name).sort()).toEqual(
      ["Activities", "Articles", "FollowUp", "Goals", "IndicatorValues", "Periods", "Plan"].sort(),
    );
  });

  it("offers no set-up once every table is there", async () => {
    await setUpPlan(officePort(fake.context()), { lang: "en", from: "2018-01-01", to: "2020-12-31" });
    renderInPane(<PlanView lang="en" workspace={excelWorkspace} />);
    await screen.findByText("2018-01-01 – 2020-12-31");
    expect(screen.queryByRole("button", { name: "Set up plan workbook" })).toBeNull();
  });
});

describe("the Summary view in Excel", () => {
  beforeEach(async () => {
    await setUpPlan(officePort(fake.context()), { lang: "sv", from: "2018-01-01", to: "2020-12-31" });
  });

  it("preselects the latest period whose cut-off has passed and writes its sheet", async () => {
    renderInPane(<SummaryView lang="sv" workspace={excelWorkspace} />);
    const select = (await screen.findByLabelText("Period")) as HTMLSelectElement;
    expect(select.value).toBe("Helår 2020");
    await screen.findByLabelText("Text till årsredovisningen");
    fireEvent.click(screen.getByRole("button", { name: "Skriv uppföljningsbladet" }));
    await screen.findByText(/Bladet är skrivet: Årsbokslut 2020/);
    expect(fake.model.sheet("Årsbokslut 2020")).toBeTruthy();
  });

  it("asks before replacing the sheet it wrote itself", async () => {
    renderInPane(<SummaryView lang="sv" workspace={excelWorkspace} />);
    await screen.findByLabelText("Text till årsredovisningen");
    fireEvent.click(screen.getByRole("button", { name: "Skriv uppföljningsbladet" }));
    await screen.findByText(/Bladet är skrivet/);
    fireEvent.click(screen.getByRole("button", { name: "Skriv uppföljningsbladet" }));
    await screen.findByText(/Vill du ersätta det\?/);
    fireEvent.click(screen.getByRole("button", { name: "Ersätt bladet" }));
    await waitFor(() => expect(screen.getByText(/Bladet är skrivet: Årsbokslut 2020/)).toBeTruthy());
    expect(fake.model.sheets.filter((s) => s.name.startsWith("Årsbokslut 2020"))).toHaveLength(1);
  });

  it("downloads the period's section for the annual report as a Word document", async () => {
    const download = jest.fn<void, [Uint8Array, string, string?]>();
    const workspace = { ...excelWorkspace, files: { ...workbookFiles, download } };
    renderInPane(<SummaryView lang="sv" workspace={workspace} />);
    await screen.findByLabelText("Text till årsredovisningen");
    fireEvent.click(screen.getByRole("button", { name: "Ladda ned som Word" }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const [bytes, name, type] = download.mock.calls[0]!;
    expect(name).toBe("Årsbokslut 2020.docx");
    expect(type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const document = Package.open(bytes).text("word/document.xml");
    expect(document).toContain("Årsbokslut: Helår 2020, brytdatum 31 december 2020");
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
  }, 30_000);

  it("copies the section for Word as HTML with its plain text beside it", async () => {
    // jsdom's Blob has no text(); FileReader reads it.
    const blobText = (b: Blob) =>
      new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(b);
      });
    const written: Record<string, Blob>[] = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {
        written.push(items);
      }
    }
    const write = jest.fn(async () => undefined);
    Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
    Object.defineProperty(navigator, "clipboard", { value: { write }, configurable: true });
    try {
      renderInPane(<SummaryView lang="sv" workspace={excelWorkspace} />);
      await screen.findByLabelText("Text till årsredovisningen");
      fireEvent.click(screen.getByRole("button", { name: "Kopiera för Word" }));
      await screen.findByText("Avsnittet är kopierat; klistra in det i Word.");
      expect(write).toHaveBeenCalledTimes(1);
      const html = await blobText(written[0]!["text/html"]!);
      expect(html).toContain("<h1>Årsbokslut: Helår 2020, brytdatum 31 december 2020</h1>");
      expect(html).toContain("<thead>");
      expect(await blobText(written[0]!["text/plain"]!)).toContain("Årsbokslut: Helår 2020");
    } finally {
      Reflect.deleteProperty(globalThis, "ClipboardItem");
      Reflect.deleteProperty(navigator, "clipboard");
    }
  });
});
