import { criterionKind } from "../criteria/registry";
import type { CompiledNode } from "../template/compileTemplate";

/**
 * What the unit reads beside its input (cột "Cách chấm"): the kind's line on what to enter and how it is scored,
 * the unit of the quantity ("Đơn vị tính: triệu đồng", so that nobody types đồng where triệu đồng are meant) and
 * the table's guidance; "" for a group.
 */
export function ruleDescription(node: CompiledNode): string {
  if (node.rule === undefined) return "";
  const kind = criterionKind(node.rule);
  const parts = [kind.ruleText(node, node.rule)];
  if (node.unit && kind.fields.length > 0) parts.push(`Đơn vị tính: ${node.unit}`);
  if (node.guidance) parts.push(`Hướng dẫn: ${node.guidance}`);
  return parts.join(". ");
}
