import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { excelWorkspace } from "../../src/taskpane/hosts/excelWorkspace";
import { VIEWS } from "../../src/taskpane/views/registry";
import { fakeWorkbook, installFakeExcel } from "../fakes/fakeExcel";
import { themeModeFrom } from "../../src/taskpane/theme";
import { UI_BOOKS, uiWords } from "../../src/taskpane/strings";
import { langFromTag } from "../../src/core/language";

describe("the task pane shell", () => {
  it("shows in Swedish that it runs outside Excel when there is no workbook", () => {
    render(<App lang="sv" theme="light" workspace={null} />);
    expect(screen.getByRole("heading", { name: "CEMR Uppföljning" })).toBeTruthy();
    expect(screen.getByText("Öppnad utanför Excel")).toBeTruthy();
    expect(screen.getByText(/Inget skickas någonstans/)).toBeTruthy();
  });

  it("speaks English when Office's display language is English", () => {
    render(<App lang={langFromTag("en-GB")} theme="dark" workspace={null} />);
    expect(screen.getByRole("heading", { name: "CEMR Follow-up" })).toBeTruthy();
    expect(screen.getByText("Opened outside Excel")).toBeTruthy();
  });

  it("shows one tab per view of the registry, opens on the first and loads another when chosen", async () => {
    const uninstall = installFakeExcel(fakeWorkbook());
    try {
      render(<App lang="sv" theme="light" workspace={excelWorkspace} />);
      const tabs = screen.getAllByRole("tab");
      expect(tabs).toEqual(VIEWS.map((v) => screen.getByRole("tab", { name: uiWords("sv")(v.label) })));
      expect(tabs[0]?.getAttribute("aria-selected")).toBe("true");
      await screen.findByRole("heading", { name: "Planen" });
      fireEvent.click(screen.getByRole("tab", { name: "Granska" }));
      await screen.findByRole("heading", { name: "Granska planen" });
      expect(screen.queryByRole("heading", { name: "Planen" })).toBeNull();
    } finally {
      uninstall();
    }
  });

  it("links to the user's guide in the pane's language, and to the other language's", () => {
    render(<App lang="sv" theme="light" workspace={null} />);
    const sv = screen.getByRole("link", { name: "Användarhandledning" });
    expect(sv.getAttribute("href")).toBe("guide.sv.html");
    const en = screen.getByRole("link", { name: "User's guide in English" });
    expect(en.getAttribute("href")).toBe("guide.en.html");
    expect(en.getAttribute("lang")).toBe("en");
    expect(sv.getAttribute("rel")).toBe("noopener");
  });

  it("has every Swedish string in English too, and none empty", () => {
    expect(Object.keys(UI_BOOKS.en).sort()).toEqual(Object.keys(UI_BOOKS.sv).sort());
    for (const lang of ["sv", "en"] as const) {
      for (const text of Object.values(UI_BOOKS[lang])) expect(text.trim()).not.toBe("");
    }
  });
});

describe("choosing the theme", () => {
  it("follows Office's dark theme, then its background colour, then the browser", () => {
    expect(themeModeFrom({ officeDark: true, prefersDark: false, forcedColors: false })).toBe("dark");
    expect(themeModeFrom({ officeDark: false, prefersDark: true, forcedColors: false })).toBe("light");
    expect(themeModeFrom({ officeBackground: "#262626", prefersDark: false, forcedColors: false })).toBe(
      "dark",
    );
    expect(themeModeFrom({ officeBackground: "#ffffff", prefersDark: true, forcedColors: false })).toBe(
      "light",
    );
    expect(themeModeFrom({ prefersDark: true, forcedColors: false })).toBe("dark");
  });
  it("uses high contrast whenever the system forces colours", () => {
    expect(themeModeFrom({ officeDark: true, prefersDark: true, forcedColors: true })).toBe("highContrast");
  });
  it("falls back to Swedish when the language is unknown", () => {
    expect(langFromTag("")).toBe("sv");
    expect(langFromTag("sv-FI")).toBe("sv");
    expect(langFromTag("de-DE")).toBe("en");
  });
});
