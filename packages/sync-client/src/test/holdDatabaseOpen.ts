/** Holds back the opening of database `name` (as a slow device does) until `release`. */
export function holdDatabaseOpen(name: string) {
  const open = indexedDB.open;
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  indexedDB.open = function (this: IDBFactory, requested: string, version?: number) {
    const request = open.call(this, requested, version);
    if (requested !== name) return request;
    indexedDB.open = open;
    let handler: ((event: Event) => void) | null = null;
    Object.defineProperty(request, 'onsuccess', {
      configurable: true,
      get: () => handler,
      set(next: ((event: Event) => void) | null) {
        handler = next && ((event: Event) => void released.then(() => next.call(request, event)));
      },
    });
    return request;
  } as typeof open;
  return { release };
}
