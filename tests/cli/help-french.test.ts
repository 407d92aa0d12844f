import { describe, expect, it } from "vitest";
import { translationOf } from "../../src/cli-help.js";
import { COMMANDS, HOME } from "../../src/commands/table.js";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// --help in French is read from languages/fr/cli-help.ts, keyed by each English text of the
// command table: a text added or reworded there without its French is shown in English to a French reader.
describe("--help in French", () => {
  const texts = [HOME, ...COMMANDS].flatMap((command) => [
    { where: command.name, text: command.description },
    ...(command.arguments ?? []).map((a) => ({
      where: `${command.name} ${a.name}`,
      text: a.description,
    })),
    ...(command.options ?? []).map((o) => ({
      where: `${command.name} ${o.flags}`,
      text: o.description,
    })),
    ...(command.notes ?? []).map((text) => ({ where: `${command.name} (note)`, text })),
  ]);

  it("has the French of every command's, argument's and option's description, and every note", () => {
    const missing = texts.filter(({ text }) => translationOf("fr", text) === undefined);
    expect(missing).toEqual([]);
  });

  it("says an option's default in French after its choices too", async () => {
    const help = await runCommand(["summary", "--help"], {
      env: { LANGUAGE: "fr", NEWSQUIZ_HOME: tempHome() },
    });
    // Commander wraps the line at the width: the words are compared, not where it breaks them.
    expect(help.stdout.replace(/\s+/g, " ")).toContain(
      `--length <length> court (cinq phrases au plus) ou long (valeurs : "short", "long", par défaut : "short")`,
    );
  });

  it("writes the usage line in French", async () => {
    const help = await runCommand(["--help"], {
      env: { LANGUAGE: "fr", NEWSQUIZ_HOME: tempHome() },
    });
    expect(help.stdout.split("\n", 1)[0]).toBe("Utilisation : newsquiz [options] [commande]");
  });

  it("reads a text it has, and none it lacks; English has no translations", () => {
    expect(translationOf("fr", "print the facts as JSON")).toBe("afficher les faits en JSON");
    expect(translationOf("fr", "a text no command says")).toBeUndefined();
    expect(translationOf("fr", "constructor")).toBeUndefined();
    expect(translationOf("en", "print the facts as JSON")).toBeUndefined();
  });
});
