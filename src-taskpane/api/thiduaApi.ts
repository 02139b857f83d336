import { z } from "zod";
import type { ReturnReceipt } from "../../core/api";
import type { FinalizeResponse, RankingResponse, ReviewBodySchema, VotesBodySchema } from "../../core/api";
import {
  ConsolidationResponseSchema,
  FinalizeResponseSchema,
  HistoryResponseSchema,
  MeResponseSchema,
  PeriodInputSchema,
  PeriodListResponseSchema,
  PeriodResponseSchema,
  RankingResponseSchema,
  ReturnReceiptSchema,
  ReturnResponseSchema,
  StatusResponseSchema,
} from "../../core/api";
import { PeriodSchema } from "../../core/periods";
import type { UnitReturn } from "../../core/returns";
import type { ApiRequest, ApiTransport } from "./apiTransport";
import { NetworkError } from "./apiErrors";
import { ApiError } from "./apiTransport";

export type Me = z.infer<typeof MeResponseSchema>;
export type PeriodView = z.infer<typeof PeriodResponseSchema>;
export type PeriodStatus = z.infer<typeof StatusResponseSchema>;
export type StoredReturnView = z.infer<typeof ReturnResponseSchema>;
export type PeriodInputs = z.infer<typeof PeriodInputsSchema>;
export type Consolidation = z.infer<typeof ConsolidationResponseSchema>;
export type BlocHistoryView = z.infer<typeof HistoryResponseSchema>;
const PeriodInputsSchema = z.array(PeriodInputSchema);

/** The calls the connected flows make, typed by core/api's schemas; tests hand the flows a fake of this. */
export type ThiduaApi = {
  me(): Promise<Me>;
  /** The periods the key may read (its bloc's). */
  periods(): Promise<PeriodView["period"][]>;
  period(periodId: string): Promise<PeriodView>;
  /** `undefined` when the unit has not submitted yet (404). */
  unitReturn(periodId: string, unitId: string): Promise<StoredReturnView | undefined>;
  submit(periodId: string, ret: UnitReturn, idempotencyKey: string): Promise<ReturnReceipt>;
  inputs(periodId: string): Promise<PeriodInputs>;
  explain(periodId: string, unitId: string, code: string, text: string): Promise<void>;
  status(periodId: string): Promise<PeriodStatus>;
  consolidation(periodId: string): Promise<Consolidation>;
  /** The leader's calls (ui/connected/createLeader.ts); `etag` is the period's (If-Match), a stale one is 412. */
  ranking(periodId: string): Promise<RankingResponse>;
  review(periodId: string, body: z.input<typeof ReviewBodySchema>): Promise<void>;
  putVotes(periodId: string, body: z.input<typeof VotesBodySchema>): Promise<void>;
  transition(periodId: string, move: "close" | "start-review", etag: string): Promise<PeriodView["period"]>;
  finalize(periodId: string, etag: string): Promise<FinalizeResponse>;
  /** The bloc's finalized years, awards, terms and trends (lịch sử thi đua). */
  history(blocId: string): Promise<BlocHistoryView>;
};

/**
 * The back end over a transport, signed in with one access key: every answer is checked against core/api's
 * schema, so a server that answers something else is a failure here, never a wrong number on screen.
 */
export function thiduaApi(rawTransport: ApiTransport, accessToken: string): ThiduaApi {
  // fetch rejects with a TypeError when no answer came: named here, so the pane says "offline" and queues.
  const transport: ApiTransport = (request) =>
    rawTransport(request).catch((error: unknown) => {
      throw error instanceof TypeError ? new NetworkError(error) : error;
    });
  const call = async <T>(schema: z.ZodType<T>, request: Omit<ApiRequest, "accessToken">): Promise<T> =>
    schema.parse((await transport({ ...request, accessToken })).body);
  const period = (id: string) => `periods/${encodeURIComponent(id)}`;
  return {
    me: () => call(MeResponseSchema, { method: "GET", path: "me" }),
    periods: () => call(PeriodListResponseSchema, { method: "GET", path: "periods" }),
    period: (periodId) => call(PeriodResponseSchema, { method: "GET", path: period(periodId) }),
    async unitReturn(periodId, unitId) {
      try {
        return await call(ReturnResponseSchema, {
          method: "GET",
          path: `${period(periodId)}/returns/${encodeURIComponent(unitId)}`,
        });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }
    },
    submit: (periodId, ret, idempotencyKey) =>
      call(ReturnReceiptSchema, {
        method: "PUT",
        path: `${period(periodId)}/returns/${encodeURIComponent(ret.unitId)}`,
        body: ret,
        idempotencyKey,
      }),
    inputs: (periodId) => call(PeriodInputsSchema, { method: "GET", path: `${period(periodId)}/inputs` }),
    async explain(periodId, unitId, code, text) {
      await transport({
        method: "POST",
        path: `${period(periodId)}/explanations`,
        body: { unitId, code, text },
        accessToken,
      });
    },
    status: (periodId) => call(StatusResponseSchema, { method: "GET", path: `${period(periodId)}/status` }),
    consolidation: (periodId) =>
      call(ConsolidationResponseSchema, { method: "GET", path: `${period(periodId)}/returns` }),
    ranking: (periodId) =>
      call(RankingResponseSchema, { method: "POST", path: `${period(periodId)}/ranking` }),
    async review(periodId, body) {
      await transport({ method: "POST", path: `${period(periodId)}/reviews`, body, accessToken });
    },
    async putVotes(periodId, body) {
      await transport({ method: "PUT", path: `${period(periodId)}/votes`, body, accessToken });
    },
    transition: (periodId, move, etag) =>
      call(PeriodSchema, { method: "POST", path: `${period(periodId)}/transition`, body: { move }, etag }),
    finalize: (periodId, etag) =>
      call(FinalizeResponseSchema, { method: "POST", path: `${period(periodId)}/finalize`, etag }),
    history: (blocId) =>
      call(HistoryResponseSchema, { method: "GET", path: `blocs/${encodeURIComponent(blocId)}/history` }),
  };
}
