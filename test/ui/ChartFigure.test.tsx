/**
 * A chart's frame in the pane: its title and text alternative, a legend in the
 * series' order, its figures behind a keyboard-reachable button, a focusable scroll
 * region when the pane is too narrow, and system colours with the figures open in
 * high contrast. The chart library itself is stood in for here: jsdom cannot lay out
 * SVG, so the real drawing is proven in the browser tests (test/e2e/charts.test.ts).
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { summaryChartData } from "../../src/core/summary/chartData";
import { summarise } from "../../src/core/summary/summarise";
import type { BarChartModel } from "../../src/taskpane/views/chartModel";
import { ChartFigure } from "../../src/taskpane/views/ChartFigure";
import FollowUpCharts from "../../src/taskpane/views/FollowUpCharts";
import { followUpChartModels } from "../../src/taskpane/views/followUpChartModels";
import { samplePlan } from "../core/summary/samplePlan";
import { renderInPane } from "./renderInPane";

jest.mock("../../src/taskpane/views/BarChart", () => ({
  CHART_HEIGHT: 220,
  BarChart: (props: { model: BarChartModel; width: number; colors: readonly string[] }) => (
    <div data-testid="bar-chart" data-width={props.width} data-colors={props.colors.join("|")}>
      {props.model.title}
    </div>
  ),
}));

const summary = summarise(samplePlan(), "Helår 2019", []);
if (summary === null) throw new Error("no summary");
const data = summaryChartData(summary);
const models = followUpChartModels(data, "sv", "SEK", 326);
const status = models.find((m) => m.id === "status")!;

function forceColors(active: boolean): void {
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    value: (query: string) => ({ matches: active && query === "(forced-colors: active)", media: query }),
  });
}

afterEach(() => forceColors(false));

describe("a chart in the pane", () => {
  it("is a figure named by its title and described by what it shows", () => {
    renderInPane(<ChartFigure model={status} lang="sv" width={326} />);
    const figure = screen.getByRole("figure", { name: "Aktiviteternas status per artikel" });
    expect(figure.getAttribute("aria-describedby")).toBeTruthy();
    const described = document.getElementById(figure.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe(status.alt);
    expect(within(figure).getByRole("heading", { name: status.title })).toBeTruthy();
  });

  it("lists the legend in the series' order", () => {
    renderInPane(<ChartFigure model={status} lang="sv" width={326} />);
    const legend = screen.getByRole("list", { name: "Förklaring" });
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Ej påbörjad", "Pågår", "Genomförd", "Försenad", "Ej rapporterad"]);
  });

  it("shows its figures as a table from a button, and hides them again", () => {
    renderInPane(<ChartFigure model={status} lang="sv" width={326} />);
    expect(screen.queryByRole("table")).toBeNull();
    const button = screen.getByRole("button", { name: "Visa siffrorna" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const table = screen.getByRole("table", { name: "Siffrorna" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Artikel", "Ej påbörjad", "Pågår", "Genomförd", "Försenad", "Ej rapporterad"],
      ["Art. 2", "1", "0", "1", "0", "0"],
      ["Art. 11", "0", "0", "0", "1", "0"],
      ["Art. 14", "0", "1", "0", "1", "0"],
      ["Art. 22", "0", "0", "0", "0", "1"],
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Dölj siffrorna" }));
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("scrolls sideways in a focusable region when the pane is narrower than its bars", () => {
    renderInPane(<ChartFigure model={status} lang="sv" width={150} />);
    const region = screen.getByRole("region", {
      name: /Aktiviteternas status per artikel\. Diagrammet är bredare/,
    });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByTestId("bar-chart").dataset["width"]).toBe(String(status.minWidth));
  });

  it("draws in the system's colours and opens the figures when colours are forced", () => {
    forceColors(true);
    renderInPane(<ChartFigure model={status} lang="en" width={326} />);
    expect(screen.getByTestId("bar-chart").dataset["colors"]).toBe(
      "CanvasText|Highlight|LinkText|GrayText|ActiveText",
    );
    expect(screen.getByRole("button", { name: "Hide the figures" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    expect(screen.getByRole("table")).toBeTruthy();
  });

  it("draws in the theme's colours otherwise", () => {
    renderInPane(<ChartFigure model={status} lang="en" width={326} />);
    expect(screen.getByTestId("bar-chart").dataset["colors"]).toBe(
      status.series.map((s) => s.color).join("|"),
    );
  });
});

describe("the Follow-up view's charts", () => {
  it("draw one figure per chart at the pane's measured width, under a heading", () => {
    const rect = jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({
      width: 326,
      height: 0,
      top: 0,
      left: 0,
      right: 326,
      bottom: 0,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    try {
      renderInPane(<FollowUpCharts lang="sv" data={data} currency="SEK" />);
      expect(screen.getByRole("heading", { name: "Diagram" })).toBeTruthy();
      expect(screen.getAllByRole("figure").map((f) => f.querySelector("h4")?.textContent)).toEqual(
        models.map((m) => m.title),
      );
      expect(screen.getAllByTestId("bar-chart").map((c) => c.dataset["width"])).toEqual([
        "326",
        "326",
        "326",
      ]);
    } finally {
      rect.mockRestore();
    }
  });
});
