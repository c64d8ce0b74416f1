import { WebSocket } from 'ws';

/**
 * A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/): commands by id, replies
 * matched back. It drives Debian's Firefox ESR, which playwright-core cannot (its BiDi client sends
 * commands this Firefox does not have yet, emulation.setMediaFeaturesOverride).
 */
export class BidiSession {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; method: string }>();
  readonly #listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();
  #nextId = 0;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type: string; method?: string; params?: Record<string, unknown>; result?: unknown; error?: string; message?: string };
      if (message.type === 'event') {
        for (const listener of this.#listeners.get(message.method ?? '') ?? []) listener(message.params ?? {});
        return;
      }
      if (message.id === undefined) return;
      const waiting = this.#pending.get(message.id);
      if (!waiting) return;
      this.#pending.delete(message.id);
      if (message.type === 'success') waiting.resolve(message.result);
      else waiting.reject(new Error(`${waiting.method}: ${message.error ?? 'error'}: ${message.message ?? ''}`));
    });
    socket.on('close', () => {
      for (const waiting of this.#pending.values()) waiting.reject(new Error(`${waiting.method}: the browser closed the session`));
      this.#pending.clear();
    });
  }

  /** Connects to `ws://host:port` (as Firefox prints it) and opens a session. */
  static async start(endpoint: string, capabilities: Record<string, unknown>): Promise<BidiSession> {
    const socket = new WebSocket(`${endpoint}/session`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const session = new BidiSession(socket);
    await session.send('session.new', { capabilities: { alwaysMatch: capabilities } });
    return session;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = ++this.#nextId;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      this.#socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` with each event named `method` (subscribed to with `session.subscribe`); returns its removal. */
  on(method: string, listener: (params: Record<string, unknown>) => void): () => void {
    const listeners = this.#listeners.get(method) ?? this.#listeners.set(method, new Set()).get(method)!;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  close(): void {
    this.#socket.close();
  }
}
