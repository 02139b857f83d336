import { z } from "zod";
import {
  ApiProblemSchema,
  AuditVerifyResponseSchema,
  ConsolidationResponseSchema,
  CreatePeriodBodySchema,
  CrossScoreBodySchema,
  DecisionBodySchema,
  FinalizeResponseSchema,
  ExplanationBodySchema,
  FlagBodySchema,
  HealthResponseSchema,
  HistoryResponseSchema,
  IssueKeyBodySchema,
  IssueKeyResponseSchema,
  KeyListResponseSchema,
  MeResponseSchema,
  PeriodInputSchema,
  PeriodListResponseSchema,
  PeriodResponseSchema,
  PROBLEM_STATUS,
  PutBlocBodySchema,
  RankingResponseSchema,
  ReopenBodySchema,
  ReturnReceiptSchema,
  ReturnResponseSchema,
  ReviewBodySchema,
  StatusResponseSchema,
  TransitionBodySchema,
  VotesBodySchema,
} from "../../core/api";
import { BlocSchema } from "../../core/api";
import { AuditExportSchema } from "../../core/audit";
import { CouncilDecisionSchema } from "../../core/history";
import { IdentityMappingSchema } from "../../core/identity";
import { PeriodSchema } from "../../core/periods";
import { UnitReturnSchema } from "../../core/returns";
import type { RouteName } from "./routes";
import { ROUTES } from "./routes";

type RouteDoc = {
  summary: string;
  who: string;
  body?: z.ZodType;
  response: z.ZodType;
  ok?: number;
  headers?: string[];
};

const Anything = z.unknown();

/** What each route takes and answers, in words and schemas (the same zod schemas the handlers parse with). */
const DOCS: Record<RouteName, RouteDoc> = {
  getHealth: {
    summary: "Tình trạng dịch vụ / service health",
    who: "anyone",
    response: HealthResponseSchema,
  },
  getMe: {
    summary: "Người gọi là ai / who the credential signs in as",
    who: "any key",
    response: MeResponseSchema,
  },
  listPeriods: {
    summary: "Các kỳ được xem / readable periods",
    who: "any key",
    response: PeriodListResponseSchema,
  },
  createPeriod: {
    summary: "Mở kỳ / open a period",
    who: "board",
    body: CreatePeriodBodySchema,
    response: PeriodSchema,
    ok: 201,
  },
  getPeriod: {
    summary: "Kỳ, bảng điểm, thành viên / period, template, members",
    who: "its bloc, board",
    response: PeriodResponseSchema,
    headers: ["ETag"],
  },
  movePeriod: {
    summary: "Khóa nhận / bắt đầu thẩm định — close or start the review",
    who: "leader, deputy",
    body: TransitionBodySchema,
    response: PeriodSchema,
    headers: ["If-Match"],
  },
  getStatus: {
    summary: "Tình hình nộp / status per member",
    who: "leader, deputy, board, observer",
    response: StatusResponseSchema,
  },
  listReturns: {
    summary: "Tổng hợp bản tự chấm / consolidation",
    who: "leader, deputy, board",
    response: ConsolidationResponseSchema,
  },
  getReturn: {
    summary: "Bản tự chấm và các phiên bản / a return and its versions",
    who: "the unit, leader, deputy, board",
    response: ReturnResponseSchema,
    headers: ["ETag"],
  },
  putReturn: {
    summary: "Nộp bản tự chấm / submit a return",
    who: "the unit",
    body: UnitReturnSchema,
    response: ReturnReceiptSchema,
    ok: 201,
    headers: ["Idempotency-Key (required)", "If-Match"],
  },
  listInputs: {
    summary: "Thẩm định, giải trình, chấm chéo, điều kiện, phiếu / review-stage inputs",
    who: "bloc keys (a member sees its own reviews)",
    response: z.array(PeriodInputSchema),
  },
  postReview: {
    summary: "Điều chỉnh thẩm định có lý do / a review adjustment with its reason",
    who: "leader, deputy",
    body: ReviewBodySchema,
    response: Anything,
    ok: 201,
  },
  postExplanation: {
    summary: "Giải trình / an explanation",
    who: "the unit",
    body: ExplanationBodySchema,
    response: Anything,
    ok: 201,
  },
  postCrossScore: {
    summary: "Chấm chéo / a cross-score",
    who: "a member unit (never itself)",
    body: CrossScoreBodySchema,
    response: Anything,
    ok: 201,
  },
  postFlag: {
    summary: "Điều kiện khen thưởng / an eligibility flag",
    who: "leader, deputy",
    body: FlagBodySchema,
    response: Anything,
    ok: 201,
  },
  putVotes: {
    summary: "Kết quả bỏ phiếu, bầu, quyết định khi bằng điểm / votes, elections, tie decisions",
    who: "leader, deputy",
    body: VotesBodySchema,
    response: Anything,
  },
  postRanking: {
    summary: "Xếp hạng thử, không lưu / rank now, nothing stored",
    who: "leader, deputy, board",
    response: RankingResponseSchema,
  },
  postFinalize: {
    summary: "Chốt kết quả / finalize",
    who: "leader, deputy",
    response: FinalizeResponseSchema,
    headers: ["If-Match"],
  },
  postReopen: {
    summary: "Mở lại có lý do (phiên bản mới) / reopen with a reason (new version)",
    who: "leader, deputy, board",
    body: ReopenBodySchema,
    response: PeriodSchema,
    headers: ["If-Match"],
  },
  getHistory: {
    summary: "Lịch sử khối / bloc history and trends",
    who: "its bloc, board",
    response: HistoryResponseSchema,
  },
  postDecision: {
    summary:
      "Ghi quyết định khen thưởng của Hội đồng (tặng, không tặng, thu hồi) / record the council's decision on an award (conferred, not conferred, revoked)",
    who: "board",
    body: DecisionBodySchema,
    response: CouncilDecisionSchema,
    ok: 201,
  },
  putBloc: {
    summary: "Tạo / sửa khối / create or replace a bloc",
    who: "board",
    body: PutBlocBodySchema,
    response: BlocSchema,
  },
  listBlocs: { summary: "Các khối / blocs", who: "any key", response: z.array(BlocSchema) },
  getIdentityMapping: {
    summary: "Bảng gán quyền Entra ID / the Entra ID identity mapping",
    who: "board",
    response: IdentityMappingSchema,
    headers: ["ETag"],
  },
  putIdentityMapping: {
    summary: "Thay bảng gán quyền Entra ID / replace the Entra ID identity mapping",
    who: "board",
    body: IdentityMappingSchema,
    response: IdentityMappingSchema,
    headers: ["If-Match (the ETag of GET; absent: create the first one)"],
  },
  postTemplate: {
    summary: "Lưu bảng điểm / store a template",
    who: "board",
    body: z.record(z.string(), z.unknown()),
    response: Anything,
    ok: 201,
  },
  postKey: {
    summary: "Cấp khóa truy cập (hiện một lần) / issue an access key (shown once)",
    who: "board",
    body: IssueKeyBodySchema,
    response: IssueKeyResponseSchema,
    ok: 201,
  },
  listKeys: {
    summary: "Các khóa (không có mã) / keys without secrets",
    who: "board",
    response: KeyListResponseSchema,
  },
  revokeKey: { summary: "Thu hồi khóa / revoke a key", who: "board", response: Anything },
  verifyAudit: {
    summary: "Kiểm tra chuỗi nhật ký / verify the audit chain",
    who: "board",
    response: AuditVerifyResponseSchema,
  },
  exportAudit: {
    summary: "Xuất nhật ký (theo trang: ?after=N&limit=M) / export the audit log, paged",
    who: "board",
    response: AuditExportSchema,
  },
};

function schema(s: z.ZodType, io: "input" | "output"): unknown {
  return z.toJSONSchema(s, { io, unrepresentable: "any", target: "openapi-3.0" });
}

/** The OpenAPI 3.0 document of the API, generated from the route table and core's zod schemas. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const problem = {
    description: "Problem",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
  };
  for (const name of Object.keys(ROUTES).sort() as RouteName[]) {
    const { method, path } = ROUTES[name];
    const doc = DOCS[name];
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const responses: Record<string, unknown> = {
      [String(doc.ok ?? 200)]: {
        description: "OK",
        content: { "application/json": { schema: schema(doc.response, "output") } },
      },
    };
    for (const status of [...new Set(Object.values(PROBLEM_STATUS))].sort())
      responses[String(status)] = problem;
    paths[`/api/${path}`] ??= {};
    paths[`/api/${path}`]![method.toLowerCase()] = {
      operationId: name,
      summary: doc.summary,
      description: `Ai / who: ${doc.who}.${doc.headers === undefined ? "" : ` Headers: ${doc.headers.join(", ")}.`}`,
      ...(params.length === 0 ? {} : { parameters: params }),
      ...(doc.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: { "application/json": { schema: schema(doc.body, "input") } },
            },
          }),
      responses,
      security: name === "getHealth" ? [] : [{ accessKey: [] }, { entraId: [] }],
    };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "Thi Đua API",
      version: "1",
      description:
        "Khối thi đua: nộp bản tự chấm, thẩm định, xếp hạng, chốt kết quả, lịch sử. Generated from core/api by `npm run openapi`.",
    },
    paths,
    components: {
      schemas: { Problem: schema(ApiProblemSchema, "output") },
      securitySchemes: {
        accessKey: { type: "http", scheme: "bearer", description: "Access key tdk_… issued by the board" },
        entraId: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            "Microsoft Entra ID access token; X-ThiDua-Bloc / X-ThiDua-Role / X-ThiDua-Unit choose a role",
        },
      },
    },
  };
}
