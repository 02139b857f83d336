import { app } from "@azure/functions";
import { authenticate } from "../auth/authenticate";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { loadPeriod } from "../useCases/loadPeriod";
import { rankPeriod } from "../useCases/rankPeriod";

/**
 * `POST /api/periods/{periodId}/ranking` (leader, deputy, board): ranks with the current inputs; nothing is stored.
 * Answers the result and the history it read from storage.
 */
export const postRanking = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const loaded = await loadPeriod(services, principal, request.params.periodId ?? "", "ranking.run");
  const { result, used } = await rankPeriod(services, loaded);
  return {
    status: 200,
    body: { result: JSON.parse(JSON.stringify(result)) as unknown, history: used.inputs.history },
  };
});

app.http("postRanking", httpOptions("postRanking", postRanking));
