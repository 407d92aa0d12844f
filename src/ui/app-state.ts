import type { Language } from "../core/facts/model.js";
import type { QuizSession } from "../core/quiz/session.js";
import type { LoadedPack } from "../io/packs.js";

/** Where the reader is. */
export type Route =
  | { screen: "home" }
  | { screen: "pack"; loaded: LoadedPack }
  /** A quiz, then its results once the session is done; `lang`: the one its questions are in. */
  | { screen: "quiz"; loaded: LoadedPack; session: QuizSession; lang: Language };

/** The app's state: the route and the overlay drawn over it. */
export interface AppState {
  route: Route;
  overlay: "help" | "search" | null;
}

/** What moves the reader between screens. */
export type AppAction =
  | { type: "home" }
  | { type: "pack"; loaded: LoadedPack }
  | { type: "quiz"; loaded: LoadedPack; session: QuizSession; lang: Language }
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
        route: {
          screen: "quiz",
          loaded: action.loaded,
          session: action.session,
          lang: action.lang,
        },
        overlay: null,
      };
    case "session":
      if (state.route.screen !== "quiz") return state;
      return { ...state, route: { ...state.route, session: action.session } };
    case "overlay":
      return { ...state, overlay: action.overlay };
  }
}
