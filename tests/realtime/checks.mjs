// What every client here prints: one line per check, then "<suite>: N passed, N failed", the line tests/run.sh counts;
// the process exits non-zero on any failure.
export function checks(suite) {
  let passed = 0;
  let failed = 0;
  const check = (name, ok, detail = '') => {
    ok ? passed++ : failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : ` -- ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`);
  };
  const finish = () => {
    console.log(`${suite}: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  };
  return { check, finish };
}
