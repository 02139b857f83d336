import type { z } from "zod";
import { msg } from "../i18n/localized";
import { formatPath } from "../template/templateProblem";
import { zodIssueToProblem } from "../template/zodIssueToProblem";
import type { CrossScoresFile } from "./crossScoresFileSchema";
import { CrossScoresFileSchema } from "./crossScoresFileSchema";
import type { EligibilityFile } from "./eligibilityFileSchema";
import { EligibilityFileSchema } from "./eligibilityFileSchema";
import type { HistoryFile } from "./historyFileSchema";
import { HistoryFileSchema } from "./historyFileSchema";
import type { ReviewsFile } from "./reviewsFileSchema";
import { ReviewsFileSchema } from "./reviewsFileSchema";
import type { RankingInputKind, RankingProblem } from "./rankingProblem";
import type { VotesFile } from "./votesFileSchema";
import { VotesFileSchema } from "./votesFileSchema";

/** The parsed type of each ranking input file. */
export type RankingFileOf = {
  reviews: ReviewsFile;
  cross: CrossScoresFile;
  votes: VotesFile;
  history: HistoryFile;
  eligibility: EligibilityFile;
};

const SCHEMAS: { [K in RankingInputKind]: z.ZodType<RankingFileOf[K]> } = {
  reviews: ReviewsFileSchema,
  cross: CrossScoresFileSchema,
  votes: VotesFileSchema,
  history: HistoryFileSchema,
  eligibility: EligibilityFileSchema,
};

export type ParsedRankingFile<K extends RankingInputKind> =
  { ok: true; value: RankingFileOf[K] } | { ok: false; problems: RankingProblem[] };

/** Validates one ranking input file (already JSON-parsed) against its schema: every problem at once, naming the field. */
export function parseRankingFile<K extends RankingInputKind>(kind: K, input: unknown): ParsedRankingFile<K> {
  const parsed = SCHEMAS[kind].safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => issueToProblem(kind, issue)) };
}

function issueToProblem(kind: RankingInputKind, issue: z.core.$ZodIssue): RankingProblem {
  if (issue.code === "custom") {
    const vi = (issue.params as { vi?: unknown } | undefined)?.vi;
    return {
      source: kind,
      path: formatPath(issue.path as (string | number)[]),
      message: msg(typeof vi === "string" ? `${vi}.` : `${issue.message}.`, `${issue.message}.`),
    };
  }
  const problem = zodIssueToProblem(issue);
  return { source: kind, path: problem.path, message: problem.message };
}
