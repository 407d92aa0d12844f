import type { z } from "zod";
import { closest, type DataPath, formatPath } from "./issue.js";

/** A schema problem in words, at a data path; `key` when it is about a field name itself. */
export interface PathIssue {
  path: DataPath;
  key?: string;
  message: string;
}

type ZodIssue = z.core.$ZodIssue;

/** Turns zod's issues into messages a pack author can act on: what is wrong, what was expected. */
export function describeSchemaIssues(
  issues: readonly ZodIssue[],
  schema: z.ZodType,
  data: unknown,
): PathIssue[] {
  const out: PathIssue[] = [];
  for (const issue of issues) describeIssue(issue, schema, data, out);
  return out;
}

function describeIssue(issue: ZodIssue, schema: z.ZodType, data: unknown, out: PathIssue[]): void {
  const path = issue.path as (string | number)[];
  const where = formatPath(path);
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined && path.length > 0) {
        const key = String(path[path.length - 1]);
        const parent = path.slice(0, -1);
        out.push({
          path: parent,
          message: `${formatPath(parent)}: missing field "${key}"; expected ${article(issue.expected)}`,
        });
        return;
      }
      out.push({
        path,
        message: `${where}: expected ${article(issue.expected)}, got ${describeValue(issue.input)}`,
      });
      return;
    }
    case "invalid_value": {
      const allowed = issue.values.map(String);
      if (issue.input === undefined && path.length > 0) {
        const parent = path.slice(0, -1);
        out.push({
          path: parent,
          message: `${formatPath(parent)}: missing field "${String(path[path.length - 1])}"; expected one of: ${allowed.join(", ")}`,
        });
        return;
      }
      const got = String(issue.input);
      const hint = closest(got, allowed);
      out.push({
        path,
        message: `${where}: ${JSON.stringify(issue.input)} is not allowed; expected one of: ${allowed.join(", ")}${hint ? ` (did you mean "${hint}"?)` : ""}`,
      });
      return;
    }
    case "unrecognized_keys": {
      const known = knownKeys(schema, data, path);
      for (const key of issue.keys) {
        const hint = closest(key, known);
        out.push({
          path,
          key,
          message: `${where}: unknown field "${key}"; ${hint ? `did you mean "${hint}"?` : `expected one of: ${known.join(", ")}`}`,
        });
      }
      return;
    }
    case "invalid_union": {
      if (issue.discriminator) {
        const value = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        // zod may already end the path with the discriminator: name it once.
        const at = path[path.length - 1] === issue.discriminator ? path.slice(0, -1) : path;
        const allowed = ("options" in issue ? (issue.options ?? []) : []).map(String);
        const hint = value === undefined ? undefined : closest(String(value), allowed);
        out.push({
          path: value === undefined ? at : [...at, issue.discriminator],
          message: `${formatPath([...at, issue.discriminator])}: ${value === undefined ? "missing" : `${JSON.stringify(value)} is not allowed`}; expected one of: ${allowed.join(", ")}${hint ? ` (did you mean "${hint}"?)` : ""}`,
        });
        return;
      }
      // A value that may take several shapes: report the branch that got furthest.
      const branch = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      if (branch && branch.length > 0) {
        for (const inner of branch) {
          describeIssue(
            { ...inner, path: [...path, ...inner.path] } as ZodIssue,
            schema,
            data,
            out,
          );
        }
        return;
      }
      out.push({ path, message: `${where}: ${issue.message}` });
      return;
    }
    case "too_small":
    case "too_big":
    case "custom":
    case "invalid_format": {
      const shown =
        typeof issue.input === "string" || typeof issue.input === "number"
          ? `${JSON.stringify(issue.input)}: `
          : "";
      out.push({ path, message: `${where}: ${shown}${issue.message}` });
      return;
    }
    default:
      out.push({ path, message: `${where}: ${issue.message}` });
  }
}

function depth(issues: readonly ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => (i.code === "invalid_type" ? 0 : 1) + i.path.length));
}

function article(expected: string): string {
  if (expected === "array") return "a list";
  if (expected === "object") return "a mapping of fields";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** The field names the schema allows at `path`, following the data through unions. */
function knownKeys(schema: z.ZodType, data: unknown, path: DataPath): string[] {
  let node: z.core.$ZodType | undefined = schema;
  let value = data;
  for (const part of path) {
    node = unwrap(node, value);
    value = (value as Record<string | number, unknown> | undefined)?.[part];
    const def = node?._zod.def as unknown as Record<string, unknown> | undefined;
    if (def?.type === "array") node = def.element as z.core.$ZodType;
    else if (def?.type === "object") node = (def.shape as Record<string, z.core.$ZodType>)[part];
    else return [];
  }
  const def = unwrap(node, value)?._zod.def as unknown as Record<string, unknown> | undefined;
  return def?.type === "object" ? Object.keys(def.shape as object) : [];
}

function unwrap(node: z.core.$ZodType | undefined, value: unknown): z.core.$ZodType | undefined {
  let current = node;
  for (let i = 0; i < 10 && current; i++) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") {
      current = def.innerType as z.core.$ZodType;
    } else if (def.type === "pipe") {
      current = def.in as z.core.$ZodType;
    } else if (def.type === "union") {
      const options = def.options as z.core.$ZodType[];
      const discriminator = def.discriminator as string | undefined;
      const wanted = (value as Record<string, unknown> | undefined)?.[discriminator ?? ""];
      current =
        options.find((o) => {
          const shape = (o._zod.def as unknown as { shape?: Record<string, z.core.$ZodType> })
            .shape;
          const literal = shape?.[discriminator ?? ""]?._zod.def as unknown as
            | { values?: unknown[] }
            | undefined;
          return discriminator ? literal?.values?.includes(wanted) : shape !== undefined;
        }) ?? options[0];
    } else {
      return current;
    }
  }
  return current;
}
