import "../../functions/src/local/quietTestMode";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { LocalApi } from "../../functions/src/local/startLocalApi";
import { startLocalApi } from "../../functions/src/local/startLocalApi";
import { callApi, keyOf } from "./apiClient";

// After the bloc finalizes, the provincial council decides (and may later revoke): the board records it, and next
// year's history counts awards as decided, not as proposed.
const ROOT = join(__dirname, "../..");
const BLOC = "ha-giang-khoi-noi-chinh";
const PERIOD = "ha-giang-khoi-noi-chinh-2022";
const NEXT = "ha-giang-khoi-noi-chinh-2023";
const RETURNS = join(ROOT, "examples/returns", PERIOD);

let clock = new Date("2022-11-20T02:00:00.000Z");
let api: LocalApi;
const leader = () => keyOf(api, "leader", "vksnd-tinh", BLOC);
const board = () => keyOf(api, "board", null);
type Proposal = { unitId: string; award: string };
let proposals: Proposal[] = [];

beforeAll(async () => {
  api = await startLocalApi({ repoDir: ROOT, now: () => clock });
  for (const file of readdirSync(RETURNS)) {
    const unitId = file.replace(/\.json$/, "");
    const res = await callApi(api, "PUT", `periods/${PERIOD}/returns/${unitId}`, {
      key: keyOf(api, "member", unitId, BLOC),
      body: JSON.parse(readFileSync(join(RETURNS, file), "utf8")) as unknown,
      headers: { "idempotency-key": `${unitId}-1` },
    });
    expect(res.status).toBe(201);
  }
  clock = new Date("2022-12-05T02:00:00.000Z");
  for (const move of ["close", "start-review"])
    expect(
      (await callApi(api, "POST", `periods/${PERIOD}/transition`, { key: leader(), body: { move } })).status,
    ).toBe(200);
  const votes = JSON.parse(readFileSync(join(ROOT, "examples/votes", `${PERIOD}.json`), "utf8")) as unknown;
  expect((await callApi(api, "PUT", `periods/${PERIOD}/votes`, { key: leader(), body: votes })).status).toBe(
    200,
  );
  const finalized = await callApi(api, "POST", `periods/${PERIOD}/finalize`, { key: leader() });
  expect(finalized.status).toBe(200);
  proposals = (finalized.body.summary.units as { unitId: string; proposals: string[] }[]).flatMap((u) =>
    u.proposals.map((award) => ({ unitId: u.unitId, award })),
  );
  // The next year's period, whose ranking reads the history.
  const template = JSON.parse(readFileSync(join(ROOT, "templates", `${PERIOD}.json`), "utf8")) as {
    id: string;
    identity: { year: number; version: string };
  };
  Object.assign(template, { id: NEXT });
  Object.assign(template.identity, { year: 2023, version: "2023.1" });
  expect((await callApi(api, "POST", "templates", { key: board(), body: template })).status).toBe(201);
  const created = await callApi(api, "POST", "periods", {
    key: board(),
    body: { blocId: BLOC, templateId: NEXT, deadline: "2023-12-01T00:00:00.000Z" },
  });
  expect(created.status).toBe(201);
}, 180_000);
afterAll(async () => {
  await api?.stop();
});

const decide = (p: Proposal, outcome: string, key = board(), year = 2022) =>
  callApi(api, "POST", `blocs/${BLOC}/decisions`, {
    key,
    body: {
      year,
      unitId: p.unitId,
      award: p.award,
      outcome,
      reference: "Quyết định số 245/QĐ-UBND",
      decidedOn: "2023-03-10",
    },
  });
const historyAwards = async () => {
  const ranking = await callApi(api, "POST", `periods/${NEXT}/ranking`, { key: board() });
  expect(ranking.status).toBe(200);
  return (ranking.body.history.awards as (Proposal & { year: number; revoked?: boolean })[]).filter(
    (a) => a.year === 2022,
  );
};

describe("the council's decisions on the bloc's proposals", () => {
  it("When nothing is decided yet, then next year's history counts the proposals and lists them as awaiting the council", async () => {
    expect(proposals.length).toBeGreaterThanOrEqual(2);
    expect(await historyAwards()).toEqual(proposals.map((p) => ({ ...p, year: 2022 })));
    const history = await callApi(api, "GET", `blocs/${BLOC}/history`, { key: leader() });
    expect(history.body.awaitingCouncil).toHaveLength(proposals.length);
    expect(history.body.decisions).toEqual([]);
  });

  it("When a leader, or a decision on an award the bloc did not propose, is refused, then nothing is recorded", async () => {
    const [first] = proposals;
    expect((await decide(first!, "conferred", leader())).status).toBe(403);
    const other = await decide({ unitId: first!.unitId, award: "co-chinh-phu-khong-co" }, "conferred");
    expect(other.status).toBe(422);
    expect(other.body.message.vi).toContain("Hội đồng chỉ quyết định trên đề nghị của khối");
    expect((await decide(first!, "revoked")).status).toBe(422);
    expect(await api.store.decisions.list(BLOC)).toEqual([]);
  });

  it("When the council confers one award and cuts another (recorded at the same moment), then history counts the first, drops the second, and keeps the rest awaiting", async () => {
    const [conferred, cut] = proposals;
    const [first, recorded] = await Promise.all([
      decide(conferred!, "conferred"),
      decide(cut!, "not-conferred"),
    ]);
    expect(first.status).toBe(201);
    expect(recorded.status).toBe(201);
    expect([first.body.id, recorded.body.id].sort()).toEqual(["00000001", "00000002"]);
    expect(recorded.body).toMatchObject({ ...cut, outcome: "not-conferred", recordedBy: expect.any(String) });
    const awards = await historyAwards();
    expect(awards).toContainEqual({ ...conferred, year: 2022 });
    expect(awards).not.toContainEqual(expect.objectContaining({ ...cut }));
    const history = await callApi(api, "GET", `blocs/${BLOC}/history`, { key: leader() });
    expect(history.body.decisions).toHaveLength(2);
    expect(history.body.awaitingCouncil).toHaveLength(proposals.length - 2);
  });

  it("When a conferred award is revoked later, then history marks it revoked and the audit chain still verifies", async () => {
    const [conferred] = proposals;
    expect((await decide(conferred!, "revoked")).status).toBe(201);
    expect(await historyAwards()).toContainEqual({ ...conferred, year: 2022, revoked: true });
    const verify = await callApi(api, "GET", "audit/verify", { key: board() });
    expect(verify.body.ok).toBe(true);
  });
});
