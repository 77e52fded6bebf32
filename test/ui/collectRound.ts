/**
 * The round of Sundsvalls kommun (test/core/collect/roundFixture.ts) through the app layer,
 * in memory, for the Hand-out and collect machines: the hand-outs as makeHandouts makes
 * them, and a preview of answers returned by Socialnämnden and Kommunstyrelsen (twice,
 * answering A4 differently: a conflict).
 */
import { previewCollect, type ReturnedWorkbook } from "../../src/app/collect";
import { makeHandouts, type HandoutsMade, type NewWorkbook } from "../../src/app/handout";
import type { RawWorkbook } from "../../src/core/cells/cells";
import type { CollectPreview } from "../../src/core/collect";
import type { UnknownPeriod } from "../../src/core/failures/failures";
import { memoryPort, type MemoryPort } from "../app/memoryPort";
import { fill, masterRows, ROUND } from "../core/collect/roundFixture";
import { planWorkbook } from "../core/fixtures/planWorkbook";

export { ROUND };

export const masterPort = (): MemoryPort => memoryPort(planWorkbook(masterRows()));

/** The hand-outs of `period` made from the master, with each one's workbook by label; `progress` gets each step. */
export async function handOut(
  master: MemoryPort,
  period = ROUND,
  progress?: (done: number, total: number) => void,
): Promise<{ made: HandoutsMade | UnknownPeriod; raw: Map<string, RawWorkbook> }> {
  const ports: MemoryPort[] = [];
  const newWorkbook: NewWorkbook = () => {
    const port = memoryPort();
    ports.push(port);
    return { port, save: async () => new Uint8Array([ports.length]) };
  };
  const made = await makeHandouts(master, period, newWorkbook, progress ? { progress } : {});
  const raw = new Map<string, RawWorkbook>();
  if (made.ok)
    for (const [i, f] of made.files.entries()) raw.set(f.label, await (ports[i] as MemoryPort).read());
  return { made, raw };
}

/**
 * The answers returned: Socialnämnden changes A1 (a row the master holds) and adds A2 and M1;
 * Kommunstyrelsen adds A4, and with `copy` a copy of its file answers A4 otherwise.
 */
export async function returnedAnswers(master: MemoryPort, copy = true): Promise<ReturnedWorkbook[]> {
  const { raw } = await handOut(master);
  const of = (label: string): RawWorkbook => {
    const found = raw.get(label);
    if (!found) throw new Error(`No hand-out for ${label}`);
    return found;
  };
  let social = fill(of("Socialnämnden"), "FollowUp", "A1", { Status: "Försenad", Utfall: 420000 });
  social = fill(social, "FollowUp", "A2", { Status: "Genomförd", Utfall: 140000, Prognos: 140000 });
  social = fill(social, "IndicatorValues", "M1", {
    Kvinnor: 66,
    Män: 82,
    Totalt: 70,
    Bedömning: "Delvis uppfyllt",
  });
  const board = fill(of("Kommunstyrelsen"), "FollowUp", "A4", { Status: "Pågår", Utfall: 15000 });
  const answers: ReturnedWorkbook[] = [
    { file: `${ROUND} - Socialnämnden.xlsx`, port: memoryPort(social) },
    { file: `${ROUND} - Kommunstyrelsen.xlsx`, port: memoryPort(board) },
  ];
  if (copy) {
    const other = fill(of("Kommunstyrelsen"), "FollowUp", "A4", { Status: "Ej påbörjad" });
    answers.push({ file: "Kommunstyrelsen (kopia).xlsx", port: memoryPort(other) });
  }
  return answers;
}

/** The preview of the returned answers (returnedAnswers, with the copy: a conflict on A4). */
export async function roundPreview(): Promise<CollectPreview> {
  const master = masterPort();
  const p = await previewCollect(master, ROUND, await returnedAnswers(master));
  if (!p.ok) throw new Error("unknown period");
  return p.preview;
}
