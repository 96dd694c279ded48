// The package maps `graphql-ws/use/ws` through its `exports` field, which this repository's
// `moduleResolution: node` does not read; Node and jest do, at run time.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
