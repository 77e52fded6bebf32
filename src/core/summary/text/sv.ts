/**
 * The summary prose in Swedish: whole sentences, ready to paste into a delårsrapport
 * or årsredovisning. The logic that picks them is prose.ts; the syntax is core/text.
 */
import type { SummaryPhrasebook } from "./phrases";

export const SV: SummaryPhrasebook = {
  "intro.annual": "Årsbokslutet avser perioden {period} med brytdatum {cutoff}.",
  "intro.interim": "Delårsrapporten avser perioden {period} med brytdatum {cutoff}.",
  "activities.none": "Planen har ännu inga aktiviteter.",
  "activities.only.done": "Planens enda aktivitet är genomförd.",
  "activities.only.inProgress": "Planens enda aktivitet pågår.",
  "activities.only.delayed": "Planens enda aktivitet är försenad.",
  "activities.only.notStarted": "Planens enda aktivitet har inte påbörjats.",
  "activities.only.cancelled": "Planens enda aktivitet har avbrutits.",
  "activities.only.unreported": "Planens enda aktivitet saknar uppföljning.",
  "activities.of": "Av planens {total, number} aktiviteter {parts}.",
  "activities.noneDone": "är ingen genomförd",
  "activities.done": "är {n, plural, one {en genomförd} other {# genomförda}} ({share})",
  "activities.inProgress": "{n, plural, one {en} other {#}} pågår",
  "activities.delayed": "{n, plural, one {en är försenad} other {# är försenade}}",
  "activities.notStarted": "{n, plural, one {en} other {#}} har inte påbörjats",
  "activities.cancelled": "{n, plural, one {en} other {#}} har avbrutits",
  "activities.unreported": "{n, plural, one {en} other {#}} saknar uppföljning",
  "activities.delayedNamed":
    "{n, plural, one {Den försenade aktiviteten är} other {De försenade aktiviteterna är}} {names}.",
  "activities.overdue":
    "Slutdatumet har passerats för {names}, som inte är {n, plural, one {genomförd} other {genomförda}}.",
  "activities.followUpMissing": "Uppföljning för {period} saknas för {names}.",
  "activities.more": "ytterligare {n, plural, one {en} other {#}}",
  "goals.none": "Planen har inga mål.",
  "goals.only.met": "Planens enda mål är uppfyllt.",
  "goals.only.partlyMet": "Planens enda mål är delvis uppfyllt.",
  "goals.only.notMet": "Planens enda mål är ej uppfyllt.",
  "goals.only.notAssessed":
    "Planens enda mål kan inte bedömas eftersom indikatorvärde, målvärde eller riktning saknas.",
  "goals.of": "Av planens {total, number} mål är {parts}.",
  "goals.met": "{n, plural, one {ett uppfyllt} other {# uppfyllda}}",
  "goals.partlyMet": "{n, plural, one {ett delvis uppfyllt} other {# delvis uppfyllda}}",
  "goals.notMet": "{n, plural, one {ett ej uppfyllt} other {# ej uppfyllda}}",
  "goals.noneAssessable":
    "Inget av planens {total, number} mål kan bedömas ännu eftersom indikatorvärde, målvärde eller riktning saknas.",
  "goals.notAssessed":
    "För {n, plural, one {ett} other {#}} mål går det inte att göra någon bedömning eftersom indikatorvärde, målvärde eller riktning saknas.",
  "money.budget": "Budgeten för aktiviteterna är {budget}.",
  "money.interim":
    "Utfallet hittills är {outcome} och prognosen för aktiviteternas totala kostnad är {forecast}, {deviation}.",
  "money.annualOutcome":
    "Utfallet till och med {cutoff} är {outcome}{hasShare, select, no {} other {, vilket motsvarar {share} av budgeten}}.",
  "money.annualForecast": "Prognosen för aktiviteternas totala kostnad är {forecast}, {deviation}.",
  "money.inLine": "vilket är i nivå med budgeten",
  "money.under": "vilket ger en avvikelse mot budgeten på {deviation} (positiv avvikelse: under budget)",
  "money.over": "vilket ger en avvikelse mot budgeten på {deviation} (negativ avvikelse: över budget)",
  "money.withoutBudget":
    "I budgetsumman räknas {n, plural, one {en aktivitet} other {# aktiviteter}} utan budget som {zero}.",
  "money.overBudget": "Prognosen eller utfallet överstiger budgeten för {names}.",
  "change.none": "Det finns ingen tidigare helårsperiod att jämföra med.",
  "change.outcome.same": "Utfallet är oförändrat sedan dess.",
  "change.outcome.up": "Utfallet har ökat med {amount} sedan dess.",
  "change.outcome.down": "Utfallet har minskat med {amount} sedan dess.",
  "change.done.same": "Sedan {since} är antalet genomförda aktiviteter oförändrat ({now, number}).",
  "change.done.up":
    "Sedan {since} har antalet genomförda aktiviteter ökat från {before, number} till {now, number}.",
  "change.done.down":
    "Sedan {since} har antalet genomförda aktiviteter minskat från {before, number} till {now, number}.",
  "change.goalsMet.same": "Antalet uppfyllda mål är oförändrat ({now, number}).",
  "change.goalsMet.up": "Antalet uppfyllda mål har ökat från {before, number} till {now, number}.",
  "change.goalsMet.down": "Antalet uppfyllda mål har minskat från {before, number} till {now, number}.",
  "whole.last": "Detta är planperiodens sista årsbokslut.",
  "whole.overall":
    "Under hela planperioden{span, select, none {} other {, {start} – {end},}} har {done, plural, one {en} other {#}} av {total, number} {total, plural, one {aktivitet} other {aktiviteter}} genomförts{hasShare, select, no {} other { ({share})}} och utfallet är {outcome} av en total budget på {budget}.",
  "whole.notDone": "Vid planperiodens slut är {names} inte {n, plural, one {genomförd} other {genomförda}}.",
  "whole.goals":
    "Av målen med både utgångsvärde och uppmätt värde har {improved, number} av {comparable, number} utvecklats i avsedd riktning sedan utgångsläget.",
  "chain.subGoal":
    "Under nationellt delmål {number} ({name}) har planen {goals, plural, one {ett mål} other {# mål}} och {activities, plural, =0 {ingen aktivitet} one {en aktivitet} other {# aktiviteter}}.",
  "chain.without":
    "Utan koppling till något nationellt delmål har planen {goals, plural, =0 {inget mål} one {ett mål} other {# mål}} och {activities, plural, =0 {ingen aktivitet} one {en aktivitet} other {# aktiviteter}}.",
  "chain.goal":
    "Mål {id} är {assessment, select, met {uppfyllt} partlyMet {delvis uppfyllt} notMet {ej uppfyllt} other {inte bedömt}}{values, select, none {} total {; senaste värdet är {total}{targetKind, select, none {} other {, med målvärdet {target}}}} other {; senaste värdet är {women} för kvinnor och {men} för män{targetKind, select, none {} gap {, en skillnad på {gap} mot målet högst {target}} other {, med målvärdet {target}}}}}.",
  "chain.regional": "Mål {id} hör till det regionala målet ”{regional}”.",
  "chain.activities": "Av aktiviteterna under delmålet {parts}.",
  "chain.activitiesWithout": "Av aktiviteterna utan nationellt delmål {parts}.",
  "chain.untouched": "Planen berör inte nationellt delmål {number} ({name}).",
  "chain.deviations.of":
    "Vid brytdatum avviker {n, plural, one {ett mål eller en aktivitet} other {# mål och aktiviteter}}.",
  "chain.deviations.none": "Vid brytdatum avviker inget mål och ingen aktivitet.",
  "chain.deviation":
    "{on, select, goal {Målet} other {Aktiviteten}} {name} {kinds}; {hasAction, select, no {ingen åtgärd är angiven} comment {åtgärden står i kommentaren: {action}} other {åtgärd: {action}}}.",
  "chain.kind.delayed": "är försenad",
  "chain.kind.overdue": "har passerat sitt slutdatum",
  "chain.kind.overBudget": "överstiger budgeten",
  "chain.kind.notMet": "är ej uppfyllt",
  "chain.kind.worseThanBaseline": "är sämre än utgångsvärdet",
  "chain.deviations.missing": "{n, plural, one {En avvikelse} other {# avvikelser}} saknar åtgärd.",
};
