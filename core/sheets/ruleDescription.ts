import { fromFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { CompiledNode } from "../template/compileTemplate";
import { passFailWords } from "./scoringFormulas";

const n = (v: number): string => formatNumber(v, "vi");
const p = (v: number): string => formatNumber(fromFixed(v), "vi");

/** One Vietnamese line telling the unit what to enter and how it is scored (cột "Cách chấm"). */
export function ruleDescription(node: CompiledNode): string {
  const rule = node.rule;
  if (!rule) return "";
  switch (rule.kind) {
    case "passFail": {
      const w = passFailWords(node.block);
      return `Chọn ${w.yes} / ${w.no}: ${w.yes} = ${p(node.standard)} điểm`;
    }
    case "ladder":
      return `Chọn mức: ${rule.levels.map((l) => `${l.code} = ${n(l.points)}`).join("; ")}`;
    case "percentOfTarget": {
      const unit =
        rule.steps === "whole" ? `mỗi ${n(rule.stepPercent)}% trọn` : `mỗi ${n(rule.stepPercent)}%`;
      return (
        `Nhập kết quả (F) và chỉ tiêu (G): đạt 100% = ${p(node.standard)}; ${unit} vượt +${n(rule.pointsPerStepOver)}` +
        ` (tối đa ${p(node.max)}), ${unit} thiếu −${n(rule.pointsPerStepUnder)} (sàn ${n(rule.floor)})`
      );
    }
    case "relativeToBest":
      return `Nhập số lượng; điểm tính khi tổng hợp toàn khối (đơn vị ${rule.better === "higher" ? "cao" : "thấp"} nhất = ${p(node.max)})`;
    case "count":
      return `Nhập số lượng: mỗi ${node.unit ?? "đơn vị"} ${n(rule.pointsPerItem)} điểm, tối đa ${p(node.max)}`;
    case "violations":
      return `Nhập số lần vi phạm: mỗi lần −${n(rule.pointsPerViolation)}, sàn ${n(rule.floor)}`;
    case "manual":
      return `Nhập điểm từ 0 đến ${p(node.max)}${rule.step ? `, bước ${n(rule.step)}` : ""}`;
    case "awardHistory":
      return `Theo lịch sử khen thưởng (${rule.yearsBack} năm trước), không tự nhập`;
  }
}
