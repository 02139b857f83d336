import type { z } from "zod";
import { describeHiddenCharacter, findHiddenCharacter } from "./hiddenCharacter";

/**
 * A zod check refusing a text with a hidden character (see `findHiddenCharacter`): a zero-width space must not pass
 * for evidence, nor a direction override hide what a reason says. The issue carries the Vietnamese words in
 * `params.vi` (readers that know it show them).
 */
export function refuseHiddenCharacters(options: { allowLineBreaks?: boolean } = {}) {
  return (text: string, ctx: z.core.$RefinementCtx<string>): void => {
    const hidden = findHiddenCharacter(text, options);
    if (hidden === undefined) return;
    const where = describeHiddenCharacter(hidden);
    ctx.addIssue({
      code: "custom",
      message: `holds ${where.en}; delete it (it cannot be seen)`,
      params: { vi: `có ${where.vi}; hãy xóa ký tự này (không nhìn thấy được)` },
    });
  };
}
