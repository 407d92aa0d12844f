/**
 * A memory for work the same keys ask for again and again (folding names, writing dates,
 * checking a text): `memo(key, make)` is what `make()` gave for that key before, or `make()`'s
 * value, remembered. Bounded: when full it forgets everything at once, which costs only the next
 * few recomputations. It only ever returns what `make` would, so it cannot change an output; what
 * `make` gives must depend on the key alone.
 */
export function boundedMemo<V>(limit: number): (key: string, make: () => V) => V {
  const memo = new Map<string, V>();
  return (key, make) => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    if (memo.size >= limit) memo.clear();
    const value = make();
    memo.set(key, value);
    return value;
  };
}

/**
 * `make`, remembered for each object it is given (a language's configuration) for as long as the
 * object lives: what is compiled once per language is compiled once.
 */
export function rememberedPer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = make(key);
      memo.set(key, value);
    }
    return value;
  };
}

/**
 * A memory of what was worked out for an object and a key (a pack in a language, a context and
 * an entity): `memo(owner, key, make)` is what `make()` gave for them before, or `make()`'s value,
 * remembered for as long as the owner lives. What `make` gives must depend on the two alone.
 */
export function memoPerObject<O extends object, K, V>(): (owner: O, key: K, make: () => V) => V {
  const memo = new WeakMap<O, Map<K, V>>();
  return (owner, key, make) => {
    let byKey = memo.get(owner);
    if (!byKey) {
      byKey = new Map();
      memo.set(owner, byKey);
    }
    const known = byKey.get(key);
    if (known !== undefined || byKey.has(key)) return known as V;
    const value = make();
    byKey.set(key, value);
    return value;
  };
}
