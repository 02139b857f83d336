import type { IdentityPrincipal } from "../../../core/identity";
import { choosePrincipal } from "../../../core/identity";

const memberA: IdentityPrincipal = {
  role: "member",
  blocId: "khoi-a",
  unitId: "so-tu-phap",
  matchedBy: "user",
};
const leaderA: IdentityPrincipal = {
  role: "leader",
  blocId: "khoi-a",
  unitId: "so-tu-phap",
  matchedBy: "user",
};
const observerB: IdentityPrincipal = { role: "observer", blocId: "khoi-b", matchedBy: "group" };
const board: IdentityPrincipal = { role: "board", matchedBy: "user" };

describe("choosePrincipal", () => {
  it("When the mapping gives one role, then it is chosen without any header", () => {
    expect(choosePrincipal([memberA], {})).toEqual({ ok: true, principal: memberA });
  });

  it("When a member of one bloc observes another, then X-ThiDua-Bloc alone chooses", () => {
    expect(choosePrincipal([memberA, observerB], { blocId: "khoi-b" })).toEqual({
      ok: true,
      principal: observerB,
    });
    expect(choosePrincipal([memberA, observerB], { blocId: "khoi-a" })).toEqual({
      ok: true,
      principal: memberA,
    });
  });

  it("When leader and member of the same unit, then X-ThiDua-Role chooses and the bloc alone does not", () => {
    expect(choosePrincipal([memberA, leaderA], { blocId: "khoi-a", role: "leader" })).toEqual({
      ok: true,
      principal: leaderA,
    });
    const unresolved = choosePrincipal([memberA, leaderA], { blocId: "khoi-a" });
    expect(unresolved.ok).toBe(false);
    if (!unresolved.ok) expect(unresolved.problem.code).toBe("role-choice-needed");
  });

  it("When several roles and no header, then a 403 lists each role as the headers that choose it", () => {
    const chosen = choosePrincipal([memberA, observerB, board], {});
    expect(chosen).toEqual({
      ok: false,
      problem: {
        code: "role-choice-needed",
        status: 403,
        message: { vi: expect.stringContaining("3 vai trò"), en: expect.stringContaining("3 roles") },
        choices: [
          {
            path: "choices[0]",
            message: expect.objectContaining({
              en: "X-ThiDua-Bloc: khoi-a, X-ThiDua-Role: member, X-ThiDua-Unit: so-tu-phap",
            }),
          },
          {
            path: "choices[1]",
            message: expect.objectContaining({ en: "X-ThiDua-Bloc: khoi-b, X-ThiDua-Role: observer" }),
          },
          { path: "choices[2]", message: expect.objectContaining({ en: "X-ThiDua-Role: board" }) },
        ],
      },
    });
  });

  it("When the headers match no role, then a 403 says so and lists the roles", () => {
    const chosen = choosePrincipal([memberA, observerB], { blocId: "khoi-c" });
    expect(chosen.ok).toBe(false);
    if (!chosen.ok) {
      expect(chosen.problem.code).toBe("role-choice-unknown");
      expect(chosen.problem.choices).toHaveLength(2);
    }
  });

  it("When the only role is not the one asked for, then it is refused rather than silently used", () => {
    const chosen = choosePrincipal([memberA], { role: "leader" });
    expect(chosen.ok).toBe(false);
  });

  it("When a bloc header is sent, then the province-wide board role is not picked by it", () => {
    const chosen = choosePrincipal([board, memberA], { blocId: "khoi-a" });
    expect(chosen).toEqual({ ok: true, principal: memberA });
    expect(choosePrincipal([board, memberA], { role: "board" })).toEqual({ ok: true, principal: board });
  });

  it("When a header is given as undefined, then it narrows nothing", () => {
    expect(choosePrincipal([memberA], { blocId: undefined })).toEqual({ ok: true, principal: memberA });
  });
});
