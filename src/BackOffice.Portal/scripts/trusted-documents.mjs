// Writes the preset's persisted-documents.json (hash -> document text) as dist/trusted-documents/<hash>.graphql, the
// folder the API loads its trusted documents from. The text is written exactly as hashed: the API refuses to start on a
// file whose SHA-256 is not its name, and so does this script, before a build ships one.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('src/gql/persisted-documents.json', 'utf8'));
const folder = join('dist', 'trusted-documents');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (const [hash, text] of Object.entries(manifest)) {
  const actual = createHash('sha256').update(text, 'utf8').digest('hex');
  if (actual !== hash) throw new Error(`persisted-documents.json names a document ${hash} whose SHA-256 is ${actual}`);
  writeFileSync(join(folder, `${hash}.graphql`), text, 'utf8');
}
console.log(`${Object.keys(manifest).length} trusted documents in ${folder}`);
