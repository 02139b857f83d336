import type { CriterionContext, EntryField } from "../criteria/criterionKind";
import { rowName } from "../criteria/criterionWords";
import { criterionKind, ENTRY_FIELD_SCHEMAS } from "../criteria/registry";
import { fromFixed } from "../decimal/fixed";
import { msg } from "../i18n/localized";
import type { Entry, UnitReturn } from "../returns/returnSchema";
import type { CompiledNode, CompiledTemplate } from "../template/compileTemplate";
import { shortFingerprint as short } from "../template/templateFingerprint";
import type { ScoringOptions } from "./criterionPoints";
import { criterionContexts, entryFor } from "./criterionPoints";
import { hasEvidence } from "./evidenceRule";
import type { EntryOutcome } from "./entrySeverity";
import { entrySeverity, withOutcome } from "./entrySeverity";
import { pointsForEntry } from "./scoreCriterion";
import type { ReturnProblem, ReturnProblemType } from "./scoreResult";

/** The value fields of an entry, in the order messages list them (the return format's order). */
const ENTRY_FIELDS = Object.keys(ENTRY_FIELD_SCHEMAS) as EntryField[];

type Add = (
  type: ReturnProblemType,
  code: string | undefined,
  vi: string,
  en: string,
  outcome?: EntryOutcome,
) => void;

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
  const mismatch = returnTableMismatch(compiled, ret);
  if (mismatch !== undefined) return [mismatch];
  const problems: ReturnProblem[] = [];
  const add: Add = (type, code, vi, en, outcome) =>
    problems.push({
      type,
      ...(code === undefined ? {} : { code }),
      message: msg(vi, en),
      ...(outcome === undefined ? {} : { outcome }),
    });
  checkReturnHead(compiled, ret, add);
  const contextOf = criterionContexts(compiled, ret.unitId, ctx);
  for (const node of compiled.scorable)
    checkEntry(node, entryFor(ret.entries, node.code), contextOf(node), add);
  checkUnknownCodes(compiled, ret, add);
  return problems;
}

/** A version label that differs from the table's, and a unit outside the bloc. */
function checkReturnHead(compiled: CompiledTemplate, ret: UnitReturn, add: Add): void {
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
    const members = [...compiled.memberIds].join(", ");
    add(
      "unknown-unit",
      undefined,
      `Đơn vị "${ret.unitId}" không phải thành viên của ${template.identity.bloc.name}; các đơn vị: ${members}.`,
      `Unit "${ret.unitId}" is not a member of ${template.identity.bloc.name}; members: ${members}.`,
    );
  }
}

/** Entries for codes the table does not have, or for groups (summed from their parts). */
function checkUnknownCodes(compiled: CompiledTemplate, ret: UnitReturn, add: Add): void {
  const templateId = compiled.template.id;
  for (const code of Object.keys(ret.entries)) {
    const node = compiled.byCode.get(code);
    if (node === undefined) {
      add(
        "unknown-criterion",
        code,
        `Mã "${code}" không có trong bảng chấm điểm "${templateId}"; kiểm tra lại mã tiêu chí.`,
        `Code "${code}" is not in scoring table "${templateId}"; check the criterion code.`,
      );
    } else if (node.rule === undefined) {
      const parts = node.children.map((c) => compiled.nodes[c]!.code).join(", ");
      add(
        "unknown-criterion",
        code,
        `Mục ${code} là nhóm, điểm được cộng từ các mục con (${parts}); nhập điểm ở các mục con.`,
        `${code} is a group, summed from its parts (${parts}); enter the parts instead.`,
      );
    }
  }
}

/**
 * One criterion's entry: fields of another kind, no field of its kind (a missing entry, said only in the scored
 * sections: a missing bonus or deduction means nothing to add or deduct), its kind's own checks, and a claim
 * without the evidence the criterion requires. An award-history item must have no entry at all. Each problem about
 * the entry says what becomes of it (`entrySeverity`): refused, or counted as the criterion's points.
 */
function checkEntry(node: CompiledNode, entry: Entry | undefined, ctx: CriterionContext, report: Add): void {
  const add: Add = (type, code, vi, en) => {
    const severity = entrySeverity(type);
    if (severity === undefined) return report(type, code, vi, en);
    const outcome: EntryOutcome =
      severity === "refused"
        ? { kind: "refused" }
        : { kind: "counted", points: fromFixed(pointsForEntry(node, entry, ctx)) };
    const words = withOutcome(msg(vi, en), outcome, node.block);
    report(type, code, words.vi, words.en, outcome);
  };
  const rule = node.rule!;
  const kind = criterionKind(rule);
  const code = node.code;
  const who = rowName(node.block);
  const say = (type: ReturnProblemType, vi: string, en: string) =>
    add(type, code, `${who.vi} ${code}: ${vi}`, `${who.en} ${code}: ${en}`);
  if (kind.fields.length === 0) {
    if (entry === undefined) return;
    add(
      "history-entry",
      code,
      `${who.vi} ${code} được tính từ lịch sử khen thưởng của khối, không nhập trong bản tự chấm; xóa mục "${code}".`,
      `${who.en} ${code} comes from the bloc's award history and is not typed in the return; remove "${code}".`,
    );
    return;
  }
  const given = ENTRY_FIELDS.filter((field) => entry?.[field] !== undefined);
  const wrong = given.filter((field) => !kind.fields.includes(field));
  const needs = () => kind.needs(node, rule);
  if (wrong.length > 0) {
    const fields = wrong.map((f) => `"${f}"`).join(", ");
    add(
      "wrong-field",
      code,
      `${who.vi} ${code} (${kind.name.vi}): không dùng trường ${fields}; nhập ${needs().vi}.`,
      `${who.en} ${code} (${kind.name.en}): field ${fields} does not apply; enter ${needs().en}.`,
    );
  }
  if (entry === undefined || wrong.length === given.length) {
    // A field of another kind and no field of this one are one mistake, said once (above).
    if (node.block === "sections" && wrong.length === 0)
      say("missing-entry", `chưa nhập ${needs().vi}.`, `no entry; enter ${needs().en}.`);
    return;
  }
  kind.checkEntry?.(node, rule, entry, say);
  if (node.evidenceRequired && !hasEvidence(entry) && claims(node, entry, ctx)) {
    // What still counts (0, or the deduction) is said by the outcome words: the evidence rule decides it.
    add(
      "missing-evidence",
      code,
      `${who.vi} ${code} yêu cầu minh chứng ("evidence") nhưng chưa có`,
      `${who.en} ${code} requires evidence but none is given`,
    );
  }
}

/** Whether an entry claims points, so that missing evidence matters; before the bloc's best, by its quantity. */
function claims(node: CompiledNode, entry: Entry, ctx: CriterionContext): boolean {
  const rule = node.rule!;
  const kind = criterionKind(rule);
  if (kind.blocBest !== undefined) return kind.blocBest.claims(rule, entry);
  return kind.points(node, rule, entry, ctx).claimed > 0;
}
