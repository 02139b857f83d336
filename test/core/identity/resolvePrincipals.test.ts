import type { VerifiedIdentity } from "../../../core/identity";
import { parseIdentityMapping, resolvePrincipals } from "../../../core/identity";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const OTHER_TENANT = "11111111-2222-4333-8444-555555555555";
const USER = "0b0f3c1e-5a55-4d7e-9a8b-1c2d3e4f5a6b";
const COLLEAGUE = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
const GROUP = "9c8d7e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

const checked = (() => {
  const parsed = parseIdentityMapping({
    formatVersion: 1,
    entries: [
      { tenantId: TENANT, objectId: USER, role: "leader", blocId: "khoi-noi-chinh", unitId: "cuc-thads" },
      { tenantId: TENANT, groupId: GROUP, role: "member", blocId: "khoi-noi-chinh", unitId: "cuc-thads" },
      { tenantId: TENANT, objectId: USER, role: "member", blocId: "khoi-noi-chinh", unitId: "cuc-thads" },
      { tenantId: OTHER_TENANT, objectId: COLLEAGUE, role: "board" },
      { tenantId: TENANT, objectId: COLLEAGUE, role: "observer", blocId: "khoi-ban-dang" },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
})();

const user = (over: Partial<VerifiedIdentity> = {}): VerifiedIdentity => ({
  tenantId: TENANT,
  objectId: USER,
  upn: "vanthu@thads.hagiang.gov.vn",
  ...over,
});

describe("resolvePrincipals", () => {
  it("When a user is mapped directly and through a group, then every role comes back once, in mapping order", () => {
    const resolved = resolvePrincipals(user({ groups: [GROUP.toUpperCase()] }), checked);
    expect(resolved).toEqual({
      ok: true,
      principals: [
        { role: "leader", blocId: "khoi-noi-chinh", unitId: "cuc-thads", matchedBy: "user" },
        { role: "member", blocId: "khoi-noi-chinh", unitId: "cuc-thads", matchedBy: "group" },
      ],
    });
  });

  it("When only a group matches, then the principal says it came through the group", () => {
    const resolved = resolvePrincipals(
      user({ objectId: "12345678-1234-4234-8234-123456789abc", groups: [GROUP] }),
      checked,
    );
    expect(resolved).toEqual({
      ok: true,
      principals: [{ role: "member", blocId: "khoi-noi-chinh", unitId: "cuc-thads", matchedBy: "group" }],
    });
  });

  it("When the same object id signs in from another tenant, then the other tenant's entries do not apply", () => {
    const resolved = resolvePrincipals(user({ tenantId: OTHER_TENANT }), checked);
    expect(resolved.ok).toBe(false);
    const board = resolvePrincipals(user({ tenantId: OTHER_TENANT, objectId: COLLEAGUE }), checked);
    expect(board).toEqual({ ok: true, principals: [{ role: "board", matchedBy: "user" }] });
  });

  it("When nobody mapped the user, then a 403 says in Vietnamese first which ids to send the board", () => {
    const resolved = resolvePrincipals(user({ objectId: "12345678-1234-4234-8234-123456789abc" }), checked);
    if (resolved.ok) throw new Error("expected a problem");
    expect(resolved.problem.code).toBe("identity-not-mapped");
    expect(resolved.problem.status).toBe(403);
    expect(resolved.problem.message.vi).toBe(
      "Tài khoản vanthu@thads.hagiang.gov.vn đã đăng nhập Microsoft thành công nhưng chưa được Ban Thi đua – Khen thưởng gán vào khối, đơn vị và vai trò nào. " +
        `Hãy gửi cho Ban mã người dùng (object ID) 12345678-1234-4234-8234-123456789abc và mã tổ chức (tenant ID) ${TENANT} để được gán quyền.`,
    );
    expect(resolved.problem.message.en).toContain(
      "Send the board your object ID 12345678-1234-4234-8234-123456789abc",
    );
  });

  it("When the token could not list the user's groups and the tenant maps groups, then the problem says so", () => {
    const stranger = user({ objectId: "12345678-1234-4234-8234-123456789abc", groupsOverage: true });
    const resolved = resolvePrincipals(stranger, checked);
    if (resolved.ok) throw new Error("expected a problem");
    expect(resolved.problem.code).toBe("groups-overage");
    expect(resolved.problem.message.vi).toContain("thuộc quá nhiều nhóm");
    const noGroupRules = resolvePrincipals({ ...stranger, tenantId: OTHER_TENANT }, checked);
    if (noGroupRules.ok) throw new Error("expected a problem");
    expect(noGroupRules.problem.code).toBe("identity-not-mapped");
  });

  it("When a direct match exists, then a groups overage does not matter", () => {
    const resolved = resolvePrincipals(
      user({ objectId: COLLEAGUE, groupsOverage: true, upn: undefined }),
      checked,
    );
    expect(resolved).toEqual({
      ok: true,
      principals: [{ role: "observer", blocId: "khoi-ban-dang", matchedBy: "user" }],
    });
  });
});
