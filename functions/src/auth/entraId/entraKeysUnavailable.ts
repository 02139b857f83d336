/** The tenant's signing keys could not be read (network, timeout, a non-200 answer, a broken key set). */
export class EntraKeysUnavailable extends Error {
  constructor(cause: unknown) {
    super("Microsoft Entra ID signing keys unavailable", { cause });
    this.name = "EntraKeysUnavailable";
  }
}
