import { useSocketState } from '../lib/socket';

const LABELS = { live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline' } as const;

/** The socket's state, announced politely to screen readers when it changes. */
export function LiveIndicator() {
  const state = useSocketState();
  return (
    <span className={`live live-${state}`} role="status" aria-live="polite" data-state={state}>
      <span className="dot" aria-hidden="true" /> {LABELS[state]}
    </span>
  );
}
