import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";
import type { TieBreakKey } from "../../template/rankingPolicySchema";
import { awardName } from "../awards/awardName";
import { formatFixed } from "../../i18n/formatNumber";
import { formatIsoTime } from "../formatIsoTime";
import type { HistoryFile } from "../historyFileSchema";
import type { UnitStanding } from "../rankingResult";
import { talliesByIndex } from "../votes/talliesByIndex";
import type { VotesFile } from "../votesFileSchema";
import { describeTieBreakKey } from "./describeTieBreakKey";

/**
 * One tie-break rule made ready: a value per unit (undefined when the unit has none, which ranks below any value)
 * and whether lower is better.
 */
export type PreparedKey = {
  key: TieBreakKey;
  values: ArrayLike<number | undefined>;
  lowerIsBetter: boolean;
  /** How the rule separates two units ("ít điểm trừ hơn"), for "X xếp trên Y do …". */
  phrase: Localized;
  /** The rule's neutral name ("điểm trừ"), for listing the rules a tie was not separated by. */
  name?: Localized;
  /** The unit's value (by standing index) as the tie sentence shows it. */
  format(index: number, lang: "vi" | "en"): string;
};

export type TieBreakData = {
  compiled: CompiledTemplate;
  votes: VotesFile | undefined;
  history: HistoryFile | undefined;
  /** Votes by standing index for an award's ballot (see `talliesByIndex`), when the caller keeps them. */
  tallies?: (award: string) => number[] | undefined;
};

/** Added to an incomplete return's submission time (ms, ≈ 31 700 years): later than any complete one, still exact. */
const INCOMPLETE_AFTER_MS = 1e15;

/** Prepares the chain for `standings` (values indexed like `standings`); "meeting" is dropped (it decides nothing). */
export function prepareTieBreakKeys(
  chain: readonly TieBreakKey[],
  standings: readonly UnitStanding[],
  data: TieBreakData,
  /** Standing index by unit id (built here when not given). */
  indexOf: ReadonlyMap<string, number> = new Map(standings.map((s, i) => [s.unitId, i])),
  /** Keys already prepared for these standings, by rule (two chains of one stability run share them). */
  cache?: Map<string, PreparedKey>,
): PreparedKey[] {
  const out: PreparedKey[] = [];
  for (const key of chain) {
    if (key.key === "meeting") continue;
    const id = JSON.stringify(key);
    let prepared = cache?.get(id);
    if (prepared === undefined) {
      prepared = {
        key,
        ...keyValues(key, standings, data, indexOf),
        name: describeTieBreakKey(key, data.compiled),
      };
      cache?.set(id, prepared);
    }
    out.push(prepared);
  }
  return out;
}

/** One rule's values per standing, which way is better, and its words (the rule for each tie-break key). */
function keyValues(
  key: Exclude<TieBreakKey, { key: "meeting" }>,
  standings: readonly UnitStanding[],
  data: TieBreakData,
  indexOf: ReadonlyMap<string, number>,
): Pick<PreparedKey, "values" | "lowerIsBetter" | "phrase" | "format"> {
  // Points are written as the table rounds them (26,75 so với 26,50), never with fewer places for one unit.
  const decimals = data.compiled.template.rounding.decimals;
  switch (key.key) {
    case "votes": {
      const name = awardName(data.compiled, key.award);
      // With a ballot, a unit without a tally has 0 votes; without one, nobody has a value.
      const values: ArrayLike<number | undefined> =
        (data.tallies !== undefined
          ? data.tallies(key.award)
          : talliesByIndex(data.votes, key.award, standings.length, indexOf)) ??
        new Array<number | undefined>(standings.length).fill(undefined);
      return {
        values,
        lowerIsBetter: false,
        phrase: msg(`nhiều phiếu bầu ${name.vi} hơn`, `more votes for the ${name.en}`),
        format: (i, lang) => withNone(values[i], lang, (v) => (lang === "vi" ? `${v} phiếu` : `${v} votes`)),
      };
    }
    case "section": {
      const node = data.compiled.byCode.get(key.code);
      const values = standings.map((s) => (node === undefined ? undefined : s.nodePoints[node.index]));
      return {
        values,
        lowerIsBetter: false,
        phrase: msg(`điểm mục ${key.code} cao hơn`, `a higher score in ${key.code}`),
        format: (i, lang) => pointsOrNone(values[i], lang, decimals),
      };
    }
    case "fewerDeductions":
      return {
        values: standings.map((s) => s.deductions),
        lowerIsBetter: true,
        phrase: msg("ít điểm trừ hơn", "fewer deductions"),
        format: (i, lang) => pointsOrNone(standings[i]!.deductions, lang, decimals),
      };
    case "moreBonus":
      return {
        values: standings.map((s) => s.bonus),
        lowerIsBetter: false,
        phrase: msg("nhiều điểm thưởng hơn", "more bonus points"),
        format: (i, lang) => pointsOrNone(standings[i]!.bonus, lang, decimals),
      };
    case "earliestSubmission":
      return {
        // An incomplete return (validation problems) comes after every complete one, then by its own time.
        values: standings.map((s) =>
          s.submittedAt === undefined
            ? undefined
            : Date.parse(s.submittedAt) + (s.complete ? 0 : INCOMPLETE_AFTER_MS),
        ),
        lowerIsBetter: true,
        phrase: msg("nộp hồ sơ đầy đủ sớm hơn", "an earlier complete submission"),
        format: (i, lang) =>
          withNone(standings[i]!.submittedAt, lang, (at) =>
            standings[i]!.complete
              ? formatIsoTime(at)
              : `${formatIsoTime(at)} [${lang === "vi" ? "hồ sơ chưa đầy đủ" : "incomplete"}]`,
          ),
      };
    case "lastYearRank": {
      const year = data.compiled.template.identity.year - 1;
      // The last record of a unit for that year counts.
      const values = new Array<number | undefined>(standings.length).fill(undefined);
      for (const r of data.history?.ranks ?? []) {
        const i = indexOf.get(r.unitId);
        if (r.year === year && i !== undefined) values[i] = r.rank;
      }
      return {
        values,
        lowerIsBetter: true,
        phrase: msg(`xếp hạng năm ${year} cao hơn`, `a better rank in ${year}`),
        format: (i, lang) => withNone(values[i], lang, (v) => (lang === "vi" ? `hạng ${v}` : `rank ${v}`)),
      };
    }
  }
}

/** Compares units a and b (indices) on one key: negative when a ranks above b, 0 when the key does not separate them. */
export function compareOnKey(key: PreparedKey, a: number, b: number): number {
  const va = key.values[a];
  const vb = key.values[b];
  if (va === vb) return 0;
  if (va === undefined) return 1;
  if (vb === undefined) return -1;
  return key.lowerIsBetter ? va - vb : vb - va;
}

/**
 * Points as the minutes write them, with the table's decimal places like every figure of the ranked table (48,50
 * and 47,00 with 2 places), or "không có" / "none".
 */
export function pointsOrNone(value: number | undefined, lang: "vi" | "en", decimals: number): string {
  return withNone(value, lang, (v) => formatFixed(v, lang, decimals));
}

function none(lang: "vi" | "en"): string {
  return lang === "vi" ? "không có" : "none";
}

function withNone<T>(value: T | undefined, lang: "vi" | "en", show: (v: T) => string): string {
  return value === undefined ? none(lang) : show(value);
}
