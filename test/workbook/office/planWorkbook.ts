/** Test data: fake workbooks holding a municipality's plan, built as a user would have typed it. */
import { isoToSerial } from "../../../src/core/dates/dates";
import { fakeWorkbook, type FakeExcel } from "../../fakes/fakeExcel";

const STATUSES = ["Ej påbörjad", "Pågår", "Genomförd", "Försenad"] as const;

/** Follow-up rows of Härnösands kommun: period, activity, status, outcome, forecast, comment. */
export function followUpRows(count: number): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => [
    i % 2 === 0 ? "Delår 2019" : "Helår 2019",
    `A${1 + (i % 12)}.${1 + Math.floor(i / 12)}`,
    STATUSES[i % STATUSES.length] as string,
    10_000 + i * 250,
    40_000,
    i % 7 === 0 ? "Utbildning av chefer genomförd i samverkan med HR" : "",
  ]);
}

/** A workbook with Goals, Activities and FollowUp tables (Swedish headers) and `rows` follow-up rows. */
export function planWorkbook(rows: number): FakeExcel {
  const fake = fakeWorkbook("Mål");
  fake.put("Mål", "A1", [
    ["Mål-ID", "Artikel", "Mål", "Indikator", "Enhet", "Utgångsvärde", "Målvärde", "Riktning", "Ansvarig"],
    ["M1", "11", "Jämn könsfördelning bland chefer", "Andel kvinnliga chefer", "%", 38, 50, "Öka", "HR-chef"],
    [
      "M2",
      "2, 5",
      "Jämställd fördelning av föreningsbidrag",
      "Andel bidrag till flickor",
      "%",
      41,
      50,
      "Öka",
      "Kultur- och fritidschef",
    ],
  ]);
  fake.addTable("Goals", "Mål", "A1:I3");
  fake.put("Aktiviteter", "A1", [
    ["Aktivitet-ID", "Mål-ID", "Aktivitet", "Ansvarig", "Start", "Slut", "Budget", "Resurser", "Tidplan"],
    [
      "A1.1",
      "M1",
      "Ledarskapsprogram för kvinnor",
      "HR-chef",
      isoToSerial("2019-01-01"),
      isoToSerial("2019-12-31"),
      250_000,
      "HR",
      "2019",
    ],
  ]);
  fake.addTable("Activities", "Aktiviteter", "A1:I2");
  fake.put("Uppföljning", "A1", [
    ["Period", "Aktivitet-ID", "Status", "Utfall", "Prognos", "Kommentar"],
    ...followUpRows(rows),
  ]);
  fake.addTable("FollowUp", "Uppföljning", `A1:F${rows + 1}`);
  return fake;
}

/** A sheet of someone's own data (a budget list) with `rows` rows, no table. */
export function addUserSheet(fake: FakeExcel, name: string, rows: number): void {
  fake.put(name, "B3", [
    ["Förvaltning", "Konto", "Belopp", "Not"],
    ...Array.from({ length: rows }, (_, i) => [
      `Förvaltning ${1 + (i % 9)}`,
      4000 + (i % 50),
      1200 + i,
      i % 3 === 0 ? "=SUMMA(D4:D9)" : "ok",
    ]),
  ]);
}
