// A small History-API router: the portal has five routes, and their state is the URL's path and query string.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
window.addEventListener('popstate', notify);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

const snapshot = () => location.pathname + location.search;

export function useLocation(): { path: string; search: URLSearchParams } {
  const href = useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), snapshot);
  const url = new URL(href, location.origin);
  return { path: url.pathname, search: url.searchParams };
}

/** Same-origin links that navigate without a reload (a modified click still opens a new tab). */
export function linkHandler(to: string) {
  return (e: React.MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
}
