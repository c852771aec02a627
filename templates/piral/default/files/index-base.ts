import { startLoadingPilets } from 'piral-base';
import { fetchFeed } from './feed';
import { priorityStrategy } from './priority';

// The feed given when the shell was made; the `piral-feed` meta tag of index.html, which a
// deployment sets per environment, comes first (see ./feed).
const feedUrl = '{{ feedUrl|replace("\\", "\\\\")|replace("'", "\\'") }}';

const container = document.querySelector('#app'){% if language == 'ts' %} as HTMLElement{% endif %};

const loader = startLoadingPilets({
  // Pilets arrive in priority groups, each rendering as it has loaded (see ./priority).
  strategy: priorityStrategy,
  // The pilets of the feed that index.html names (see ./feed).
  fetchPilets: () => fetchFeed(feedUrl),
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
