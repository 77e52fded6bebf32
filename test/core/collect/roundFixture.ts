/**
 * A reporting round to test with: the master of "Sundsvalls kommun" (plan 2022–2024)
 * whose goals and activities belong to three units (Socialnämnden, Kommunstyrelsen,
 * Stadsbyggnadsnämnden) and one activity without a responsible; the round is
 * "Helår 2022". Hand-outs become workbooks as an adapter would read them back, and
 * `fill` types into their FollowUp / IndicatorValues cells as a unit would.
 */
import type { CellValue, RawTable, RawWorkbook } from "../../../src/core/cells/cells";
import type { Handout } from "../../../src/core/collect/collect.types";
import { handoutTemplates } from "../../../src/core/collect/handoutTemplates";
import { readIdentity } from "../../../src/core/collect/identity";
import type { ReturnedFile } from "../../../src/core/collect/collectPreview";
import { readPlan } from "../../../src/core/read/readPlan";
import type { TableName } from "../../../src/core/schema";
import { planWorkbook, serial, type Rows } from "../fixtures/planWorkbook";

export const ROUND = "Helår 2022";

/** The master's rows; tests change what they are about. */
export function masterRows(): Partial<Record<TableName, Rows>> {
  return {
    Plan: [
      ["Organisation", "Sundsvalls kommun"],
      ["Planens namn", "Jämställdhetsplan 2022–2024"],
      ["Undertecknad", serial("2020-11-16")],
      ["Antagen", serial("2021-12-13")],
      ["Planperiod start", serial("2022-01-01")],
      ["Planperiod slut", serial("2024-12-31")],
      ["Valuta", "SEK"],
      ["Deklarationens version", 2006],
    ],
    Articles: [
      [6, "Motverka stereotyper", "Allmänt", "Ja", "Kommunikation"],
      [11, "Arbetsgivarrollen", "Arbetsgivarrollen", "Ja", "Heltid"],
      [22, "Trygghet och säkerhet", "Rollen som tjänsteleverantör", "Ja", "Trygghetsundersökning"],
    ],
    Goals: [
      ["M1", "11", "Heltid som norm", "Andel kvinnor med heltid", "%", 61, 80, "Öka", "Socialnämnden"],
      [
        "M2",
        "6",
        "Jämställd kommunikation",
        "Andel granskade kampanjer",
        "%",
        20,
        90,
        "Öka",
        "Kommunstyrelsen",
      ],
      [
        "M3",
        "22",
        "Trygga offentliga miljöer",
        "Andel kvinnor som känner sig trygga",
        "%",
        48,
        70,
        "Utjämna",
        "Stadsbyggnadsnämnden",
      ],
    ],
    Activities: [
      [
        "A1",
        "M1",
        "Inför heltid i hemtjänsten",
        "Socialnämnden",
        serial("2022-02-01"),
        serial("2023-12-31"),
        800000,
        "Omställningsmedel",
        "2022–2023",
      ],
      [
        "A2",
        "M1",
        "Schemaläggning efter önskemål",
        " socialnämnden",
        serial("2022-03-01"),
        serial("2022-12-31"),
        150000,
        "",
        "2022",
      ],
      [
        "A3",
        "M2",
        "Checklista för jämställd kommunikation",
        "Kommunstyrelsen",
        serial("2022-01-15"),
        serial("2022-06-30"),
        30000,
        "",
        "Våren 2022",
      ],
      [
        "A4",
        "M2",
        "Utbildning för kommunikatörer",
        "KOMMUNSTYRELSEN",
        serial("2022-09-01"),
        serial("2023-03-31"),
        50000,
        "",
        "Hösten 2022",
      ],
      [
        "A5",
        "M3",
        "Trygghetsvandringar med kvinnor och män",
        "Stadsbyggnadsnämnden",
        serial("2022-04-01"),
        serial("2022-10-31"),
        60000,
        "",
        "2022",
      ],
      [
        "A6",
        "M3",
        "Bättre belysning i gångtunnlar",
        "Stadsbyggnadsnämnden",
        serial("2023-05-01"),
        serial("2023-11-30"),
        400000,
        "",
        "2023",
      ],
      [
        "A7",
        "M2",
        "Språkgranskning av webbplatsen",
        "",
        serial("2022-01-01"),
        serial("2022-12-31"),
        20000,
        "",
        "2022",
      ],
    ],
    Periods: [
      ["Delår 2022", "Delår", serial("2022-08-31")],
      ["Helår 2022", "Helår", serial("2022-12-31")],
      ["Delår 2023", "Delår", serial("2023-08-31")],
      ["Helår 2023", "Helår", serial("2023-12-31")],
    ],
    FollowUp: [
      ["Delår 2022", "A1", "Pågår", 200000, 800000, "Två arbetslag har börjat"],
      ["Delår 2022", "A2", "Pågår", 20000, 150000, ""],
      ["Delår 2022", "A3", "Genomförd", 28000, 28000, "Checklistan antagen"],
      ["Delår 2022", "A5", "Ej påbörjad", null, null, ""],
      ["Helår 2022", "A1", "Pågår", 350000, 800000, "Preliminärt"],
    ],
    IndicatorValues: [["Delår 2022", "M1", 63, 81, 68, "", "Mätning i augusti"]],
  };
}

/** The master as read. */
export function masterPlan(rows = masterRows()) {
  return readPlan(planWorkbook(rows));
}

/** A hand-out's tables as an adapter hands them over: each an Excel table at A1 of its sheet. */
export function handoutWorkbook(h: Handout): RawWorkbook {
  const tables: RawTable[] = handoutTemplates(h).map((t) => ({
    name: t.name,
    sheet: t.sheet,
    top: 0,
    left: 0,
    values: [t.headers, ...t.rows].map((r) => [...r]),
  }));
  return { tables, sheets: tables.map(({ name: _name, ...range }) => range) };
}

/** A copy of the workbook with the cell under `header` in the row of `id` (second column) set, in the table `name`. */
export function fill(
  raw: RawWorkbook,
  name: TableName,
  id: string,
  values: Readonly<Record<string, CellValue>>,
): RawWorkbook {
  const tables = raw.tables.map((t) => {
    if (t.name !== name) return t;
    const headers = (t.values[0] ?? []).map(String);
    const rows = t.values.map((r) => [...r]);
    const row = rows.findIndex((r, i) => i > 0 && (r[1] === id || r[0] === id));
    if (row < 0) throw new Error(`No row ${id} in ${name}`);
    for (const [header, value] of Object.entries(values)) {
      const col = headers.indexOf(header);
      if (col < 0) throw new Error(`No column ${header} in ${name}`);
      (rows[row] as CellValue[])[col] = value;
    }
    return { ...t, values: rows };
  });
  return { tables, sheets: tables.map(({ name: _name, ...range }) => range) };
}

/** A returned workbook as collect reads it. */
export function returned(file: string, raw: RawWorkbook): ReturnedFile {
  const plan = readPlan(raw);
  return { file, plan, identity: readIdentity(raw, plan) };
}

/** The hand-out of a responsible (by its label). */
export function handoutOf(handouts: readonly Handout[], label: string): Handout {
  const found = handouts.find((h) => h.label === label);
  if (!found) throw new Error(`No hand-out for ${label}: ${handouts.map((h) => h.label).join(", ")}`);
  return found;
}
