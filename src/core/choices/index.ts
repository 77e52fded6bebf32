/**
 * The plan workbook's choice lists: their values (typed: Status, Direction …), their
 * labels in both languages, and the hidden sheet that lists them.
 */
export {
  CHOICES,
  LISTS_SHEET,
  choiceLabel,
  type Assessment,
  type ChoiceListName,
  type ChoiceValue,
  type Direction,
  type PeriodType,
  type Status,
} from "./choices";
