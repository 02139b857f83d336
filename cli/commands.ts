import type { Command } from "./cliIo";
import { templateCheckCommand } from "./commands/templateCheck";
import { templateSchemaCommand } from "./commands/templateSchema";
import { scoreCommand } from "./commands/score";
import { demoCommand } from "./commands/demo";
import { rankCommand } from "./commands/rank";
import { workbookCommand } from "./commands/workbook";
import { consolidateCommand } from "./commands/consolidate";
import { auditVerifyCommand } from "./commands/auditVerify";

/** Every `thidua` command, in the order help lists them. */
export const commands: Command[] = [
  templateCheckCommand,
  templateSchemaCommand,
  scoreCommand,
  demoCommand,
  rankCommand,
  workbookCommand,
  consolidateCommand,
  auditVerifyCommand,
];
