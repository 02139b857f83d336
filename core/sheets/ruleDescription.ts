import { criterionKind } from "../criteria/registry";
import type { CompiledNode } from "../template/compileTemplate";

/** One Vietnamese line telling the unit what to enter and how it is scored (cột "Cách chấm"); "" for a group. */
export function ruleDescription(node: CompiledNode): string {
  return node.rule === undefined ? "" : criterionKind(node.rule).ruleText(node, node.rule);
}
