/**
 * The measured indicator values for women, men and in total, mostly at the annual
 * periods (when the statistics come in). Where a goal closes a gap, its baseline and
 * target are gaps; shares of women and of men have no total.
 */
import type { ExampleMeasures } from "./exampleTypes";

const PANDEMIC = { sv: "Påverkat av covid-19-pandemin", en: "Affected by the COVID-19 pandemic" };

export const MEASURES: readonly ExampleMeasures[] = [
  {
    goalId: "M1",
    values: [
      ["H2018", 36, 64, null],
      ["H2019", 46, 54, null, { sv: "Ny mandatperiod från 2019", en: "New term of office from 2019" }],
      ["H2020", 46, 54, null],
    ],
  },
  {
    goalId: "M2",
    values: [
      ["H2018", 52, 66, 59],
      ["H2019", 61, 69, 65],
      [
        "H2020",
        68,
        74,
        71,
        {
          sv: "Digitalt deltagande uppskattas särskilt av småbarnsföräldrar",
          en: "Parents of young children especially value remote participation",
        },
      ],
    ],
  },
  {
    goalId: "M3",
    values: [
      ["H2018", 61, 39, null],
      ["H2019", 58, 42, null],
      [
        "H2020",
        57,
        43,
        null,
        { sv: "Färre deltagare totalt under pandemin", en: "Fewer participants overall during the pandemic" },
      ],
    ],
  },
  {
    goalId: "M4",
    values: [
      ["H2018", 62, 83, 73],
      ["H2019", 66, 84, 75],
      ["H2020", 71, 84, 77],
    ],
  },
  {
    goalId: "M5",
    values: [
      ["H2018", 34100, 37400, 35000],
      ["H2019", 35200, 37900, 36000],
      ["H2020", 36400, 38300, 37000],
    ],
  },
  {
    goalId: "M6",
    values: [
      ["H2018", 7.6, 4, 6.8],
      ["H2019", 7.2, 3.9, 6.5],
      ["D2020", 9.1, 5, 8.2, PANDEMIC],
      ["H2020", 8.6, 4.7, 7.7, PANDEMIC],
    ],
  },
  {
    goalId: "M7",
    values: [
      ["H2018", 68, 89, 73],
      ["H2019", 74, 90, 78],
      ["H2020", 79, 91, 82],
    ],
  },
  {
    goalId: "M8",
    values: [
      ["D2018", 40, 35, 38],
      ["H2018", 39, 35, 37],
      ["D2019", 37, 35, 36],
      ["H2019", 36, 35, 36],
      ["D2020", 55, 50, 53, PANDEMIC],
      ["H2020", 49, 47, 48, PANDEMIC],
    ],
  },
  {
    goalId: "M9",
    values: [
      ["H2018", 69, 79, 75],
      ["H2019", 72, 79, 76],
      ["H2020", 76, 78, 77],
    ],
  },
  {
    goalId: "M10",
    values: [
      ["H2018", 27, 18, 25],
      ["H2019", 61, 47, 58],
      ["H2020", 74, 60, 71],
    ],
  },
];
