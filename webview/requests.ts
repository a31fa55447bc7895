// Requests to the host and their replies. Each request gets a fresh id; its promise resolves
// with the reply that echoes the id (typed by REPLIES in protocolValues.ts) or rejects on an error
// reply. A newer request of the same kind makes an older one stale: its late reply is dropped
// and its promise never settles, so a slow answer can never overwrite a newer one.
import type { ReplyTo, RequestParams, RequestType, ToHost, ToWebview } from '../src/shared/protocol';
import { REPLIES } from '../src/shared/protocolValues';

interface Pending {
  kind: RequestType;
  resolve(msg: ToWebview): void;
  reject(err: Error): void;
}

export class Requests {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<RequestType, number>();

  constructor(private readonly send: (msg: ToHost) => void) {}

  request<K extends RequestType>(kind: K, params: RequestParams<K>): Promise<ReplyTo<K>> {
    const requestId = this.nextId++;
    const stale = this.latest.get(kind);
    if (stale !== undefined) this.pending.delete(stale);
    this.latest.set(kind, requestId);
    return new Promise<ReplyTo<K>>((resolve, reject) => {
      this.pending.set(requestId, { kind, resolve: resolve as (m: ToWebview) => void, reject });
      this.send({ ...params, type: kind, requestId } as ToHost);
    });
  }

  /** Settles the request a reply or error belongs to; true when the message was one. */
  receive(msg: ToWebview): boolean {
    if (!('requestId' in msg) || msg.requestId === undefined) return false;
    const p = this.pending.get(msg.requestId);
    if (!p) return msg.type !== 'error'; // stale or unknown: dropped (an error is still shown)
    this.pending.delete(msg.requestId);
    if (msg.type === 'error') p.reject(new Error(msg.message));
    else if (msg.type === REPLIES[p.kind]) p.resolve(msg);
    else p.reject(new Error(`expected '${REPLIES[p.kind]}' in reply to '${p.kind}', got '${msg.type}'`));
    return msg.type !== 'error';
  }
}
