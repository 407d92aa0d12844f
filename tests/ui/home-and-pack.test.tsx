import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { homeReducer } from "../../src/ui/screens/home/home-state.js";
import { frame, KEY, press, renderApp } from "../helpers/ink.js";

afterEach(() => cleanup());

describe("the home screen", () => {
  it("lists the built-in pack with its language and question count, selected", async () => {
    const { app } = await renderApp({ startQuiz: false });
    expect(frame(app)).toContain("› OpenAI : la crise de novembre 2023");
    // Its questions: generated from its facts (seed 0 for the count) and its 7 hand-written ones.
    expect(frame(app)).toContain("  openai-2023-11 · fr · 240 question(s)");
    expect(frame(app)).toContain("Type to filter");
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
      "OpenAI est fondée fin 2015 comme organisation à but non lucratif.",
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
    expect(frame(app)).toContain("question · Qui est le cofondateur et ancien PDG de Twitch ?");
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
