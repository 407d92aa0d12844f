import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionCodec } from "../../src/core/progress/records.js";
import { openProgressStore } from "../../src/io/progress/progress-store.js";
import { homeReducer } from "../../src/ui/screens/home/home-state.js";
import { answer } from "../helpers/answers.js";
import { frame, KEY, press, renderApp } from "../helpers/ink.js";
import { homeWithLog } from "../helpers/progress-log.js";

afterEach(() => cleanup());

describe("the home screen", () => {
  it("lists the built-in pack with its language and question count, selected", async () => {
    const { app } = await renderApp({ startQuiz: false });
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
    // Its questions: generated from its facts (seed 0 for the count) and its 7 hand-written ones.
    expect(frame(app)).toContain("  openai-2023-11 · fr · 229 question(s)");
    expect(frame(app)).toContain("Type to filter");
  });

  it("shows the last score and what is due once the progress log is read, after the first paint", async () => {
    // Two facts missed on 20 December (due again ten minutes later), and the quiz's score.
    const missed = (fact: string, at: string) =>
      answer({
        pack: "openai-2023-11",
        question: `${fact}.who`,
        facts: [fact],
        correct: false,
        at,
      });
    const { dir } = homeWithLog([
      missed("eviction-altman", "2023-12-20T09:00:00.000Z"),
      missed("embauche-altman", "2023-12-20T09:01:00.000Z"),
    ]);
    const ended = { v: 1 as const, pack: "openai-2023-11", packHash: "h1", session: "s1" };
    writeFileSync(
      join(dir, "sessions.jsonl"),
      `${sessionCodec.serialise({ ...ended, score: 4.75, total: 7, asked: 7, at: "2023-12-20T09:05:00.000Z" })}\n`,
    );
    let open: (store: ReturnType<typeof openProgressStore>) => void = () => {};
    const opening = new Promise<ReturnType<typeof openProgressStore>>((resolve) => {
      open = resolve;
    });
    const { app } = await renderApp({ startQuiz: false, store: opening });
    // The list is drawn before the store is open.
    expect(frame(app)).toContain("  openai-2023-11 · fr · 229 question(s)\n");
    open(openProgressStore({ dir }));
    await vi.waitFor(() =>
      expect(frame(app)).toContain(
        "  openai-2023-11 · fr · 229 question(s) · last score 4.75/7 · 2 due",
      ),
    );
  });

  it("keeps certainty mode, turned on with c on the pack screen, as a setting", async () => {
    const { dir } = homeWithLog([]);
    const store = openProgressStore({ dir });
    const first = await renderApp({ startQuiz: false, store });
    await press(first.app, KEY.enter);
    await vi.waitFor(() => expect(frame(first.app)).toContain("certitude non"));
    await press(first.app, "c");
    expect(frame(first.app)).toContain("certitude oui");
    expect(openProgressStore({ dir }).settings()).toEqual({ v: 1, certainty: true });
    cleanup();
    const second = await renderApp({ startQuiz: false, store: openProgressStore({ dir }) });
    await press(second.app, KEY.enter);
    await vi.waitFor(() => expect(frame(second.app)).toContain("certitude oui"));
  });

  it("filters as you type, forgiving typos and accents; Esc clears the filter", async () => {
    const { app } = await renderApp({ startQuiz: false });
    await press(app, ..."altmn");
    expect(frame(app)).toContain("Filter: altmn");
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
    await press(app, KEY.escape, ..."openai nov");
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
    await press(app, KEY.escape, ..."zzqx");
    expect(frame(app)).toContain("No pack matches.");
    expect(frame(app)).not.toContain("OpenAI : la crise");
    await press(app, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
  });

  it("opens a pack on Enter: sections with ←→, a quiz set up with n, d and c, started with Enter", async () => {
    const { app } = await renderApp({ startQuiz: false });
    await press(app, KEY.enter);
    // The interface follows the pack's language once a pack is open.
    expect(frame(app)).toContain("[Résumé] Chronologie Qui est qui Sources Divergences");
    // The long summary, in date order, opens the pack.
    expect(frame(app)).toContain(
      "OpenAI a été fondée fin 2015 comme organisation à but non lucratif.",
    );
    // Ten questions at first (the pack has more); n goes through 5, 10, 20 and all.
    expect(frame(app)).toContain(
      "Entrée : quiz de 10 question(s) · difficulté mixte · certitude non",
    );
    await press(app, KEY.left);
    expect(frame(app)).toContain("[Divergences]");
    expect(frame(app)).toContain("plus de 500 sur 770 employés selon « Comment Sam");
    await press(app, "n", "d", "c");
    expect(frame(app)).toContain("Entrée : quiz de 20 question(s) · facile · certitude oui");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Question 1/20");
    expect(frame(app)).toContain("Certitude (notation de Moodle");
  });

  it("searches the pack's facts and questions with /", async () => {
    const { app } = await renderApp({ startQuiz: false });
    await press(app, KEY.enter, "/", ..."twich");
    expect(frame(app)).toContain("Chercher : twich");
    // Twitch the entity first, then the questions that name it.
    expect(frame(app)).toContain("qui · Twitch\n  plateforme de streaming vidéo");
    expect(frame(app)).toContain("question · Qui est un cofondateur et ancien PDG de Twitch ?");
    await press(app, KEY.escape);
    expect(frame(app)).toContain("[Résumé]");
    await press(app, "q");
    expect(frame(app)).toContain("newsquiz · Packs");
  });
});

describe("homeReducer", () => {
  it("types, erases, clears and keeps the cursor inside the list", () => {
    let s = homeReducer({ query: "", cursor: 2 }, { type: "type", text: "al" });
    expect(s).toEqual({ query: "al", cursor: 0 });
    s = homeReducer(s, { type: "move", delta: 5, count: 3 });
    expect(s.cursor).toBe(2);
    s = homeReducer(s, { type: "move", delta: -9, count: 3 });
    expect(s.cursor).toBe(0);
    expect(homeReducer(s, { type: "erase" })).toEqual({ query: "a", cursor: 0 });
    expect(homeReducer(s, { type: "clear" })).toEqual({ query: "", cursor: 0 });
  });
});
