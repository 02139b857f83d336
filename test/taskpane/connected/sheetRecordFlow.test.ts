import { SCORING_SHEET, SUBMISSION_SHEET } from "../../../core/sheets";
import { connectedOver, hashingTransport } from "./connectedHarness";
import { FakeApi, PERIOD_ID, UNIT } from "./fakeApi";

/** Signed in as the unit, the period's sheet inserted, one criterion filled validly, submitted. */
async function submitted() {
  const api = new FakeApi();
  const transport = hashingTransport(api.transport);
  const first = connectedOver(transport);
  await first.pane.start();
  await first.connected.signIn("tdk_unit");
  await first.pane.insertSheet();
  await first.context.typeInto(SCORING_SHEET, "F13", "Đạt");
  await first.pane.checkNow();
  await first.connected.submit();
  return { api, transport, first };
}

describe("the sheet records what was sent (the receipt kept in the workbook)", () => {
  it("When a return is submitted, then the workbook records the receipt: period, unit, version, time, hash, who", async () => {
    const { api, first } = await submitted();
    expect(first.connected.state().failure).toBeUndefined();
    const receipt = api.stored.get(UNIT)?.[0]?.receipt;
    expect(first.context.workbook.worksheets.items.map((s) => s.name)).toContain(SUBMISSION_SHEET);
    expect(first.connected.state().sheetRecord).toEqual({
      periodId: PERIOD_ID,
      unitId: UNIT,
      version: 1,
      receivedAt: receipt?.receivedAt,
      returnHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      total: receipt?.total,
      by: "key:x",
    });
    expect(first.connected.sheetChanged()).toBe(false);
  });

  it("When the pane is reloaded, then it reads the receipt back from the workbook, not from memory", async () => {
    const { transport, first } = await submitted();
    const again = connectedOver(transport, { store: first.store, context: first.context });
    await again.pane.start();
    await again.connected.start();
    expect(again.connected.state().sheetRecord?.version).toBe(1);
    expect(again.connected.sheetChanged()).toBe(false);
  });

  it("When the sheet is edited after the submit, then the pane says it changed; Submit again records version 2", async () => {
    const { api, transport, first } = await submitted();
    await first.context.typeInto(SCORING_SHEET, "F13", "Không đạt");
    await first.pane.checkNow();
    expect(first.connected.sheetChanged()).toBe(true);
    expect(first.connected.canSubmit()).toBe(true);
    // Reloaded before sending: the change is still seen against the workbook's own record.
    const again = connectedOver(transport, { store: first.store, context: first.context });
    await again.pane.start();
    await again.connected.start();
    expect(again.connected.sheetChanged()).toBe(true);
    await again.connected.submit();
    expect(api.stored.get(UNIT)).toHaveLength(2);
    expect(again.connected.state().sheetRecord?.version).toBe(2);
    expect(again.connected.sheetChanged()).toBe(false);
  });

  it("When the workbook refuses the record, then the submit still stands and the pane says the receipt is only here", async () => {
    const api = new FakeApi();
    const h = connectedOver(hashingTransport(api.transport));
    await h.pane.start();
    await h.connected.signIn("tdk_unit");
    await h.pane.insertSheet();
    await h.context.typeInto(SCORING_SHEET, "F13", "Đạt");
    await h.pane.checkNow();
    // The workbook's record write fails (a protected workbook structure, a hung Excel…).
    jest.spyOn(h.pane, "recordSubmission").mockRejectedValue(new Error("Excel refused"));
    await h.connected.submit();
    expect(h.connected.state().failure).toBeUndefined();
    expect(h.connected.state().receipt?.version).toBe(1);
    expect(h.connected.state().sheetRecord).toBeUndefined();
    expect(h.connected.state().notice?.vi).toMatch(/phiên bản 1, .* Không ghi được biên nhận vào trang tính/);
  });
});
