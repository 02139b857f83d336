import { pts } from "../criteria/criterionWords";
import type { Fixed } from "../decimal/fixed";
import type { Lang, Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { CompiledNode } from "../template/compileTemplate";

/** "Tổng các mục con, tối đa 30: 28,5" — how a group's points follow from its children. */
export function explainGroup(node: CompiledNode, nodePoints: ArrayLike<number>): Localized {
  let sum = 0;
  for (const child of node.children) sum += nodePoints[child]!;
  const parts = (lang: Lang) => node.children.map((c) => pts(nodePoints[c]!, lang)).join(" + ");
  const points = nodePoints[node.index]!;
  const equals = (lang: Lang) =>
    node.children.length > 1 ? `${parts(lang)} = ${pts(points, lang)}` : parts(lang);
  const sumOf = msg("Tổng các mục con", "Sum of its parts");
  const cap = node.cap;
  if (cap === undefined) return both((lang) => `${sumOf[lang]}: ${equals(lang)}`);
  if (sum > cap) {
    return both(
      (lang) =>
        `${sumOf[lang]} ${parts(lang)} = ${pts(sum, lang)}, ` +
        `${lang === "vi" ? "tối đa" : "capped at"} ${pts(cap, lang)} → ${pts(points, lang)}`,
    );
  }
  return both(
    (lang) =>
      `${lang === "vi" ? "Tổng các mục con, tối đa" : "Sum of its parts, at most"} ${pts(cap, lang)}: ${equals(lang)}`,
  );
}

/** "Điểm thưởng: tổng các mục 25, tối đa 20 → 20" — how a bonus or deduction block's cap applied. */
export function explainBlock(
  block: "bonus" | "deductions",
  sum: Fixed,
  cap: Fixed | undefined,
  points: Fixed,
): Localized {
  const name = block === "bonus" ? msg("Điểm thưởng", "Bonus") : msg("Điểm trừ", "Deductions");
  return both((lang) => {
    const head = `${name[lang]}: ${lang === "vi" ? "tổng các mục" : "sum of the items"} ${pts(sum, lang)}`;
    if (cap === undefined) return `${head} (${lang === "vi" ? "không giới hạn chung" : "no overall cap"})`;
    if (sum > cap)
      return `${head}, ${lang === "vi" ? "tối đa" : "capped at"} ${pts(cap, lang)} → ${pts(points, lang)}`;
    return `${head} (${lang === "vi" ? "tối đa" : "at most"} ${pts(cap, lang)})`;
  });
}

/** "97 + 10 − 0 = 107". */
export function explainTotal(baseScore: Fixed, bonus: Fixed, deductions: Fixed, total: Fixed): Localized {
  return both(
    (lang) =>
      `${pts(baseScore, lang)} + ${pts(bonus, lang)} − ${pts(deductions, lang)} = ${pts(total, lang)}`,
  );
}

function both(f: (lang: Lang) => string): Localized {
  return { vi: f("vi"), en: f("en") };
}
