// What embed.html does with its two graphs' events: a file, so that a Content-Security-Policy
// with script-src 'self' allows it.
// Each element's events bubble to the page; the target tells which graph it was.
for (const graph of document.querySelectorAll('actor-graph')) {
  const out = document.querySelector(`output[for="${graph.id}"]`);
  const loaded = (result) => {
    out.textContent = result.ok
      ? `${result.actors} actors, ${result.relations} relations. Nothing selected.`
      : `Not loaded: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`;
  };
  // The first load may be drawn before this file has run: `ready` tells how it went either way.
  customElements
    .whenDefined('actor-graph')
    .then(() => graph.ready)
    .then(loaded);
  graph.addEventListener('graph-ready', (event) => loaded({ ok: true, ...event.detail }));
  graph.addEventListener('graph-error', (event) => loaded({ ok: false, problems: event.detail.problems }));
  graph.addEventListener('actor-select', (event) => {
    out.textContent = `Selected actor: ${event.detail.actor.label}`;
  });
  graph.addEventListener('relation-select', (event) => {
    const { source, target, type, label } = event.detail.relation;
    const name = (id) => graph.graph.getNodeAttribute(id, 'label');
    out.textContent = `Selected relation: ${name(source)} – ${name(target)}, ${type}${label ? ` (${label})` : ''}`;
  });
}
