import type { RankingResponse } from "../../../core/api";

/** The History and Biên bản sheets (another flow builds them); the leader's view shows their buttons only when given. */
export type LeaderDocuments = {
  insertHistory(): Promise<void>;
  insertMinutes(result: RankingResponse): Promise<void>;
};
