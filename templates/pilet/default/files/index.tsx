import * as React from 'react';
{%- if plugins.menu %}
import { Link } from 'react-router-dom';
{%- endif %}
{%- if language == 'ts' %}
import type { PiletApi } from '{{ sourceName }}';
{%- endif %}

const Page = React.lazy(() => import('./Page'));

export function setup(app{% if language == 'ts' %}: PiletApi{% endif %}) {
  app.registerPage('/page', Page);
{%- if plugins.notifications %}

  app.showNotification('Hello from Piral!', {
    autoClose: 2000,
  });
{%- endif %}
{%- if plugins.menu %}
  app.registerMenu(() => <Link to="/page">Page</Link>);
{%- endif %}
{%- if plugins.dashboard %}
  app.registerTile(() => <div>Welcome to Piral!</div>, {
    initialColumns: 2,
    initialRows: 2,
  });
{%- endif %}
}
