import type { HttpRequest } from "@azure/functions";
import type { ApiProblem } from "../../../core/api";
import type { Principal } from "../../../core/access";
import type { Services } from "../services";

/**
 * One way to sign in. `skip` when the request carries no credential of this kind (the next authenticator tries),
 * else the principal or the problem (401, 429). Access keys are one; Microsoft Entra ID plugs in as another.
 */
export type Authenticator = (
  request: HttpRequest,
  services: Services,
) => Promise<
  | { kind: "skip" }
  | { kind: "ok"; principal: Principal }
  | { kind: "refused"; problem: ApiProblem; headers?: Record<string, string> }
>;
