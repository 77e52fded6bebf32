/**
 * The Swedish phrasebook of the finding catalogue: one whole sentence per code, naming
 * the row and saying what to do, with the named arguments its entry's `words` give.
 * A row is named by `{place, select, id {raden för {id}} other {rad {row}}}`.
 */
import type { FindingCode } from "../findings.types";

export const SV: Readonly<Record<FindingCode, string>> = {
  TABLE_MISSING:
    "Tabellen «{sheet}» saknas i arbetsboken; lägg till den, till exempel genom att låta tillägget skapa de tabeller som fattas.",
  COLUMN_MISSING: "Kolumnen «{header}» saknas på bladet {sheet}; lägg till den i rubrikraden.",
  VALUE_REQUIRED:
    "Cellen «{header}» på {place, select, id {raden för {id}} other {rad {row}}} är tom; fyll i den.",
  VALUE_INVALID_DATE:
    "«{text}» i «{header}» på {place, select, id {raden för {id}} other {rad {row}}} kan inte läsas som ett datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-08-31.",
  VALUE_INVALID_NUMBER:
    "«{text}» i «{header}» på {place, select, id {raden för {id}} other {rad {row}}} kan inte läsas som ett tal; skriv bara talet, till exempel 12 500.",
  VALUE_INVALID_CHOICE:
    "«{text}» i «{header}» på {place, select, id {raden för {id}} other {rad {row}}} finns inte i listan; välj ett av listans värden.",
  ID_DUPLICATE:
    "{id} på rad {row} finns redan på rad {firstRow}; ge raden ett eget ID eller ta bort dubbletten.",
  REF_UNKNOWN_GOAL:
    "Mål-ID {goalId} på {place, select, id {raden för {id}} other {rad {row}}} finns inte bland målen; rätta ID:t eller lägg till målet.",
  REF_UNKNOWN_ACTIVITY:
    "Aktivitet-ID {activityId} på rad {row} finns inte bland aktiviteterna; rätta ID:t eller lägg till aktiviteten.",
  REF_UNKNOWN_PERIOD:
    "Perioden «{period}» på rad {row} finns inte bland perioderna; rätta namnet eller lägg till perioden.",
  ARTICLE_UNKNOWN:
    '{kind, select, notUnderstood {«{text}» på {place, select, id {raden för {id}} other {rad {row}}} kan inte läsas som en artikel; skriv artikelnummer, till exempel "11, 14".} other {Artikel {article} på {place, select, id {raden för {id}} other {rad {row}}} finns inte i deklarationens version från {version} (artikel 1–{max}); rätta artikelnumret.}}',
  PLAN_SIGNED_MISSING: "Datum för undertecknandet saknas; fyll i dagen då deklarationen undertecknades.",
  PLAN_PERIOD_INVALID:
    "{kind, select, startMissing {Planperiodens start saknas; fyll i planperiodens första dag.} endMissing {Planperiodens slut saknas; fyll i planperiodens sista dag.} other {Planperioden slutar {end} men börjar {start}; rätta start- eller slutdatumet.}}",
  PLAN_ADOPTION_LATE:
    "Planen antogs {adopted}, mer än två år efter undertecknandet {signed}; kontrollera datumen och redovisa skälet till dröjsmålet.",
  PLAN_ADOPTION_OVERDUE:
    "Planen är inte antagen och tvåårsfristen efter undertecknandet gick ut {deadline}; anta planen snarast och fyll i datumet.",
  PLAN_ADOPTION_DUE_SOON:
    "Planen är inte antagen och tvåårsfristen går ut {deadline} ({days, plural, =0 {i dag} one {om {days} dag} other {om {days} dagar}}); planera beslutet om att anta planen.",
  COVERAGE_NO_PRIORITY:
    "Ingen artikel är prioriterad; markera de artiklar planen arbetar med som prioriterade (Ja).",
  COVERAGE_ARTICLE_NO_GOAL:
    "Artikel {article} är prioriterad men har inget mål; lägg till ett mål för artikeln eller ta bort prioriteringen.",
  COVERAGE_GOAL_NO_ACTIVITY:
    "Målet {goal} har inga aktiviteter; lägg till minst en aktivitet med Mål-ID {goal}.",
  COVERAGE_GOAL_NO_INDICATOR:
    "{missing, select, target {Målet {goal} har en indikator men inget målvärde; fyll i målvärdet.} other {Målet {goal} har ingen indikator; ange hur måluppfyllelsen ska mätas.}}",
  COVERAGE_GOAL_NOT_PRIORITISED:
    "{listed, select, yes {Målet {goal} hänvisar till artikel {article}, som inte är markerad som prioriterad; markera artikeln som prioriterad eller kontrollera hänvisningen.} other {Målet {goal} hänvisar till artikel {article}, som saknas i artikeltabellen; lägg till artikeln och markera den som prioriterad, eller rätta hänvisningen.}}",
  NATIONAL_GOAL_UNKNOWN:
    "«{text}» i «{header}» på {place, select, id {raden för {id}} other {rad {row}}} är inget av de sex nationella delmålen; skriv delmålets nummer 1–6 eller dess namn, till exempel «5» eller «Jämställd hälsa».",
  NATIONAL_GOAL_OLD_NUMBERING:
    "På {place, select, id {raden för {id}} other {rad {row}}} står delmål {written} med namnet från numreringen 2006–2016; det lästes som delmål {read} ({name}), skriv {read}.",
  NATIONAL_GOAL_NONE:
    "Målet på {place, select, id {raden för {id}} other {rad {row}}} är inte kopplat till något nationellt jämställdhetspolitiskt delmål; {n, plural, =0 {välj ett eller flera av de sex delmålen i «{header}».} one {utifrån artiklarna föreslår tillägget delmål {proposal}, skriv in det i «{header}» eller välj ett annat.} other {utifrån artiklarna föreslår tillägget delmålen {proposal}, skriv in det i «{header}» eller välj ett annat.}}",
  TIME_ACTIVITY_NO_DATES:
    "{missing, select, end {Aktiviteten {activity} saknar slutdatum; fyll i när den ska vara klar.} other {Aktiviteten {activity} saknar startdatum; fyll i när den börjar.}}",
  TIME_ACTIVITY_END_BEFORE_START:
    "Aktiviteten {activity} slutar {end} men börjar {start}; rätta start- eller slutdatumet.",
  TIME_ACTIVITY_OUTSIDE_PLAN:
    "{side, select, end {Aktiviteten {activity} slutar {date}, efter planperiodens slut {planDate}; flytta slutdatumet eller ändra planperioden.} other {Aktiviteten {activity} börjar {date}, före planperiodens start {planDate}; flytta startdatumet eller ändra planperioden.}}",
  TIME_ACTIVITY_OVERDUE:
    "Aktiviteten {activity} skulle vara klar {end} men är varken genomförd eller avbruten; rapportera status eller flytta slutdatumet.",
  TIME_PERIOD_OUTSIDE_PLAN:
    "Perioden {period} har brytdatum {cutoff}, utanför planperioden; rätta brytdatumet eller planperioden.",
  FOLLOWUP_MISSING:
    "Aktiviteten {activity} saknar uppföljning för {period}; lägg till en rad med periodens status på bladet {sheet}.",
  FOLLOWUP_DUPLICATE:
    "Aktiviteten {activity} är redan uppföljd för {period} på rad {firstRow}; slå ihop raderna eller ta bort dubbletten.",
  DEVIATION_ACTION_MISSING:
    "{of, select, goal {Målet} other {Aktiviteten}} {id} är {kinds} vid {period} men ingen åtgärd anges; skriv i «{header}» vad som ska göras.",
  RESOURCE_ACTIVITY_NONE:
    "Aktiviteten {activity} saknar både budget och resurser; ange en budget eller beskriv resurserna.",
  RESOURCE_OVER_BUDGET:
    "{column, select, outcome {Utfallet} other {Prognosen}} för aktiviteten {activity} vid {period} ({amount}) överstiger budgeten ({budget}); se över budgeten eller kostnaderna.",
  RESOURCE_NEGATIVE:
    "Beloppet i «{header}» på {place, select, id {raden för {id}} other {rad {row}}} är negativt ({amount}); rätta beloppet.",
};
