import { describeHiddenCharacter, findHiddenCharacter, lookAlikeKey } from "../text";
import type { TemplateChecks } from "./templateChecks";

/**
 * Members and awards listed once each (ids and names; names that look the same count as one, see
 * `checkMemberNames`), and a leader and deputy who are two different members. */
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
  checkMemberNames(c);
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

/**
 * Member names and short names a person can read and tell apart: no hidden character (zero-width space, control
 * character, direction override), and no name or short name that looks the same as another member's name or short
 * name (differing only in case, a double or non-breaking space, or an invisible character; `lookAlikeKey`).
 */
function checkMemberNames(c: TemplateChecks): void {
  const seen = new Map<string, { path: string; text: string }>();
  c.template.members.forEach((m, i) => {
    if (c.isUnknown(`members[${i}]`)) return;
    const names: [string, string | undefined][] = [
      [`members[${i}].name`, m.name],
      [`members[${i}].shortName`, m.shortName],
    ];
    for (const [path, text] of names) {
      if (text === undefined) continue;
      const hidden = findHiddenCharacter(text);
      if (hidden !== undefined) {
        const where = describeHiddenCharacter(hidden);
        c.add(
          path,
          `Tên "${text}" có ${where.vi}; xóa ký tự này và gõ lại tên.`,
          `The name "${text}" holds ${where.en}; delete it and type the name again.`,
        );
      }
      const key = lookAlikeKey(text);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, { path, text });
      else if (first.path.startsWith(`members[${i}].`)) continue;
      else if (sameLetters(text, first.text) && path.endsWith(".name") && first.path.endsWith(".name")) {
        c.add(
          path,
          `Tên đơn vị "${text}" bị trùng; mỗi đơn vị chỉ ghi một lần.`,
          `Duplicate member name "${text}"; list each unit once.`,
        );
      } else if (sameLetters(text, first.text)) {
        c.add(
          path,
          `Tên đơn vị "${text}" bị trùng với "${first.text}" (${first.path}); tên viết tắt của một đơn vị không được là tên của đơn vị khác.`,
          `Duplicate member name "${text}": it is "${first.text}" (${first.path}); one unit's short name must not be another unit's name.`,
        );
      } else {
        c.add(
          path,
          `Tên đơn vị "${text}" bị trùng: trông giống hệt "${first.text}" (${first.path}), chỉ khác ở khoảng trắng, ký tự ẩn hoặc chữ hoa/thường; mỗi đơn vị cần một tên riêng, dễ phân biệt.`,
          `Duplicate member name "${text}": it looks the same as "${first.text}" (${first.path}), differing only in spaces, hidden characters or case; give each unit its own, distinct name.`,
        );
      }
    }
  });
}

/** The same name written the same way (any Unicode form, any case): a plain duplicate, not a look-alike. */
function sameLetters(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleLowerCase("vi") === b.normalize("NFC").toLocaleLowerCase("vi");
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
