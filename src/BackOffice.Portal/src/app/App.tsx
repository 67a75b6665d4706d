import { useEffect, useMemo } from 'react';
import { Provider } from 'urql';
import { SignIn } from '../features/auth/SignIn';
import { createApiClient } from '../lib/client';
import { useSession } from '../lib/session';
import { resetSocketState } from '../lib/socket';
import { Layout } from './Layout';
import { Routes } from './Routes';

/** Signed out: the sign-in form. Signed in: one API client (HTTP + socket) for the key, dropped when the key goes. */
export function App() {
  const session = useSession();
  const api = useMemo(() => (session ? createApiClient(session.apiKey) : null), [session?.apiKey]);
  useEffect(() => () => { api?.dispose(); resetSocketState(); }, [api]);
  if (!session || !api) return <SignIn />;
  return (
    <Provider value={api.client}>
      <Layout session={session}>
        <Routes />
      </Layout>
    </Provider>
  );
}
