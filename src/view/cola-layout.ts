/**
 * Registers cytoscape-cola with cytoscape. A chunk of its own, fetched the first time a drawing
 * asks for the `cola` layout (see drawing.ts), which no default drawing uses.
 */
import cytoscape from 'cytoscape';
import cola from 'cytoscape-cola';

cytoscape.use(cola);
