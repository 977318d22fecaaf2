// Type declarations for the Cytoscape layout extensions that ship none of their own.
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}
