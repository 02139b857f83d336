import { toFixed } from "../decimal/fixed";
import { formatNumber } from "../i18n/formatNumber";
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
  const year = compiled.template.identity.year;
  const members = compiled.template.members.length;
  const selected = new Map<string, Set<number>>();
  const perUnit: string[][] = standings.map(() => []);
  const proposals: AwardProposal[] = [];
  const policyOf = new Map(policy.awards.map((a) => [a.award, a]));
  const bandPosition = new Map(policy.bands.map((b, i) => [b.id, i]));

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
    const lastYear = new Set(
      input.history?.awards
        .filter((h) => h.award === ap.award && h.year === year - 1 && h.revoked !== true)
        .map((h) => h.unitId),
    );
    const stepAside = new Map(
      input.eligibilityFile?.stepsAside.filter((s) => s.award === ap.award).map((s) => [s.unitId, s.reason]),
    );
    const notes: CandidateNote[] = [];
    const note = (idx: number, outcome: CandidateOutcome, detail: Localized) =>
      notes.push({ unitId: standings[idx]!.unitId, outcome, detail });

    const candidates: { idx: number; rank: number }[] = [];
    ordering.order.forEach((idx, pos) => {
      const s = standings[idx]!;
      const elig = input.eligibility[idx]!;
      if (!elig.awardable) {
        const why = elig.reasons.filter((r) => r.effect !== "none");
        note(
          idx,
          "ineligible",
          msg(why.map((r) => r.reason.vi).join("; "), why.map((r) => r.reason.en).join("; ")),
        );
      } else if (s.total < minTotal) {
        note(
          idx,
          "below-minimum",
          msg(
            `Tổng điểm ${formatNumber(s.total / 10_000, "vi")} dưới mức tối thiểu ${formatNumber(minTotal / 10_000, "vi")}`,
            `Total ${formatNumber(s.total / 10_000, "en")} is below the minimum ${formatNumber(minTotal / 10_000, "en")}`,
          ),
        );
      } else if (minBand !== undefined && (input.bandIndex[idx]! < 0 || input.bandIndex[idx]! > minBand)) {
        const band = policy.bands[minBand]!;
        note(
          idx,
          "band",
          msg(`Xếp loại dưới mức "${band.name}"`, `Classified below "${band.nameEn ?? band.name}"`),
        );
      } else if (required !== undefined && !required.has(idx)) {
        const req = awardName(compiled, ap.requires!);
        note(idx, "prerequisite", msg(`Không được đề nghị ${req.vi}`, `Not proposed for the ${req.en}`));
      } else if (policy.oneAwardPerUnit && perUnit[idx]!.some((a) => !ancestors.has(a))) {
        const other = awardName(compiled, perUnit[idx]![0]!);
        note(
          idx,
          "already-proposed",
          msg(`Đã được đề nghị ${other.vi}`, `Already proposed for the ${other.en}`),
        );
      } else if (lastYear.has(s.unitId) && ap.lastYearHolder === "excluded") {
        note(
          idx,
          "last-year-holder",
          msg(`Đã nhận ${name.vi} năm ${year - 1}`, `Received the ${name.en} in ${year - 1}`),
        );
      } else if (lastYear.has(s.unitId) && ap.lastYearHolder === "mayStepAside" && stepAside.has(s.unitId)) {
        const reason = stepAside.get(s.unitId)!;
        note(
          idx,
          "stepped-aside",
          msg(
            `Nhường (đã nhận năm ${year - 1}): ${reason}`,
            `Steps aside (received in ${year - 1}): ${reason}`,
          ),
        );
      } else {
        candidates.push({ idx, rank: ordering.ranks[pos]! });
      }
    });

    const ballot = input.votes?.ballots.find((b) => b.award === ap.award);
    const vote: AwardProposal["vote"] =
      ap.vote === undefined ? "none" : ballot === undefined ? "pending" : "held";
    let pool = candidates.map((c) => ({ ...c, votes: 0 }));
    let byVotes = false;
    if (ap.vote !== undefined && ballot !== undefined) {
      const tally = new Map(ballot.tallies.map((t) => [t.unitId, t.votes]));
      pool.forEach((c) => (c.votes = tally.get(standings[c.idx]!.unitId) ?? 0));
      if (ap.vote.mode === "topN") {
        const n = ap.vote.topN ?? pool.length;
        const edgeRank = pool[Math.min(n, pool.length) - 1]?.rank ?? 0;
        for (const c of pool.filter((c) => c.rank > edgeRank)) {
          note(
            c.idx,
            "not-in-top-n",
            msg(
              `Ngoài ${n} đơn vị điểm cao nhất được bỏ phiếu`,
              `Not among the top ${n} by score put to the vote`,
            ),
          );
        }
        pool = pool.filter((c) => c.rank <= edgeRank);
      }
      const threshold = ap.vote.threshold;
      for (const c of pool.filter((c) => !passesThreshold(c.votes, ballot, threshold))) {
        const d = describeVote(c.votes, ballot, threshold);
        note(c.idx, "vote-failed", msg(`Không đạt ngưỡng phiếu: ${d.vi}`, `Vote threshold not met: ${d.en}`));
      }
      pool = pool.filter((c) => passesThreshold(c.votes, ballot, threshold));
      byVotes = ap.vote.mode !== "confirm";
      if (byVotes) pool.sort((a, b) => b.votes - a.votes || a.rank - b.rank);
    }

    const proposed: number[] = [];
    const undecided: number[] = [];
    let remaining = quota.count;
    for (let i = 0; i < pool.length;) {
      let j = i + 1;
      while (
        j < pool.length &&
        pool[j]!.rank === pool[i]!.rank &&
        (!byVotes || pool[j]!.votes === pool[i]!.votes)
      )
        j++;
      const group = pool.slice(i, j);
      if (remaining > 0 && group.length <= remaining) {
        for (const c of group) proposed.push(c.idx);
        remaining -= group.length;
      } else if (remaining > 0) {
        for (const c of group) undecided.push(c.idx);
        remaining = 0;
      } else {
        break; // the quota is full; units further down are not listed one by one
      }
      i = j;
    }
    const chosen = new Set(proposed);
    selected.set(ap.award, chosen);
    const poolByIdx = new Map(pool.map((c) => [c.idx, c]));
    for (const idx of proposed) {
      perUnit[idx]!.push(ap.award);
      const c = poolByIdx.get(idx)!;
      note(
        idx,
        "proposed",
        ballot !== undefined && ap.vote !== undefined
          ? describeVote(c.votes, ballot, ap.vote.threshold)
          : msg(`Hạng ${c.rank}`, `Rank ${c.rank}`),
      );
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
    proposals.push({
      award: ap.award,
      name,
      quota: quota.count,
      quotaExplanation: quota.explanation,
      proposed: proposed.map((i) => standings[i]!.unitId),
      undecided: undecided.map((i) => standings[i]!.unitId),
      unused,
      unusedReason: unused === 0 ? null : unusedReason(unused, undecidedNames, notes),
      vote,
      candidates: notes,
    });
  }

  const awardOrder = compiled.template.awards.map((a) => a.id);
  for (const list of perUnit) list.sort((a, b) => awardOrder.indexOf(a) - awardOrder.indexOf(b));
  return { proposals, perUnit };
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

function unusedReason(unused: number, undecidedNames: string, notes: readonly CandidateNote[]): Localized {
  if (undecidedNames !== "") {
    return msg(
      `${unused} suất chờ Hội nghị quyết định giữa các đơn vị bằng nhau: ${undecidedNames}`,
      `${unused} place(s) left to the meeting among the tied units: ${undecidedNames}`,
    );
  }
  const counts = new Map<CandidateOutcome, number>();
  for (const n of notes)
    if (OUTCOME_WORDS[n.outcome]) counts.set(n.outcome, (counts.get(n.outcome) ?? 0) + 1);
  const parts = [...counts].map(([o, c]) => [`${c} ${OUTCOME_WORDS[o]![0]}`, `${c} ${OUTCOME_WORDS[o]![1]}`]);
  return msg(
    `Không sử dụng ${unused} suất: không còn đơn vị đáp ứng điều kiện` +
      (parts.length ? ` (${parts.map((p) => p[0]).join(", ")})` : ""),
    `${unused} place(s) unused: no further unit meets the conditions` +
      (parts.length ? ` (${parts.map((p) => p[1]).join(", ")})` : ""),
  );
}
