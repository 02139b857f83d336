/** The request never reached the server or its answer never came back (offline, DNS, CORS, a dropped line). */
export class NetworkError extends Error {
  constructor(override readonly cause: unknown) {
    super(`network: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "NetworkError";
  }
}

/** The server did not answer in time (a hung request); a submit stays queued and is sent again. */
export class RequestTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "RequestTimeoutError";
  }
}
