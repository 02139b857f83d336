import type { Fixed } from "../decimal/fixed";
import type { Entry } from "../returns/returnSchema";
import type { CompiledNode } from "../template/compileTemplate";

/**
 * The evidence rule (minh chứng), in one place: a claim on a criterion that requires evidence counts 0 when the
 * entry lists none, except in the deduction block (leaving out the evidence must not cancel a deduction).
 */
export function countedPoints(node: CompiledNode, claimed: Fixed, evidenced: boolean): Fixed {
  return claimed > 0 && node.evidenceRequired && node.block !== "deductions" && !evidenced ? 0 : claimed;
}

/** True when the entry lists at least one piece of evidence (minh chứng). */
export function hasEvidence(entry: Entry | undefined): boolean {
  return entry?.evidence !== undefined && entry.evidence.length > 0;
}
