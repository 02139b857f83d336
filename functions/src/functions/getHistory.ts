import { app } from "@azure/functions";
import { authorize } from "../../../core/access";
import { awaitingCouncil, criterionTrends, latestVersions, unitTrends } from "../../../core/history";
import { authenticate } from "../auth/authenticate";
import { must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { historyOfBloc } from "../useCases/historyOfBloc";
import { notFound } from "../useCases/loadPeriod";

/**
 * `GET /api/blocs/{blocId}/history`: finalized results (latest versions), awards (as the council decided them),
 * terms, ranks, trends, the council's decisions and the proposals still awaiting them.
 */
export const getHistory = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  const blocId = request.params.blocId ?? "";
  must(authorize(principal, "history.read", { blocId }));
  if ((await services.store.blocs.get(blocId)) === null) throw notFound("khối", "bloc", blocId);
  const { history, summaries, decisions } = await historyOfBloc(services, blocId, 2101);
  return {
    status: 200,
    body: {
      blocId,
      history,
      finalized: latestVersions(summaries),
      trends: unitTrends(summaries),
      criterionTrends: criterionTrends(summaries),
      decisions,
      awaitingCouncil: awaitingCouncil(summaries, decisions, 2101),
    },
  };
});

app.http("getHistory", httpOptions("getHistory", getHistory));
