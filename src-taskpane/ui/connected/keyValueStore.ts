/** The add-in's own storage (localStorage in the pane, which Office keeps per add-in); a map in tests. */
export type KeyValueStore = {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
};

/** What the store needs of the Web Storage API (localStorage). */
type WebStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

/** A store over the Web Storage API. */
export function webStorageStore(storage: WebStorage): KeyValueStore {
  return {
    get: async (key) => storage.getItem(key) ?? undefined,
    set: async (key, value) => storage.setItem(key, value),
    remove: async (key) => storage.removeItem(key),
  };
}

/** A store in memory: what a test "reloads" by handing the same map to a new pane. */
export function memoryStore(map = new Map<string, string>()): KeyValueStore & { map: Map<string, string> } {
  return {
    map,
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    remove: async (key) => void map.delete(key),
  };
}
