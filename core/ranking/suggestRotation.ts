import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { CompiledTemplate } from "../template/compileTemplate";
import type { RankingPolicy, VoteThreshold } from "../template/rankingPolicySchema";
import type { HistoryFile } from "./historyFileSchema";
import type { RankingOutcome, RotationSuggestion } from "./rankingResult";
import { describeVote, passesThreshold } from "./voteThreshold";
import type { ElectionBallot, VotesFile } from "./votesFileSchema";

const MAJORITY: VoteThreshold = { comparison: ">", numerator: 1, denominator: 2, of: "present" };

/**
 * Next year's leader and deputy (Khối trưởng, Khối phó) by the policy's rotation rule: the next units in a fixed
 * order; the deputy becoming leader; or elected (the election ballot's winner above the threshold, otherwise the
 * best-ranked unit as a suggestion). A tie for first place is left to the meeting. Null without a rotation rule.
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

  switch (rotation.rule) {
    case "fixedOrder": {
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
    case "deputyBecomesLeader": {
      const nextLeader = deputy ?? null;
      const elected = pick(ballotFor("deputy"), threshold, [nextLeader]);
      const nextDeputy = elected.winner ?? after(nextLeader ?? undefined, [nextLeader ?? "", leader ?? ""]);
      return {
        year,
        leader: nextLeader,
        deputy: nextDeputy,
        explanation: msg(
          (nextLeader === null
            ? "Chưa có Khối phó năm nay để lên Khối trưởng"
            : `Khối phó ${name(nextLeader)} lên Khối trưởng`) +
            `; Khối phó: ${name(nextDeputy)} (${elected.winner !== null ? elected.why.vi : "kế tiếp theo thứ tự luân phiên"})`,
          (nextLeader === null
            ? "No deputy this year to become leader"
            : `The deputy ${name(nextLeader)} becomes leader`) +
            `; deputy: ${name(nextDeputy)} (${elected.winner !== null ? elected.why.en : "next in the rotation order"})`,
        ),
      };
    }
    case "elected": {
      const ranked = outcome.units.filter((u) => u.rank !== null);
      const byRank = (exclude: readonly (string | null | undefined)[]) => {
        const pool = ranked.filter((u) => !exclude.includes(u.unitId));
        const first = pool[0];
        if (first === undefined) return null;
        return pool.filter((u) => u.rank === first.rank).length > 1 ? null : first.unitId;
      };
      const lead = pick(ballotFor("leader"), threshold, []);
      const nextLeader = lead.held ? lead.winner : byRank([leader]);
      const dep = pick(ballotFor("deputy"), threshold, [nextLeader]);
      const nextDeputy = dep.held ? dep.winner : byRank([leader, nextLeader]);
      const part = (role: [string, string], winner: string | null, r: Choice): Localized =>
        r.held
          ? msg(
              `${role[0]}: ${winner === null ? `chưa xác định (${r.why.vi})` : `${name(winner)} (${r.why.vi})`}`,
              `${role[1]}: ${winner === null ? `undecided (${r.why.en})` : `${name(winner)} (${r.why.en})`}`,
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
  }
}

type Choice = { held: boolean; winner: string | null; why: Localized };

/** The election's winner: the most votes, above the threshold, not excluded, and not tied with another. */
function pick(
  ballot: ElectionBallot | undefined,
  threshold: VoteThreshold,
  exclude: readonly (string | null)[],
): Choice {
  if (ballot === undefined) return { held: false, winner: null, why: msg("chưa bầu", "not elected yet") };
  const tallies = ballot.tallies.filter((t) => !exclude.includes(t.unitId)).sort((a, b) => b.votes - a.votes);
  const top = tallies[0];
  if (top === undefined) return { held: true, winner: null, why: msg("không có ứng viên", "no candidate") };
  const d = describeVote(top.votes, ballot, threshold);
  if (tallies[1] !== undefined && tallies[1].votes === top.votes) {
    return {
      held: true,
      winner: null,
      why: msg(
        `hai đơn vị bằng phiếu (${top.votes}), Hội nghị quyết định`,
        `two units tied on ${top.votes} votes, the meeting decides`,
      ),
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
