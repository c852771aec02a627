import * as React from 'react';
import { createRoot } from 'react-dom/client';
{% if framework == 'piral' -%}
import { createInstance, Piral, createStandardApi } from 'piral';
{%- else -%}
import { createInstance, Piral } from 'piral-core';
{%- endif %}
import { layout, errors } from './layout';
import { fetchFeed } from './feed';
import { priorityStrategy } from './priority';

// The feed given when the shell was made; the `piral-feed` meta tag of index.html, which a
// deployment sets per environment, comes first (see ./feed).
const feedUrl = '{{ feedUrl|replace("\\", "\\\\")|replace("'", "\\'") }}';

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
  // The pilets of the feed that index.html names (see ./feed).
  requestPilets: () => fetchFeed(feedUrl),
});

const root = createRoot(document.querySelector('#app'){% if language == 'ts' %}!{% endif %});

root.render(<Piral instance={instance} />);
