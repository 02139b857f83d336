import { toFixed } from "../decimal/fixed";
import { formatFixed } from "./formatFixed";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { AwardPolicy, RankingPolicy } from "../template/rankingPolicySchema";
import { awardQuota } from "./awardQuota";
import type { EligibilityFile } from "./eligibilityFileSchema";
import type { HistoryFile } from "./historyFileSchema";
import type { Ordering } from "./orderStandings";
import type {
  AwardProposal,
  CandidateNote,
  CandidateOutcome,
  UnitEligibility,
  UnitStanding,
} from "./rankingResult";
import { awardName } from "./tieBreakKeys";
import { describeVote, passesThreshold } from "./voteThreshold";
import type { VotesFile } from "./votesFileSchema";

export type ProposalInput = {
  compiled: CompiledTemplate;
  policy: RankingPolicy;
  standings: readonly UnitStanding[];
  ordering: Ordering;
  eligibility: readonly UnitEligibility[];
  /** Band index per standing (-1: none). */
  bandIndex: readonly number[];
  votes: VotesFile | undefined;
  history: HistoryFile | undefined;
  eligibilityFile: EligibilityFile | undefined;
  /** False: decide only (no candidate notes), for stability reruns. */
  explain?: boolean;
  /** Standing index by unit id (built here when not given). */
  indexOf?: ReadonlyMap<string, number>;
};

/** The policy's awards in processing order: a prerequisite before the award that needs it, otherwise the template's order. */
export function awardProcessingOrder(compiled: CompiledTemplate, policy: RankingPolicy): AwardPolicy[] {
  const position = (id: string) => {
    const i = compiled.template.awards.findIndex((a) => a.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const pending = [...policy.awards].sort((a, b) => position(a.award) - position(b.award));
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

/**
 * Proposes each award within its quota, following the ranking: gates first (eligibility, minimum total, band,
 * prerequisite, one award per unit, last year's holder, stepping aside), then the vote as the policy's mode says.
 * Never more than the quota: units tied at the quota's edge are left to the meeting, and unused places are explained.
 * Returns the proposals and, per standing, the awards it is proposed for (highest first).
 */
export function proposeAwards(input: ProposalInput): { proposals: AwardProposal[]; perUnit: string[][] } {
  const { compiled, policy, standings, ordering } = input;
  const explain = input.explain ?? true;
  const year = compiled.template.identity.year;
  const members = compiled.template.members.length;
  const selected = new Map<string, Set<number>>();
  const perUnit: string[][] = standings.map(() => []);
  const proposals: AwardProposal[] = [];
  const policyOf = new Map(policy.awards.map((a) => [a.award, a]));
  const bandPosition = new Map(policy.bands.map((b, i) => [b.id, i]));
  const rankOf: number[] = [];
  ordering.order.forEach((idx, pos) => (rankOf[idx] = ordering.ranks[pos]!));
  // What the candidate loops read, in typed arrays by standing index: the loops visit units in rank order, and
  // reading thousands of scattered objects there cost more than the decisions themselves.
  const count = standings.length;
  const totals = new Float64Array(count);
  const awardable = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    totals[i] = standings[i]!.total;
    awardable[i] = input.eligibility[i]!.awardable ? 1 : 0;
  }
  const indexOf = input.indexOf ?? new Map(standings.map((s, i) => [s.unitId, i]));

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
    const notes: CandidateNote[] = [];
    const counts = new Map<CandidateOutcome, number>();
    // Words are built last and only for the units that matter (see below): a bloc of thousands would otherwise
    // spend its time writing sentences nobody reads, and a stability rerun needs only the choices.
    type Detail = Localized | ((idx: number) => Localized);
    // Pending notes as parallel arrays (no object per candidate: most are never written, see `cut`).
    const pendingIdx: number[] = [];
    const pendingOutcome: CandidateOutcome[] = [];
    const pendingDetail: Detail[] = [];
    const note = (idx: number, outcome: CandidateOutcome, detail: Detail) => {
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      if (explain) {
        pendingIdx.push(idx);
        pendingOutcome.push(outcome);
        pendingDetail.push(detail);
      }
    };
    // Shared by every unit they concern (thousands in a large bloc); per-unit words are functions of the unit.
    const band = minBand === undefined ? undefined : policy.bands[minBand];
    const bandDetail = msg(
      `Xếp loại dưới mức "${band?.name}"`,
      `Classified below "${band?.nameEn ?? band?.name}"`,
    );
    const req = ap.requires === undefined ? undefined : awardName(compiled, ap.requires);
    const prerequisiteDetail = msg(`Không được đề nghị ${req?.vi}`, `Not proposed for the ${req?.en}`);
    const lastYearDetail = msg(
      `Đã nhận ${name.vi} năm ${year - 1}`,
      `Received the ${name.en} in ${year - 1}`,
    );
    const ineligibleDetail = (idx: number) => {
      const why = input.eligibility[idx]!.reasons.filter((r) => r.effect !== "none");
      return msg(why.map((r) => r.reason.vi).join("; "), why.map((r) => r.reason.en).join("; "));
    };
    const belowMinimumDetail = (idx: number) =>
      msg(
        `Tổng điểm ${formatFixed(standings[idx]!.total, "vi")} dưới mức tối thiểu ${formatFixed(minTotal, "vi")}`,
        `Total ${formatFixed(standings[idx]!.total, "en")} is below the minimum ${formatFixed(minTotal, "en")}`,
      );
    const alreadyDetail = (idx: number) => {
      const other = awardName(compiled, perUnit[idx]![0]!);
      return msg(`Đã được đề nghị ${other.vi}`, `Already proposed for the ${other.en}`);
    };
    const stepAsideDetail = (idx: number) => {
      const reason = stepAside.get(standings[idx]!.unitId)!;
      return msg(
        `Nhường (đã nhận năm ${year - 1}): ${reason}`,
        `Steps aside (received in ${year - 1}): ${reason}`,
      );
    };

    // Candidates as parallel arrays: a bloc of 10 000 should not allocate an object per unit per award.
    const ballot = input.votes?.ballots.find((b) => b.award === ap.award);
    const votesOf = new Float64Array(count);
    if (ap.vote !== undefined && ballot !== undefined) {
      // The last tally of a unit counts (as a map built from the list would keep it).
      for (const t of ballot.tallies) {
        const i = indexOf.get(t.unitId);
        if (i !== undefined) votesOf[i] = t.votes;
      }
    }
    let pool: number[] = [];
    const order = ordering.order;
    for (let pos = 0; pos < order.length; pos++) {
      const idx = order[pos]!;
      if (awardable[idx] === 0) note(idx, "ineligible", ineligibleDetail);
      else if (totals[idx]! < minTotal) note(idx, "below-minimum", belowMinimumDetail);
      else if (minBand !== undefined && (input.bandIndex[idx]! < 0 || input.bandIndex[idx]! > minBand))
        note(idx, "band", bandDetail);
      else if (required !== undefined && !required.has(idx)) note(idx, "prerequisite", prerequisiteDetail);
      else if (policy.oneAwardPerUnit && perUnit[idx]!.length > 0 && hasOtherAward(perUnit[idx]!, ancestors))
        note(idx, "already-proposed", alreadyDetail);
      else if (ap.lastYearHolder === "excluded" && lastYear[idx] === 1)
        note(idx, "last-year-holder", lastYearDetail);
      else if (
        ap.lastYearHolder === "mayStepAside" &&
        lastYear[idx] === 1 &&
        stepAside.has(standings[idx]!.unitId)
      )
        note(idx, "stepped-aside", stepAsideDetail);
      else pool.push(idx);
    }

    const vote: AwardProposal["vote"] =
      ap.vote === undefined ? "none" : ballot === undefined ? "pending" : "held";
    let byVotes = false;
    if (ap.vote !== undefined && ballot !== undefined) {
      if (ap.vote.mode === "topN") {
        const n = ap.vote.topN ?? pool.length;
        const edgeRank = rankOf[pool[Math.min(n, pool.length) - 1] ?? -1] ?? 0;
        const topDetail = msg(
          `Ngoài ${n} đơn vị điểm cao nhất được bỏ phiếu`,
          `Not among the top ${n} by score put to the vote`,
        );
        for (const idx of pool) if (rankOf[idx]! > edgeRank) note(idx, "not-in-top-n", topDetail);
        pool = pool.filter((idx) => rankOf[idx]! <= edgeRank);
      }
      const threshold = ap.vote.threshold;
      const voteFailedDetail = (idx: number) => {
        const d = describeVote(votesOf[idx]!, ballot, threshold);
        return msg(`Không đạt ngưỡng phiếu: ${d.vi}`, `Vote threshold not met: ${d.en}`);
      };
      const passing: number[] = [];
      for (const idx of pool) {
        if (passesThreshold(votesOf[idx]!, ballot, threshold)) passing.push(idx);
        else note(idx, "vote-failed", voteFailedDetail);
      }
      pool = passing;
      byVotes = ap.vote.mode !== "confirm";
      if (byVotes) pool.sort((a, b) => votesOf[b]! - votesOf[a]! || rankOf[a]! - rankOf[b]!);
    }

    const proposed: number[] = [];
    const undecided: number[] = [];
    let remaining = quota.count;
    for (let i = 0; i < pool.length;) {
      let j = i + 1;
      const first = pool[i]!;
      while (
        j < pool.length &&
        rankOf[pool[j]!] === rankOf[first] &&
        (!byVotes || votesOf[pool[j]!] === votesOf[first])
      )
        j++;
      const group = pool.slice(i, j);
      if (remaining > 0 && group.length <= remaining) {
        for (const idx of group) proposed.push(idx);
        remaining -= group.length;
      } else if (remaining > 0) {
        for (const idx of group) undecided.push(idx);
        remaining = 0;
      } else {
        break; // the quota is full; units further down are not listed one by one
      }
      i = j;
    }
    const chosen = new Set(proposed);
    selected.set(ap.award, chosen);
    const proposedDetail = (idx: number) =>
      ballot !== undefined && ap.vote !== undefined
        ? describeVote(votesOf[idx]!, ballot, ap.vote.threshold)
        : msg(`Hạng ${rankOf[idx]}`, `Rank ${rankOf[idx]}`);
    for (const idx of proposed) {
      perUnit[idx]!.push(ap.award);
      note(idx, "proposed", proposedDetail);
    }
    const undecidedNames = undecided.map((i) => standings[i]!.name).join(", ");
    for (const idx of undecided) {
      note(
        idx,
        "undecided",
        msg(
          `Bằng nhau ở giới hạn chỉ tiêu với: ${undecidedNames}`,
          `Tied at the quota's edge with: ${undecidedNames}`,
        ),
      );
    }
    const unused = quota.count - proposed.length;
    // When the ranking alone decides and the quota is full, only units ranked up to the last one chosen explain
    // the choice; when votes order the candidates or places are left, every unit does.
    let cut = Infinity;
    if (!byVotes && unused === 0 && proposed.length + undecided.length > 0) {
      cut = Math.max(...[...proposed, ...undecided].map((i) => rankOf[i]!));
    }
    for (let k = 0; k < pendingIdx.length; k++) {
      const idx = pendingIdx[k]!;
      if (rankOf[idx]! > cut) continue;
      const d = pendingDetail[k]!;
      const detail = typeof d === "function" ? d(idx) : d;
      notes.push({ unitId: standings[idx]!.unitId, outcome: pendingOutcome[k]!, detail });
    }
    proposals.push({
      award: ap.award,
      name,
      quota: quota.count,
      quotaExplanation: quota.explanation,
      proposed: proposed.map((i) => standings[i]!.unitId),
      undecided: undecided.map((i) => standings[i]!.unitId),
      unused,
      unusedReason: unused === 0 ? null : unusedReason(unused, undecidedNames, counts),
      vote,
      candidates: notes,
    });
  }

  const awardOrder = compiled.template.awards.map((a) => a.id);
  for (const list of perUnit) list.sort((a, b) => awardOrder.indexOf(a) - awardOrder.indexOf(b));
  return { proposals, perUnit };
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
  counts: ReadonlyMap<CandidateOutcome, number>,
): Localized {
  if (undecidedNames !== "") {
    return msg(
      `${unused} suất chờ Hội nghị quyết định giữa các đơn vị bằng nhau: ${undecidedNames}`,
      `${unused} place(s) left to the meeting among the tied units: ${undecidedNames}`,
    );
  }
  const parts = [...counts]
    .filter(([o]) => OUTCOME_WORDS[o] !== undefined)
    .map(([o, c]) => [`${c} ${OUTCOME_WORDS[o]![0]}`, `${c} ${OUTCOME_WORDS[o]![1]}`]);
  return msg(
    `Không sử dụng ${unused} suất: không còn đơn vị đáp ứng điều kiện` +
      (parts.length ? ` (${parts.map((p) => p[0]).join(", ")})` : ""),
    `${unused} place(s) unused: no further unit meets the conditions` +
      (parts.length ? ` (${parts.map((p) => p[1]).join(", ")})` : ""),
  );
}
