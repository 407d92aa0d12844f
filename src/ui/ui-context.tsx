import { createContext, type ReactNode, useContext } from "react";
import type { Language } from "../core/facts/model.js";
import type { Theme } from "./theme.js";

/** What every screen reads: the language of the interface and the theme. */
export interface UiSettings {
  lang: Language;
  theme: Theme;
}

const UiContext = createContext<UiSettings | undefined>(undefined);

/** Provides the language and theme to the screens below. */
export function UiProvider({ value, children }: { value: UiSettings; children: ReactNode }) {
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

/** The language and theme; throws outside a UiProvider, so a screen cannot silently miss them. */
export function useUi(): UiSettings {
  const value = useContext(UiContext);
  if (!value) throw new Error("useUi() used outside <UiProvider>");
  return value;
}
