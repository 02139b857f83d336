import type { Lang } from "../../../core/i18n";
import type { RankingResult } from "../../../core/ranking";
import type { historyWorkbookPlan, minutesOptionsOf, minutesWorkbookPlan } from "../../../core/sheets";
import type { CompiledTemplate } from "../../../core/template";
import type { ThiduaApi } from "../../api/thiduaApi";
import type { writeWorkbookPlan } from "../../excel/leaderWorkbookActions";
import type { ExcelRun } from "../../excel/scoringWorkbookActions";

/**
 * Core's plans of the two documents and the Office.js writer, from the lazily loaded core chunk (paneCore.ts): the
 * connected chunk, which every signed-in unit loads, then carries none of core/sheets.
 */
export type DocumentPlans = {
  writeWorkbookPlan: typeof writeWorkbookPlan;
  historyWorkbookPlan: typeof historyWorkbookPlan;
  minutesWorkbookPlan: typeof minutesWorkbookPlan;
  minutesOptionsOf: typeof minutesOptionsOf;
};

export type LeaderDocumentsDeps = {
  plans: DocumentPlans;
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
  const { api, blocId, lang, run, template, plans } = deps;
  return {
    async insertHistory() {
      const history = await api.history(blocId);
      const plan = plans.historyWorkbookPlan(history, {
        lang,
        ...(template ? { blocName: template.template.identity.bloc.name } : {}),
      });
      await plans.writeWorkbookPlan(run, plan);
    },
    async insertMinutes(result) {
      const plan = plans.minutesWorkbookPlan(
        result,
        template ? plans.minutesOptionsOf(template, lang) : { lang },
      );
      await plans.writeWorkbookPlan(run, plan);
    },
  };
}
