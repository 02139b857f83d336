import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { PeriodInput, ReturnReceipt, StoredReturn } from "../../../core/api";
import type { ApiRequest, ApiResponse, ApiTransport } from "../../../src-taskpane/api/apiTransport";
import { ApiError } from "../../../src-taskpane/api/apiTransport";

export const PERIOD_ID = "ha-giang-khoi-noi-chinh-2022";
export const UNIT = "thanh-tra-tinh";
const TEMPLATE = JSON.parse(
  readFileSync(resolve(__dirname, "../../../templates/ha-giang-khoi-noi-chinh-2022.json"), "utf8"),
) as { members: { id: string; name: string }[] };

type Principal = { role: "member" | "leader" | "board"; unitId: string | null };

/**
 * A small in-memory back end behind the pane's transport seam: the routes the connected flows call, keys to
 * principals, Idempotency-Key replay as the real server does it, and switches for offline, 5xx and a hang.
 */
export class FakeApi {
  readonly keys = new Map<string, Principal>([
    ["tdk_unit", { role: "member", unitId: UNIT }],
    ["tdk_leader", { role: "leader", unitId: "vksnd-tinh" }],
  ]);
  readonly calls: ApiRequest[] = [];
  readonly stored = new Map<string, StoredReturn[]>();
  readonly seen = new Map<string, ReturnReceipt>();
  readonly inputs: PeriodInput[] = [];
  state: "open" | "closed" | "reviewing" | "finalized" = "open";
  mode: "up" | "offline" | "5xx" | "hang" = "up";

  readonly transport: ApiTransport = async (request) => {
    this.calls.push(request);
    if (this.mode === "offline") throw new TypeError("Failed to fetch");
    if (this.mode === "hang") return new Promise<ApiResponse>(() => undefined);
    if (this.mode === "5xx") throw new ApiError(503, undefined);
    const who = this.keys.get(request.accessToken ?? "");
    if (!who) throw new ApiError(401, undefined);
    return { status: 200, etag: undefined, body: this.route(request, who) };
  };

  private period() {
    return {
      periodId: PERIOD_ID,
      blocId: "ha-giang-khoi-noi-chinh",
      year: 2022,
      kind: "year-end",
      templateId: PERIOD_ID,
      templateVersion: "1",
      fingerprint: `sha256:${"a".repeat(64)}`,
      deadline: "2022-12-01T00:00:00.000Z",
      state: this.state,
      version: 1,
      revision: 1,
      createdAt: "2022-10-01T00:00:00.000Z",
      reopenings: [],
    };
  }

  private route(request: ApiRequest, who: Principal): unknown {
    const base = `periods/${PERIOD_ID}`;
    const path = request.path;
    // The unit's key is a year key (periodId null), as the board issues them; the leader's names the period.
    if (path === "me") {
      const year = who.role === "member";
      return {
        actor: "key:x",
        role: who.role,
        blocId: "ha-giang-khoi-noi-chinh",
        unitId: who.unitId,
        periodId: year ? null : PERIOD_ID,
        year: year ? 2022 : null,
      };
    }
    if (path === "periods") return [{ ...this.period(), periodId: "older-2021", year: 2021 }, this.period()];
    if (path === base)
      return {
        period: this.period(),
        members: TEMPLATE.members.map(({ id, name }) => ({ id, name })),
        template: TEMPLATE,
      };
    if (path === `${base}/inputs`)
      return this.inputs.filter(
        (i) =>
          i.kind !== "votes" &&
          i.kind !== "cross" &&
          i.kind !== "flag" &&
          (who.role !== "member" || i.value.unitId === who.unitId),
      );
    if (path === `${base}/status`) {
      return {
        periodId: PERIOD_ID,
        state: this.state,
        deadline: this.period().deadline,
        members: TEMPLATE.members.map((m) => {
          const last = this.stored.get(m.id)?.at(-1);
          return {
            unitId: m.id,
            name: m.name,
            status: last ? (last.receipt.late ? "late" : "submitted") : "missing",
            version: last?.version ?? null,
            receivedAt: last?.receipt.receivedAt ?? null,
          };
        }),
      };
    }
    const unitId = path.slice(`${base}/returns/`.length);
    if (request.method === "GET") {
      const versions = this.stored.get(unitId);
      if (!versions) throw new ApiError(404, undefined);
      return { current: versions.at(-1), versions: versions.map((v) => v.receipt) };
    }
    if (request.method === "POST" && path === `${base}/explanations`) {
      const body = request.body as { unitId: string; code: string; text: string };
      this.inputs.push({
        kind: "explanation",
        id: `e${this.inputs.length}`,
        actor: "key:x",
        value: { ...body, at: "2022-12-06T00:00:00.000Z" },
      });
      return { ok: true };
    }
    // PUT a return: the same Idempotency-Key answers the first receipt and stores nothing new.
    const key = request.idempotencyKey ?? "";
    const replay = this.seen.get(key);
    if (replay) return replay;
    if (this.state !== "open") throw new ApiError(409, undefined);
    const versions = this.stored.get(unitId) ?? [];
    const receipt: ReturnReceipt = {
      periodId: PERIOD_ID,
      unitId,
      version: versions.length + 1,
      receivedAt: "2022-11-25T02:00:00.000Z",
      late: false,
      baseScore: 1,
      bonus: 0,
      deductions: 0,
      total: 1,
      provisional: true,
      returnHash: "c0ffee00".repeat(8),
      problems: [],
    };
    const body = request.body as StoredReturn["body"];
    this.stored.set(unitId, [
      ...versions,
      {
        periodId: PERIOD_ID,
        unitId,
        version: receipt.version,
        actor: "key:x",
        firstReceivedAt: receipt.receivedAt,
        body,
        receipt,
      },
    ]);
    this.seen.set(key, receipt);
    return receipt;
  }

  puts(): ApiRequest[] {
    return this.calls.filter((c) => c.method === "PUT");
  }
}
