import type { Lang } from "../../../core/i18n";
import type { RankingResult } from "../../../core/ranking";
import { historyWorkbookPlan, minutesOptionsOf, minutesWorkbookPlan } from "../../../core/sheets";
import type { CompiledTemplate } from "../../../core/template";
import type { ThiduaApi } from "../../api/thiduaApi";
import { applySheetPlan } from "../../excel/applySheetPlan";
import type { ExcelRun } from "../../excel/scoringWorkbookActions";

export type LeaderDocumentsDeps = {
  api: Pick<ThiduaApi, "history">;
  blocId: string;
  lang: Lang;
  /** `Excel.run` behind the watchdog (the pane's), or the tests' fake. */
  run: ExcelRun;
  /**
   * The period's compiled table, when the pane has it: it names the bloc and its province, orders the awards
   * highest first and gives the points' decimals. Without it the documents name the bloc by its id.
   */
  template?: CompiledTemplate;
};

/**
 * The leader's two documents as sheets in the open workbook: the bloc's History (read from the server, parsed by
 * its schema) and the draft minutes of the meeting (Biên bản) from a ranking result — what `rankBloc` returns and
 * `POST /api/periods/{id}/ranking` answers as JSON. Core plans both; each insert is one `Excel.run` of two syncs
 * (three when it replaces its own History sheet with a chart). Failures are thrown for the caller's user action.
 */
export function leaderDocumentsFor(deps: LeaderDocumentsDeps): {
  insertHistory(): Promise<void>;
  insertMinutes(result: RankingResult): Promise<void>;
} {
  const { api, blocId, lang, run, template } = deps;
  return {
    async insertHistory() {
      const history = await api.history(blocId);
      const plan = historyWorkbookPlan(history, {
        lang,
        ...(template ? { blocName: template.template.identity.bloc.name } : {}),
      });
      await run((context) => applySheetPlan(context, plan));
    },
    async insertMinutes(result) {
      const plan = minutesWorkbookPlan(result, template ? minutesOptionsOf(template, lang) : { lang });
      await run((context) => applySheetPlan(context, plan));
    },
  };
}
