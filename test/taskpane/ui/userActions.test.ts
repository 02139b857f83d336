import type { ActionState } from "../../../src-taskpane/ui/userActions";
import { userActions } from "../../../src-taskpane/ui/userActions";

describe("userActions", () => {
  it("When an action fails, then it is described in words, the busy line ends, and retry runs the same action again", async () => {
    const state: ActionState = { busy: undefined, failure: undefined, notice: { vi: "cũ", en: "old" } };
    const seen: (string | undefined)[] = [];
    const { attempt, retry } = userActions(state, () => seen.push(state.busy?.vi));
    let calls = 0;
    await attempt({ vi: "Đang gửi…", en: "Sending…" }, async () => {
      calls += 1;
      if (calls === 1) throw new TypeError("fetch failed");
    });
    expect(seen).toEqual(["Đang gửi…", undefined]);
    expect(state.notice).toBeUndefined();
    expect(state.failure?.message.vi).toMatch(/\S/);
    await retry();
    expect(calls).toBe(2);
    expect(state.failure).toBeUndefined();
    expect(seen).toEqual(["Đang gửi…", undefined, "Đang thử lại…", undefined]);
  });

  it("When nothing was attempted yet, then retry does nothing", async () => {
    const state: ActionState = { busy: undefined, failure: undefined, notice: undefined };
    let renders = 0;
    await userActions(state, () => (renders += 1)).retry();
    expect(renders).toBe(0);
  });
});
