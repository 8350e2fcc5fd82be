/** cytoscape-cola ships no typings: it is a cytoscape extension registering the `cola` layout. */
declare module 'cytoscape-cola' {
  import type cytoscape from 'cytoscape';

  const register: cytoscape.Ext;
  export default register;
}
