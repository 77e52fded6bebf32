/** What the Import view says it took of the selection (SelectionNote), in Swedish and English. */
import type { SelectionNote } from "../../app/importList";
import type { Lang } from "../../core/language";
import { speaker, type Phrasebooks } from "../../core/text";

type SelectionPhrase = SelectionNote["how"] | "hidden";

/** The sentence by how the cells were taken; `#` is a count in the language's format. */
const BOOKS: Phrasebooks<SelectionPhrase> = {
  sv: {
    asSelected: "Hämtat: {taken}.",
    usedPart: "Hämtat: {taken} (av markeringen {selected}).",
    oneCell: "Hämtat: {taken} (hela listan på bladet; en enda cell var markerad).",
    largestArea: "Hämtat: {taken} (det största av {areas, number} markerade områden: {selected}).",
    hidden: "{n, plural, one {# av raderna är dold} other {# av raderna är dolda}} (filter) och kommer med.",
  },
  en: {
    asSelected: "Taken: {taken}.",
    usedPart: "Taken: {taken} (of the selected {selected}).",
    oneCell: "Taken: {taken} (the sheet's whole list; a single cell was selected).",
    largestArea: "Taken: {taken} (the largest of the {areas, number} selected areas: {selected}).",
    hidden:
      "{n, plural, one {# of its rows is hidden (filtered) and is taken too.} other {# of its rows are hidden (filtered) and are taken too.}}",
  },
};

const say = speaker(BOOKS);

/** "Taken: Blad1!A1:D40 (of the selected A:D)." and, for a filtered list, the hidden rows taken with it. */
export function selectionText(note: SelectionNote, lang: Lang): string {
  const taken = say(note.how, lang, { taken: note.taken, selected: note.selected, areas: note.areas });
  return note.hiddenRows === 0 ? taken : `${taken} ${say("hidden", lang, { n: note.hiddenRows })}`;
}
