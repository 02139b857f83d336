import { criterionKind } from "../criteria/registry";
import { formatNumber } from "../i18n/formatNumber";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";

/** How far above the others an entry must be to be an outlier: two orders of magnitude. */
export const OUTLIER_FACTOR = 100;

/** A quantity far above the bloc's others (15.000.000 where the others typed about 15: đồng for triệu đồng). */
export type QuantityOutlier = {
  unitId: string;
  /** The criterion's code. */
  code: string;
  quantity: number;
  /** The median of the other units' positive quantities. */
  typical: number;
  message: Localized;
};

/**
 * Quantities of a "higher is better" relative-to-best criterion that are at least OUTLIER_FACTOR times the
 * median of the other units' positive quantities (at least two of them): such an entry would become the bloc's
 * best and cut everyone else's points to almost nothing, so it must be checked before it decides anything.
 * `compared` are returns refused for another reason whose quantities still tell what the bloc typically types:
 * they are compared with, never judged.
 */
export function quantityOutliers(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  compared: readonly UnitReturn[] = [],
): QuantityOutlier[] {
  const out: QuantityOutlier[] = [];
  for (const node of compiled.scorable) {
    const rule = node.rule;
    const best = rule === undefined ? undefined : criterionKind(rule).blocBest;
    if (rule === undefined || best === undefined || best.lowerIsBetter(rule)) continue;
    const quantityOf = (ret: UnitReturn) => {
      const entry = ret.entries[node.code];
      return { unitId: ret.unitId, q: entry === undefined ? undefined : best.quantity(entry) };
    };
    const entries = returns.map(quantityOf);
    const everyone = [...entries, ...compared.map(quantityOf)];
    for (const { unitId, q } of entries) {
      if (q === undefined || q <= 0) continue;
      const others = everyone
        .filter((e) => e.unitId !== unitId && e.q !== undefined && e.q > 0)
        .map((e) => e.q as number);
      if (others.length < 2) continue;
      const typical = median(others);
      if (q < typical * OUTLIER_FACTOR) continue;
      const unit = node.unit ? ` ${node.unit}` : "";
      const times = (lang: "vi" | "en") => formatNumber(Math.round(q / typical), lang);
      out.push({
        unitId,
        code: node.code,
        quantity: q,
        typical,
        message: msg(
          `${formatNumber(q, "vi")}${unit} lớn gấp khoảng ${times("vi")} lần mức thường gặp của khối (${formatNumber(typical, "vi")}${unit}); hãy kiểm tra đơn vị tính${node.unit ? ` (${node.unit})` : ""} — có thể đã nhập sai đơn vị (đồng thay vì triệu đồng). Số này không được dùng làm mức cao nhất của khối; bản tự chấm của đơn vị chưa được xếp hạng cho đến khi sửa.`,
          `${formatNumber(q, "en")}${unit} is about ${times("en")} times the bloc's typical figure (${formatNumber(typical, "en")}${unit}); check the unit${node.unit ? ` (${node.unit})` : ""} — perhaps it was typed in the wrong unit (đồng instead of triệu đồng). It is not used as the bloc's best; the unit's return is not ranked until it is corrected.`,
        ),
      });
    }
  }
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
