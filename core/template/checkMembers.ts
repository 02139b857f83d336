import type { TemplateChecks } from "./templateChecks";

/** Members and awards listed once each (ids and names), and a leader and deputy who are two different members. */
export function checkMembers(c: TemplateChecks): void {
  checkUnique(
    c.template.members.map((m, i) => (c.isUnknown(`members[${i}]`) ? undefined : m.id)),
    (i, v) =>
      c.add(
        `members[${i}].id`,
        `Mã đơn vị "${v}" bị trùng; mỗi đơn vị cần một mã riêng.`,
        `Duplicate member id "${v}"; give each unit its own id.`,
      ),
  );
  checkUnique(
    c.template.members.map((m, i) =>
      c.isUnknown(`members[${i}]`) ? undefined : m.name.normalize("NFC").toLocaleLowerCase("vi"),
    ),
    (i) =>
      c.add(
        `members[${i}].name`,
        `Tên đơn vị "${c.template.members[i]?.name}" bị trùng; mỗi đơn vị chỉ ghi một lần.`,
        `Duplicate member name "${c.template.members[i]?.name}"; list each unit once.`,
      ),
  );
  checkUnique(
    c.template.awards.map((a, i) => (c.isUnknown(`awards[${i}]`) ? undefined : a.id)),
    (i, v) =>
      c.add(
        `awards[${i}].id`,
        `Mã danh hiệu "${v}" bị trùng; mỗi danh hiệu cần một mã riêng.`,
        `Duplicate award id "${v}"; give each award its own id.`,
      ),
  );
  const memberIds = new Set(c.template.members.map((m) => m.id));
  for (const role of ["leader", "deputy"] as const) {
    const id = c.template[role];
    if (id !== undefined && !c.anyUnknownUnder("members") && !memberIds.has(id)) {
      c.add(
        role,
        `${role === "leader" ? "Khối trưởng" : "Khối phó"} "${id}" không có trong danh sách đơn vị thành viên; dùng một mã trong "members".`,
        `The ${role} "${id}" is not a member of the bloc; use an id from "members".`,
      );
    }
  }
  if (c.template.leader !== undefined && c.template.leader === c.template.deputy) {
    c.add(
      "deputy",
      "Khối trưởng và Khối phó phải là hai đơn vị khác nhau.",
      "Leader and deputy must be different units.",
    );
  }
}

function checkUnique(
  values: readonly (string | undefined)[],
  onDuplicate: (index: number, value: string) => void,
): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (v === undefined) return;
    if (seen.has(v)) onDuplicate(i, v);
    seen.add(v);
  });
}
