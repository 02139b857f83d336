/**
 * Concurrency proof of the submission route on the local host and a real Azurite: 25 blocs × 8 units are set up
 * through the board's administration routes (bloc, template, period, one member key per unit — 275 calls, a few
 * seconds, so the store is not used for setup), then every unit's submission goes out together with 3 replays of
 * it (same Idempotency-Key and body), and one unit per bloc reuses its key with another body. Storage is read
 * afterwards to count versions and compare every 2xx receipt with what was stored.
 */
import "../../functions/src/local/quietTestMode";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { StoredReturn } from "../../core/api";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import type { Answer } from "./apiClient";
import { callApi, keyOf } from "./apiClient";

const ROOT = join(__dirname, "../..");
const SAMPLE = "ha-giang-khoi-noi-chinh-2022";
const BLOCS = 25;
const REPLAYS = 3;
/** One unit in every bloc (the first member) also sends its key once more with another body. */
const OTHER_BODY_UNIT_INDEX = 0;

type Submission = {
  periodId: string;
  unitId: string;
  key: string;
  idempotencyKey: string;
  body: Record<string, unknown>;
};
type Sent = { submission: Submission; body: Record<string, unknown>; otherBody: boolean; answer: Answer };

let api: LocalApi;
const submissions: Submission[] = [];
let sent: Sent[] = [];

const sampleTemplate = () =>
  JSON.parse(readFileSync(join(ROOT, "templates", `${SAMPLE}.json`), "utf8")) as {
    id: string;
    identity: { bloc: { id: string; name: string } };
    members: { id: string }[];
  };
const sampleReturn = (unitId: string) =>
  JSON.parse(readFileSync(join(ROOT, "examples/returns", SAMPLE, `${unitId}.json`), "utf8")) as Record<
    string,
    unknown
  >;

/** Creates one bloc of 8 units through the board's administration routes: bloc, template, period, a key per unit. */
async function createBloc(board: string, n: number): Promise<Submission[]> {
  const template = sampleTemplate();
  const blocId = `khoi-tai-${String(n).padStart(2, "0")}`;
  template.id = `${blocId}-2022`;
  template.identity.bloc = { ...template.identity.bloc, id: blocId, name: `Khối thi đua tải số ${n}` };
  const ok = (a: Answer, what: string) => {
    if (a.status >= 300) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
    return a.body as Record<string, unknown>;
  };
  ok(
    await callApi(api, "PUT", `blocs/${blocId}`, {
      key: board,
      body: { name: template.identity.bloc.name, province: "Tỉnh thử tải", kind: "bloc", terms: [] },
    }),
    "bloc",
  );
  const posted = ok(await callApi(api, "POST", "templates", { key: board, body: template }), "template");
  const period = ok(
    await callApi(api, "POST", "periods", {
      key: board,
      body: { blocId, templateId: template.id, deadline: new Date(Date.now() + 86_400_000).toISOString() },
    }),
    "period",
  );
  const periodId = period.periodId as string;
  const out: Submission[] = [];
  for (const { id: unitId } of template.members) {
    const issued = ok(
      await callApi(api, "POST", "keys", {
        key: board,
        body: {
          role: "member",
          blocId,
          unitId,
          periodId,
          year: null,
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      }),
      "key",
    );
    const body = sampleReturn(unitId);
    body.template = { id: template.id, version: "2022.1", fingerprint: posted.fingerprint };
    out.push({
      periodId,
      unitId,
      key: issued.key as string,
      idempotencyKey: `${periodId}~${unitId}~1`,
      body,
    });
  }
  return out;
}

const submit = (s: Submission, body: Record<string, unknown>) =>
  callApi(api, "PUT", `periods/${s.periodId}/returns/${s.unitId}`, {
    key: s.key,
    body,
    headers: { "idempotency-key": s.idempotencyKey },
  }).then((answer): Sent => ({ submission: s, body, otherBody: body !== s.body, answer }));

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT, seed: false });
  const board = keyOf(api, "board", null);
  const blocs = await Promise.all(Array.from({ length: BLOCS }, (_, i) => createBloc(board, i + 1)));
  submissions.push(...blocs.flat());
  // Every submission and its replays are in flight together; a unit's other-body request leaves once its first
  // answer is back (the key is then taken), while the rest of the load is still running.
  const groups = await Promise.all(
    submissions.map(async (s, i) => {
      const same = Array.from({ length: 1 + REPLAYS }, () => submit(s, s.body));
      if (i % 8 !== OTHER_BODY_UNIT_INDEX) return Promise.all(same);
      await same[0];
      const other = submit(s, { ...s.body, submittedAt: "2022-11-30T08:00:00+07:00" });
      return Promise.all([...same, other]);
    }),
  );
  sent = groups.flat();
}, 180_000);
afterAll(async () => {
  await api?.stop();
});

describe("200 concurrent submissions across 25 blocs, each replayed 3 times, on the local host and Azurite", () => {
  it("When the board set up 25 blocs of 8 units through the API, then there are 200 submissions to send", () => {
    expect(submissions).toHaveLength(200);
    expect(new Set(submissions.map((s) => s.periodId)).size).toBe(25);
  });

  it("When 825 requests ran, then 200 were stored (201), 600 replays answered 200 and 25 other-body replays 409", () => {
    const count = (status: number) => sent.filter((x) => x.answer.status === status).length;
    const statuses = [...new Set(sent.map((x) => x.answer.status))].sort();
    expect(sent).toHaveLength(825);
    expect({ statuses, created: count(201), replayed: count(200), conflicts: count(409) }).toEqual({
      statuses: [200, 201, 409],
      created: 200,
      replayed: 600,
      conflicts: 25,
    });
  });

  it("When a unit's four same-body requests raced, then exactly one of them stored it (201) for each of the 200 units", () => {
    const created = new Map<string, number>();
    for (const x of sent.filter((x) => x.answer.status === 201)) {
      const unit = `${x.submission.periodId}/${x.submission.unitId}`;
      created.set(unit, (created.get(unit) ?? 0) + 1);
    }
    expect(created.size).toBe(200);
    expect([...created.values()].every((n) => n === 1)).toBe(true);
  });

  it("When a key came back with another body, then each of the 25 was refused 409 naming the Idempotency-Key", () => {
    const others = sent.filter((x) => x.otherBody);
    expect(others).toHaveLength(25);
    expect(others.map((x) => x.answer.status)).toEqual(others.map(() => 409));
    expect(others.map((x) => x.answer.body.details[0]?.path)).toEqual(others.map(() => "Idempotency-Key"));
  });

  it("When storage is read afterwards, then each of the 200 units has one current return and exactly one version", async () => {
    const periods = [...new Set(submissions.map((s) => s.periodId))];
    const current = (await Promise.all(periods.map((p) => api.store.returns.allCurrent(p)))).flat();
    expect(current).toHaveLength(200);
    const versions = await Promise.all(
      submissions.map((s) => api.store.returns.versions(s.periodId, s.unitId)),
    );
    expect(versions.map((v) => v.map((r) => r.version))).toEqual(submissions.map(() => [1]));
  });

  it("When a request was answered 2xx, then its receipt is the stored one (version, total, hash) of the body it sent", async () => {
    const stored = new Map<string, StoredReturn>();
    for (const s of submissions) {
      const cur = await api.store.returns.current(s.periodId, s.unitId);
      if (cur !== null) stored.set(`${s.periodId}/${s.unitId}`, cur.value);
    }
    const ok = sent.filter((x) => x.answer.status < 300);
    expect(ok).toHaveLength(800);
    const mismatches = ok.filter((x) => {
      const st = stored.get(`${x.submission.periodId}/${x.submission.unitId}`);
      const r = x.answer.body as StoredReturn["receipt"];
      return (
        st === undefined ||
        r.version !== st.version ||
        r.total !== st.receipt.total ||
        r.returnHash !== st.receipt.returnHash ||
        !isDeepStrictEqual(r, st.receipt) ||
        !isDeepStrictEqual(x.body, st.body)
      );
    });
    expect(mismatches.map((x) => `${x.submission.periodId}/${x.submission.unitId}`)).toEqual([]);
  });

  it("When the run is over, then the audit chain verifies and holds exactly 200 return submissions", async () => {
    const verify = await callApi(api, "GET", "audit/verify", { key: keyOf(api, "board", null) });
    expect(verify.body).toMatchObject({ ok: true, break: null });
    const audit = await api.store.audit.all();
    expect(audit.filter((e) => e.action === "return.submit")).toHaveLength(200);
  });
});
