import type { ReactNode } from 'react';
import { LiveIndicator } from '../components/LiveIndicator';
import { linkHandler, useLocation } from '../lib/router';
import { signOut, type Session } from '../lib/session';

const NAV: [string, string][] = [['/', 'Dashboard'], ['/orders', 'Orders'], ['/contracts', 'Contracts']];

export function Layout({ session, children }: { session: Session; children: ReactNode }) {
  const { path } = useLocation();
  const current = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <span className="brand">BackOffice</span>
        <nav aria-label="Main">
          {NAV.map(([href, label]) => (
            <a key={href} href={href} onClick={linkHandler(href)} aria-current={current(href) ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
        <div className="who">
          <LiveIndicator />
          <span className="role" data-role={session.role}>
            <span className="merchant">{session.merchantName}</span> · {session.keyName} · {session.role === 'OPERATE' ? 'Operator' : 'Reader (read only)'}
          </span>
          <button type="button" onClick={signOut}>Sign out</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
