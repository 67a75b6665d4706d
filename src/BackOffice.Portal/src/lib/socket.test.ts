import { describe, expect, it } from 'vitest';
import { stateAfterClose } from './socket';

describe('the live indicator after the socket closes', () => {
  it('says reconnecting after a drop the client retries (a restart, a lost network)', () => {
    expect(stateAfterClose({ code: 1012 }, true)).toBe('reconnecting');
    expect(stateAfterClose({ code: 1006 }, true)).toBe('reconnecting');
    expect(stateAfterClose({ code: 1001 }, true)).toBe('reconnecting');
    expect(stateAfterClose({ code: 4403 }, true)).toBe('reconnecting'); // graphql-ws retries a forbidden: access may come back
    expect(stateAfterClose(new Error('network'), true)).toBe('reconnecting');
  });

  it('says offline when the server refused the socket for good (graphql-ws does not retry these)', () => {
    expect(stateAfterClose({ code: 4401 }, true)).toBe('offline');
    expect(stateAfterClose({ code: 4400 }, true)).toBe('offline');
    expect(stateAfterClose({ code: 1009 }, true)).toBe('offline'); // message too big
    expect(stateAfterClose({ code: 4500 }, true)).toBe('offline');
  });

  it('says offline before the first connection', () => {
    expect(stateAfterClose({ code: 1006 }, false)).toBe('offline');
  });
});
