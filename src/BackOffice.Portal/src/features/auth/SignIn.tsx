import { useState, type FormEvent } from 'react';
import { signIn } from '../../lib/session';
import { checkKey } from './checkKey';

export function SignIn() {
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await checkKey(apiKey.trim());
    setBusy(false);
    if (result.ok) signIn(result.session);
    else setError(result.message);
  }

  return (
    <main className="sign-in">
      <h1>BackOffice portal</h1>
      <form onSubmit={submit} className="card">
        <label htmlFor="api-key">API key</label>
        <input id="api-key" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'api-key-error' : undefined} required />
        {error && <p id="api-key-error" className="field-error" role="alert">{error}</p>}
        <button type="submit" className="primary" disabled={busy || !apiKey.trim()}>{busy ? 'Signing in…' : 'Sign in'}</button>
        <p className="hint">The key stays in this tab only (session storage) and is forgotten when you sign out.</p>
      </form>
    </main>
  );
}
