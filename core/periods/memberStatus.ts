/** One member's place in a period (tình hình nộp): submitted in time, late, or missing; its version and time. */
export type MemberStatus = {
  unitId: string;
  name: string;
  status: "submitted" | "late" | "missing";
  version: number | null;
  /** When the server received the current version (UTC ISO), null when missing. */
  receivedAt: string | null;
};

/** Whether a return received at `receivedAt` (server time) is after the deadline. */
export function isLate(receivedAt: string, deadline: string): boolean {
  return Date.parse(receivedAt) > Date.parse(deadline);
}

/**
 * Every member's status in member order: the server's receipt time decides lateness, never the client's
 * `submittedAt`; a unit is late when its first version came after the deadline.
 */
export function memberStatus(
  members: readonly { id: string; name: string }[],
  returns: readonly { unitId: string; version: number; receivedAt: string; firstReceivedAt: string }[],
  deadline: string,
): MemberStatus[] {
  const byUnit = new Map(returns.map((r) => [r.unitId, r]));
  return members.map((m) => {
    const r = byUnit.get(m.id);
    if (r === undefined)
      return { unitId: m.id, name: m.name, status: "missing", version: null, receivedAt: null };
    return {
      unitId: m.id,
      name: m.name,
      status: isLate(r.firstReceivedAt, deadline) ? "late" : "submitted",
      version: r.version,
      receivedAt: r.receivedAt,
    };
  });
}
