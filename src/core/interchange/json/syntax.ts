// JSON.parse says what is wrong but, on Node 20, not where; YAML would accept half-broken JSON
// (`{ "id": }` is valid YAML). This small recursive scanner finds the offset of the first error.

/** Offset of the first JSON syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (at: number): never => {
    throw at;
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) fail(i);
    i += word.length;
  };
  const string = () => {
    if (text[i] !== '"') fail(i);
    for (i++; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '"') return void i++;
      if (ch === "\\") {
        const next = text[i + 1];
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
        else fail(i);
      } else if (ch < " ") fail(i);
    }
    fail(i);
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ":") fail(i);
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail(i);
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail(i);
      }
    }
    if (ch === '"') return void string();
    if (ch === "t") return void literal("true");
    if (ch === "f") return void literal("false");
    if (ch === "n") return void literal("null");
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!number) fail(i);
    i += number![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return at as number;
  }
}
