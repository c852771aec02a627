import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createInstance, Piral } from '{{ framework }}';

const instance = createInstance({
  requestPilets() {
    return Promise.resolve([]);
  },
});

const root = createRoot(document.querySelector('#app'){% if language == 'ts' %}!{% endif %});

root.render(<Piral instance={instance} />);
