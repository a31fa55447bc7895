// Requests to the host and their replies: the one place a request's promise is settled. Each
// request gets a fresh id; its promise resolves with the reply that echoes the id (typed by
// REPLIES in protocolValues.ts), or rejects on an error reply, a reply of the wrong type, an
// abort through its AbortSignal, a newer request that supersedes it, or no answer in time.
// Every request settles one of these ways: nothing awaits a reply for ever.
//
// Superseding: within one lane, a newer request of a kind replaces the older one of that kind,
// whose late reply is dropped and whose promise rejects with a Superseded error, so a slow
// answer never overwrites a newer one. Consumers that must not replace each other's requests
// (the comparison's parts, the bench's probe) use lanes of their own, or none (`lane: null`).
import type { ReplyTo, RequestParams, RequestType, ToHost, ToWebview } from '../src/shared/protocol';
import { REPLIES } from '../src/shared/protocolValues';

/** The reason a request was given up on the page's side: callers that expect it ignore it. */
export class Superseded extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Superseded';
  }
}

/** True when a request ended because the page gave it up (superseded, aborted), not because it failed. */
export function isSuperseded(err: unknown): boolean {
  return err instanceof Superseded || (err instanceof Error && err.name === 'AbortError');
}

export interface RequestOptions {
  /** Requests of one kind in one lane supersede each other; `null`: never superseded. Default 'page'. */
  lane?: string | null;
  /** Aborting rejects the request with the signal's reason (a Superseded error when it has none). */
  signal?: AbortSignal;
}

/** Past this, a request that had no answer is rejected: the host answers every request it parses. */
export const REQUEST_TIMEOUT_MS = 30_000;

interface Pending {
  kind: RequestType;
  resolve(msg: ToWebview): void;
  reject(err: Error): void;
}

export class Requests {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The newest request of each kind in each lane, by `${lane}\u0000${kind}`. */
  private readonly latest = new Map<string, number>();

  constructor(
    private readonly send: (msg: ToHost) => void,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  request<K extends RequestType>(kind: K, params: RequestParams<K>, opts: RequestOptions = {}): Promise<ReplyTo<K>> {
    const requestId = this.nextId++;
    const lane = opts.lane === undefined ? 'page' : opts.lane;
    const key = lane === null ? undefined : `${lane}\u0000${kind}`;
    if (key !== undefined) {
      const older = this.latest.get(key);
      if (older !== undefined)
        this.settle(older, (p) => p.reject(new Superseded(`a newer '${kind}' replaced this one`)));
      this.latest.set(key, requestId);
    }
    return new Promise<ReplyTo<K>>((resolve, reject) => {
      const signal = opts.signal;
      if (signal?.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new Superseded(`'${kind}' was aborted`));
        return;
      }
      const timer = setTimeout(
        () =>
          this.settle(requestId, (p) => p.reject(new Error(`no answer to '${kind}' in ${this.timeoutMs / 1000} s`))),
        this.timeoutMs,
      );
      const onAbort = () =>
        this.settle(requestId, (p) =>
          p.reject(signal?.reason instanceof Error ? signal.reason : new Superseded(`'${kind}' was aborted`)),
        );
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (key !== undefined && this.latest.get(key) === requestId) this.latest.delete(key);
      };
      this.pending.set(requestId, {
        kind,
        resolve: (msg) => {
          done();
          resolve(msg as ReplyTo<K>);
        },
        reject: (err) => {
          done();
          reject(err);
        },
      });
      try {
        this.send({ ...params, type: kind, requestId } as ToHost);
      } catch (err) {
        this.settle(requestId, (p) => p.reject(err instanceof Error ? err : new Error(String(err))));
      }
    });
  }

  /** Settles the request a reply or error belongs to; true when the message was one. */
  receive(msg: ToWebview): boolean {
    if (!('requestId' in msg) || msg.requestId === undefined) return false;
    this.settle(msg.requestId, (p) => {
      if (msg.type === 'error') p.reject(new Error(msg.message));
      else if (msg.type === REPLIES[p.kind]) p.resolve(msg);
      else p.reject(new Error(`expected '${REPLIES[p.kind]}' in reply to '${p.kind}', got '${msg.type}'`));
    });
    // A superseded or unknown request's reply is dropped here; an error is still the shell's to show.
    return msg.type !== 'error';
  }

  /** How many requests await an answer (for tests: after every reply, none). */
  get waiting(): number {
    return this.pending.size;
  }

  private settle(requestId: number, how: (p: Pending) => void): boolean {
    const p = this.pending.get(requestId);
    if (!p) return false;
    this.pending.delete(requestId);
    how(p);
    return true;
  }
}
