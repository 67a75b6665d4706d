import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { createHash } from 'node:crypto';

// Typed documents from the API's printed schema: a schema change that breaks a document breaks this build.
// Every document is also a trusted document: the preset embeds the SHA-256 of its printed text (document.__meta__.hash,
// what the persisted exchange sends instead of the text) and writes persisted-documents.json (hash -> that text), which
// scripts/trusted-documents.mjs turns into dist/trusted-documents/<hash>.graphql for the API. The __typename selections
// are added here rather than by urql at run time, since the server runs the stored text and urql's document cache needs
// the typenames to refetch a query after a mutation returns a type it shows.
// Plain hex: the preset's 'sha256' would write 'sha256:<hex>', and Apollo's persistedQuery.sha256Hash (what urql's
// persisted exchange sends) and the API's <hash>.graphql file names are the bare hex digest of the UTF-8 text.
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: sha256Hex } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Long: 'number', DateTime: 'string' },
      },
    },
  },
};
export default config;
