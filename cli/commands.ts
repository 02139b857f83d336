import type { Command } from "./cliIo";
import { templateCheckCommand } from "./commands/templateCheck";
import { templateSchemaCommand } from "./commands/templateSchema";

/** Every `thidua` command, in the order help lists them. */
export const commands: Command[] = [templateCheckCommand, templateSchemaCommand];
