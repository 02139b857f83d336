import { criterionKind } from "../criteria/registry";
import { fromFixed, toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { TemplateChecks } from "./templateChecks";
import type { AdjustmentItem, TemplateNode } from "./templateSchema";

const MAX_DEPTH = 5;

const pts = (v: number) => formatNumber(v, "vi");
const ptsEn = (v: number) => formatNumber(v, "en");

/** A node's standard points (a group's is the sum of its children's) and whether no stand-in is counted in them. */
type Visited = { standard: number; known: boolean };

/** The scored sections: every node, and the sections adding up to the table's base. */
export function checkSections(c: TemplateChecks): void {
  const template = c.template;
  let total = 0;
  let known = !c.isUnknown("sections") && !c.isUnknown("base");
  template.sections.forEach((s, i) => {
    const visited = checkNode(c, s, `sections[${i}]`, 0);
    total += toFixed(visited.standard);
    known &&= visited.known;
  });
  if (known && total !== toFixed(template.base)) {
    c.add(
      "sections",
      `Điểm chuẩn các nội dung cộng lại ${pts(fromFixed(total))}, khác điểm chuẩn của bảng (base = ${pts(template.base)}).`,
      `The sections' standard points add up to ${ptsEn(fromFixed(total))}, not the table's base (${ptsEn(template.base)}).`,
    );
  }
}

/** The bonus and deduction items: codes, kinds allowed there, their rules and maxima. */
export function checkAdjustmentItems(c: TemplateChecks): void {
  const visit = (item: AdjustmentItem, path: string, block: "bonus" | "deductions") => {
    if (c.isUnknown(path)) return;
    c.claimCode(item.code, path);
    if (c.isUnknown(`${path}.rule`)) return;
    c.checkKindAllowed(path, item.code, item.rule.kind, block);
    if (c.isUnknown(`${path}.max`)) return;
    c.checkRule(item.rule, { path: `${path}.rule`, code: item.code, standard: item.max, max: item.max });
    c.checkPrecision(path, item.code, { max: item.max });
  };
  c.template.bonus.items.forEach((item, i) => visit(item, `bonus.items[${i}]`, "bonus"));
  c.template.deductions.items.forEach((item, i) => visit(item, `deductions.items[${i}]`, "deductions"));
}

/** One node of the sections: its code, depth and shape, then as a group or as a criterion. */
function checkNode(c: TemplateChecks, node: TemplateNode, path: string, depth: number): Visited {
  if (c.isUnknown(path)) return { standard: 0, known: false };
  c.claimCode(node.code, path);
  const code = node.code;
  if (depth > MAX_DEPTH) {
    c.add(
      path,
      `Mục ${code} lồng quá ${MAX_DEPTH} cấp.`,
      `${code} is nested deeper than ${MAX_DEPTH} levels.`,
    );
  }
  const hasChildren = node.children !== undefined;
  const shapeKnown = !c.isUnknown(`${path}.rule`) && !c.isUnknown(`${path}.children`);
  if (shapeKnown && hasChildren === (node.rule !== undefined)) {
    c.add(
      path,
      hasChildren
        ? `Mục ${code} vừa có "children" vừa có "rule": nhóm chỉ có "children", tiêu chí chỉ có "rule".`
        : `Mục ${code} thiếu cả "children" lẫn "rule": thêm "rule" (tiêu chí) hoặc "children" (nhóm).`,
      hasChildren
        ? `${code} has both "children" and "rule": a group has only "children", a criterion only "rule".`
        : `${code} has neither "children" nor "rule": add a "rule" (criterion) or "children" (group).`,
    );
  }
  if (node.children !== undefined) return checkGroup(c, node, node.children, path, depth);
  if (node.cap !== undefined && shapeKnown) {
    c.add(
      `${path}.cap`,
      `Tiêu chí ${code}: "cap" chỉ dùng cho nhóm; với tiêu chí dùng "max" (điểm tối đa).`,
      `Criterion ${code}: "cap" is for groups; a criterion uses "max".`,
    );
  }
  const standardKnown = !c.isUnknown(`${path}.standard`);
  if (node.rule === undefined) return { standard: node.standard ?? 0, known: standardKnown && shapeKnown };
  return checkCriterion(c, node, node.rule, path);
}

/** A group: its children, its standard (the sum of theirs) and its cap. */
function checkGroup(
  c: TemplateChecks,
  node: TemplateNode,
  children: TemplateNode[],
  path: string,
  depth: number,
): Visited {
  const code = node.code;
  if (children.length === 0) {
    c.add(
      `${path}.children`,
      `Nhóm ${code} không có tiêu chí con: thêm tiêu chí vào "children" hoặc đổi thành tiêu chí có "rule".`,
      `Group ${code} has no children: add criteria to "children" or make it a criterion with a "rule".`,
    );
  }
  if (node.max !== undefined) {
    c.add(
      `${path}.max`,
      `Nhóm ${code}: điểm tối đa của nhóm được tính từ các mục con; dùng "cap" để giới hạn.`,
      `Group ${code}: a group's maximum is computed from its children; use "cap" to limit it.`,
    );
  }
  c.checkPrecision(path, code, { cap: node.cap });
  let sum = 0;
  let known = true;
  children.forEach((child, i) => {
    const visited = checkNode(c, child, `${path}.children[${i}]`, depth + 1);
    sum += toFixed(visited.standard);
    known &&= visited.known;
  });
  const total = fromFixed(sum);
  if (!known) return { standard: total, known };
  if (node.standard !== undefined && toFixed(node.standard) !== sum) {
    c.add(
      `${path}.standard`,
      `Nhóm ${code}: điểm chuẩn ghi ${pts(node.standard)} nhưng các mục con cộng lại ${pts(total)}; sửa cho khớp hoặc bỏ "standard".`,
      `Group ${code}: standard says ${ptsEn(node.standard)} but its children add up to ${ptsEn(total)}; make them agree or drop "standard".`,
    );
  }
  if (node.cap !== undefined && toFixed(node.cap) < sum) {
    c.add(
      `${path}.cap`,
      `Nhóm ${code}: điểm chuẩn các mục con cộng lại ${pts(total)}, vượt mức trần ${pts(node.cap)}; nâng "cap" hoặc giảm điểm mục con.`,
      `Group ${code}: its children's standard points add up to ${ptsEn(total)}, above its cap ${ptsEn(node.cap)}; raise "cap" or lower the children.`,
    );
  }
  return { standard: total, known: !c.isUnknown(`${path}.standard`) };
}

/** A criterion: its kind allowed here, its standard and maximum, its rule's own checks and precision. */
function checkCriterion(
  c: TemplateChecks,
  node: TemplateNode,
  rule: NonNullable<TemplateNode["rule"]>,
  path: string,
): Visited {
  const code = node.code;
  const standardKnown = !c.isUnknown(`${path}.standard`);
  const ruleKnown = !c.isUnknown(`${path}.rule`);
  if (ruleKnown) c.checkKindAllowed(path, code, rule.kind, "sections");
  if (node.standard === undefined) {
    if (standardKnown) {
      c.add(
        `${path}.standard`,
        `Tiêu chí ${code} thiếu điểm chuẩn ("standard").`,
        `Criterion ${code} needs its standard points ("standard").`,
      );
    }
    return { standard: 0, known: false };
  }
  const max = node.max ?? node.standard;
  if (max < node.standard) {
    c.add(
      `${path}.max`,
      `Tiêu chí ${code}: điểm tối đa ${pts(max)} thấp hơn điểm chuẩn ${pts(node.standard)}; điểm tối đa phải ≥ điểm chuẩn.`,
      `Criterion ${code}: maximum ${ptsEn(max)} is below the standard points ${ptsEn(node.standard)}; the maximum must be ≥ the standard.`,
    );
  }
  c.checkPrecision(path, code, { standard: node.standard, max: node.max });
  if (ruleKnown && !c.isUnknown(`${path}.max`)) {
    c.checkRule(rule, { path: `${path}.rule`, code, standard: node.standard, max });
    for (const rounded of criterionKind(rule).roundedNumbers?.(rule) ?? []) {
      c.checkPrecision(`${path}.rule${rounded.path}`, code, rounded.values);
    }
  }
  return { standard: node.standard, known: standardKnown };
}
