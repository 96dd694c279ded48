import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One output holds the operation types and the Apollo Angular services. typescript-operations v6
 * emits the enums and input types the operations use, so the separate `typescript` plugin is not
 * added here (it would declare the same identifiers twice). The services are provided in 'root'
 * by default. The output is committed and never edited by hand: change a .graphql file and rerun.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: 'apps/web/src/app/**/graphql/*.graphql',
  generates: {
    'libs/graphql-client/src/generated.ts': {
      plugins: ['typescript-operations', 'typescript-apollo-angular'],
      config: {
        enumType: 'string-literal',
        scalars: { DateTime: 'string' },
        addExplicitOverride: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        useTypeImports: true,
        // Documents ship pre-parsed, so the browser never downloads the GraphQL parser (~33 kB).
        documentMode: 'documentNode',
      },
    },
  },
};

export default config;
