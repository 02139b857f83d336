import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";

/** The award's name in both languages (its id when the template does not list it). */
export function awardName(compiled: CompiledTemplate, awardId: string): Localized {
  const award = compiled.template.awards.find((a) => a.id === awardId);
  return award === undefined ? msg(awardId, awardId) : msg(award.name, award.nameEn ?? award.name);
}
