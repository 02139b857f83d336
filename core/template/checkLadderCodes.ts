import { describeHiddenCharacter, findHiddenCharacter } from "../text";
import type { TemplateChecks } from "./templateChecks";
import type { TemplateNode } from "./templateSchema";

/**
 * A ladder's level codes as a person types them: no space around a code, no hidden character, and no two codes of
 * one ladder differing only in case ("HTXSNV" and "htxsnv"), which a reader could not tell apart when choosing.
 */
export function checkLadderCodes(c: TemplateChecks): void {
  const visit = (node: TemplateNode, path: string): void => {
    node.children?.forEach((child, i) => visit(child, `${path}.children[${i}]`));
    if (node.rule?.kind !== "ladder" || c.isUnknown(`${path}.rule`)) return;
    const seen = new Map<string, number>();
    node.rule.levels.forEach((level, i) => {
      const at = `${path}.rule.levels[${i}].code`;
      const hidden = findHiddenCharacter(level.code);
      if (level.code.trim() !== level.code || hidden !== undefined) {
        const what =
          hidden === undefined
            ? { vi: "khoảng trắng ở đầu hoặc cuối", en: "a space at its start or end" }
            : describeHiddenCharacter(hidden);
        c.add(
          at,
          `Mục ${node.code}: mã mức "${level.code}" có ${what.vi}; viết mã không có khoảng trắng hay ký tự ẩn.`,
          `${node.code}: the level code "${level.code}" holds ${what.en}; write it without spaces or hidden characters.`,
        );
      }
      const key = level.code.trim().toLocaleUpperCase("vi");
      const first = seen.get(key);
      if (first !== undefined) {
        c.add(
          at,
          `Mục ${node.code}: mã mức "${level.code}" trùng với levels[${first}] (chỉ khác chữ hoa/thường hoặc khoảng trắng).`,
          `${node.code}: the level code "${level.code}" repeats levels[${first}] (differing only in case or spaces).`,
        );
      } else seen.set(key, i);
    });
  };
  c.template.sections.forEach((node, i) => visit(node, `sections[${i}]`));
  c.template.bonus.items.forEach((node, i) => visit(node as TemplateNode, `bonus.items[${i}]`));
  c.template.deductions.items.forEach((node, i) => visit(node as TemplateNode, `deductions.items[${i}]`));
}
