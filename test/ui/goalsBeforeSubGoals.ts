/**
 * A user's Goals table written before the national sub-goal columns (issue 29): two
 * goals, under article 2 and under articles 14 and 22, for the pane's sub-goal proposal.
 */
import type { RawTable } from "../../src/core/cells/cells";
import { headersOf } from "../../src/core/schema";

export const goalsBeforeSubGoals: RawTable = {
  name: "Goals",
  sheet: "Mål",
  top: 0,
  left: 0,
  values: [
    headersOf("Goals", "sv").slice(0, 9),
    ["M1", "2", "Jämn representation", null, null, null, null, null, null],
    ["M2", "14, 22", "Trygg vård", null, null, null, null, null, null],
  ],
};
