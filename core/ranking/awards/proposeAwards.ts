import { toFixed } from "../../decimal/fixed";
import { formatFixed } from "../formatFixed";
import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";
import type { AwardPolicy, RankingPolicy } from "../../template/rankingPolicySchema";
import { inAwardOrder } from "./awardOrder";
import { awardQuota } from "./awardQuota";
import type { EligibilityFile } from "../eligibilityFileSchema";
import type { HistoryFile } from "../historyFileSchema";
import type { Ordering } from "../ties/orderStandings";
import type {
  AwardProposal,
  CandidateNote,
  CandidateOutcome,
  UnitEligibility,
  UnitStanding,
} from "../rankingResult";
import { talliesByIndex } from "../votes/talliesByIndex";
import { awardName } from "./awardName";
import { describeVote, passesThreshold } from "../votes/voteThreshold";
import type { VotesFile } from "../votesFileSchema";

export type ProposalInput = {
  compiled: CompiledTemplate;
  policy: RankingPolicy;
  standings: readonly UnitStanding[];
  ordering: Ordering;
  eligibility: readonly UnitEligibility[];
  /** Band index per standing (-1: none). */
  bandIndex: ArrayLike<number>;
  votes: VotesFile | undefined;
  history: HistoryFile | undefined;
  eligibilityFile: EligibilityFile | undefined;
  /** False: decide only (no candidate notes), for stability reruns. */
  explain?: boolean;
  /** Standing index by unit id (built here when not given). */
  indexOf?: ReadonlyMap<string, number>;
  /** Totals and awardability by standing index, and votes by standing index per ballot (built here when not given). */
  totals?: Float64Array;
  awardable?: Uint8Array;
  tallies?: (award: string) => Float64Array | undefined;
};

/** The policy's awards in processing order: a prerequisite before the award that needs it, otherwise the template's order. */
export function awardProcessingOrder(compiled: CompiledTemplate, policy: RankingPolicy): AwardPolicy[] {
  const pending = inAwardOrder(compiled, policy.awards, (a) => a.award);
  const done = new Set<string>();
  const out: AwardPolicy[] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((a) => a.requires === undefined || done.has(a.requires));
    // A cycle or a missing prerequisite is a template problem; take the rest in order rather than loop forever.
    const next = pending.splice(i < 0 ? 0 : i, 1)[0]!;
    done.add(next.award);
    out.push(next);
  }
  return out;
}

/** Outcomes as small integers (index + 1; 0: no note), in the order the notes of one award are listed. */
const OUTCOMES: readonly CandidateOutcome[] = [
  "ineligible",
  "below-minimum",
  "band",
  "prerequisite",
  "already-proposed",
  "last-year-holder",
  "stepped-aside",
  "not-in-top-n",
  "vote-failed",
  "proposed",
  "undecided",
  "quota-full",
];
const INELIGIBLE = 1;
const BELOW_MINIMUM = 2;
const BAND = 3;
const PREREQUISITE = 4;
const ALREADY_PROPOSED = 5;
const LAST_YEAR_HOLDER = 6;
const STEPPED_ASIDE = 7;
const NOT_IN_TOP_N = 8;
const VOTE_FAILED = 9;
const PROPOSED = 10;
const UNDECIDED = 11;

/**
 * Proposes each award within its quota, following the ranking: gates first (eligibility, minimum total, band,
 * prerequisite, one award per unit, last year's holder, stepping aside), then the vote as the policy's mode says.
 * Never more than the quota: units tied at the quota's edge are left to the meeting, and unused places are explained.
 * Returns the proposals and, per standing, the awards it is proposed for (highest first; undefined: none).
 *
 * Candidate notes list the gated units in rank order, then those outside the top N, those below the vote threshold,
 * the proposed and the undecided units.
 */
export function proposeAwards(input: ProposalInput): {
  proposals: AwardProposal[];
  perUnit: (string[] | undefined)[];
} {
  const { compiled, policy, standings, ordering } = input;
  const explain = input.explain ?? true;
  const year = compiled.template.identity.year;
  const members = compiled.template.members.length;
  const selected = new Map<string, Set<number>>();
  const count = standings.length;
  const perUnit = new Array<string[] | undefined>(count).fill(undefined);
  const proposals: AwardProposal[] = [];
  const policyOf = new Map(policy.awards.map((a) => [a.award, a]));
  const bandPosition = new Map(policy.bands.map((b, i) => [b.id, i]));
  const order = ordering.order;
  const rankOf = new Int32Array(count);
  for (let pos = 0; pos < order.length; pos++) rankOf[order[pos]!] = ordering.ranks[pos]!;
  // What the candidate loops read, in typed arrays by standing index: the loops visit units in rank order, and
  // reading thousands of scattered objects there cost more than the decisions themselves.
  const totals = input.totals ?? Float64Array.from(standings, (s) => s.total);
  const awardable = input.awardable ?? Uint8Array.from(input.eligibility, (e) => (e.awardable ? 1 : 0));
  const bandIndex =
    input.bandIndex instanceof Int32Array ? input.bandIndex : Int32Array.from(input.bandIndex);
  const indexOf = input.indexOf ?? new Map(standings.map((s, i) => [s.unitId, i]));
  // Each unit's outcome for the award being proposed (reset per award), and the "already proposed" words per award.
  const outcomeOf = new Uint8Array(count);
  const alreadyWords = new Map<string, Localized>();
  const awardOrder = compiled.template.awards.map((a) => a.id);

  for (const ap of awardProcessingOrder(compiled, policy)) {
    const quota = awardQuota(ap.quota, members);
    const name = awardName(compiled, ap.award);
    const minTotal = Math.max(
      policy.minimumTotal === undefined ? -Infinity : toFixed(policy.minimumTotal),
      ap.minTotal === undefined ? -Infinity : toFixed(ap.minTotal),
    );
    const minBand = ap.minBand === undefined ? undefined : bandPosition.get(ap.minBand);
    const ancestors = new Set<string>();
    for (let r = ap.requires; r !== undefined && !ancestors.has(r); r = policyOf.get(r)?.requires)
      ancestors.add(r);
    const required = ap.requires === undefined ? undefined : (selected.get(ap.requires) ?? new Set<number>());
    const lastYear = new Uint8Array(count);
    for (const h of input.history?.awards ?? []) {
      if (h.award !== ap.award || h.year !== year - 1 || h.revoked === true) continue;
      const i = indexOf.get(h.unitId);
      if (i !== undefined) lastYear[i] = 1;
    }
    const stepAside = new Map(
      input.eligibilityFile?.stepsAside.filter((s) => s.award === ap.award).map((s) => [s.unitId, s.reason]),
    );
    outcomeOf.fill(0);
    // How many units had each outcome, and the outcomes in the order they first occurred (the unused-places reason).
    const counts = new Int32Array(OUTCOMES.length + 1);
    const seen: number[] = [];
    const note = (idx: number, outcome: number) => {
      outcomeOf[idx] = outcome;
      if (counts[outcome] === 0) seen.push(outcome);
      counts[outcome]!++;
    };

    // Candidates as parallel arrays: a bloc of 10 000 should not allocate an object per unit per award.
    const ballot = input.votes?.ballots.find((b) => b.award === ap.award);
    const votesOf =
      (ap.vote === undefined || ballot === undefined
        ? undefined
        : input.tallies !== undefined
          ? input.tallies(ap.award)
          : talliesByIndex(input.votes, ap.award, count, indexOf)) ?? new Float64Array(count);
    const checkLastYear = ap.lastYearHolder === "excluded" || ap.lastYearHolder === "mayStepAside";
    let pool: number[] = [];
    for (let pos = 0; pos < order.length; pos++) {
      const idx = order[pos]!;
      if (awardable[idx] === 0) note(idx, INELIGIBLE);
      else if (totals[idx]! < minTotal) note(idx, BELOW_MINIMUM);
      else if (minBand !== undefined && (bandIndex[idx]! < 0 || bandIndex[idx]! > minBand)) note(idx, BAND);
      else if (required !== undefined && !required.has(idx)) note(idx, PREREQUISITE);
      else if (
        policy.oneAwardPerUnit &&
        perUnit[idx] !== undefined &&
        hasOtherAward(perUnit[idx]!, ancestors)
      )
        note(idx, ALREADY_PROPOSED);
      else if (checkLastYear && lastYear[idx] === 1 && ap.lastYearHolder === "excluded")
        note(idx, LAST_YEAR_HOLDER);
      else if (checkLastYear && lastYear[idx] === 1 && stepAside.has(standings[idx]!.unitId))
        note(idx, STEPPED_ASIDE);
      else pool.push(idx);
    }

    const vote: AwardProposal["vote"] =
      ap.vote === undefined ? "none" : ballot === undefined ? "pending" : "held";
    let byVotes = false;
    let topN = 0;
    if (ap.vote !== undefined && ballot !== undefined) {
      if (ap.vote.mode === "topN") {
        const n = ap.vote.topN ?? pool.length;
        topN = n;
        const edgeRank = pool.length === 0 || n <= 0 ? 0 : rankOf[pool[Math.min(n, pool.length) - 1]!]!;
        const kept: number[] = [];
        for (const idx of pool) {
          if (rankOf[idx]! > edgeRank) note(idx, NOT_IN_TOP_N);
          else kept.push(idx);
        }
        pool = kept;
      }
      const threshold = ap.vote.threshold;
      const passing: number[] = [];
      for (const idx of pool) {
        if (passesThreshold(votesOf[idx]!, ballot, threshold)) passing.push(idx);
        else note(idx, VOTE_FAILED);
      }
      pool = passing;
      byVotes = ap.vote.mode !== "confirm";
      if (byVotes) pool.sort((a, b) => votesOf[b]! - votesOf[a]! || rankOf[a]! - rankOf[b]!);
    }

    const proposed: number[] = [];
    const undecided: number[] = [];
    let remaining = quota.count;
    for (let i = 0; i < pool.length && remaining > 0;) {
      let j = i + 1;
      const first = pool[i]!;
      while (
        j < pool.length &&
        rankOf[pool[j]!] === rankOf[first] &&
        (!byVotes || votesOf[pool[j]!] === votesOf[first])
      )
        j++;
      // A group that fits is proposed; one that does not is left to the meeting and fills the quota. Once the
      // quota is full, the units further down are not listed one by one.
      const fits = j - i <= remaining;
      for (let k = i; k < j; k++) (fits ? proposed : undecided).push(pool[k]!);
      remaining = fits ? remaining - (j - i) : 0;
      i = j;
    }
    const chosen = new Set(proposed);
    selected.set(ap.award, chosen);
    for (const idx of proposed) {
      const mine = perUnit[idx];
      if (mine === undefined) perUnit[idx] = [ap.award];
      else mine.push(ap.award);
      note(idx, PROPOSED);
    }
    const undecidedNames = undecided.map((i) => standings[i]!.name).join(", ");
    for (const idx of undecided) note(idx, UNDECIDED);
    const unused = quota.count - proposed.length;

    const notes: CandidateNote[] = [];
    if (explain) {
      // When the ranking alone decides and the quota is full, only units ranked up to the last one chosen explain
      // the choice; when votes order the candidates or places are left, every unit does.
      let cut = Infinity;
      if (!byVotes && unused === 0 && proposed.length + undecided.length > 0) {
        cut = -Infinity;
        for (const i of proposed) if (rankOf[i]! > cut) cut = rankOf[i]!;
        for (const i of undecided) if (rankOf[i]! > cut) cut = rankOf[i]!;
      }
      // Words shared by every unit they concern (thousands in a large bloc); per-unit words are written when read.
      const band = minBand === undefined ? undefined : policy.bands[minBand];
      const req = ap.requires === undefined ? undefined : awardName(compiled, ap.requires);
      const shared: (Localized | undefined)[] = [];
      shared[BAND] = msg(
        `Xếp loại dưới mức "${band?.name}"`,
        `Classified below "${band?.nameEn ?? band?.name}"`,
      );
      shared[PREREQUISITE] = msg(`Không được đề nghị ${req?.vi}`, `Not proposed for the ${req?.en}`);
      shared[LAST_YEAR_HOLDER] = msg(
        `Đã nhận ${name.vi} năm ${year - 1}`,
        `Received the ${name.en} in ${year - 1}`,
      );
      shared[NOT_IN_TOP_N] = msg(
        `Ngoài ${topN} đơn vị điểm cao nhất được bỏ phiếu`,
        `Not among the top ${topN} by score put to the vote`,
      );
      shared[UNDECIDED] = msg(
        `Bằng nhau ở giới hạn chỉ tiêu với: ${undecidedNames}`,
        `Tied at the quota's edge with: ${undecidedNames}`,
      );
      const eligibility = input.eligibility;
      const threshold = ap.vote?.threshold;
      const perUnitWords: ((idx: number) => Localized)[] = [];
      perUnitWords[INELIGIBLE] = (idx) => {
        const why = eligibility[idx]!.reasons.filter((r) => r.effect !== "none");
        return msg(why.map((r) => r.reason.vi).join("; "), why.map((r) => r.reason.en).join("; "));
      };
      perUnitWords[BELOW_MINIMUM] = (idx) =>
        msg(
          `Tổng điểm ${formatFixed(totals[idx]!, "vi")} dưới mức tối thiểu ${formatFixed(minTotal, "vi")}`,
          `Total ${formatFixed(totals[idx]!, "en")} is below the minimum ${formatFixed(minTotal, "en")}`,
        );
      perUnitWords[STEPPED_ASIDE] = (idx) => {
        const reason = stepAside.get(standings[idx]!.unitId)!;
        return msg(
          `Nhường (đã nhận năm ${year - 1}): ${reason}`,
          `Steps aside (received in ${year - 1}): ${reason}`,
        );
      };
      perUnitWords[VOTE_FAILED] = (idx) => {
        const d = describeVote(votesOf[idx]!, ballot!, threshold!);
        return msg(`Không đạt ngưỡng phiếu: ${d.vi}`, `Vote threshold not met: ${d.en}`);
      };
      perUnitWords[PROPOSED] = (idx) =>
        ballot !== undefined && threshold !== undefined
          ? describeVote(votesOf[idx]!, ballot, threshold)
          : msg(`Hạng ${rankOf[idx]}`, `Rank ${rankOf[idx]}`);
      const push = (idx: number) => {
        if (rankOf[idx]! > cut) return;
        const outcome = outcomeOf[idx]!;
        let detail: Localized;
        if (outcome === ALREADY_PROPOSED) {
          // The highest award the unit is already proposed for (the template lists awards highest first).
          const other = highestAward(perUnit[idx]!, awardOrder);
          let words = alreadyWords.get(other);
          if (words === undefined) {
            const otherName = awardName(compiled, other);
            words = msg(`Đã được đề nghị ${otherName.vi}`, `Already proposed for the ${otherName.en}`);
            alreadyWords.set(other, words);
          }
          detail = words;
        } else {
          const write = perUnitWords[outcome];
          detail = write === undefined ? shared[outcome]! : write(idx);
        }
        notes.push({ unitId: standings[idx]!.unitId, outcome: OUTCOMES[outcome - 1]!, detail });
      };
      for (let pos = 0; pos < order.length; pos++) {
        const idx = order[pos]!;
        const o = outcomeOf[idx]!;
        if (o !== 0 && o < NOT_IN_TOP_N) push(idx);
      }
      for (const phase of [NOT_IN_TOP_N, VOTE_FAILED]) {
        if (counts[phase] === 0) continue;
        for (let pos = 0; pos < order.length; pos++) if (outcomeOf[order[pos]!] === phase) push(order[pos]!);
      }
      for (const idx of proposed) push(idx);
      for (const idx of undecided) push(idx);
    }
    proposals.push({
      award: ap.award,
      name,
      quota: quota.count,
      quotaExplanation: quota.explanation,
      proposed: proposed.map((i) => standings[i]!.unitId),
      undecided: undecided.map((i) => standings[i]!.unitId),
      unused,
      unusedReason: unused === 0 ? null : unusedReason(unused, undecidedNames, counts, seen),
      vote,
      candidates: notes,
    });
  }

  for (const list of perUnit)
    if (list !== undefined && list.length > 1)
      list.sort((a, b) => awardOrder.indexOf(a) - awardOrder.indexOf(b));
  return { proposals, perUnit };
}

/** Of a unit's awards, the one the template lists first (the highest). */
function highestAward(awards: readonly string[], awardOrder: readonly string[]): string {
  let best = awards[0]!;
  for (const a of awards) if (awardOrder.indexOf(a) < awardOrder.indexOf(best)) best = a;
  return best;
}

/** True when one of the unit's awards is not a prerequisite of the one being proposed. */
function hasOtherAward(awards: readonly string[], ancestors: ReadonlySet<string>): boolean {
  for (const a of awards) if (!ancestors.has(a)) return true;
  return false;
}

const OUTCOME_WORDS: Partial<Record<CandidateOutcome, [string, string]>> = {
  ineligible: ["không đủ điều kiện", "ineligible"],
  "below-minimum": ["dưới điểm tối thiểu", "below the minimum total"],
  band: ["xếp loại chưa đạt", "band too low"],
  prerequisite: ["chưa được đề nghị danh hiệu tiên quyết", "not proposed for the prerequisite award"],
  "already-proposed": ["đã được đề nghị danh hiệu khác", "already proposed for another award"],
  "last-year-holder": ["đã nhận năm trước", "received it last year"],
  "stepped-aside": ["nhường", "stepped aside"],
  "not-in-top-n": ["ngoài nhóm được bỏ phiếu", "not in the top N"],
  "vote-failed": ["không đạt ngưỡng phiếu", "vote threshold not met"],
};

function unusedReason(
  unused: number,
  undecidedNames: string,
  counts: Int32Array,
  seen: readonly number[],
): Localized {
  if (undecidedNames !== "") {
    return msg(
      `${unused} suất chờ Hội nghị quyết định giữa các đơn vị bằng nhau: ${undecidedNames}`,
      `${unused} place(s) left to the meeting among the tied units: ${undecidedNames}`,
    );
  }
  const parts = seen
    .map((code) => [OUTCOMES[code - 1]!, counts[code]!] as const)
    .filter(([o]) => OUTCOME_WORDS[o] !== undefined)
    .map(([o, c]) => [`${c} ${OUTCOME_WORDS[o]![0]}`, `${c} ${OUTCOME_WORDS[o]![1]}`]);
  return msg(
    `Không sử dụng ${unused} suất: không còn đơn vị đáp ứng điều kiện` +
      (parts.length ? ` (${parts.map((p) => p[0]).join(", ")})` : ""),
    `${unused} place(s) unused: no further unit meets the conditions` +
      (parts.length ? ` (${parts.map((p) => p[1]).join(", ")})` : ""),
  );
}
