import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { RankedBloc } from "../../core/bloc";
import type { RankingInputs } from "../../core/ranking";
import type { UnitReturn } from "../../core/returns";
import { rankingWorkbookPlan } from "../../core/sheets";
import { scoringSheetPlan } from "../../core/sheets";
import type { CompiledTemplate } from "../../core/template";
import { writeXlsxBuffer } from "../xlsx/renderXlsx";
import { writeOutput } from "../writeOutput";

/** The leader's workbook's file name for a bloc (bảng xếp hạng). */
export const rankingWorkbookName = (templateId: string) => `${templateId}-xep-hang.xlsx`;
/** A member's scoring workbook's file name, as `thidua workbook --all` names it. */
export const scoringWorkbookName = (templateId: string, unitId: string) => `${templateId}-${unitId}.xlsx`;

/**
 * Writes one bloc's year as files under `dir` (created if missing): each member's scoring workbook filled with its
 * return (award-history bonuses from the history) in `dir/<template-id>/`, and the leader's ranking workbook (ranked
 * table and consolidation sheet of `ranked`, the meeting date taken from the first ballot) beside that folder as
 * `dir/<template-id>-xep-hang.xlsx` — so `thidua consolidate TEMPLATE dir/<template-id>/*.xlsx` reads only the
 * members' workbooks. Returns the paths written, in that order. Throws only when the file system refuses a write;
 * the caller reports it.
 */
export async function writeDemoWorkbooks(
  compiled: CompiledTemplate,
  returns: readonly UnitReturn[],
  inputs: RankingInputs,
  ranked: RankedBloc,
  dir: string,
): Promise<string[]> {
  const id = compiled.template.id;
  const membersDir = join(dir, id);
  await mkdir(membersDir, { recursive: true });
  const history = inputs.history?.awards ?? [];
  const written: string[] = [];
  for (const member of compiled.template.members) {
    const ret = returns.find((r) => r.unitId === member.id);
    const file = join(membersDir, scoringWorkbookName(id, member.id));
    await writeOutput(file, await writeXlsxBuffer(scoringSheetPlan(compiled, member.id, { ret, history })), {
      cwd: dir,
    });
    written.push(file);
  }
  const heldAt = inputs.votes?.ballots[0]?.heldAt;
  const date = heldAt ? `${heldAt.slice(8, 10)}/${heldAt.slice(5, 7)}/${heldAt.slice(0, 4)}` : undefined;
  const file = join(dir, rankingWorkbookName(id));
  await writeOutput(
    file,
    await writeXlsxBuffer(
      rankingWorkbookPlan(compiled, ranked.selfScores, ranked.result, date ? { date } : {}),
    ),
    { cwd: dir },
  );
  written.push(file);
  return written;
}
