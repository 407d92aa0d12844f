import { useInput } from "ink";
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { type KeyHandler, type KeyListener, KeyRouter } from "./key-router.js";

const KeysContext = createContext<KeyRouter | undefined>(undefined);

/**
 * The app's one reader of the keyboard: every key goes through its router, one at a time, to the
 * screens listening with {@link useKeys} below it. An app makes one and provides it.
 */
export function useKeyRouter(): KeyRouter {
  const router = useRef<KeyRouter | undefined>(undefined);
  router.current ??= new KeyRouter();
  const current = router.current;
  useInput((input, key) => current.push(input, key));
  // Declared after useInput, so it runs once Ink listens to the keyboard.
  useEffect(() => current.attach(), [current]);
  useEffect(() => () => current.close(), [current]);
  return current;
}

/**
 * Gives the screens below the app's key router, and the gate that tells the router when what a
 * key changed has been committed.
 */
export function KeysProvider({ router, children }: { router: KeyRouter; children: ReactNode }) {
  return (
    <KeysContext.Provider value={router}>
      {children}
      <KeyGate router={router} />
    </KeysContext.Provider>
  );
}

/** An app of one screen: its own key router, provided to what it holds. */
export function KeyRouted({ children }: { children: ReactNode }) {
  const router = useKeyRouter();
  return <KeysProvider router={router}>{children}</KeysProvider>;
}

/**
 * After each key, the router asks for a commit: a state update of the gate's own, made after the
 * key's, so React commits both in one pass. The gate's layout effect runs once that pass is
 * committed (it is rendered last, after the screens), and lets the next key through.
 */
function KeyGate({ router }: { router: KeyRouter }) {
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    router.connect(() => setTick((t) => t + 1));
  }, [router]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each commit the router asked for
  useLayoutEffect(() => {
    router.committed();
  }, [router, tick]);
  return null;
}

/**
 * Listens to the keys while `isActive`: `handler` is called for each key, as it was at the
 * screen's last render. Return a promise for the next key to wait for it. Pass `router` where the
 * app itself listens (above its own provider); screens find it in context, and throw without.
 */
export function useKeys(
  handler: KeyHandler,
  options: { isActive?: boolean; router?: KeyRouter } = {},
): void {
  const fromContext = useContext(KeysContext);
  const router = options.router ?? fromContext;
  if (!router) throw new Error("useKeys() used outside <KeysProvider>");
  const listener = useRef<KeyListener>({
    handler: { current: handler },
    active: { current: options.isActive ?? true },
  });
  useLayoutEffect(() => {
    listener.current.handler.current = handler;
    listener.current.active.current = options.isActive ?? true;
  });
  useLayoutEffect(() => router.listen(listener.current), [router]);
}
