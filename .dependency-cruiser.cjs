// Folder boundaries, checked in `npm test` (npm run lint:deps): who may import whom. See CONTRIBUTING.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Modules must not import each other in a circle.', from: {}, to: { circular: true } },
    {
      name: 'contract-is-a-leaf',
      severity: 'error',
      comment: 'The contract package (server/contract) is shared by all; it imports nothing of the project besides itself.',
      from: { path: '^server/contract/' },
      to: { path: '^(server/src|client|graph-seed|test|bench)/' },
    },
    {
      name: 'client-takes-only-the-contract',
      severity: 'error',
      comment: 'The explorer talks to the server over HTTP; from the server it takes only the contract package.',
      from: { path: '^client/' },
      to: { path: '^(server/src|graph-seed|test|bench)/' },
    },
    {
      name: 'loader-takes-only-the-contract',
      severity: 'error',
      comment: 'Extraction and loading write through the contract’s GraphWriter port; the store implementing it lives in the server.',
      from: { path: '^graph-seed/' },
      to: { path: '^(server/src|client|test|bench)/' },
    },
    {
      name: 'only-composition-roots-wire-the-loader',
      severity: 'error',
      comment:
        'Only npm start (main.ts), the CLIs (cli/) and document intake (intake/document-intake.ts, given to the API by main.ts) put loader, store and API together; routes see only the intake port.',
      from: { path: '^server/src/', pathNot: '^server/src/(main\\.ts|cli/|intake/document-intake\\.ts)' },
      to: { path: '^graph-seed/' },
    },
    {
      name: 'server-takes-only-the-offline-page-from-the-client',
      severity: 'error',
      comment: 'The server builds offline story files with the client’s player page builder, and nothing else of the client.',
      from: { path: '^server/' },
      to: { path: '^client/', pathNot: '^client/src/present/offline-html\\.ts$' },
    },
    {
      name: 'only-the-store-imports-the-driver',
      severity: 'error',
      comment: 'server/src/db is the only folder that imports neo4j-driver; routes talk to the repository interface.',
      from: { path: '^(server|client|graph-seed)/', pathNot: '^server/src/db/' },
      to: { path: 'node_modules/neo4j-driver' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|target)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // TypeScript 7 is the native compiler, without the JS API dependency-cruiser parses with: swc reads the sources.
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
