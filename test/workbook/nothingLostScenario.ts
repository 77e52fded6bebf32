/**
 * The "nothing lost" scenario, the same for both adapters: a unit's workbook that
 * already holds the user's data (some plan tables, a budget sheet of their own,
 * a loose list to import), then every writing action of the product in turn.
 * Each adapter's test builds the workbook from these rows and compares snapshots.
 */
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { previewImport, writeImport, type ImportWritten } from "../../src/app/importList";
import type { WorkbookPort } from "../../src/app/ports";
import { setUpPlan, type SetUpResult } from "../../src/app/setUpPlan";
import {
  prepareSummary,
  writeSummary,
  type PreparedSummary,
  type WriteResult,
} from "../../src/app/summariseWorkbook";
import { isoToSerial } from "../../src/core/dates/dates";
import type { Finding } from "../../src/core/checks/findings.types";

export type Row = readonly (string | number | boolean | null)[];

/** Text a spreadsheet would take for a formula, a phone number, a negative number or a mention. */
export const FORMULA_LIKE_TEXTS = [
  "=SUMMA(B2:B9) ska inte räknas",
  "+46 70 123 45 67",
  "-5 % jämfört med 2018",
  "@Kommunikationschefen",
] as const;

const d = isoToSerial;

/** Where each user table sits: sheet, top-left (0-based) and rows (header first). */
export type UserTable = {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: readonly Row[];
};

export const USER_TABLES: readonly UserTable[] = [
  {
    name: "Plan",
    sheet: "Plan",
    top: 0,
    left: 0,
    rows: [
      ["Uppgift", "Värde"],
      ["Organisation", "Sundsvalls kommun"],
      ["Planens namn", "Jämställdhetsplan 2019–2020"],
      ["Undertecknad", d("2017-05-10")],
      ["Planperiod start", d("2019-01-01")],
      ["Planperiod slut", d("2020-12-31")],
      ["Valuta", "SEK"],
    ],
  },
  {
    name: "Goals",
    sheet: "Mål",
    top: 1,
    left: 1,
    rows: [
      ["Mål-ID", "Artikel", "Mål", "Indikator", "Enhet", "Utgångsvärde", "Målvärde", "Riktning", "Ansvarig"],
      [
        "M1",
        "11",
        "Jämställda löner",
        "Oförklarad löneskillnad",
        "%",
        2.4,
        0,
        "Minska",
        FORMULA_LIKE_TEXTS[3],
      ],
      [
        "M2",
        "Art. 2 och 5",
        FORMULA_LIKE_TEXTS[0],
        "Andel kvinnor bland ordförande",
        "%",
        35,
        50,
        "Öka",
        "Kommunstyrelsen",
      ],
    ],
  },
  {
    name: "Activities",
    sheet: "Aktiviteter",
    top: 0,
    left: 0,
    rows: [
      ["Aktivitet-ID", "Mål-ID", "Aktivitet", "Ansvarig", "Start", "Slut", "Budget", "Resurser", "Tidplan"],
      [
        "A1",
        "M1",
        "Lönekartläggning med analys",
        "HR-chef",
        d("2019-02-01"),
        d("2019-06-30"),
        80_000,
        FORMULA_LIKE_TEXTS[2],
        "Våren 2019",
      ],
      [
        "A2",
        "M2",
        "Nomineringsrutin för nämnder",
        "Kommunsekreterare",
        d("2019-03-01"),
        d("2019-09-30"),
        20_000,
        null,
        "2019",
      ],
    ],
  },
  {
    name: "Periods",
    sheet: "Perioder",
    top: 0,
    left: 0,
    rows: [
      ["Period", "Typ", "Brytdatum"],
      ["Delår 2019", "Delår", d("2019-08-31")],
      ["Helår 2019", "Helår", d("2019-12-31")],
    ],
  },
  {
    name: "FollowUp",
    sheet: "Uppföljning",
    top: 0,
    left: 0,
    rows: [
      ["Period", "Aktivitet-ID", "Status", "Utfall", "Prognos", "Kommentar"],
      ["Delår 2019", "A1", "Pågår", 30_000, 80_000, FORMULA_LIKE_TEXTS[1]],
      ["Helår 2019", "A1", "Genomförd", 78_000, 78_000, FORMULA_LIKE_TEXTS[0]],
      ["Helår 2019", "A2", "Försenad", 5_000, 30_000, FORMULA_LIKE_TEXTS[3]],
    ],
  },
];

/** A sheet of the user's own: a budget list with text, numbers, a boolean and formula-like text. */
export const BUDGET_SHEET = {
  sheet: "Budget 2019",
  top: 2,
  left: 1,
  rows: [
    ["Förvaltning", "Konto", "Belopp", "Klar", "Not"],
    ["Socialförvaltningen", 4010, 1_250_000, true, FORMULA_LIKE_TEXTS[2]],
    ["Kultur och fritid", 4020, -35_000, false, "Återbetalning 2018"],
    ["Barn och utbildning", 4030, 0.5, true, "مرحبا 👩‍💼 jämställd"],
  ] as readonly Row[],
};

/** The loose list to import, goals and activities beginning like formulas included. */
export const LOOSE_LIST = {
  sheet: "Lista",
  top: 0,
  left: 0,
  rows: [
    ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan"],
    ["Artikel 11", "=Heltid som norm", "+Kartlägg deltider", "@HR-chef", "2019"],
    [null, null, "-Minska delade turer", "Socialchef", "Hösten 2019"],
    ["Art. 22", "Trygga offentliga miljöer", "Trygghetsvandringar", "Samhällsbyggnad", "Våren 2020"],
  ] as readonly Row[],
};

/** Texts the import writes that start like formulas. */
export const IMPORTED_FORMULA_LIKE = [
  "=Heltid som norm",
  "+Kartlägg deltider",
  "-Minska delade turer",
  "@HR-chef",
];

export type ScenarioResult = {
  readonly setUp: SetUpResult;
  readonly findings: readonly Finding[];
  readonly imported: ImportWritten;
  readonly prepared: PreparedSummary;
  readonly written: WriteResult;
  readonly sheetsBeforeSummary: readonly string[];
  readonly sheetsAfterSummary: readonly string[];
};

/** Set-up, check, import and summary, each through its own port (one user action each). */
export async function runScenario(portFor: () => WorkbookPort): Promise<ScenarioResult> {
  const setUp = await setUpPlan(portFor(), { lang: "sv" });
  const { findings } = await checkWorkbook(portFor(), "2019-09-15", "sv");
  const importPort = portFor();
  const preview = await previewImport(importPort, { sheet: LOOSE_LIST.sheet }, { lang: "sv" });
  const imported = await writeImport(importPort, preview, "sv");
  const summaryPort = portFor();
  const prepared = await prepareSummary(summaryPort, "Helår 2019", "sv", "2020-01-20");
  if (!prepared.ok) throw new Error(`no summary: ${prepared.code}`);
  const sheetsBeforeSummary = await summaryPort.sheetNames();
  const written = await writeSummary(summaryPort, prepared);
  const sheetsAfterSummary = await portFor().sheetNames();
  return { setUp, findings, imported, prepared, written, sheetsBeforeSummary, sheetsAfterSummary };
}

/** Every text of a summary layout (blocks and chart tables), for "lands as the same text". */
export function layoutTexts(prepared: PreparedSummary): string[] {
  const { layout } = prepared;
  const texts = [
    ...layout.blocks.flatMap((b) => b.cells.flat().map((c) => c.v)),
    ...layout.tables.flatMap((t) => [...t.header, ...t.rows.flat().map((c) => c.v)]),
  ];
  return texts.filter((v): v is string => typeof v === "string" && v !== "");
}
