import * as React from 'react';

const title = {{ (title or 'Page')|tojson }};

export default () => (
  <div className="pilet-page">
    <h1>{title}</h1>
    <p>This page is loaded on demand: its code arrives only when you open it.</p>
  </div>
);
