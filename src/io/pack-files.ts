import { realpathSync } from "node:fs";
import { join, sep } from "node:path";
import type { FileCheck } from "../core/pack/references.js";

/**
 * The check a pack's article paths get on disk: one written inside the folder must not lead
 * outside it through a symbolic link (articles/page.html -> /etc/passwd). A file that is not
 * there is left alone: the facts drawn from it stay valid without it.
 */
export function packFileCheck(dir: string): FileCheck {
  let root: string | undefined;
  return (relative) => {
    let real: string;
    try {
      root ??= realpathSync(dir);
      real = realpathSync(join(dir, relative));
    } catch {
      return false;
    }
    return real !== root && !real.startsWith(root + sep);
  };
}
