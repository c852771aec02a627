import * as React from 'react';
import { createRoot } from 'react-dom/client';
{% if framework == 'piral' -%}
import { createInstance, Piral, createStandardApi } from 'piral';
{%- else -%}
import { createInstance, Piral } from 'piral-core';
{%- endif %}
import { layout, errors } from './layout';
import { priorityStrategy } from './priority';

// The feed that lists the pilets of this app shell: the `piral-feed` meta tag of index.html,
// which a deployment sets per environment (`piral publish --type release --to … --env <name>`
// writes the environment's feed there). `piral debug` and `pilet debug` add their local pilets.
const feedUrl =
  document.querySelector('meta[name="piral-feed"]')?.getAttribute('content') || {{ feedUrl|tojson }};

const instance = createInstance({
  state: {
    components: layout,
    errorComponents: errors,
  },
{%- if framework == 'piral' %}
  plugins: [...createStandardApi()],
{%- endif %}
  // Pilets arrive in priority groups, each rendering as it has loaded (see ./priority).
  async: priorityStrategy,
  requestPilets() {
    return fetch(feedUrl)
      .then((res) => res.json())
      .then((res) => (Array.isArray(res) ? res : res.items));
  },
});

const root = createRoot(document.querySelector('#app'){% if language == 'ts' %}!{% endif %});

root.render(<Piral instance={instance} />);
