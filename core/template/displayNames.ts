import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import { lookAlikeKey } from "../text";
import type { CompiledTemplate } from "./compileTemplate";

/**
 * A member unit as people call it: its name, with its id in brackets only when another member's name reads the
 * same ("Công an tỉnh", or "Công an tỉnh (cong-an-tinh)"); an id that is no member's stays as written, quoted.
 */
export function unitName(compiled: CompiledTemplate, unitId: string): string {
  const members = compiled.template.members;
  const member = members.find((m) => m.id === unitId);
  if (member === undefined) return `"${unitId}"`;
  const key = lookAlikeKey(member.name);
  const clash = members.some((m) => m.id !== unitId && lookAlikeKey(m.name) === key);
  return clash ? `${member.name} (${unitId})` : member.name;
}

/**
 * A criterion or bonus/deduction item as people call it: "tiêu chí “title”" (its English title, when the table
 * gives one, in English), with its code in brackets only when another item's title reads the same; a code that is
 * no item's stays as written.
 */
export function criterionName(compiled: CompiledTemplate, code: string): Localized {
  const node = compiled.byCode.get(code);
  if (node === undefined) return msg(`mục "${code}"`, `item "${code}"`);
  const key = lookAlikeKey(node.title);
  const clash = compiled.nodes.some((n) => n.code !== code && lookAlikeKey(n.title) === key);
  const suffix = clash ? ` (${code})` : "";
  const [vi, en] =
    node.block === "bonus"
      ? ["mục thưởng", "bonus item"]
      : node.block === "deductions"
        ? ["mục trừ", "deduction item"]
        : node.rule === undefined
          ? ["nội dung", "section"]
          : ["tiêu chí", "criterion"];
  return msg(`${vi} “${node.title}”${suffix}`, `${en} “${node.titleEn ?? node.title}”${suffix}`);
}
