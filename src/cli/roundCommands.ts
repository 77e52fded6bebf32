/**
 * The commands of a reporting round: a workbook per responsible to fill in
 * (handout), and the filled-in workbooks collected into the plan (collect).
 */
import { commandSpec, done, FILE, force, forceFile, period, periodOfTable, unusable } from "./commandSpec";
import { handoutCommand } from "./handoutCommand";
import { collectCommand } from "./collectCommand";

export const handoutSpec = commandSpec({
  name: "handout",
  files: "one",
  operands: { sv: "PLAN", en: "PLAN" },
  options: [
    period(periodOfTable),
    {
      name: "--out",
      value: { sv: "MAPP", en: "FOLDER" },
      required: true,
      help: {
        sv: "Mappen som filerna skrivs till (skapas om den saknas)",
        en: "The folder the files are written to (made if missing)",
      },
    },
    {
      name: "--json",
      help: {
        sv: "Skriver bara de skrivna filerna, som JSON, på standard ut",
        en: "Prints only the files written, as JSON, on standard output",
      },
    },
    force({ sv: "Skriver över filer som redan finns", en: "Overwrites files that exist" }),
  ],
  summary: {
    sv: "Gör en arbetsbok per ansvarig att fylla i för en period",
    en: "Makes one workbook per responsible to fill in for a period",
  },
  about: {
    sv: 'En fil per ansvarig, "<period> - <ansvarig>.xlsx", med den ansvariges mål och aktiviteter och periodens rader att fylla i; resten är skyddat. Filerna följer planens språk, och planen ändras aldrig.',
    en: "One file per responsible, \"<period> - <responsible>.xlsx\", with that responsible's goals and activities and the period's rows to fill in; the rest is protected. The files follow the plan's language, and the plan is never changed.",
  },
  examples: [
    {
      sv: 'handout plan.xlsx --period "Helår 2022" --out utskick/',
      en: 'handout plan.xlsx --period "Annual 2022" --out handouts/',
    },
  ],
  exits: [done({ sv: "filerna skrevs", en: "the files were written" }), unusable(true)],
  run: handoutCommand,
});

export const collectSpec = commandSpec({
  name: "collect",
  files: "many",
  operands: { sv: "PLAN INKOMMEN…", en: "PLAN RETURNED…" },
  options: [
    period({ sv: "Perioden som svaren gäller", en: "The period the answers are for" }),
    {
      name: "--out",
      value: FILE,
      required: true,
      help: { sv: "Kopian av planen med svaren", en: "The copy of the plan with the answers" },
    },
    {
      name: "--replace",
      help: {
        sv: "Ersätter också rader som planen redan har och som filerna ändrar",
        en: "Also replaces rows the plan holds that the files change",
      },
    },
    {
      name: "--json",
      help: {
        sv: "Skriver bara förhandsvisningen, som JSON, på standard ut",
        en: "Prints only the preview, as JSON, on standard output",
      },
    },
    forceFile,
  ],
  summary: {
    sv: "Samlar in de ifyllda arbetsböckerna i en kopia av planen",
    en: "Collects the filled-in workbooks into a copy of the plan",
  },
  about: {
    sv: "Nya rader läggs till i kopian; rader som planen redan har ersätts bara med --replace, och konflikter mellan filer avgörs aldrig här. Skriver ut per enhet vad som hämtas och inte, och vem som inte har svarat.",
    en: "New rows are added to the copy; rows the plan holds already are replaced only with --replace, and conflicts between files are never settled here. Prints per unit what is taken and what is not, and who has not answered.",
  },
  examples: [
    {
      sv: 'collect plan.xlsx --period "Helår 2022" utskick/*.xlsx --out samlad.xlsx',
      en: 'collect plan.xlsx --period "Annual 2022" handouts/*.xlsx --out all.xlsx',
    },
  ],
  exits: [
    done({
      sv: "allt som skickades in hämtades och alla har svarat",
      en: "everything sent in was taken and everyone has answered",
    }),
    {
      status: 1,
      meaning: {
        sv: "kopian skrevs, men något behöver ses över: rader som inte hämtades, en fil för en annan period eller plan, ändrade skyddade celler, eller någon som inte har svarat",
        en: "the copy was written, but something needs a look: rows not taken, a file for another period or plan, changed protected cells, or someone who has not answered",
      },
    },
    unusable(true),
  ],
  run: collectCommand,
});
