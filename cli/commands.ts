import type { Command } from "./cliIo";

/** Every `thidua` command, in the order help lists them. */
export const commands: Command[] = [];
