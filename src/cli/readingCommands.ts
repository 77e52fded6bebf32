/**
 * The commands that read plan workbooks and print what they find: the findings
 * (check) and the follow-up of a period (report).
 */
import { commandSpec, DATE, done, forceFile, period, periodOfTable, unusable } from "./commandSpec";
import { checkCommand } from "./checkCommand";
import { reportCommand } from "./reportCommand";

export const checkSpec = commandSpec({
  name: "check",
  files: "many",
  operands: { sv: "FIL|MAPP…", en: "FILE|FOLDER…" },
  options: [
    {
      name: "--date",
      value: DATE,
      default: { sv: "i dag", en: "today" },
      help: {
        sv: "Dagen som anmärkningarna gäller, ÅÅÅÅ-MM-DD",
        en: "The day the findings hold for, YYYY-MM-DD",
      },
    },
    {
      name: "--json",
      help: {
        sv: 'Skriver bara JSON på standard ut: {"findings": […]}, med flera filer {"files": […]}',
        en: 'Prints only JSON on standard output: {"findings": […]}, with several files {"files": […]}',
      },
    },
  ],
  summary: {
    sv: "Granskar planarbetsböcker och skriver ut anmärkningarna",
    en: "Checks plan workbooks and prints the findings",
  },
  about: {
    sv: "En anmärkning per rad, fel först: allvarlighet, blad!cell, kod och text, sist antalen. Flera filer eller en mapp ger ett block per fil och en tabell med varje fils antal; slutstatus är den sämsta.",
    en: "One finding per line, errors first: severity, sheet!cell, code and message, then the counts. Several files or a folder give a block per file and a table of each file's counts; the exit status is the worst of them.",
  },
  examples: [
    { sv: "check plan.xlsx --date 2019-09-15", en: "check plan.xlsx --date 2019-09-15 --lang en" },
    { sv: "check inkommet/ --json", en: "check returned/ --json" },
  ],
  exits: [
    done({ sv: "klart, inget fel bland anmärkningarna", en: "done, no error among the findings" }),
    {
      status: 1,
      meaning: {
        sv: "klart, med minst ett fel bland anmärkningarna",
        en: "done, with at least one error finding",
      },
    },
    unusable(false),
  ],
  run: checkCommand,
});

export const reportSpec = commandSpec({
  name: "report",
  files: "many",
  operands: { sv: "FIL|MAPP…", en: "FILE|FOLDER…" },
  options: [
    period(periodOfTable),
    {
      name: "--out",
      value: { sv: "FIL|MAPP", en: "FILE|FOLDER" },
      default: { sv: "ingen kopia skrivs", en: "no copy is written" },
      help: {
        sv: "Skriver en kopia av arbetsboken med sammanställningsbladet; en mapp när flera filer läses. Indatafilen ändras aldrig",
        en: "Writes a copy of the workbook with the summary sheet added; a folder when several files are read. The input file is never changed",
      },
    },
    {
      name: "--docx",
      value: { sv: "FIL|MAPP", en: "FILE|FOLDER" },
      default: { sv: "inget Word-avsnitt skrivs", en: "no Word section is written" },
      help: {
        sv: "Skriver uppföljningens avsnitt för årsredovisningen som Word-dokument (.docx), på planens språk; en mapp när flera filer läses",
        en: "Writes the follow-up's section for the annual report as a Word document (.docx), in the plan's language; a folder when several files are read",
      },
    },
    {
      name: "--json",
      help: {
        sv: "Skriver bara sammanställningens JSON på standard ut",
        en: "Prints only the summary's JSON on standard output",
      },
    },
    forceFile,
  ],
  summary: {
    sv: "Sammanställer uppföljningen för en period",
    en: "Summarises the follow-up of one period",
  },
  about: {
    sv: "Skriver ut sammanställningen: aktiviteternas status, budget och utfall, indikatorerna och artiklarnas täckning, per periodens brytdatum. Flera filer eller en mapp ger ett block per fil och en tabell.",
    en: "Prints the summary: the activities' status, budget and outcome, the indicators and the articles' coverage, as of the period's cut-off. Several files or a folder give a block per file and a table.",
  },
  examples: [
    {
      sv: 'report plan.xlsx --period "Helår 2019" --out rapport.xlsx',
      en: 'report plan.xlsx --period "Annual 2019" --out report.xlsx',
    },
    {
      sv: 'report plan.xlsx --period "Delår 2019" --json',
      en: 'report plan.xlsx --period "Interim 2019" --json',
    },
    {
      sv: 'report plan.xlsx --period "Helår 2019" --docx avsnitt.docx',
      en: 'report plan.xlsx --period "Annual 2019" --docx section.docx',
    },
  ],
  exits: [
    done({
      sv: "klart, inget fel bland anmärkningarna per brytdatum",
      en: "done, no error among the findings as of the cut-off",
    }),
    {
      status: 1,
      meaning: {
        sv: "klart, med minst ett fel bland anmärkningarna per brytdatum",
        en: "done, with at least one error finding as of the cut-off",
      },
    },
    unusable(true),
  ],
  run: reportCommand,
});
