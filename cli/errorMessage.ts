/**
 * The message of anything thrown. Checks the shape, not `instanceof Error`: errors made by Node's own modules
 * come from another realm under jest and would otherwise print as "TypeError [CODE]: …".
 */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}
