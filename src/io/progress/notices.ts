import { describeFsError } from "./store-fs.js";

/**
 * The store's one-line messages. Each problem is said once: a failed write, however many
 * answers follow it, gives one line, and the quiz goes on.
 */
export class Notices {
  private saidWriteFailure = false;
  private saidReadFailure = false;

  constructor(
    private readonly dir: string,
    private readonly sink: (line: string) => void,
  ) {}

  say(line: string): void {
    this.sink(`newsquiz: ${line}`);
  }

  writeFailed(error: unknown): void {
    if (this.saidWriteFailure) return;
    this.saidWriteFailure = true;
    this.say(
      `cannot save progress in ${this.dir} (${describeFsError(error)}); the quiz goes on without saving it`,
    );
  }

  readFailed(error: unknown): void {
    if (this.saidReadFailure) return;
    this.saidReadFailure = true;
    this.say(
      `cannot read progress in ${this.dir} (${describeFsError(error)}); going on without it`,
    );
  }
}
