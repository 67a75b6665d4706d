import { useEffect, useState, type FormEvent } from 'react';
import { localTimeZone, presetRange, type Preset } from '../../lib/dates';
import { STATUSES, type OrdersView } from './filters';
import { statusLabel } from './StatusBadge';

const wide = typeof window !== 'undefined' && window.matchMedia('(min-width: 641px)').matches;
const PRESETS: [Preset, string][] = [['today', 'Today'], ['7d', 'Last 7 days'], ['30d', 'Last 30 days']];

/** The filter form: text fields apply on submit (Enter or Apply), choices and presets at once; every change starts at page 1. */
export function OrderFilters({ view, onChange }: { view: OrdersView; onChange: (next: Partial<OrdersView>) => void }) {
  const [draft, setDraft] = useState(view);
  useEffect(() => setDraft(view), [view]);
  const set = (patch: Partial<OrdersView>) => setDraft((d) => ({ ...d, ...patch }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    onChange({ from: draft.from, to: draft.to, min: draft.min, max: draft.max, search: draft.search, custom: draft.custom });
  };

  const active = view.status.length + [view.from, view.to, view.min, view.max, view.search, view.custom].filter(Boolean).length;
  return (
    // On a phone the filters start folded, so the table is on the first screen.
    <details className="filters-box" open={wide || undefined}>
      <summary>Filters{active ? ` (${active})` : ''}</summary>
      <form className="filters" onSubmit={apply} aria-label="Order filters">
        <div className="field">
          <label htmlFor="f-status">Status</label>
          <select id="f-status" multiple size={4} value={view.status}
            onChange={(e) => onChange({ status: Array.from(e.target.selectedOptions, (o) => o.value as OrdersView['status'][number]) })}>
            {STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
          </select>
        </div>
        <div className="field-group">
          <div className="field">
            <label htmlFor="f-from">From</label>
            <input id="f-from" type="date" value={draft.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
          </div>
          <div className="field">
            <label htmlFor="f-to">To</label>
            <input id="f-to" type="date" value={draft.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
          </div>
          <div className="presets" role="group" aria-label="Date presets">
            {PRESETS.map(([preset, label]) => (
              <button key={preset} type="button" onClick={() => onChange(presetRange(preset, new Date(), localTimeZone()))}>{label}</button>
            ))}
          </div>
        </div>
        <div className="field-group">
          <div className="field">
            <label htmlFor="f-min">Min amount</label>
            <input id="f-min" inputMode="decimal" value={draft.min ?? ''} onChange={(e) => set({ min: e.target.value || undefined })} />
          </div>
          <div className="field">
            <label htmlFor="f-max">Max amount</label>
            <input id="f-max" inputMode="decimal" value={draft.max ?? ''} onChange={(e) => set({ max: e.target.value || undefined })} />
          </div>
        </div>
        <div className="field-group">
          <div className="field">
            <label htmlFor="f-search">Search</label>
            <input id="f-search" type="search" placeholder="Order or customer id" value={draft.search ?? ''}
              onChange={(e) => set({ search: e.target.value || undefined })} />
          </div>
          <div className="field">
            <label htmlFor="f-custom">Custom field</label>
            <input id="f-custom" placeholder="Starts with" value={draft.custom ?? ''} onChange={(e) => set({ custom: e.target.value || undefined })} />
          </div>
        </div>
        <div className="filter-actions">
          <button type="submit" className="primary">Apply</button>
          <button type="button" onClick={() => onChange({ status: [], from: undefined, to: undefined, min: undefined, max: undefined, search: undefined, custom: undefined })}>Clear</button>
        </div>
      </form>
    </details>
  );
}
