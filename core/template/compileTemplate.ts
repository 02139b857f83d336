import type { Fixed } from "../decimal/fixed";
import { toFixed } from "../decimal/fixed";
import type { CriterionRule } from "./criterionRuleSchema";
import type { AdjustmentItem, Template, TemplateNode } from "./templateSchema";
import { templateFingerprint } from "./templateFingerprint";

/** Where a node lives: the scored sections (phần chấm điểm), điểm thưởng or điểm trừ. */
export type Block = "sections" | "bonus" | "deductions";

/** One node of the table, flattened, with points in `Fixed` (ten-thousandths). */
export type CompiledNode = {
  index: number;
  code: string;
  title: string;
  titleEn: string | undefined;
  guidance: string | undefined;
  unit: string | undefined;
  block: Block;
  /** 0 for a section (nội dung) or a bonus/deduction item. */
  depth: number;
  /** Index of the parent node, or -1. */
  parent: number;
  children: number[];
  /** A criterion when it has a rule; a group otherwise. */
  rule: CriterionRule | undefined;
  /** Điểm chuẩn: for a group, the sum of its children's. */
  standard: Fixed;
  /** Điểm tối đa: for a group, the sum of its children's maxima, limited by its cap. */
  max: Fixed;
  cap: Fixed | undefined;
  evidenceRequired: boolean;
  /** The path of the node in the template file, e.g. `sections[0].children[1]`. */
  path: string;
};

/** A validated template flattened for scoring, rendering and ranking: nodes in document order, indexed by code. */
export type CompiledTemplate = {
  template: Template;
  fingerprint: string;
  nodes: CompiledNode[];
  byCode: ReadonlyMap<string, CompiledNode>;
  /** Top-level sections (nội dung), in order. */
  sections: CompiledNode[];
  /** Nodes with a rule (criteria, bonus and deduction items), in document order. */
  scorable: CompiledNode[];
  bonusItems: CompiledNode[];
  deductionItems: CompiledNode[];
  base: Fixed;
  bonusCap: Fixed | undefined;
  deductionCap: Fixed | undefined;
  memberIds: ReadonlySet<string>;
};

/**
 * Flattens a template that `checkTemplate` accepted. Structure is trusted here: call `parseTemplate` for files.
 */
export function compileTemplate(template: Template): CompiledTemplate {
  const nodes: CompiledNode[] = [];
  const sections = template.sections.map((s, i) => addNode(nodes, s, -1, 0, `sections[${i}]`));
  const addItems = (block: "bonus" | "deductions") =>
    template[block].items.map((item, i) => addItem(nodes, item, block, `${block}.items[${i}]`));
  const bonusItems = addItems("bonus");
  const deductionItems = addItems("deductions");

  return {
    template,
    fingerprint: templateFingerprint(template),
    nodes,
    byCode: new Map(nodes.map((n) => [n.code, n])),
    sections,
    scorable: nodes.filter((n) => n.rule !== undefined),
    bonusItems,
    deductionItems,
    base: toFixed(template.base),
    bonusCap: template.bonus.cap === undefined ? undefined : toFixed(template.bonus.cap),
    deductionCap: template.deductions.cap === undefined ? undefined : toFixed(template.deductions.cap),
    memberIds: new Set(template.members.map((m) => m.id)),
  };
}

/** A node of the sections and, before its siblings, its children (document order); groups sum their children. */
function addNode(
  nodes: CompiledNode[],
  node: TemplateNode,
  parent: number,
  depth: number,
  path: string,
): CompiledNode {
  const compiled: CompiledNode = {
    index: nodes.length,
    code: node.code,
    title: node.title,
    titleEn: node.titleEn,
    guidance: node.guidance,
    unit: node.unit,
    block: "sections",
    depth,
    parent,
    children: [],
    rule: node.rule,
    standard: 0,
    max: 0,
    cap: node.cap === undefined ? undefined : toFixed(node.cap),
    evidenceRequired: node.evidenceRequired ?? false,
    path,
  };
  nodes.push(compiled);
  if (node.children) {
    node.children.forEach((child, i) => {
      const c = addNode(nodes, child, compiled.index, depth + 1, `${path}.children[${i}]`);
      compiled.children.push(c.index);
      compiled.standard += c.standard;
      compiled.max += c.max;
    });
    if (compiled.cap !== undefined) compiled.max = Math.min(compiled.max, compiled.cap);
  } else {
    compiled.standard = toFixed(node.standard ?? 0);
    compiled.max = toFixed(node.max ?? node.standard ?? 0);
  }
  return compiled;
}

/** A bonus or deduction item: its maximum is its standard too (a pass/fail item earns or deducts it). */
function addItem(
  nodes: CompiledNode[],
  item: AdjustmentItem,
  block: "bonus" | "deductions",
  path: string,
): CompiledNode {
  const compiled: CompiledNode = {
    index: nodes.length,
    code: item.code,
    title: item.title,
    titleEn: item.titleEn,
    guidance: item.guidance,
    unit: item.unit,
    block,
    depth: 0,
    parent: -1,
    children: [],
    rule: item.rule,
    standard: toFixed(item.max),
    max: toFixed(item.max),
    cap: undefined,
    evidenceRequired: item.evidenceRequired ?? false,
    path,
  };
  nodes.push(compiled);
  return compiled;
}
