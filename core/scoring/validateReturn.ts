import { fromFixed, toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Entry, UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import type { CriterionKind } from "../template/criterionRuleSchema";
import { shortFingerprint as short } from "../template/templateFingerprint";
import type { ScoringOptions } from "./criterionPoints";
import { criterionContext, entryFor } from "./criterionPoints";
import type { CriterionContext } from "./criterionContext";
import { claimedPoints, countedPoints, hasEvidence, pointsForEntry } from "./pointsForEntry";
import type { ReturnProblem, ReturnProblemType } from "./scoreResult";

type ValueField = "passed" | "level" | "achieved" | "target" | "percent" | "quantity" | "count" | "score";

const VALUE_FIELDS: readonly ValueField[] = [
  "passed",
  "level",
  "achieved",
  "target",
  "percent",
  "quantity",
  "count",
  "score",
];

/** A bit per value field, in VALUE_FIELDS order (messages list wrong fields in that order); 0 for other keys. */
function fieldBit(key: string): number {
  // A switch on the key compares interned strings: cheaper than a Map look-up in the hottest loop of validation.
  switch (key) {
    case "passed":
      return 1;
    case "level":
      return 2;
    case "achieved":
      return 4;
    case "target":
      return 8;
    case "percent":
      return 16;
    case "quantity":
      return 32;
    case "count":
      return 64;
    case "score":
      return 128;
    default:
      return 0;
  }
}

/** The entry fields each kind reads, as `fieldBit` bits. */
const FIELDS_BY_KIND: Record<CriterionKind, number> = {
  passFail: 1,
  ladder: 2,
  percentOfTarget: 4 | 8 | 16,
  relativeToBest: 32,
  count: 64,
  violations: 64,
  manual: 128,
  awardHistory: 0,
};

// Bound once: transpiled (CommonJS / webpack) code reads a named import through a getter at every call.
const entryOf = entryFor;
const claimedOf = claimedPoints;
const pointsOf = pointsForEntry;
const evidenced = hasEvidence;
const counted = countedPoints;

const KIND_NAMES: Record<CriterionKind, Localized> = {
  passFail: msg("đạt/không đạt", "pass/fail"),
  ladder: msg("xếp loại", "rating ladder"),
  percentOfTarget: msg("% kế hoạch", "percent of target"),
  relativeToBest: msg("so với đơn vị cao nhất", "relative to the best"),
  count: msg("số lượng × điểm", "count × points"),
  violations: msg("trừ theo số vi phạm", "per-violation deduction"),
  manual: msg("chấm trực tiếp", "manual score"),
  awardHistory: msg("theo lịch sử khen thưởng", "award history"),
};

/**
 * The one problem of a return made for another table (another template id) or on another version of this one
 * (another fingerprint): its entries cannot be checked against this table, so nothing else is said about them.
 * Undefined when the return was made on this table.
 */
export function returnTableMismatch(compiled: CompiledTemplate, ret: UnitReturn): ReturnProblem | undefined {
  const template = compiled.template;
  if (ret.template.id !== template.id) {
    return {
      type: "template-mismatch",
      message: msg(
        `Bản tự chấm này lập cho bảng chấm điểm "${ret.template.id}", không phải bảng "${template.id}" đang dùng để chấm; hãy chấm nó bằng bảng "${ret.template.id}".`,
        `This return was made for scoring table "${ret.template.id}", not for "${template.id}" used to score it; score it with table "${ret.template.id}".`,
      ),
    };
  }
  if (ret.template.fingerprint !== compiled.fingerprint) {
    const given = ret.template.version === undefined ? "" : `phiên bản "${ret.template.version}", `;
    const givenEn = ret.template.version === undefined ? "" : `version "${ret.template.version}", `;
    const version = template.identity.version;
    return {
      type: "fingerprint-mismatch",
      message: msg(
        `Bản tự chấm được lập trên một phiên bản khác của bảng chấm điểm "${template.id}" (${given}mã vân tay ${short(ret.template.fingerprint)}; bảng hiện hành: phiên bản "${version}", mã vân tay ${short(compiled.fingerprint)}); hãy lập lại trên bảng hiện hành.`,
        `The return was made on another version of the scoring table "${template.id}" (${givenEn}fingerprint ${short(ret.template.fingerprint)}; current table: version "${version}", fingerprint ${short(compiled.fingerprint)}); redo it on the current table.`,
      ),
    };
  }
  return undefined;
}

/**
 * Every problem of a return at once, each naming the criterion code, the value and what is allowed: another table
 * or another version of it (alone, see `returnTableMismatch`), a version label that differs, a unit outside the
 * bloc, entries for unknown codes or groups, missing entries, fields of another kind, values out of range, scores
 * off the step, levels not on the ladder, targets ≤ 0, claims without required evidence, entries on award-history
 * items, and bonus/deduction claims above the item's maximum. A missing bonus or deduction entry is not a problem:
 * it means "nothing to add or deduct".
 */
export function validateReturn(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx?: ScoringOptions,
): ReturnProblem[] {
  return validateAndScore(compiled, ret, ctx, undefined);
}

/**
 * `validateReturn`'s problems, and, when `points` is given, the points of every criterion and item written into it
 * (`Fixed`, by node index, as `criterionPoints` gives them) except relativeToBest criteria, which wait for the
 * bloc's best: their slots hold the entry's quantity (NaN without one) for `scoreValidated` and `bestOfSlots`.
 * One look-up of each entry serves all: this is the bulk path of `scoreReturns`.
 */
export function validateAndScore(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx: ScoringOptions | undefined,
  points: Float64Array | undefined,
): ReturnProblem[] {
  const mismatch = returnTableMismatch(compiled, ret);
  if (mismatch !== undefined) {
    if (points !== undefined) fillPoints(compiled, ret, ctx, points);
    return [mismatch];
  }
  const problems: ReturnProblem[] = [];
  const add = (type: ReturnProblemType, code: string | undefined, vi: string, en: string) =>
    problems.push(code === undefined ? { type, message: msg(vi, en) } : { type, code, message: msg(vi, en) });
  const template = compiled.template;
  if (ret.template.version !== undefined && ret.template.version !== template.identity.version) {
    add(
      "template-mismatch",
      undefined,
      `Bản tự chấm ghi phiên bản "${ret.template.version}" nhưng bảng "${template.id}" là phiên bản "${template.identity.version}".`,
      `The return names version "${ret.template.version}" but table "${template.id}" is version "${template.identity.version}".`,
    );
  }
  if (!compiled.memberIds.has(ret.unitId)) {
    add(
      "unknown-unit",
      undefined,
      `Đơn vị "${ret.unitId}" không phải thành viên của ${template.identity.bloc.name}; các đơn vị: ${[...compiled.memberIds].join(", ")}.`,
      `Unit "${ret.unitId}" is not a member of ${template.identity.bloc.name}; members: ${[...compiled.memberIds].join(", ")}.`,
    );
  }

  const context = criterionContext(compiled, ret.unitId, ctx);
  const entries = ret.entries;
  let found = 0;
  for (const node of compiled.scorable) {
    const entry = entryOf(entries, node.code);
    if (entry !== undefined) found++;
    checkEntry(node, entry, add, context, points);
  }

  // Every entry matched a criterion (codes are unique keys): no unknown code or group to look for.
  if (Object.keys(entries).length === found) return problems;
  for (const code of Object.keys(entries)) {
    const node = compiled.byCode.get(code);
    if (node === undefined) {
      add(
        "unknown-criterion",
        code,
        `Mã "${code}" không có trong bảng chấm điểm "${template.id}"; kiểm tra lại mã tiêu chí.`,
        `Code "${code}" is not in scoring table "${template.id}"; check the criterion code.`,
      );
    } else if (node.rule === undefined) {
      add(
        "unknown-criterion",
        code,
        `Mục ${code} là nhóm, điểm được cộng từ các mục con (${node.children.map((c) => compiled.nodes[c]!.code).join(", ")}); nhập điểm ở các mục con.`,
        `${code} is a group, summed from its parts (${node.children.map((c) => compiled.nodes[c]!.code).join(", ")}); enter the parts instead.`,
      );
    }
  }
  return problems;
}

/** Points for every criterion but relativeToBest, without checking anything (a return made on another table). */
function fillPoints(
  compiled: CompiledTemplate,
  ret: UnitReturn,
  ctx: ScoringOptions | undefined,
  points: Float64Array,
): void {
  const context = criterionContext(compiled, ret.unitId, ctx);
  for (const node of compiled.scorable) {
    const entry = entryOf(ret.entries, node.code);
    points[node.index] =
      node.rule!.kind === "relativeToBest" ? (entry?.quantity ?? NaN) : pointsOf(node, entry, context);
  }
}

type Add = (type: ReturnProblemType, code: string | undefined, vi: string, en: string) => void;

function checkEntry(
  node: CompiledNode,
  entry: Entry | undefined,
  add: Add,
  context: CriterionContext,
  points: Float64Array | undefined,
): void {
  const rule = node.rule!;
  const code = node.code;
  const who = whoVi(node);
  const whoE = whoEn(node);
  // The kind read once: rules come in eight shapes, so every read of it is a megamorphic load.
  const { kind } = rule;
  if (kind === "awardHistory") {
    if (points !== undefined) points[node.index] = pointsOf(node, entry, context);
    if (entry !== undefined) {
      add(
        "history-entry",
        code,
        `${who} ${code} được tính từ lịch sử khen thưởng của khối, không nhập trong bản tự chấm; xóa mục "${code}".`,
        `${whoE} ${code} comes from the bloc's award history and is not typed in the return; remove "${code}".`,
      );
    }
    return;
  }
  const allowed = FIELDS_BY_KIND[kind];
  let wrongBits = 0;
  let answered = false;
  if (entry !== undefined) {
    // Only the fields the entry has (one or two), not a read of all eight on entries of many shapes: this loop ran
    // for every criterion of every return and was most of the time spent validating a bloc.
    for (const key in entry) {
      const bit = fieldBit(key);
      if (bit === 0 || entry[key as ValueField] === undefined) continue;
      if ((bit & allowed) !== 0) answered = true;
      else wrongBits |= bit;
    }
  }
  if (wrongBits !== 0) {
    const wrong = VALUE_FIELDS.filter((_, i) => (wrongBits & (1 << i)) !== 0);
    const needs = needsText(node);
    add(
      "wrong-field",
      code,
      `${who} ${code} (${KIND_NAMES[kind].vi}): không dùng trường ${quote(wrong)}; nhập ${needs.vi}.`,
      `${whoE} ${code} (${KIND_NAMES[kind].en}): field ${quote(wrong)} does not apply; enter ${needs.en}.`,
    );
  }
  if (entry === undefined || !answered) {
    if (points !== undefined) points[node.index] = kind === "relativeToBest" ? NaN : 0;
    // A field of another kind and no field of this one are one mistake, said once (above).
    if (node.block === "sections" && wrongBits === 0) {
      const needs = needsText(node);
      add(
        "missing-entry",
        code,
        `${who} ${code}: chưa nhập ${needs.vi}.`,
        `${whoE} ${code}: no entry; enter ${needs.en}.`,
      );
    }
    return;
  }
  switch (kind) {
    case "ladder":
      if (!onLadder(rule.levels, entry.level)) {
        const levels = rule.levels.map((l) => `${l.code} (${l.label})`).join(", ");
        const levelsEn = rule.levels.map((l) => `${l.code} (${l.labelEn ?? l.label})`).join(", ");
        add(
          "unknown-level",
          code,
          `${who} ${code}: mức "${entry.level}" không có trong thang xếp loại; chọn một trong: ${levels}.`,
          `${whoE} ${code}: level "${entry.level}" is not on the ladder; choose one of: ${levelsEn}.`,
        );
      }
      break;
    case "percentOfTarget": {
      const hasPair = entry.achieved !== undefined || entry.target !== undefined;
      if (entry.percent !== undefined && hasPair) {
        add(
          "wrong-field",
          code,
          `${who} ${code}: nhập hoặc "achieved" và "target", hoặc "percent", không nhập cả hai cách.`,
          `${whoE} ${code}: enter either "achieved" and "target", or "percent", not both.`,
        );
      } else if (hasPair && (entry.achieved === undefined || entry.target === undefined)) {
        const missing = entry.achieved === undefined ? "achieved" : "target";
        add(
          "missing-entry",
          code,
          `${who} ${code}: thiếu "${missing}"; cần cả kết quả đạt được ("achieved") và kế hoạch ("target").`,
          `${whoE} ${code}: "${missing}" is missing; both "achieved" and "target" are needed.`,
        );
      }
      if (entry.target !== undefined && entry.target <= 0) {
        add(
          "invalid-target",
          code,
          `${who} ${code}: kế hoạch ("target") = ${n(entry.target, "vi")}; kế hoạch phải lớn hơn 0.`,
          `${whoE} ${code}: target = ${n(entry.target, "en")}; the target must be greater than 0.`,
        );
      }
      for (const field of NON_NEGATIVE) {
        const v = entry[field];
        if (v !== undefined && v < 0) {
          add(
            "out-of-range",
            code,
            `${who} ${code}: "${field}" = ${n(v, "vi")} âm; giá trị phải ≥ 0.`,
            `${whoE} ${code}: "${field}" = ${n(v, "en")} is negative; it must be ≥ 0.`,
          );
        }
      }
      break;
    }
    case "relativeToBest":
      if (entry.quantity !== undefined && entry.quantity < 0) {
        add(
          "out-of-range",
          code,
          `${who} ${code}: số lượng ("quantity") = ${n(entry.quantity, "vi")} âm; giá trị phải ≥ 0.`,
          `${whoE} ${code}: quantity = ${n(entry.quantity, "en")} is negative; it must be ≥ 0.`,
        );
      }
      break;
    case "count":
      if (node.block !== "sections" && entry.count !== undefined) {
        const claimedFixed = entry.count * toFixed(rule.pointsPerItem);
        const claimed = fromFixed(claimedFixed);
        if (claimedFixed > node.max) {
          add(
            "cap-exceeded",
            code,
            `${who} ${code}: ${n(entry.count, "vi")} × ${n(rule.pointsPerItem, "vi")} = ${n(claimed, "vi")} điểm, vượt mức tối đa ${maxText(node, "vi")}; chỉ tính ${maxText(node, "vi")}.`,
            `${whoE} ${code}: ${n(entry.count, "en")} × ${n(rule.pointsPerItem, "en")} = ${n(claimed, "en")} points, above the maximum ${maxText(node, "en")}; only ${maxText(node, "en")} count.`,
          );
        }
      }
      break;
    case "manual": {
      const score = entry.score!;
      if (score < 0) {
        add(
          "out-of-range",
          code,
          `${who} ${code}: điểm chấm ${n(score, "vi")} âm; điểm phải trong khoảng 0–${maxText(node, "vi")}.`,
          `${whoE} ${code}: score ${n(score, "en")} is negative; it must be within 0–${maxText(node, "en")}.`,
        );
      } else if (toFixed(score) > node.max) {
        add(
          node.block === "sections" ? "out-of-range" : "cap-exceeded",
          code,
          `${who} ${code}: điểm chấm ${n(score, "vi")} vượt mức tối đa ${maxText(node, "vi")}; điểm phải trong khoảng 0–${maxText(node, "vi")} (chỉ tính ${maxText(node, "vi")}).`,
          `${whoE} ${code}: score ${n(score, "en")} is above the maximum ${maxText(node, "en")}; it must be within 0–${maxText(node, "en")} (only ${maxText(node, "en")} count).`,
        );
      }
      if (rule.step !== undefined && toFixed(score) % toFixed(rule.step) !== 0) {
        add(
          "not-a-step",
          code,
          `${who} ${code}: điểm chấm ${n(score, "vi")} không phải bội số của bước ${n(rule.step, "vi")} (ví dụ 0, ${n(rule.step, "vi")}, ${n(rule.step * 2, "vi")}…).`,
          `${whoE} ${code}: score ${n(score, "en")} is not a multiple of the step ${n(rule.step, "en")} (e.g. 0, ${n(rule.step, "en")}, ${n(rule.step * 2, "en")}…).`,
        );
      }
      break;
    }
    default:
      break;
  }
  // The points the entry claims, once for the evidence check and the points (relativeToBest waits for the best).
  const claimed = kind === "relativeToBest" ? 0 : claimedOf(node, entry, context);
  const evidenceMissing = node.evidenceRequired && !evidenced(entry);
  if (points !== undefined) {
    points[node.index] =
      kind === "relativeToBest"
        ? (entry.quantity ?? NaN)
        : claimed > 0 && evidenceMissing
          ? counted(node, claimed, false)
          : claimed;
  }
  if (evidenceMissing && (kind === "relativeToBest" ? claimsQuantity(rule.better, entry) : claimed > 0)) {
    add(
      "missing-evidence",
      code,
      node.block === "deductions"
        ? `${who} ${code} yêu cầu minh chứng ("evidence") nhưng chưa có; điểm trừ vẫn được tính.`
        : `${who} ${code} yêu cầu minh chứng ("evidence") nhưng chưa có; điểm tự chấm của mục này không được tính.`,
      node.block === "deductions"
        ? `${whoE} ${code} requires evidence but none is given; the deduction still counts.`
        : `${whoE} ${code} requires evidence but none is given; the points claimed for it do not count.`,
    );
  }
}

/** The percent-of-target fields that must not be negative. */
const NON_NEGATIVE = ["achieved", "percent"] as const;

/** Whether `level` is one of the ladder's codes (a loop: no closure per criterion on the bulk path). */
function onLadder(levels: readonly { code: string }[], level: string | undefined): boolean {
  for (const l of levels) if (l.code === level) return true;
  return false;
}

/** Whether a relativeToBest entry claims anything (so that missing evidence matters). */
function claimsQuantity(better: "higher" | "lower", entry: Entry): boolean {
  const q = entry.quantity;
  return q !== undefined && (q > 0 || better === "lower");
}

function n(value: number, lang: "vi" | "en"): string {
  return formatNumber(value, lang);
}

function maxText(node: CompiledNode, lang: "vi" | "en"): string {
  return formatNumber(fromFixed(node.max), lang);
}

function needsText(node: CompiledNode): Localized {
  const rule = node.rule!;
  const max = (lang: "vi" | "en") => formatNumber(fromFixed(node.max), lang);
  switch (rule.kind) {
    case "passFail":
      return msg(`"passed" (true = đạt, false = không đạt)`, `"passed" (true or false)`);
    case "ladder": {
      const levels = rule.levels.map((l) => l.code).join(", ");
      return msg(`"level" (một trong: ${levels})`, `"level" (one of: ${levels})`);
    }
    case "percentOfTarget":
      return msg(
        `"achieved" và "target" (kết quả và kế hoạch) hoặc "percent"`,
        `"achieved" and "target", or "percent"`,
      );
    case "relativeToBest":
      return msg(`"quantity" (số lượng ≥ 0)`, `"quantity" (≥ 0)`);
    case "count":
    case "violations":
      return msg(`"count" (số nguyên ≥ 0)`, `"count" (a whole number ≥ 0)`);
    case "manual":
      return msg(`"score" (0–${max("vi")})`, `"score" (0–${max("en")})`);
    case "awardHistory":
      return msg("(không nhập)", "(nothing)");
  }
}

function whoVi(node: CompiledNode): string {
  return node.block === "sections" ? "Tiêu chí" : node.block === "bonus" ? "Mục thưởng" : "Mục trừ";
}

function whoEn(node: CompiledNode): string {
  return node.block === "sections" ? "Criterion" : node.block === "bonus" ? "Bonus item" : "Deduction item";
}

function quote(fields: readonly string[]): string {
  return fields.map((f) => `"${f}"`).join(", ");
}
