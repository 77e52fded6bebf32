/** The door of the message mechanism: named arguments, plurals by Intl.PluralRules, one book per language. */
export { formatMessage, pluralCategory, type MessageArgs } from "./message";
export { joinList, speaker, speakerIn, type Phrasebooks, type Say } from "./phrasebook";
