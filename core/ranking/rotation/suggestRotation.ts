import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { CompiledTemplate } from "../../template/compileTemplate";
import type { RankingPolicy, VoteThreshold } from "../../template/rankingPolicySchema";
import type { HistoryFile } from "../historyFileSchema";
import type { RankingOutcome, RotationSuggestion } from "../rankingResult";
import { describeVote, passesThreshold } from "../votes/voteThreshold";
import type { ElectionBallot, VotesFile } from "../votesFileSchema";

/** Vietnamese name order, for listing tied units only. */
const collator = new Intl.Collator("vi");

const MAJORITY: VoteThreshold = { comparison: ">", numerator: 1, denominator: 2, of: "present" };

/**
 * Next year's leader and deputy (Khối trưởng, Khối phó) by the policy's rotation rule: the next units in a fixed
 * order; the deputy becoming leader (the new deputy elected, or the next in order when no election was held); or
 * elected (the election ballot's winner above the threshold, otherwise the best-ranked unit as a suggestion). An
 * election held without a winner (a tie for first place, nobody above the threshold) is never replaced by the
 * order or the ranking: the role is left to the meeting (Hội nghị quyết định), with the reason. Null without a rule.
 */
export function suggestRotation(
  compiled: CompiledTemplate,
  policy: RankingPolicy,
  outcome: RankingOutcome,
  history: HistoryFile | undefined,
  votes: VotesFile | undefined,
): RotationSuggestion | null {
  const rotation = policy.rotation;
  if (rotation === undefined) return null;
  const template = compiled.template;
  const year = template.identity.year + 1;
  const term = history?.terms.find((t) => t.year === template.identity.year);
  const leader = term?.leader ?? template.leader;
  const deputy = term?.deputy ?? template.deputy;
  const order = (rotation.order ?? template.members.map((m) => m.id)).filter((id) =>
    compiled.memberIds.has(id),
  );
  const name = (id: string | null | undefined) =>
    template.members.find((m) => m.id === id)?.name ?? id ?? "—";
  const after = (id: string | undefined, skip: readonly (string | undefined)[]): string | null => {
    const start = id === undefined ? -1 : order.indexOf(id);
    for (let k = 1; k <= order.length; k++) {
      const next = order[(start + k + order.length) % order.length]!;
      if (!skip.includes(next)) return next;
    }
    return null;
  };
  const threshold = rotation.threshold ?? MAJORITY;
  const ballotFor = (role: "leader" | "deputy") =>
    votes?.elections.find((e) => e.role === role && e.year === year);
  const c: RotationContext = { compiled, outcome, year, leader, deputy, name, after, threshold, ballotFor };
  switch (rotation.rule) {
    case "fixedOrder":
      return fixedOrderRotation(c);
    case "deputyBecomesLeader":
      return deputyBecomesLeaderRotation(c);
    case "elected":
      return electedRotation(c);
  }
}

/** What every rotation rule reads: this year's leader and deputy, the rotation order, names, the elections. */
type RotationContext = {
  compiled: CompiledTemplate;
  outcome: RankingOutcome;
  /** The year the suggestion is for (next year). */
  year: number;
  leader: string | undefined;
  deputy: string | undefined;
  name: (id: string | null | undefined) => string;
  /** The next unit in the rotation order after `id`, skipping `skip`; null when none is left. */
  after: (id: string | undefined, skip: readonly (string | undefined)[]) => string | null;
  threshold: VoteThreshold;
  ballotFor: (role: "leader" | "deputy") => ElectionBallot | undefined;
};

/** "fixedOrder": the next unit in the order after this year's leader leads, the one after it is deputy. */
function fixedOrderRotation(c: RotationContext): RotationSuggestion {
  const { compiled, year, leader, name, after } = c;
  const template = compiled.template;

  // The order only says who comes next after someone: without this year's leader there is nothing to follow.
  if (leader === undefined) {
    const y = template.identity.year;
    return {
      year,
      leader: null,
      deputy: null,
      explanation: msg(
        `Luân phiên theo thứ tự cố định, nhưng chưa biết Khối trưởng năm ${y}: ghi nhiệm kỳ năm ${y} vào tệp lịch sử (terms) hoặc "leader" vào bảng điểm`,
        `Fixed rotation order, but the ${y} leader is not known: add the ${y} term to the history file (terms) or "leader" to the template`,
      ),
    };
  }
  const nextLeader = after(leader, []);
  const nextDeputy = after(nextLeader ?? undefined, [nextLeader ?? ""]);
  return {
    year,
    leader: nextLeader,
    deputy: nextDeputy,
    explanation: msg(
      `Luân phiên theo thứ tự cố định: sau ${name(leader)} là ${name(nextLeader)} (Khối trưởng), tiếp theo ${name(nextDeputy)} (Khối phó)`,
      `Fixed rotation order: after ${name(leader)} comes ${name(nextLeader)} (leader), then ${name(nextDeputy)} (deputy)`,
    ),
  };
}

/** "deputyBecomesLeader": this year's deputy leads; the deputy is elected, or the next in the order. */
function deputyBecomesLeaderRotation(c: RotationContext): RotationSuggestion {
  const { year, leader, deputy, name, after, threshold, ballotFor } = c;
  const nextLeader = deputy ?? null;
  const elected = pick(ballotFor("deputy"), threshold, [nextLeader], name);
  // Only without an election does the order name the deputy: a held election that elected nobody goes to the meeting.
  const nextDeputy = elected.held
    ? elected.winner
    : after(nextLeader ?? undefined, [nextLeader ?? "", leader ?? ""]);
  const deputyPart = !elected.held
    ? msg(
        `Khối phó: ${name(nextDeputy)} (kế tiếp theo thứ tự luân phiên, chưa bầu)`,
        `deputy: ${name(nextDeputy)} (next in the rotation order, not elected)`,
      )
    : nextDeputy === null
      ? msg(
          `Khối phó: Hội nghị quyết định (${elected.why.vi})`,
          `deputy: the meeting decides (${elected.why.en})`,
        )
      : msg(
          `Khối phó: ${name(nextDeputy)} (${elected.why.vi})`,
          `deputy: ${name(nextDeputy)} (${elected.why.en})`,
        );
  return {
    year,
    leader: nextLeader,
    deputy: nextDeputy,
    explanation: msg(
      (nextLeader === null
        ? "Chưa có Khối phó năm nay để lên Khối trưởng"
        : `Khối phó ${name(nextLeader)} lên Khối trưởng`) + `; ${deputyPart.vi}`,
      (nextLeader === null
        ? "No deputy this year to become leader"
        : `The deputy ${name(nextLeader)} becomes leader`) + `; ${deputyPart.en}`,
    ),
  };
}

/** "elected": both are elected; without an election the ranking suggests them (a tie for first suggests nobody). */
function electedRotation(c: RotationContext): RotationSuggestion {
  const { outcome, year, leader, name, threshold, ballotFor } = c;
  const ranked = outcome.units.filter((u) => u.rank !== null);
  const byRank = (exclude: readonly (string | null | undefined)[]) => {
    const pool = ranked.filter((u) => !exclude.includes(u.unitId));
    const first = pool[0];
    if (first === undefined) return null;
    return pool.filter((u) => u.rank === first.rank).length > 1 ? null : first.unitId;
  };
  const lead = pick(ballotFor("leader"), threshold, [], name);
  const nextLeader = lead.held ? lead.winner : byRank([leader]);
  const dep = pick(ballotFor("deputy"), threshold, [nextLeader], name);
  const nextDeputy = dep.held ? dep.winner : byRank([leader, nextLeader]);
  const part = (role: [string, string], winner: string | null, r: Choice): Localized =>
    r.held
      ? msg(
          `${role[0]}: ${winner === null ? `Hội nghị quyết định (${r.why.vi})` : `${name(winner)} (${r.why.vi})`}`,
          `${role[1]}: ${winner === null ? `the meeting decides (${r.why.en})` : `${name(winner)} (${r.why.en})`}`,
        )
      : msg(
          `${role[0]}: ${winner === null ? "chưa xác định, Hội nghị bầu" : `${name(winner)} (gợi ý theo kết quả xếp hạng, chưa bầu)`}`,
          `${role[1]}: ${winner === null ? "undecided, the meeting elects" : `${name(winner)} (suggested by rank, not yet elected)`}`,
        );
  const l = part(["Khối trưởng", "Leader"], nextLeader, lead);
  const d = part(["Khối phó", "Deputy"], nextDeputy, dep);
  return {
    year,
    leader: nextLeader,
    deputy: nextDeputy,
    explanation: msg(`Bầu cử: ${l.vi}; ${d.vi}`, `Elected: ${l.en}; ${d.en}`),
  };
}

type Choice = { held: boolean; winner: string | null; why: Localized };

/** The election's winner: the most votes, above the threshold, not excluded, and not tied with another. */
function pick(
  ballot: ElectionBallot | undefined,
  threshold: VoteThreshold,
  exclude: readonly (string | null)[],
  name: (id: string) => string,
): Choice {
  if (ballot === undefined) return { held: false, winner: null, why: msg("chưa bầu", "not elected yet") };
  const tallies = ballot.tallies.filter((t) => !exclude.includes(t.unitId)).sort((a, b) => b.votes - a.votes);
  const top = tallies[0];
  if (top === undefined) return { held: true, winner: null, why: msg("không có ứng viên", "no candidate") };
  const d = describeVote(top.votes, ballot, threshold);
  if (tallies[1] !== undefined && tallies[1].votes === top.votes) {
    const tied = tallies
      .filter((t) => t.votes === top.votes)
      .map((t) => name(t.unitId))
      .sort(collator.compare)
      .join(", ");
    return {
      held: true,
      winner: null,
      why: msg(`bằng phiếu cao nhất (${top.votes} phiếu): ${tied}`, `tied on ${top.votes} votes: ${tied}`),
    };
  }
  if (!passesThreshold(top.votes, ballot, threshold)) {
    return {
      held: true,
      winner: null,
      why: msg(`không ai đạt ngưỡng: ${d.vi}`, `nobody reached the threshold: ${d.en}`),
    };
  }
  return { held: true, winner: top.unitId, why: msg(`trúng cử ${d.vi}`, `elected, ${d.en}`) };
}
