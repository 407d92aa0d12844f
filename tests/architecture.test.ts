import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/core/languages/registry.js";
import { escapeRegExp } from "../src/core/text/regexp.js";
import { ROOT } from "./helpers/run-cli.js";

// The rooms of src/ and the one way imports flow between them (docs/ARCHITECTURE.md). Read with
// the TypeScript compiler the project already has, rather than madge or dependency-cruiser: a
// few lines see every import (static, dynamic, type-only) exactly as tsc does, with no new
// dependency and no guessing at how a tool resolves `.js` suffixes to `.ts` files.

interface Import {
  /** The imported file (relative to the repository), or the package's name. */
  target: string;
  /** `import type` or every name imported is a type: nothing runs. */
  typeOnly: boolean;
  /** `import("…")`: loaded when it runs, not with the module. */
  dynamic: boolean;
  /** `import(\`./${code}/phrasing.ts\`)`: one of the files a template names (a loader's). */
  template?: boolean;
}

const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

const FILES = sourceFiles(SRC);
const KNOWN = new Set(FILES);

function resolveTarget(from: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  const base = relative(ROOT, resolve(ROOT, dirname(from), spec)).replace(/\.js$/, "");
  return [`${base}.ts`, `${base}.tsx`].find((f) => KNOWN.has(f)) ?? `${base}`;
}

/**
 * The files a template specifier may name, as esbuild bundles it: each `${…}` stands for any
 * characters but a slash (`./${code}/phrasing.ts` is every ./<folder>/phrasing.ts).
 */
function templateTargets(from: string, spec: ts.TemplateExpression): string[] {
  const parts = [spec.head.text, ...spec.templateSpans.map((span) => span.literal.text)];
  const [head = "", ...rest] = parts;
  // The head resolved from the importing file's folder, keeping its trailing slash.
  const prefix =
    relative(ROOT, resolve(ROOT, dirname(from), head)) + (head.endsWith("/") ? "/" : "");
  const re = new RegExp(`^${[prefix, ...rest].map(escapeRegExp).join("[^/]+")}$`);
  return FILES.filter((f) => re.test(f));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (spec: ts.Expression | undefined, typeOnly: boolean, dynamic: boolean) => {
    if (spec && ts.isStringLiteral(spec)) {
      found.push({ target: resolveTarget(file, spec.text), typeOnly, dynamic });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, allTypes, false);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly, false);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0]
    ) {
      const spec = node.arguments[0];
      if (ts.isTemplateExpression(spec)) {
        for (const target of templateTargets(file, spec)) {
          found.push({ target, typeOnly: false, dynamic: true, template: true });
        }
      } else add(spec, false, true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, true, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

/**
 * The layer a file belongs to, lowest first: a file imports only from its own room or from a
 * lower layer. The faces (play, ui, triage, authoring) are one layer but separate rooms: none
 * imports another.
 */
function roomOf(file: string): { room: string; layer: number } {
  const path = file.replace(/^src\//, "");
  const top = path.includes("/") ? path.slice(0, path.indexOf("/")) : path;
  const layers: [number, string[]][] = [
    [0, ["core"]],
    [1, ["io", "errors.ts", "context.ts", "report-error.ts"]],
    [2, ["run"]],
    [3, ["play", "ui", "triage", "authoring"]],
    [4, ["commands"]],
    [5, ["cli.ts", "cli-help.ts", "home-args.ts", "command-line.ts", "bin.ts"]],
  ];
  for (const [layer, rooms] of layers) {
    if (rooms.includes(top)) return { room: path.includes("/") ? top : "root", layer };
  }
  throw new Error(`${file}: in no room of docs/ARCHITECTURE.md; add its folder to the layers`);
}

/** Every cycle of imports among the files (strongly connected components of more than one). */
function cycles(graph: Map<string, Import[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const { target: w } of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

/**
 * The chain of imports by which `from` runs `to` when it loads (static and dynamic imports; a
 * type-only import runs nothing), or undefined when it never does.
 */
function valueChain(graph: Map<string, Import[]>, from: string, to: string): string[] | undefined {
  const seen = new Set<string>([from]);
  const paths: string[][] = [[from]];
  while (paths.length > 0) {
    const path = paths.shift()!;
    for (const { target, typeOnly } of graph.get(path.at(-1)!) ?? []) {
      if (typeOnly || seen.has(target)) continue;
      if (target === to) return [...path, target];
      seen.add(target);
      paths.push([...path, target]);
    }
  }
  return undefined;
}

/**
 * Loaders that await at their top level the modules a template import names
 * (languages/phrasings.ts awaits every languages/<code>/phrasing.ts): a module that imports its
 * loader back, even through others, waits for a loader that waits for it, and nothing loads.
 * Each such chain, from the awaited module back to its loader.
 */
function loaderDeadlocks(graph: Map<string, Import[]>): string[] {
  return [...graph].flatMap(([loader, imports]) =>
    imports
      .filter((i) => i.template)
      .map((i) => valueChain(graph, i.target, loader))
      .filter((chain): chain is string[] => chain !== undefined)
      .map((chain) => chain.join(" -> ")),
  );
}

/** Packages the pure core never touches: the terminal, the keyboard, files, processes. */
const NOT_IN_CORE = [
  /^react(\/|$)/,
  /^ink(-|\/|$)/,
  /^@inquirer\//,
  /^(node:)?fs(\/promises)?$/,
  /^(node:)?(readline|child_process|net|http|https|tty)(\/|$)/,
];

/** The ui files that run the screens and so may reach the outside world: the rest may not. */
const UI_RUNNERS = /^src\/ui\/(run-[a-z-]+|full-screen)\.tsx$/;

describe("the rooms of src/", () => {
  it("has no import cycle, type-only and dynamic imports included", () => {
    expect(cycles(GRAPH)).toEqual([]);
  });

  it("finds a cycle where there is one, so that the check above can fail", () => {
    const made = new Map<string, Import[]>([
      ["a.ts", [{ target: "b.ts", typeOnly: true, dynamic: false }]],
      ["b.ts", [{ target: "c.ts", typeOnly: false, dynamic: true }]],
      ["c.ts", [{ target: "a.ts", typeOnly: false, dynamic: false }]],
      ["d.ts", [{ target: "a.ts", typeOnly: false, dynamic: false }]],
    ]);
    expect(cycles(made)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("lets no module a loader awaits import that loader back (it would wait for itself)", () => {
    // The grammars are found through the template import; were none found, the check would be
    // empty and could not fail.
    const awaited = GRAPH.get("src/core/languages/phrasings.ts")!.filter((i) => i.template);
    expect(awaited.map((i) => i.target).sort()).toEqual(
      LANGUAGES.map((code) => `src/core/languages/${code}/phrasing.ts`).sort(),
    );
    expect(loaderDeadlocks(GRAPH)).toEqual([]);
  });

  it("finds a module that imports its loader back, so that the check above can fail", () => {
    const made = new Map<string, Import[]>([
      ["loader.ts", [{ target: "fr.ts", typeOnly: false, dynamic: true, template: true }]],
      ["fr.ts", [{ target: "shared.ts", typeOnly: false, dynamic: false }]],
      ["shared.ts", [{ target: "loader.ts", typeOnly: false, dynamic: false }]],
    ]);
    expect(loaderDeadlocks(made)).toEqual(["fr.ts -> shared.ts -> loader.ts"]);
    // A type-only import runs nothing: no deadlock.
    made.set("shared.ts", [{ target: "loader.ts", typeOnly: true, dynamic: false }]);
    expect(loaderDeadlocks(made)).toEqual([]);
  });

  it("keeps the core pure: no terminal, keyboard, files, nor any room above it", () => {
    const wrong = FILES.filter((f) => f.startsWith("src/core/")).flatMap((file) =>
      GRAPH.get(file)!
        .filter(
          ({ target }) =>
            (target.startsWith("src/") && !target.startsWith("src/core/")) ||
            NOT_IN_CORE.some((p) => p.test(target)),
        )
        .map(({ target }) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it("imports one way: core ← io ← run ← faces (play, ui, triage, authoring) ← commands ← cli", () => {
    const wrong = FILES.flatMap((file) => {
      const from = roomOf(file);
      return GRAPH.get(file)!
        .filter(({ target }) => KNOWN.has(target))
        .filter(({ target }) => {
          const to = roomOf(target);
          if (to.room === from.room && to.room !== "root") return false;
          return to.layer > from.layer || (to.layer === from.layer && from.layer === 3);
        })
        .map(({ target }) => `${file} -> ${target}`);
    });
    expect(wrong).toEqual([]);
  });

  it("keeps io out of the ui's components: only its runners load what touches the outside", () => {
    const reaches = (file: string, seen = new Set<string>()): string | undefined => {
      for (const { target, typeOnly, dynamic } of GRAPH.get(file) ?? []) {
        if (typeOnly || dynamic || seen.has(target)) continue;
        seen.add(target);
        if (target.startsWith("src/io/")) return target;
        const deeper = reaches(target, seen);
        if (deeper) return `${target} -> ${deeper}`;
      }
      return undefined;
    };
    const wrong = FILES.filter((f) => f.startsWith("src/ui/") && !UI_RUNNERS.test(f)).flatMap(
      (file) => {
        const path = reaches(file);
        return path ? [`${file} -> ${path}`] : [];
      },
    );
    expect(wrong).toEqual([]);
  });
});

// Shared code asks a language's about.ts (or its phrasing) rather than naming the language, so
// that adding one is its folder and its line in languages/registry.ts (docs/ARCHITECTURE.md,
// "Adding a language").
const CODES = new Set<string>(LANGUAGES);
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** Where a source compares with a language's code, or holds a table with an entry per language. */
function namesLanguages(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const code = (node: ts.Node) =>
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CODES.has(node.text);
  const where = (node: ts.Node) =>
    `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      COMPARISONS.has(node.operatorToken.kind) &&
      (code(node.left) || code(node.right))
    ) {
      found.push(`${where(node)} compares with a language's code`);
    } else if (ts.isCaseClause(node) && code(node.expression)) {
      found.push(`${where(node)} compares with a language's code`);
    } else if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.filter(
        (p) =>
          p.name !== undefined &&
          (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
          CODES.has(p.name.text),
      );
      if (keys.length > 1) found.push(`${where(node)} holds an entry per language`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("one folder per language", () => {
  it("keeps language codes out of shared code: no comparison with one, no table by language", () => {
    const wrong = FILES.filter((f) => !f.startsWith("src/core/languages/")).flatMap((file) =>
      namesLanguages(file, readFileSync(join(ROOT, file), "utf8")),
    );
    expect(wrong).toEqual([]);
  });

  it("finds a comparison and a table by language where there is one, so that the check can fail", () => {
    const text = [
      'if (lang === "fr") say();',
      'if ("en" !== lang) say();',
      'switch (lang) { case "en": say(); }',
      'const words = { fr: "et", en: "and" };',
      'const one = { fr: "et" }; const other = lang === "xx";',
    ].join("\n");
    expect(namesLanguages("made.ts", text)).toEqual([
      "made.ts:1 compares with a language's code",
      "made.ts:2 compares with a language's code",
      "made.ts:3 compares with a language's code",
      "made.ts:4 holds an entry per language",
    ]);
  });
});
