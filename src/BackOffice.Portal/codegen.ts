import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the API's printed schema: a schema change that breaks a document breaks this build.
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Long: 'number', DateTime: 'string' },
      },
    },
  },
};
export default config;
