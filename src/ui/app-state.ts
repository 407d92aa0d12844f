import type { Source } from "../core/facts/model.js";
import type { QuizSession } from "../core/quiz/session.js";
import type { LoadedPack } from "../io/packs.js";

/** What a quiz is played on: its pack, or (a review across packs) none, and what its text needs. */
export interface QuizPlace {
  title: string;
  sources: ReadonlyMap<string, Source>;
  /** The pack of a quiz; undefined for a review, which no pack screen follows. */
  loaded?: LoadedPack;
}

/** Where the reader is. */
export type Route =
  | { screen: "home" }
  | { screen: "pack"; loaded: LoadedPack }
  /** A quiz, then its results once the session is done. */
  | { screen: "quiz"; place: QuizPlace; session: QuizSession };

/** The app's state: the route and the overlay drawn over it. */
export interface AppState {
  route: Route;
  overlay: "help" | "search" | null;
}

/** What moves the reader between screens. */
export type AppAction =
  | { type: "home" }
  | { type: "pack"; loaded: LoadedPack }
  | { type: "quiz"; place: QuizPlace; session: QuizSession }
  | { type: "session"; session: QuizSession }
  | { type: "overlay"; overlay: AppState["overlay"] };

/** The app state after an action; a session update only applies while a quiz is shown. */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "home":
      return { route: { screen: "home" }, overlay: null };
    case "pack":
      return { route: { screen: "pack", loaded: action.loaded }, overlay: null };
    case "quiz":
      return {
        route: { screen: "quiz", place: action.place, session: action.session },
        overlay: null,
      };
    case "session":
      if (state.route.screen !== "quiz") return state;
      return { ...state, route: { ...state.route, session: action.session } };
    case "overlay":
      return { ...state, overlay: action.overlay };
  }
}

/** The place of a quiz on a pack. */
export function packPlace(loaded: LoadedPack): QuizPlace {
  return {
    title: loaded.pack.title,
    sources: new Map(loaded.pack.sources.map((s) => [s.id, s])),
    loaded,
  };
}
