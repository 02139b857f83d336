import { floorDiv, SCALE, toFixed } from "../../decimal/fixed";
import { formatNumber } from "../../i18n/formatNumber";
import type { Localized } from "../../i18n/localized";
import { msg } from "../../i18n/localized";
import type { Quota } from "../../template/rankingPolicySchema";

/**
 * The number of units an award may be proposed for in a bloc of `members` units, exactly: a count; a percentage of
 * the members rounded down, up or half-up (then at least `atLeast`); or the row of a table by bloc size (0 if none).
 */
export function awardQuota(quota: Quota, members: number): { count: number; explanation: Localized } {
  switch (quota.kind) {
    case "count":
      return {
        count: quota.count,
        explanation: msg(`${quota.count} đơn vị`, `${quota.count} unit${quota.count === 1 ? "" : "s"}`),
      };
    case "percent": {
      // members × percent / 100, with percent in ten-thousandths: an exact rational.
      const num = members * toFixed(quota.percent);
      const den = 100 * SCALE;
      const down = floorDiv(num, den);
      const rest = num - down * den;
      let count = down;
      if (quota.rounding === "up" && rest > 0) count = down + 1;
      if (quota.rounding === "half-up" && 2 * rest >= den) count = down + 1;
      const raw = count;
      if (quota.atLeast !== undefined) count = Math.max(count, quota.atLeast);
      const exact = formatNumber(num / den, "vi");
      const exactEn = formatNumber(num / den, "en");
      const rule = {
        down: ["làm tròn xuống", "rounded down"],
        up: ["làm tròn lên", "rounded up"],
        "half-up": ["làm tròn", "rounded half up"],
      }[quota.rounding];
      const floorNote =
        count !== raw ? [`, tối thiểu ${quota.atLeast}`, `, at least ${quota.atLeast}`] : ["", ""];
      return {
        count,
        explanation: msg(
          `${formatNumber(quota.percent, "vi")}% của ${members} thành viên = ${exact}, ${rule[0]} ${raw}${floorNote[0]}`,
          `${formatNumber(quota.percent, "en")}% of ${members} members = ${exactEn}, ${rule[1]} ${raw}${floorNote[1]}`,
        ),
      };
    }
    case "bySize": {
      const row = quota.rows.find(
        (r) => members >= r.minMembers && (r.maxMembers === undefined || members <= r.maxMembers),
      );
      if (row === undefined) {
        return {
          count: 0,
          explanation: msg(
            `Bảng chỉ tiêu không có dòng cho khối ${members} thành viên`,
            `The quota table has no row for a bloc of ${members} members`,
          ),
        };
      }
      const range =
        row.maxMembers === undefined ? `≥ ${row.minMembers}` : `${row.minMembers}–${row.maxMembers}`;
      return {
        count: row.count,
        explanation: msg(
          `Khối ${members} thành viên (dòng ${range}): ${row.count} đơn vị`,
          `Bloc of ${members} members (row ${range}): ${row.count} units`,
        ),
      };
    }
  }
}
