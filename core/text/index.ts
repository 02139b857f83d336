export type { HiddenCharacter, HiddenKind } from "./hiddenCharacter";
export { codePointName, describeHiddenCharacter, findHiddenCharacter } from "./hiddenCharacter";
export { lookAlikeKey, normalizeVisibleText } from "./normalizeVisibleText";
export { refuseHiddenCharacters } from "./refuseHiddenCharacters";
export type { DayMonthYear } from "./parseDayMonthYear";
export { parseDayMonthYear } from "./parseDayMonthYear";
