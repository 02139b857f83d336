import { fromFixed, toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import { msg } from "../i18n/localized";
import type { CriterionKind } from "./criterionRuleSchema";
import { KINDS_BY_BLOCK } from "./criterionRuleSchema";
import { checkRankingPolicy } from "./checkRankingPolicy";
import type { TemplateProblem } from "./templateProblem";
import type { AdjustmentItem, Template, TemplateNode } from "./templateSchema";

const MAX_DEPTH = 5;

/**
 * Every structural mistake of a schema-valid template, each naming its path and the fix: duplicate codes,
 * nodes that are neither group nor criterion, maxima below standard points, children above a parent's cap,
 * ladders without levels, kinds not allowed where they stand, sections not adding up to the base, members.
 * `unknown` lists paths whose content stands in for something the schema rejected (see `salvageTemplate`): no
 * check reads them, and no sum that includes them is compared, so nothing is reported twice or made up.
 */
export function checkTemplate(
  template: Template,
  unknown: ReadonlySet<string> = new Set(),
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  /** True when `path` or a part that contains it stands in for a broken part. */
  const isUnknown = (path: string): boolean => {
    if (unknown.size === 0) return false;
    for (let end = path.length; end > 0; end--) {
      const c = path[end];
      if ((end === path.length || c === "." || c === "[") && unknown.has(path.slice(0, end))) return true;
    }
    return false;
  };
  /** True when something at or under `prefix` stands in for a broken part. */
  const anyUnknownUnder = (prefix: string): boolean =>
    [...unknown].some((u) => u === prefix || u.startsWith(`${prefix}.`) || u.startsWith(`${prefix}[`));
  const add = (path: string, vi: string, en: string) => problems.push({ path, message: msg(vi, en) });
  const firstPathOfCode = new Map<string, string>();
  const awardIds = new Set(template.awards.map((a) => a.id));
  const pts = (v: number) => formatNumber(v, "vi");
  const ptsEn = (v: number) => formatNumber(v, "en");

  const claimCode = (code: string, path: string) => {
    if (isUnknown(`${path}.code`)) return;
    const first = firstPathOfCode.get(code);
    if (first !== undefined) {
      add(
        `${path}.code`,
        `Mã "${code}" bị trùng với ${first}. Mỗi mục cần một mã riêng (ví dụ I.1, I.2).`,
        `Duplicate code "${code}" (already used at ${first}). Give each node its own code (e.g. I.1, I.2).`,
      );
    } else firstPathOfCode.set(code, path);
  };

  const decimals = template.rounding.decimals;
  /** A bound finer than the rounding rule could never be reached exactly: the bloc meant something else. */
  const checkPrecision = (path: string, code: string, values: Record<string, number | undefined>) => {
    if (isUnknown("rounding")) return;
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined || toFixed(value) % 10 ** (4 - decimals) === 0) continue;
      add(
        `${path}.${field}`,
        `Mục ${code}: ${field} = ${pts(value)} chi tiết hơn quy tắc làm tròn của bảng (${decimals} chữ số thập phân); làm tròn giá trị này hoặc tăng "rounding.decimals".`,
        `${code}: ${field} = ${ptsEn(value)} is finer than the table's rounding (${decimals} decimal places); round it or raise "rounding.decimals".`,
      );
    }
  };

  const checkRule = (
    path: string,
    code: string,
    kind: CriterionKind,
    allowed: readonly CriterionKind[],
    where: string,
  ) => {
    if (!allowed.includes(kind)) {
      add(
        `${path}.rule.kind`,
        `Mục ${code}: loại "${kind}" không dùng được trong ${where}; được dùng: ${allowed.join(", ")}.`,
        `${code}: kind "${kind}" is not allowed in ${where}; allowed: ${allowed.join(", ")}.`,
      );
    }
  };

  /**
   * Returns the node's standard points (a group's is the sum of its children's) and whether they are known (no
   * stand-in counted in them).
   */
  const visit = (node: TemplateNode, path: string, depth: number): { standard: number; known: boolean } => {
    if (isUnknown(path)) return { standard: 0, known: false };
    claimCode(node.code, path);
    const code = node.code;
    if (depth > MAX_DEPTH) {
      add(
        path,
        `Mục ${code} lồng quá ${MAX_DEPTH} cấp.`,
        `${code} is nested deeper than ${MAX_DEPTH} levels.`,
      );
    }
    const hasChildren = node.children !== undefined;
    const shapeKnown = !isUnknown(`${path}.rule`) && !isUnknown(`${path}.children`);
    if (shapeKnown && hasChildren === (node.rule !== undefined)) {
      add(
        path,
        hasChildren
          ? `Mục ${code} vừa có "children" vừa có "rule": nhóm chỉ có "children", tiêu chí chỉ có "rule".`
          : `Mục ${code} thiếu cả "children" lẫn "rule": thêm "rule" (tiêu chí) hoặc "children" (nhóm).`,
        hasChildren
          ? `${code} has both "children" and "rule": a group has only "children", a criterion only "rule".`
          : `${code} has neither "children" nor "rule": add a "rule" (criterion) or "children" (group).`,
      );
    }
    if (node.children !== undefined) {
      if (node.children.length === 0) {
        add(
          `${path}.children`,
          `Nhóm ${code} không có tiêu chí con: thêm tiêu chí vào "children" hoặc đổi thành tiêu chí có "rule".`,
          `Group ${code} has no children: add criteria to "children" or make it a criterion with a "rule".`,
        );
      }
      if (node.max !== undefined) {
        add(
          `${path}.max`,
          `Nhóm ${code}: điểm tối đa của nhóm được tính từ các mục con; dùng "cap" để giới hạn.`,
          `Group ${code}: a group's maximum is computed from its children; use "cap" to limit it.`,
        );
      }
      checkPrecision(path, code, { cap: node.cap });
      let sum = 0;
      let known = true;
      node.children.forEach((child, i) => {
        const visited = visit(child, `${path}.children[${i}]`, depth + 1);
        sum += toFixed(visited.standard);
        known &&= visited.known;
      });
      const total = fromFixed(sum);
      if (!known) return { standard: total, known };
      if (node.standard !== undefined && toFixed(node.standard) !== sum) {
        add(
          `${path}.standard`,
          `Nhóm ${code}: điểm chuẩn ghi ${pts(node.standard)} nhưng các mục con cộng lại ${pts(total)}; sửa cho khớp hoặc bỏ "standard".`,
          `Group ${code}: standard says ${ptsEn(node.standard)} but its children add up to ${ptsEn(total)}; make them agree or drop "standard".`,
        );
      }
      if (node.cap !== undefined && toFixed(node.cap) < sum) {
        add(
          `${path}.cap`,
          `Nhóm ${code}: điểm chuẩn các mục con cộng lại ${pts(total)}, vượt mức trần ${pts(node.cap)}; nâng "cap" hoặc giảm điểm mục con.`,
          `Group ${code}: its children's standard points add up to ${ptsEn(total)}, above its cap ${ptsEn(node.cap)}; raise "cap" or lower the children.`,
        );
      }
      return { standard: total, known: !isUnknown(`${path}.standard`) };
    }
    if (node.cap !== undefined && shapeKnown) {
      add(
        `${path}.cap`,
        `Tiêu chí ${code}: "cap" chỉ dùng cho nhóm; với tiêu chí dùng "max" (điểm tối đa).`,
        `Criterion ${code}: "cap" is for groups; a criterion uses "max".`,
      );
    }
    const standardKnown = !isUnknown(`${path}.standard`);
    if (node.rule === undefined) return { standard: node.standard ?? 0, known: standardKnown && shapeKnown };
    const ruleKnown = !isUnknown(`${path}.rule`);
    if (ruleKnown)
      checkRule(path, code, node.rule.kind, KINDS_BY_BLOCK.sections, "phần chấm điểm / the scored sections");
    if (node.standard === undefined) {
      if (standardKnown) {
        add(
          `${path}.standard`,
          `Tiêu chí ${code} thiếu điểm chuẩn ("standard").`,
          `Criterion ${code} needs its standard points ("standard").`,
        );
      }
      return { standard: 0, known: false };
    }
    const max = node.max ?? node.standard;
    if (max < node.standard) {
      add(
        `${path}.max`,
        `Tiêu chí ${code}: điểm tối đa ${pts(max)} thấp hơn điểm chuẩn ${pts(node.standard)}; điểm tối đa phải ≥ điểm chuẩn.`,
        `Criterion ${code}: maximum ${ptsEn(max)} is below the standard points ${ptsEn(node.standard)}; the maximum must be ≥ the standard.`,
      );
    }
    checkPrecision(path, code, { standard: node.standard, max: node.max });
    if (ruleKnown && !isUnknown(`${path}.max`)) {
      checkRuleDetails(node.rule, `${path}.rule`, code, node.standard, max, add);
      if (node.rule.kind === "percentOfTarget" || node.rule.kind === "violations") {
        checkPrecision(`${path}.rule`, code, { floor: node.rule.floor });
      }
      if (node.rule.kind === "ladder") {
        node.rule.levels.forEach((level, i) =>
          checkPrecision(`${path}.rule.levels[${i}]`, code, { points: level.points }),
        );
      }
    }
    return { standard: node.standard, known: standardKnown };
  };

  let sectionsTotal = 0;
  let sectionsKnown = !isUnknown("sections") && !isUnknown("base");
  template.sections.forEach((s, i) => {
    const visited = visit(s, `sections[${i}]`, 0);
    sectionsTotal += toFixed(visited.standard);
    sectionsKnown &&= visited.known;
  });
  if (sectionsKnown && sectionsTotal !== toFixed(template.base)) {
    add(
      "sections",
      `Điểm chuẩn các nội dung cộng lại ${pts(fromFixed(sectionsTotal))}, khác điểm chuẩn của bảng (base = ${pts(template.base)}).`,
      `The sections' standard points add up to ${ptsEn(fromFixed(sectionsTotal))}, not the table's base (${ptsEn(template.base)}).`,
    );
  }

  const awardsKnown = !anyUnknownUnder("awards");
  const visitItem = (item: AdjustmentItem, path: string, block: "bonus" | "deductions") => {
    if (isUnknown(path)) return;
    claimCode(item.code, path);
    if (isUnknown(`${path}.rule`)) return;
    const where = block === "bonus" ? "điểm thưởng / bonus" : "điểm trừ / deductions";
    checkRule(path, item.code, item.rule.kind, KINDS_BY_BLOCK[block], where);
    if (!isUnknown(`${path}.max`)) {
      checkRuleDetails(item.rule, `${path}.rule`, item.code, item.max, item.max, add);
      checkPrecision(path, item.code, { max: item.max });
    }
    if (item.rule.kind === "awardHistory" && awardsKnown && !awardIds.has(item.rule.award)) {
      add(
        `${path}.rule.award`,
        `Mục ${item.code}: danh hiệu "${item.rule.award}" không có trong "awards" (${[...awardIds].join(", ") || "trống"}).`,
        `${item.code}: award "${item.rule.award}" is not listed in "awards" (${[...awardIds].join(", ") || "empty"}).`,
      );
    }
  };
  template.bonus.items.forEach((item, i) => visitItem(item, `bonus.items[${i}]`, "bonus"));
  template.deductions.items.forEach((item, i) => visitItem(item, `deductions.items[${i}]`, "deductions"));

  checkUnique(
    template.members.map((m, i) => (isUnknown(`members[${i}]`) ? undefined : m.id)),
    (i, v) =>
      add(
        `members[${i}].id`,
        `Mã đơn vị "${v}" bị trùng; mỗi đơn vị cần một mã riêng.`,
        `Duplicate member id "${v}"; give each unit its own id.`,
      ),
  );
  checkUnique(
    template.members.map((m, i) =>
      isUnknown(`members[${i}]`) ? undefined : m.name.normalize("NFC").toLocaleLowerCase("vi"),
    ),
    (i) =>
      add(
        `members[${i}].name`,
        `Tên đơn vị "${template.members[i]?.name}" bị trùng; mỗi đơn vị chỉ ghi một lần.`,
        `Duplicate member name "${template.members[i]?.name}"; list each unit once.`,
      ),
  );
  checkUnique(
    template.awards.map((a, i) => (isUnknown(`awards[${i}]`) ? undefined : a.id)),
    (i, v) =>
      add(
        `awards[${i}].id`,
        `Mã danh hiệu "${v}" bị trùng; mỗi danh hiệu cần một mã riêng.`,
        `Duplicate award id "${v}"; give each award its own id.`,
      ),
  );
  const memberIds = new Set(template.members.map((m) => m.id));
  for (const role of ["leader", "deputy"] as const) {
    const id = template[role];
    if (id !== undefined && !anyUnknownUnder("members") && !memberIds.has(id)) {
      add(
        role,
        `${role === "leader" ? "Khối trưởng" : "Khối phó"} "${id}" không có trong danh sách đơn vị thành viên; dùng một mã trong "members".`,
        `The ${role} "${id}" is not a member of the bloc; use an id from "members".`,
      );
    }
  }
  if (template.leader !== undefined && template.leader === template.deputy) {
    add(
      "deputy",
      "Khối trưởng và Khối phó phải là hai đơn vị khác nhau.",
      "Leader and deputy must be different units.",
    );
  }
  // The policy names awards, members and section codes: a stand-in for any of them would make its checks guess.
  const policyKnown =
    !anyUnknownUnder("ranking") &&
    !anyUnknownUnder("awards") &&
    !anyUnknownUnder("members") &&
    ![...unknown].some((u) => u.startsWith("sections") && (u.endsWith(".code") || !u.includes(".")));
  if (policyKnown) problems.push(...checkRankingPolicy(template));
  return problems;
}

function checkRuleDetails(
  rule: NonNullable<TemplateNode["rule"]>,
  path: string,
  code: string,
  standard: number,
  max: number,
  add: (path: string, vi: string, en: string) => void,
): void {
  const pts = (v: number) => formatNumber(v, "vi");
  const ptsEn = (v: number) => formatNumber(v, "en");
  switch (rule.kind) {
    case "ladder": {
      if (rule.levels.length === 0) {
        add(
          `${path}.levels`,
          `Tiêu chí ${code}: thang xếp loại chưa có mức nào; thêm các mức (ví dụ HTXSNV, HTTNV, HTNV, KHTNV) kèm điểm.`,
          `${code}: the rating ladder has no levels; add levels (e.g. HTXSNV, HTTNV, HTNV, KHTNV) with their points.`,
        );
      }
      const seen = new Set<string>();
      rule.levels.forEach((level, i) => {
        if (seen.has(level.code)) {
          add(
            `${path}.levels[${i}].code`,
            `Tiêu chí ${code}: mức "${level.code}" bị trùng; mỗi mức cần một mã riêng.`,
            `${code}: duplicate level "${level.code}"; give each level its own code.`,
          );
        }
        seen.add(level.code);
        if (level.points > max) {
          add(
            `${path}.levels[${i}].points`,
            `Tiêu chí ${code}: mức "${level.code}" cho ${pts(level.points)} điểm, vượt điểm tối đa ${pts(max)}; giảm điểm của mức hoặc nâng "max".`,
            `${code}: level "${level.code}" gives ${ptsEn(level.points)}, above the maximum ${ptsEn(max)}; lower the level or raise "max".`,
          );
        }
      });
      return;
    }
    case "percentOfTarget":
    case "violations":
      if (rule.floor > standard) {
        add(
          `${path}.floor`,
          `Tiêu chí ${code}: điểm sàn ${pts(rule.floor)} cao hơn điểm chuẩn ${pts(standard)}; "floor" phải ≤ điểm chuẩn.`,
          `${code}: the floor ${ptsEn(rule.floor)} is above the standard points ${ptsEn(standard)}; "floor" must be ≤ the standard.`,
        );
      }
      return;
    case "manual":
      if (rule.step !== undefined && toFixed(max) % toFixed(rule.step) !== 0) {
        add(
          `${path}.step`,
          `Tiêu chí ${code}: bước chấm ${pts(rule.step)} không chia hết điểm tối đa ${pts(max)}; chọn bước là ước của điểm tối đa (ví dụ 0,5).`,
          `${code}: the step ${ptsEn(rule.step)} does not divide the maximum ${ptsEn(max)}; choose a step that divides it (e.g. 0.5).`,
        );
      }
      return;
    case "passFail":
      if (max !== standard) {
        add(
          `${path}`,
          `Tiêu chí ${code} (đạt/không đạt): điểm tối đa phải bằng điểm chuẩn.`,
          `${code} (pass/fail): the maximum must equal the standard points.`,
        );
      }
      return;
    default:
      return;
  }
}

function checkUnique(
  values: readonly (string | undefined)[],
  onDuplicate: (index: number, value: string) => void,
): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (v === undefined) return;
    if (seen.has(v)) onDuplicate(i, v);
    seen.add(v);
  });
}
