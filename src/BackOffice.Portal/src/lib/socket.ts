// One graphql-ws client per signed-in key: the key goes in connection_init's payload (the X-Api-Key field the server reads),
// never in the socket's URL. It retries for ever with backoff; the state drives the live indicator, and a reconnect tells
// listeners to refetch what they show, since events sent while the socket was down are not replayed.
import { createClient, type Client } from 'graphql-ws';
import { useSyncExternalStore } from 'react';

export type SocketState = 'live' | 'reconnecting' | 'offline';

let state: SocketState = 'offline';
const stateListeners = new Set<() => void>();
const reconnectListeners = new Set<() => void>();

function setState(next: SocketState) {
  if (state === next) return;
  state = next;
  stateListeners.forEach((l) => l());
}

export function socketUrl(): string {
  const url = new URL('/graphql', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function createSocket(apiKey: string): Client {
  let connectedBefore = false;
  const client = createClient({
    url: socketUrl(),
    connectionParams: { 'X-Api-Key': apiKey },
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(500 * 2 ** retries, 5000))),
    on: {
      connecting: () => setState(connectedBefore ? 'reconnecting' : 'offline'),
      connected: () => {
        setState('live');
        if (connectedBefore) reconnectListeners.forEach((l) => l());
        connectedBefore = true;
      },
      closed: (event) => setState(stateAfterClose(event, connectedBefore)),
    },
  });
  return client;
}

// The close codes after which graphql-ws gives up instead of retrying (its shouldRetryConnectOrThrow: a refused key, a
// protocol error, an internal error, a 1xxx close other than going away or a restart): the socket stays down, so the
// indicator says offline rather than reconnecting for ever.
const TERMINAL_CLOSE_CODES = new Set([4004, 4005, 4400, 4401, 4406, 4409, 4429, 4500]);
const RETRIED_1XXX_CODES = new Set([1000, 1001, 1005, 1006, 1012, 1013, 1014]);

function isTerminal(code: number): boolean {
  return TERMINAL_CLOSE_CODES.has(code) || (code >= 1000 && code <= 1999 && !RETRIED_1XXX_CODES.has(code));
}

export function stateAfterClose(event: unknown, connectedBefore: boolean): SocketState {
  const code = (event as { code?: unknown } | null)?.code;
  if (typeof code === 'number' && isTerminal(code)) return 'offline';
  return connectedBefore ? 'reconnecting' : 'offline';
}

export function resetSocketState() {
  setState('offline');
}

export function useSocketState(): SocketState {
  return useSyncExternalStore((l) => (stateListeners.add(l), () => stateListeners.delete(l)), () => state);
}

export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}
