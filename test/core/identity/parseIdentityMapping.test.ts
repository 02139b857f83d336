import { parseIdentityMapping } from "../../../core/identity/parseIdentityMapping";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const USER = "0b0f3c1e-5a55-4d7e-9a8b-1c2d3e4f5a6b";
const GROUP = "9c8d7e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

function mapping(...entries: unknown[]) {
  return { formatVersion: 1, entries };
}

describe("parseIdentityMapping", () => {
  it("When every entry names one user or group and its scope, then each becomes a rule in file order", () => {
    const parsed = parseIdentityMapping(
      mapping(
        {
          tenantId: TENANT.toUpperCase(),
          objectId: USER,
          role: "leader",
          blocId: "khoi-noi-chinh",
          unitId: "cuc-thads",
        },
        {
          tenantId: TENANT,
          groupId: GROUP,
          role: "member",
          blocId: "khoi-noi-chinh",
          unitId: "cong-an-tinh",
        },
        { tenantId: TENANT, objectId: USER, role: "observer", blocId: "khoi-ban-dang" },
        { tenantId: TENANT, objectId: USER, role: "board", note: "Chuyên viên Ban Thi đua – Khen thưởng" },
      ),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.rules).toEqual([
      {
        index: 0,
        tenantId: TENANT,
        subject: { kind: "user", objectId: USER },
        scope: { role: "leader", blocId: "khoi-noi-chinh", unitId: "cuc-thads" },
      },
      {
        index: 1,
        tenantId: TENANT,
        subject: { kind: "group", groupId: GROUP },
        scope: { role: "member", blocId: "khoi-noi-chinh", unitId: "cong-an-tinh" },
      },
      {
        index: 2,
        tenantId: TENANT,
        subject: { kind: "user", objectId: USER },
        scope: { role: "observer", blocId: "khoi-ban-dang" },
      },
      { index: 3, tenantId: TENANT, subject: { kind: "user", objectId: USER }, scope: { role: "board" } },
    ]);
  });

  it("When an entry names both a user and a group, or neither, then it says to give exactly one", () => {
    const parsed = parseIdentityMapping(
      mapping(
        { tenantId: TENANT, objectId: USER, groupId: GROUP, role: "member", blocId: "k", unitId: "u" },
        { tenantId: TENANT, role: "member", blocId: "k", unitId: "u" },
      ),
    );
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems.map((p) => p.path)).toEqual(["entries[0]", "entries[1]"]);
    expect(parsed.problems[0]?.message.vi).toContain(
      "đúng một người dùng (objectId) hoặc một nhóm bảo mật (groupId)",
    );
    expect(parsed.problems[0]?.message.en).toContain(
      "exactly one user (objectId) or one security group (groupId)",
    );
  });

  it("When a role lacks the bloc or unit it needs, or the board names one, then the entry is refused with the field", () => {
    const parsed = parseIdentityMapping(
      mapping(
        { tenantId: TENANT, objectId: USER, role: "member", blocId: "khoi-noi-chinh" },
        { tenantId: TENANT, objectId: USER, role: "deputy" },
        { tenantId: TENANT, objectId: USER, role: "observer", unitId: "so-tu-phap" },
        { tenantId: TENANT, objectId: USER, role: "board", blocId: "khoi-noi-chinh" },
      ),
    );
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems.map((p) => [p.path, p.message.en])).toEqual([
      ["entries[0]", "The member role belongs to one unit in one bloc: unitId missing."],
      ["entries[1]", "The deputy role belongs to one unit in one bloc: blocId, unitId missing."],
      ["entries[2].blocId", "The observer role needs blocId: the bloc whose results it reads."],
      [
        "entries[3]",
        "The board role (Ban Thi đua – Khen thưởng) is province-wide: remove blocId and unitId.",
      ],
    ]);
    expect(parsed.problems[0]?.message.vi).toBe(
      "Vai trò member gắn với một đơn vị trong một khối: thiếu unitId.",
    );
  });

  it("When two entries say the same thing (ids in another case), then the second is named as a repeat of the first", () => {
    const entry = { tenantId: TENANT, objectId: USER, role: "member", blocId: "k", unitId: "u" };
    const parsed = parseIdentityMapping(
      mapping(entry, { ...entry, role: "leader" }, { ...entry, objectId: USER.toUpperCase() }),
    );
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems).toEqual([
      {
        path: "entries[2]",
        message: {
          vi: "Dòng này trùng với entries[0] (cùng tổ chức, người dùng/nhóm, vai trò, khối và đơn vị); xoá một dòng.",
          en: "This entry repeats entries[0] (same tenant, user/group, role, bloc and unit); remove one.",
        },
      },
    ]);
  });

  it("When ids or fields are malformed, then every schema problem names its path in both languages", () => {
    const parsed = parseIdentityMapping(
      mapping(
        { tenantId: "contoso.onmicrosoft.com", objectId: USER, role: "member", blocId: "k", unitId: "u" },
        { tenantId: TENANT, objectId: USER, role: "chairman", blocId: "k", unitId: "u", email: "a@b.vn" },
        { tenantId: TENANT, objectId: USER, role: "member", blocId: "Khối Nội chính", unitId: "u" },
      ),
    );
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems.map((p) => p.path)).toEqual([
      "entries[0].tenantId",
      "entries[1].role",
      "entries[1]",
      "entries[2].blocId",
    ]);
    expect(parsed.problems[0]?.message).toEqual({
      vi: "Sai định dạng: cần một GUID dạng 72f988bf-86f1-41af-91ab-2d7cd011db47 (xem trong Microsoft Entra admin center).",
      en: "Wrong format: a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47 (see the Microsoft Entra admin center).",
    });
    expect(parsed.problems[1]?.message.en).toContain('"member", "leader", "deputy", "board", "observer"');
    expect(parsed.problems[2]?.message.vi).toContain("email");
  });

  it("When the file is not a mapping at all, then it says what is missing", () => {
    const parsed = parseIdentityMapping({ entries: "all" });
    if (parsed.ok) throw new Error("expected problems");
    expect(parsed.problems.map((p) => p.path)).toEqual(["formatVersion", "entries"]);
  });
});
