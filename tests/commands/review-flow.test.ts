import { describe, expect, it } from "vitest";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// The review end to end in line mode, the clock scripted with NEWSQUIZ_NOW. A first quiz on
// 1 March at 09:00 (seed 7): the question on Nadella's post right (choice 4: the hiring of
// Altman), who fired Altman wrong (choice 2). FSRS, fuzz off: a miss comes back in 10 minutes,
// a right answer after 2 days, a miss put right the next day.
const at = (now: string) => ({ NEWSQUIZ_NOW: now, TZ: "UTC" });

async function dueDates(home: string): Promise<[string, string][]> {
  const listing = JSON.parse(
    (
      await runCommand(["review", "--json", "--at", "2024-03-31"], {
        env: { NEWSQUIZ_HOME: home, TZ: "UTC" },
      })
    ).stdout,
  );
  return listing.questions.flatMap((q: { items: { fact: string; due: string }[] }) =>
    q.items.map((i) => [i.fact, i.due]),
  );
}

describe("newsquiz review, answered line by line", () => {
  it("asks what is due, and moves its next date as FSRS says: a miss soon, a right answer later", async () => {
    const home = tempHome();
    const env = (now: string) => ({ NEWSQUIZ_HOME: home, ...at(now) });
    const quiz = await runCommand(["play", "openai-2023-11", "--count", "2", "--seed", "7"], {
      input: "4\n2\n",
      env: env("2024-03-01T09:00:00Z"),
    });
    expect(quiz.stdout).toContain("Score: 1/2 (50%)");
    expect(await dueDates(home)).toEqual([
      ["eviction-altman", "2024-03-01T09:10:00.000Z"],
      ["embauche-altman", "2024-03-03T09:00:00.000Z"],
    ]);

    // Five minutes on: nothing to ask yet.
    expect(await runCommand(["review"], { env: env("2024-03-01T09:05:00Z") })).toEqual({
      code: 0,
      stdout: "Nothing is due now.\nNext review: 2024-03-01 09:10.\n",
      stderr: "",
    });

    // A quarter of an hour on: the missed fact, in a wording not met yet, answered right.
    const first = await runCommand(["review"], { input: "3\n", env: env("2024-03-01T09:15:00Z") });
    expect([first.code, first.stderr]).toEqual([0, ""]);
    expect(first.stdout.split("\n").slice(0, 11)).toEqual([
      "Review · 1 question",
      "Empty line: skip · :flag (or :flag wrong): flag the question · :quit: finish",
      "",
      "Question 1/1",
      "Qui a été évincé de son poste de PDG d'OpenAI le vendredi 17 novembre 2023 ?",
      "  1. Elon Musk",
      "  2. Szymon Sidor",
      "  3. Sam Altman",
      "  4. Aleksander Madry",
      "Answer (1-4): 3",
      "✓ Right",
    ]);
    expect(first.stdout).toContain("Score: 1/1 (100%) · 1 question in 0 s\n");
    expect(first.stdout.endsWith("\nNext review: 2024-03-02 09:15.\n")).toBe(true);
    expect(await dueDates(home)).toEqual([
      ["eviction-altman", "2024-03-02T09:15:00.000Z"],
      ["embauche-altman", "2024-03-03T09:00:00.000Z"],
    ]);

    // The next day: due again, asked a third way, and missed: back in ten minutes.
    const second = await runCommand(["review"], { input: "4\n", env: env("2024-03-02T10:00:00Z") });
    expect(second.stdout).toContain(
      [
        "Quel jour le conseil d'administration d'OpenAI a-t-il évincé Sam Altman de son poste de PDG d'OpenAI ?",
        "  1. vendredi 17 novembre 2023",
        "  2. mercredi 30 novembre 2022",
        "  3. jeudi 17 novembre 2022",
        "  4. vendredi 18 août 2023",
        "Answer (1-4): 4",
        "✗ Wrong",
        "The right answer: vendredi 17 novembre 2023",
      ].join("\n"),
    );
    expect(second.stdout.endsWith("\nNext review: 2024-03-02 10:10.\n")).toBe(true);
    expect(await dueDates(home)).toEqual([
      ["eviction-altman", "2024-03-02T10:10:00.000Z"],
      ["embauche-altman", "2024-03-03T09:00:00.000Z"],
    ]);

    const stats = JSON.parse(
      (await runCommand(["stats", "--json"], { env: env("2024-03-02T10:00:00Z") })).stdout,
    );
    expect(stats).toMatchObject({ answers: 4, correct: 2, sessions: 3, due: 0 });
    // A review is no quiz: the pack's last score is still the quiz's.
    expect(stats.packs["openai-2023-11"]).toMatchObject({
      lastScore: { score: 1, total: 2, at: "2024-03-01T09:00:00.000Z" },
      history: [
        { start: "2024-03-01T09:00:00.000Z", answers: 2, correct: 1 },
        { start: "2024-03-01T09:15:00.000Z", answers: 1, correct: 1 },
        { start: "2024-03-02T10:00:00.000Z", answers: 1, correct: 0 },
      ],
    });
    expect(
      JSON.parse(
        (await runCommand(["stats", "--json"], { env: env("2024-03-02T10:10:00Z") })).stdout,
      ).due,
    ).toBe(1);
  });

  it("crams a pack and asks again what its last session missed, whatever is due", async () => {
    const home = tempHome();
    const env = { NEWSQUIZ_HOME: home, ...at("2024-03-01T09:00:00Z") };
    await runCommand(["play", "openai-2023-11", "--count", "2", "--seed", "7"], {
      input: "4\n2\n",
      env,
    });

    // The very question missed, though nothing is due a minute later.
    const missed = await runCommand(["review", "--missed", "openai-2023-11", "--lang", "en"], {
      input: "3\n",
      env,
    });
    expect(missed.stdout.split("\n").slice(0, 5)).toEqual([
      "Missed last time in openai-2023-11 · 1 question",
      "Empty line: skip · :flag (or :flag wrong): flag the question · :quit: finish",
      "",
      "Question 1/1",
      "Of these, who fired Sam Altman as chief executive of OpenAI on Friday, November 17, 2023?",
    ]);
    expect(missed.stdout).toContain("Answer (1-3): 3\n✓ Right\n");

    // The whole pack whatever is due: the facts never asked first, in the quiz's order (the miss
    // was just put right); 85 facts wait.
    const cram = await runCommand(["review", "--cram", "openai-2023-11", "--count", "2"], {
      input: "\n\n",
      env,
    });
    expect(cram.stdout.split("\n").slice(0, 5)).toEqual([
      "Cram openai-2023-11 · 2 questions",
      "Empty line: skip · :flag (or :flag wrong): flag the question · :quit: finish",
      "",
      "Question 1/2",
      "Qui a embauché Greg Brockman le lundi 20 novembre 2023 ?",
    ]);
    expect(cram.stdout).toContain(
      "Question 2/2\nQui a nommé Emmett Shear PDG par intérim d'OpenAI le lundi 20 novembre 2023 ?\n",
    );
    expect(cram.stdout).toContain("\nLeft for a later review: 85 facts.\n");
    const answers = (await runCommand(["stats", "--json"], { env })).stdout;
    // Two quiz answers, the missed one asked again, and the two skipped in the cram: a skip is
    // recorded, as a miss.
    expect(JSON.parse(answers).answers).toBe(5);
  });
});
