/**
 * The route table: every HTTP function's method and path under /api. `app.http` registration (index.ts, via each
 * function file) and the local host (localHost.ts) both read it.
 */
export const ROUTES = {
  getHealth: { method: "GET", path: "health" },
  getMe: { method: "GET", path: "me" },
  listPeriods: { method: "GET", path: "periods" },
  createPeriod: { method: "POST", path: "periods" },
  getPeriod: { method: "GET", path: "periods/{periodId}" },
  movePeriod: { method: "POST", path: "periods/{periodId}/transition" },
  getStatus: { method: "GET", path: "periods/{periodId}/status" },
  listReturns: { method: "GET", path: "periods/{periodId}/returns" },
  getReturn: { method: "GET", path: "periods/{periodId}/returns/{unitId}" },
  putReturn: { method: "PUT", path: "periods/{periodId}/returns/{unitId}" },
  listInputs: { method: "GET", path: "periods/{periodId}/inputs" },
  postReview: { method: "POST", path: "periods/{periodId}/reviews" },
  postExplanation: { method: "POST", path: "periods/{periodId}/explanations" },
  postCrossScore: { method: "POST", path: "periods/{periodId}/cross-scores" },
  postFlag: { method: "POST", path: "periods/{periodId}/flags" },
  putVotes: { method: "PUT", path: "periods/{periodId}/votes" },
  postRanking: { method: "POST", path: "periods/{periodId}/ranking" },
  postFinalize: { method: "POST", path: "periods/{periodId}/finalize" },
  postReopen: { method: "POST", path: "periods/{periodId}/reopen" },
  getHistory: { method: "GET", path: "blocs/{blocId}/history" },
  postDecision: { method: "POST", path: "blocs/{blocId}/decisions" },
  putBloc: { method: "PUT", path: "blocs/{blocId}" },
  listBlocs: { method: "GET", path: "blocs" },
  getIdentityMapping: { method: "GET", path: "admin/identity-mapping" },
  putIdentityMapping: { method: "PUT", path: "admin/identity-mapping" },
  postTemplate: { method: "POST", path: "templates" },
  postKey: { method: "POST", path: "keys" },
  listKeys: { method: "GET", path: "keys" },
  revokeKey: { method: "DELETE", path: "keys/{keyId}" },
  verifyAudit: { method: "GET", path: "audit/verify" },
  exportAudit: { method: "GET", path: "audit/export" },
} as const satisfies Record<string, { method: string; path: string }>;

export type RouteName = keyof typeof ROUTES;
