import * as React from 'react';

export default () => (
  <div className="pilet-page">
    <h1>{{ (title or 'Page')|e|replace('{', '&#123;')|replace('}', '&#125;') }}</h1>
    <p>This page is loaded on demand: its code arrives only when you open it.</p>
  </div>
);
