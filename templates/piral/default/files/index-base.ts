import { startLoadingPilets } from 'piral-base';

// The feed service that lists the pilets of this app shell. `piral debug` and `pilet debug`
// replace it with their local feed while you develop.
const feedUrl = {{ feedUrl|tojson }};

const container = document.querySelector('#app'){% if language == 'ts' %} as HTMLElement{% endif %};

const loader = startLoadingPilets({
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
