/**
 * The colour of each thing a chart series can stand for, decided once: the task pane
 * draws its charts with the theme token (so they follow Office's light, dark and high
 * contrast themes), and both adapters fill the summary sheet's chart series with the
 * token's colour in Fluent's light theme (a sheet prints on white paper). A meaning has
 * the same colour wherever it is drawn: "Genomförd" is green in the pane and on paper.
 */
import type { Status } from "../choices";
import type { LayoutChart } from "../sheetLayout";

/** What a series shows: an activity's state, an amount of money, women, men and a target, or a goal's assessment. */
export type SeriesMeaning =
  | Status
  | "unreported"
  | "budget"
  | "outcome"
  | "forecast"
  | "women"
  | "men"
  | "target"
  | "met"
  | "partlyMet"
  | "notMet"
  | "notAssessed";

/** The tokens of Fluent's theme the pane's charts are drawn with. */
export type SeriesToken =
  | "colorNeutralStrokeAccessible"
  | "colorPaletteBlueBorderActive"
  | "colorPaletteGreenBackground3"
  | "colorPaletteDarkOrangeBackground3"
  | "colorPaletteBerryBackground3"
  | "colorPaletteMarigoldBackground3"
  | "colorPaletteLavenderBorderActive"
  | "colorPaletteTealBorderActive";

export type SeriesColour = {
  /** The pane's theme token (a CSS variable of the Fluent theme). */
  readonly token: SeriesToken;
  /** "#RRGGBB": the token in Fluent's light theme (webLightTheme), for the sheet's charts. */
  readonly hex: string;
};

const GREY: SeriesColour = { token: "colorNeutralStrokeAccessible", hex: "#616161" };
const BLUE: SeriesColour = { token: "colorPaletteBlueBorderActive", hex: "#0078D4" };
const GREEN: SeriesColour = { token: "colorPaletteGreenBackground3", hex: "#107C10" };
const ORANGE: SeriesColour = { token: "colorPaletteDarkOrangeBackground3", hex: "#DA3B01" };
const BERRY: SeriesColour = { token: "colorPaletteBerryBackground3", hex: "#C239B3" };
const MARIGOLD: SeriesColour = { token: "colorPaletteMarigoldBackground3", hex: "#EAA300" };
const LAVENDER: SeriesColour = { token: "colorPaletteLavenderBorderActive", hex: "#7160E8" };
const TEAL: SeriesColour = { token: "colorPaletteTealBorderActive", hex: "#038387" };

/**
 * Green done, orange delayed, blue in progress, grey not started, berry cancelled and
 * marigold not reported; grey budget against blue outcome and lavender forecast; orange
 * women against teal men, with a grey target; goals met green, partly met marigold, not
 * met orange and not assessed grey, as the sheet colours the assessments.
 */
export const SERIES_COLOURS: Readonly<Record<SeriesMeaning, SeriesColour>> = {
  notStarted: GREY,
  inProgress: BLUE,
  done: GREEN,
  delayed: ORANGE,
  cancelled: BERRY,
  unreported: MARIGOLD,
  budget: GREY,
  outcome: BLUE,
  forecast: LAVENDER,
  women: ORANGE,
  men: TEAL,
  target: GREY,
  met: GREEN,
  partlyMet: MARIGOLD,
  notMet: ORANGE,
  notAssessed: GREY,
};

/** The sheet's fill of a series ("#RRGGBB"). */
export function seriesFill(meaning: SeriesMeaning): string {
  return SERIES_COLOURS[meaning].hex;
}

/**
 * The fill of a layout chart's series `index`, "#RRGGBB": the layout's colour for it;
 * a layout that gives fewer colours than the chart has series repeats them, and one
 * that gives none (or no colour) gets grey, so that no series is ever left unfilled.
 */
export function seriesColour(chart: Pick<LayoutChart, "colours">, index: number): string {
  const { colours } = chart;
  const colour = colours.length > 0 ? colours[index % colours.length] : undefined;
  return colour !== undefined && /^#[0-9A-Fa-f]{6}$/.test(colour) ? colour.toUpperCase() : GREY.hex;
}
