import { addCommand } from "./add/command.js";
import { configCommand } from "./config/command.js";
import type { CommandDefinition } from "./definition.js";
import { exportCommand } from "./export/command.js";
import { factsCommand } from "./facts/command.js";
import { homeCommand } from "./home/command.js";
import { importCommand } from "./import/command.js";
import { lintCommand } from "./lint/command.js";
import { newCommand } from "./new/command.js";
import { playCommand } from "./play/command.js";
import { questionsCommand } from "./questions/command.js";
import { reviewCommand } from "./review/command.js";
import { statsCommand } from "./stats/command.js";
import { summaryCommand } from "./summary/command.js";
import { triageCommand } from "./triage/command.js";

/**
 * Every command of the command line, in the order --help lists them: a new command is a folder
 * (its command.ts and run.ts) and one line here.
 */
export const COMMANDS: readonly CommandDefinition<never>[] = [
  factsCommand,
  addCommand,
  triageCommand,
  summaryCommand,
  questionsCommand,
  lintCommand,
  playCommand,
  importCommand,
  exportCommand,
  newCommand,
  statsCommand,
  reviewCommand,
  configCommand,
];

/** Bare `newsquiz`: the program's own options and action. */
export const HOME: CommandDefinition<never> = homeCommand;
