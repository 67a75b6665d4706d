// The API key lives in sessionStorage only: it leaves with the tab, and never enters a URL or a log.
import { useSyncExternalStore } from 'react';

export type Role = 'OPERATE' | 'READ';
export interface Session { apiKey: string; role: Role; merchantName: string; keyName: string }

const KEY = 'backoffice.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Partial<Session>) : null;
    return session?.apiKey && session.role && session.merchantName !== undefined ? (session as Session) : null;
  } catch {
    return null;
  }
}

export function signIn(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  current = session;
  listeners.forEach((l) => l());
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  current = null;
  listeners.forEach((l) => l());
}

export const getSession = (): Session | null => current;

export function useSession(): Session | null {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => current);
}
