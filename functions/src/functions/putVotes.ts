import { app } from "@azure/functions";
import { VotesBodySchema } from "../../../core/api";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { addPeriodInput } from "../useCases/addPeriodInput";
import { loadPeriod } from "../useCases/loadPeriod";

/**
 * `PUT /api/periods/{periodId}/votes` (leader, deputy): the ballots' tallies, the elections and the meeting's tie
 * decisions (biên bản kiểm phiếu); the latest one counts, earlier ones stay stored.
 */
export const putVotes = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "votes.write");
  const body = await readJsonBody(request, VotesBodySchema, services.config.maxBodyBytes);
  const at = services.now().toISOString();
  await addPeriodInput(
    services,
    principal,
    loaded,
    "votes",
    { kind: "votes", id: services.newId(), actor: principal.actor, at, value: body },
    null,
  );
  return { status: 200, body };
});

app.http("putVotes", httpOptions("putVotes", putVotes));
