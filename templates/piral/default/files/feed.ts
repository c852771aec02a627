{%- if language == 'ts' %}
import type { PiletEntries } from 'piral-base';

{% endif -%}
/**
 * The feed that lists the pilets of this app shell: the `piral-feed` meta tag of index.html,
 * which a deployment sets per environment (`piral publish --type release --to … --env <name>`
 * writes the environment's feed there), else `fallback`, the URL given when the shell was made.
 * `piral debug` and `pilet debug` add their local pilets to what it lists.
 */
export function feedOf(fallback{% if language == 'ts' %}: string{% endif %}){% if language == 'ts' %}: string{% endif %} {
  return document.querySelector('meta[name="piral-feed"]')?.getAttribute('content') || fallback;
}

/**
 * The pilets the feed lists, with their links (and their dependencies' links) resolved against
 * the feed: a feed in blob storage may list them relative to itself.
 */
export function fetchFeed(fallback{% if language == 'ts' %}: string{% endif %}){% if language == 'ts' %}: Promise<PiletEntries>{% endif %} {
  const base = new URL(feedOf(fallback), document.baseURI).href;
  const absolute = (link{% if language == 'ts' %}: unknown{% endif %}) => (typeof link === 'string' ? new URL(link, base).href : link);
  return fetch(base)
    .then((res) => res.json())
    .then((res) => (Array.isArray(res) ? res : res.items || []))
    .then((items) =>
      // `Object.assign`, not a spread: for the tsconfig's `es6` a spread costs helpers.
      items.map((item{% if language == 'ts' %}: any{% endif %}) =>
        Object.assign({}, item, {
          link: absolute(item.link),
          dependencies: Object.keys(item.dependencies || {}).reduce(
            (all{% if language == 'ts' %}: Record<string, unknown>{% endif %}, name) => {
              all[name] = absolute(item.dependencies[name]);
              return all;
            },
            {},
          ),
        }),
      ),
    );
}
