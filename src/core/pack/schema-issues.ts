import type { z } from "zod";
import { type Said, schemaSaid } from "../i18n/msg.js";
import { closest, type DataPath, formatPath, sayIssue } from "./issue.js";

/** A schema problem in words, at a data path; `key` when it is about a field name itself. */
export interface PathIssue {
  path: DataPath;
  key?: string;
  message: string;
  said?: Said;
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
          ...sayIssue("pack.missing-field", {
            path: formatPath(parent),
            key,
            expected: typeName(issue.expected),
          }),
        });
        return;
      }
      out.push({
        path,
        ...sayIssue("pack.wrong-type", {
          path: where,
          expected: typeName(issue.expected),
          got: describeValue(issue.input),
        }),
      });
      return;
    }
    case "invalid_value": {
      const allowed = issue.values.map(String);
      if (issue.input === undefined && path.length > 0) {
        const parent = path.slice(0, -1);
        out.push({
          path: parent,
          ...sayIssue("pack.missing-one-of", {
            path: formatPath(parent),
            key: String(path[path.length - 1]),
            list: allowed.join(", "),
          }),
        });
        return;
      }
      const got = String(issue.input);
      const hint = closest(got, allowed);
      out.push({
        path,
        ...sayIssue("pack.not-allowed", {
          path: where,
          value: JSON.stringify(issue.input),
          list: allowed.join(", "),
          hint: hint ? { key: "pack.did-you-mean", vars: { hint } } : "",
        }),
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
          ...(hint
            ? sayIssue("pack.unknown-field-hint", { path: where, key, hint })
            : sayIssue("pack.unknown-field", { path: where, key, list: known.join(", ") })),
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
        const named = formatPath([...at, issue.discriminator]);
        const list = allowed.join(", ");
        out.push({
          path: value === undefined ? at : [...at, issue.discriminator],
          ...(value === undefined
            ? sayIssue("pack.missing-discriminator", { path: named, list })
            : sayIssue("pack.not-allowed", {
                path: named,
                value: JSON.stringify(value),
                list,
                hint: hint ? { key: "pack.did-you-mean", vars: { hint } } : "",
              })),
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
      out.push({
        path,
        ...sayIssue("pack.other", { path: where, detail: schemaSaid(issue.message) }),
      });
      return;
    }
    case "too_small":
    case "too_big":
    case "custom":
    case "invalid_format": {
      const detail = schemaSaid(issue.message);
      out.push({
        path,
        ...(typeof issue.input === "string" || typeof issue.input === "number"
          ? sayIssue("pack.other-value", {
              path: where,
              value: JSON.stringify(issue.input),
              detail,
            })
          : sayIssue("pack.other", { path: where, detail })),
      });
      return;
    }
    default:
      out.push({
        path,
        ...sayIssue("pack.other", { path: where, detail: schemaSaid(issue.message) }),
      });
  }
}

function depth(issues: readonly ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => (i.code === "invalid_type" ? 0 : 1) + i.path.length));
}

/** What a field was expected to be, said in any language. */
function typeName(expected: string): Said {
  if (["string", "number", "boolean", "array", "object"].includes(expected))
    return { key: `pack.type.${expected as "string"}` };
  const a = /^[aeiou]/.test(expected) ? "an" : "a";
  return { key: "pack.type.other", vars: { a, type: expected } };
}

/** What was found instead, said in any language. */
function describeValue(value: unknown): Said {
  if (value === null) return { key: "pack.value.null" };
  if (Array.isArray(value)) return { key: "pack.value.array" };
  if (typeof value === "object") return { key: "pack.value.object" };
  if (typeof value === "string")
    return { key: "pack.value.text", vars: { text: JSON.stringify(value) } };
  return { key: "pack.value.other", vars: { type: typeof value, value: String(value) } };
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
