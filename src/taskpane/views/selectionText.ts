/** What the Import view says it took of the selection (SelectionNote), in Swedish and English. */
import type { SelectionNote } from "../../app/importList";
import type { Lang } from "../../core/language";
import { formatNumber } from "../../core/language";

/** "Taken: Blad1!A1:D40 (of the selected A:D)." and, for a filtered list, the hidden rows taken with it. */
export function selectionText(note: SelectionNote, lang: Lang): string {
  const n = (x: number): string => formatNumber(x, lang);
  const how =
    lang === "sv"
      ? {
          asSelected: "",
          usedPart: ` (av markeringen ${note.selected})`,
          oneCell: " (hela listan på bladet; en enda cell var markerad)",
          largestArea: ` (det största av ${n(note.areas)} markerade områden: ${note.selected})`,
        }
      : {
          asSelected: "",
          usedPart: ` (of the selected ${note.selected})`,
          oneCell: " (the sheet's whole list; a single cell was selected)",
          largestArea: ` (the largest of the ${n(note.areas)} selected areas: ${note.selected})`,
        };
  const hidden =
    note.hiddenRows === 0
      ? ""
      : lang === "sv"
        ? ` ${n(note.hiddenRows)} av raderna är dolda (filter) och kommer med.`
        : ` ${n(note.hiddenRows)} of its rows are hidden (filtered) and are taken too.`;
  return `${lang === "sv" ? "Hämtat" : "Taken"}: ${note.taken}${how[note.how]}.${hidden}`;
}
