import { startLoadingPilets } from 'piral-base';
import { priorityStrategy } from './priority';

// The feed that lists the pilets of this app shell: the `piral-feed` meta tag of index.html,
// which a deployment sets per environment (`piral publish --type release --to … --env <name>`
// writes the environment's feed there). `piral debug` and `pilet debug` add their local pilets.
const feedUrl =
  document.querySelector('meta[name="piral-feed"]')?.getAttribute('content') || {{ feedUrl|tojson }};

const container = document.querySelector('#app'){% if language == 'ts' %} as HTMLElement{% endif %};

const loader = startLoadingPilets({
  // Pilets arrive in priority groups, each rendering as it has loaded (see ./priority).
  strategy: priorityStrategy,
  fetchPilets() {
    return fetch(feedUrl)
      .then((res) => res.json())
      .then((res) => (Array.isArray(res) ? res : res.items));
  },
  createApi(meta) {
    // The API every pilet receives in its `setup` function; extend it as the shell grows.
    return {
      meta,
      mount(element{% if language == 'ts' %}: HTMLElement{% endif %}) {
        container.appendChild(element);
      },
    }{% if language == 'ts' %} as any{% endif %};
  },
});

loader.connect((error, pilets, loaded) => {
  if (error) {
    container.textContent = `Could not load the pilets: ${error}`;
  } else if (loaded) {
    container.querySelector('.loading')?.remove();
    container.dataset.pilets = `${pilets.length}`;
  }
});
