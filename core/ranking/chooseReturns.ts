import { canonicalJson } from "../hash/canonicalJson";
import { msg } from "../i18n/localized";
import type { UnitReturn } from "../returns/returnSchema";
import type { CompiledTemplate } from "../template/compileTemplate";
import { unitName } from "../template/displayNames";
import type { RankingProblem } from "./rankingProblem";

/**
 * What happened to a return of a unit that sent more than one: an identical copy used once, an earlier one
 * replaced by the later, or two that differ with nothing saying which is later (none counts until one is kept).
 */
export type DuplicateReturnType = "duplicate-identical" | "duplicate-superseded" | "duplicate-undecided";

/** A return that can be scored, and the file (or other source) it came from when the caller knows it. */
export type ReturnCandidate = { ret: UnitReturn; source?: string };

/**
 * The rule for a unit that sent more than one return (one rule for every adapter). Copies with the same content
 * are used once. Of returns that differ, the one submitted last counts — a unit resends to correct, and expects
 * the correction to count; its submission time (`submittedAt`) says which is later. When a time is missing (a
 * workbook carries none) or the latest two were submitted at the same moment, nothing says which the unit meant,
 * and picking one by file name or content would be arbitrary: none counts until the leader keeps one.
 * Returns what is kept in unit-id order (then given order) and one problem per return set aside or copy dropped.
 */
export function chooseReturns<C extends ReturnCandidate>(
  compiled: CompiledTemplate,
  candidates: readonly C[],
): { kept: C[]; problems: RankingProblem[] } {
  const byUnit = new Map<string, C[]>();
  for (const c of candidates) byUnit.set(c.ret.unitId, [...(byUnit.get(c.ret.unitId) ?? []), c]);
  const units = [...byUnit.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const kept: C[] = [];
  const problems: RankingProblem[] = [];
  for (const unitId of units) {
    const sent = byUnit.get(unitId)!;
    if (sent.length === 1) {
      kept.push(sent[0]!);
      continue;
    }
    const name = unitName(compiled, unitId);
    const distinct = withoutCopies(sent);
    if (distinct.length < sent.length) problems.push(copiesProblem(name, unitId, sent, distinct.length));
    if (distinct.length === 1) {
      kept.push(distinct[0]!);
      continue;
    }
    const latest = latestOf(distinct);
    if (latest === undefined) {
      for (const c of distinct) problems.push(undecidedProblem(name, unitId, c, distinct));
      continue;
    }
    kept.push(latest);
    for (const c of distinct) if (c !== latest) problems.push(supersededProblem(name, unitId, c));
  }
  return { kept, problems };
}

/** The returns with distinct content, the first of each in the order given. */
function withoutCopies<C extends ReturnCandidate>(sent: readonly C[]): C[] {
  const seen = new Set<string>();
  return sent.filter((c) => {
    const key = canonicalJson(c.ret);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The one return submitted strictly after every other; undefined when a time is missing or the latest tie. */
function latestOf<C extends ReturnCandidate>(sent: readonly C[]): C | undefined {
  const timed = sent.map((c) => ({ c, time: Date.parse(c.ret.submittedAt ?? "") }));
  if (timed.some((t) => Number.isNaN(t.time))) return undefined;
  timed.sort((a, b) => b.time - a.time);
  return timed[0]!.time > timed[1]!.time ? timed[0]!.c : undefined;
}

/**
 * "a.xlsx, b.xlsx": the sources' file names (no folders), or the sources as given when two names are the same (one
 * file downloaded into two folders); nothing when a source is unnamed.
 */
function sourceList(sent: readonly ReturnCandidate[]): string | undefined {
  if (sent.some((c) => c.source === undefined)) return undefined;
  const names = sent.map((c) => c.source!.split(/[\\/]/).pop());
  return (new Set(names).size < names.length ? sent.map((c) => c.source) : names).join(", ");
}

function copiesProblem(
  name: string,
  unitId: string,
  sent: readonly ReturnCandidate[],
  distinct: number,
): RankingProblem {
  const list = sourceList(sent);
  const what = list === undefined ? "" : ` (${list})`;
  return {
    source: "returns",
    path: unitId,
    unitId,
    type: "duplicate-identical",
    ...(sent[1]?.source === undefined ? {} : { file: sent[1].source }),
    message:
      distinct === 1
        ? msg(
            `${name} gửi ${sent.length} bản giống hệt nhau${what}; chỉ dùng một bản.`,
            `${name} sent ${sent.length} identical copies${what}; one is used.`,
          )
        : msg(
            `${name} gửi một số bản giống hệt nhau${what}; mỗi nội dung chỉ xét một lần.`,
            `${name} sent identical copies${what}; each content is considered once.`,
          ),
  };
}

function supersededProblem(name: string, unitId: string, c: ReturnCandidate): RankingProblem {
  const at = c.ret.submittedAt;
  const from = c.source === undefined ? "" : ` (${c.source})`;
  return {
    source: "returns",
    path: unitId,
    unitId,
    type: "duplicate-superseded",
    ...(c.source === undefined ? {} : { file: c.source }),
    message: msg(
      `${name} có nhiều bảng tự chấm; dùng bảng nộp sau cùng, bỏ qua bảng nộp ${at}${from}.`,
      `${name} has several returns; the latest counts, the one submitted ${at}${from} is ignored.`,
    ),
  };
}

function undecidedProblem(
  name: string,
  unitId: string,
  c: ReturnCandidate,
  distinct: readonly ReturnCandidate[],
): RankingProblem {
  const list = sourceList(distinct);
  const what = list === undefined ? `${distinct.length} bảng tự chấm` : `${distinct.length} tệp (${list})`;
  const whatEn = list === undefined ? `${distinct.length} returns` : `${distinct.length} files (${list})`;
  return {
    source: "returns",
    path: unitId,
    unitId,
    type: "duplicate-undecided",
    ...(c.source === undefined ? {} : { file: c.source }),
    message: msg(
      `${name} gửi ${what} khác nhau, không rõ bản nào nộp sau; chưa dùng bản nào, hãy giữ lại một.`,
      `${name} sent ${whatEn} that differ, with nothing saying which is later; none is used until one is kept.`,
    ),
  };
}
