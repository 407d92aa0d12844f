import { memoryProgress, type ProgressPort } from "../core/progress/port.js";

/**
 * The progress store the quiz records into. Until the file-backed store lands (progress
 * issue), answers are kept for the session only.
 */
export function openProgress(_env: NodeJS.ProcessEnv): ProgressPort {
  return memoryProgress();
}
