import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionCodec } from "../../src/core/progress/records.js";
import { openProgressStore } from "../../src/io/progress/progress-store.js";
import { homeReducer } from "../../src/ui/screens/home/home-state.js";
import { answer } from "../helpers/answers.js";
import { burst, frame, frameShowing, KEY, press, renderApp } from "../helpers/ink.js";
import { homeWithLog } from "../helpers/progress-log.js";
import { ROOT, tempHome } from "../helpers/run-cli.js";

afterEach(() => cleanup());

describe("the home screen", () => {
  it("lists the built-in pack with its language and question count, selected", async () => {
    const { app } = await renderApp({ startQuiz: false });
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
    // Its questions: generated from its facts (seed 0 for the count) and its 7 hand-written ones.
    expect(frame(app)).toContain("  openai-2023-11 · fr · 229 questions");
    expect(frame(app)).toContain("/ to filter");
  });

  it("says in the interface's language why a pack does not load", async () => {
    const cwd = tempHome();
    cpSync(
      join(ROOT, "tests", "fixtures", "broken-packs", "several-errors"),
      join(cwd, "questions", "broken"),
      {
        recursive: true,
      },
    );
    const { app } = await renderApp({ startQuiz: false, uiLang: "fr", cwd });
    // The cause is said in French too, not only the words around it.
    expect(frame(app)).toContain(
      [
        "  broken",
        `  invalide : questions/broken/pack.yaml:2:11: language : "de" n'est pas permis ; attendu l'un de :`,
        "  fr, en",
      ].join("\n"),
    );
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
    expect(frame(app)).toContain("  openai-2023-11 · fr · 229 questions\n");
    open(openProgressStore({ dir }));
    await frameShowing(app, "  openai-2023-11 · fr · 229 questions · last score 4.75/7 · 2 due");
  });

  it("starts the review of what is due with r, as its keys say once something is", async () => {
    const { dir } = homeWithLog([
      answer({
        pack: "openai-2023-11",
        question: "eviction-altman.who",
        facts: ["eviction-altman"],
        correct: false,
        at: "2023-12-20T09:00:00.000Z",
      }),
    ]);
    const review = vi.fn(async () => undefined);
    const { app } = await renderApp({
      startQuiz: false,
      store: openProgressStore({ dir }),
      review,
    });
    await frameShowing(app, "r review (1 due)");
    await press(app, "r");
    expect(review).toHaveBeenCalledTimes(1);
  });

  it("keeps certainty mode, turned on with c on the pack screen, as a setting", async () => {
    const { dir } = homeWithLog([]);
    const store = openProgressStore({ dir });
    const first = await renderApp({ startQuiz: false, store, uiLang: "fr" });
    await press(first.app, KEY.enter);
    expect(frame(first.app)).toContain("certitude non");
    await press(first.app, "c");
    expect(frame(first.app)).toContain("certitude oui");
    expect(openProgressStore({ dir }).settings()).toEqual({ v: 1, certainty: true });
    cleanup();
    const second = await renderApp({
      startQuiz: false,
      store: openProgressStore({ dir }),
      uiLang: "fr",
    });
    await press(second.app, KEY.enter);
    expect(frame(second.app)).toContain("certitude oui");
  });

  it("filters after /, forgiving typos and accents; Esc clears the filter", async () => {
    const { app } = await renderApp({ startQuiz: false });
    await press(app, "/", ..."altmn");
    expect(frame(app)).toContain("Filter: altmn");
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
    await press(app, KEY.escape);
    expect(frame(app)).toContain("/ to filter");
    await press(app, "/", ..."openai nov");
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
    await press(app, KEY.escape, "/", ..."zzqx");
    expect(frame(app)).toContain("No pack matches.");
    expect(frame(app)).not.toContain("OpenAI : la crise");
    // Four backspaces in one burst, as a held key or a slow link sends them: all four count.
    await burst(app, KEY.backspace.repeat(4));
    expect(frame(app)).toContain("Filter: ▏");
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
  });

  it("reads k, j, q and ? as the keys its help lists, not as filter text", async () => {
    const { app } = await renderApp({ startQuiz: false });
    await press(app, "?");
    const help = frame(app);
    for (const row of [
      "↑ k    up",
      "↓ j    down",
      "Home g ",
      "End G ",
      "/      filter",
      "q Esc  back",
    ]) {
      expect(help).toContain(row);
    }
    await press(app, "x", "k", "j");
    expect(frame(app)).toContain("/ to filter");
    expect(frame(app)).not.toContain("Filter:");
  });

  it("names the keys in French in its help, with room for the longer names", async () => {
    const { app } = await renderApp({ startQuiz: false, uiLang: "fr" });
    await press(app, "?");
    const help = frame(app);
    for (const row of [
      "↑ k     monter",
      "Début g tout en haut",
      "Fin G   tout en bas",
      "Entrée  valider, ouvrir, question suivante",
      "q Échap retour ; quitter depuis l'accueil",
    ]) {
      expect(help).toContain(row);
    }
  });

  it("opens a pack on Enter: sections with ←→, a quiz set up with n, d and c, started with Enter", async () => {
    const { app } = await renderApp({ startQuiz: false, uiLang: "fr" });
    await press(app, KEY.enter);
    expect(frame(app)).toContain("[Résumé] Chronologie Qui est qui Sources Divergences");
    // The long summary, in date order, opens the pack, its paragraphs kept apart.
    expect(frame(app)).toContain(
      "OpenAI a été fondée fin 2015 comme organisation à but non lucratif.",
    );
    expect(frame(app)).toMatch(
      /Microsoft a intégré GPT-4 dans Bing, Outlook et\nOffice\.\n\nLe vendredi 17 novembre 2023/,
    );
    // Ten questions at first (the pack has more); n goes through 5, 10, 20 and all.
    expect(frame(app)).toContain(
      "Entrée : quiz de 10 questions · difficulté mixte · certitude non",
    );
    // End and Home go to the bottom and the top of a section.
    await press(app, "G");
    expect(frame(app)).not.toContain("OpenAI a été fondée fin 2015");
    await press(app, "g");
    expect(frame(app)).toContain("OpenAI a été fondée fin 2015");
    await press(app, KEY.left);
    expect(frame(app)).toContain("[Divergences]");
    expect(frame(app)).toContain("plus de 500 sur 770 employés selon « Comment Sam");
    await press(app, "n", "d", "c");
    expect(frame(app)).toContain("Entrée : quiz de 20 questions · facile · certitude oui");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Question 1/20");
    expect(frame(app)).toContain("Certitude (notation de Moodle");
  });

  it("groups the timeline by day, each day's date once", async () => {
    const { app } = await renderApp({ startQuiz: false });
    await press(app, KEY.enter, KEY.right);
    // Down, row by row, until the day and its first events are in view.
    const inView = () =>
      /17 novembre 2023\n• Le conseil.*\n• Ilya Sutskever a mené.*\n/.test(frame(app));
    for (let i = 0; i < 40 && !inView(); i++) {
      await press(app, KEY.down);
    }
    const rows = frame(app).split("\n");
    expect(rows.filter((r) => r.startsWith("17 novembre 2023"))).toHaveLength(1);
    const day = rows.indexOf("17 novembre 2023");
    expect(rows.slice(day + 1, day + 3).map((r) => r.replace(/\s+▼$/, ""))).toEqual([
      "• Le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI.",
      "• Ilya Sutskever a mené au sein du conseil d'administration l'éviction de Sam Altman.",
    ]);
  });

  it("searches the pack's facts and questions with /, and quizzes on a result with Enter", async () => {
    const { app } = await renderApp({ startQuiz: false, uiLang: "fr" });
    await press(app, KEY.enter, "/", ..."twich");
    expect(frame(app)).toContain("Chercher : twich");
    // Twitch the entity first, then the questions that name it.
    expect(frame(app)).toContain("› qui · Twitch\n    plateforme de streaming vidéo");
    expect(frame(app)).toContain("  question · Qui est un cofondateur et ancien PDG de Twitch ?");
    await press(app, KEY.escape);
    expect(frame(app)).toContain("[Résumé]");
    // An event reads as a sentence, never by its type's name.
    await press(app, "/", ..."murati interim");
    expect(frame(app)).toContain(
      "› fait · Le conseil d'administration d'OpenAI a nommé Mira Murati PDG par intérim d'OpenAI.",
    );
    expect(frame(app)).not.toContain("appointment");
    await press(app, KEY.enter);
    expect(frame(app)).toMatch(/Question 1\/\d+/);
    expect(frame(app)).toContain("Murati");
  });
});

describe("homeReducer", () => {
  it("types, erases, clears and keeps the cursor inside the list", () => {
    let s = homeReducer({ query: "", cursor: 2, filtering: true }, { type: "type", text: "al" });
    expect(s).toEqual({ query: "al", cursor: 0, filtering: true });
    s = homeReducer(s, { type: "move", delta: 5, count: 3 });
    expect(s.cursor).toBe(2);
    s = homeReducer(s, { type: "move", delta: -9, count: 3 });
    expect(s.cursor).toBe(0);
    expect(homeReducer(s, { type: "erase" })).toEqual({ query: "a", cursor: 0, filtering: true });
    expect(homeReducer(s, { type: "clear" })).toEqual({ query: "", cursor: 0, filtering: false });
  });
});
