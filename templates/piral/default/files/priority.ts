import { standardStrategy } from 'piral-base';
{%- if language == 'ts' %}
import type { Pilet, PiletEntry, PiletLoadingStrategy } from 'piral-base';
{%- endif %}

/**
 * Loads pilets in priority groups: the `priority` of a pilet's package.json, which the feed
 * carries (`pilet publish`), highest first, 0 when it has none. The shell renders once the first
 * group has loaded and each later group as it arrives, so a slow pilet of a lower priority never
 * holds up the ones above it.
 */
export const priorityStrategy{% if language == 'ts' %}: PiletLoadingStrategy{% endif %} = (options, cb) => {
  const ready{% if language == 'ts' %}: Array<Pilet>{% endif %} = [];
  return options
    .fetchPilets()
    .then((entries) => {
      const groups = new Map{% if language == 'ts' %}<number, Array<PiletEntry>>{% endif %}();
      for (const entry of entries) {
        const priority = Number((entry{% if language == 'ts' %} as { priority?: unknown }{% endif %}).priority) || 0;
        groups.set(priority, [...(groups.get(priority) || []), entry]);
      }
      const order = groups.size > 0 ? [...groups.keys()].sort((a, b) => b - a) : [0];
      let first{% if language == 'ts' %}: PromiseLike<void> | undefined{% endif %};
      order.reduce{% if language == 'ts' %}<PromiseLike<void>>{% endif %}((previous, priority, index) => {
        const group = previous.then(() =>
          standardStrategy(
            // `Object.assign`, not a spread: for the tsconfig's `es6` a spread costs helpers.
            Object.assign({}, options, {
              // The pilets the shell already has are set up with the first group.
              pilets: index === 0 ? options.pilets : [],
              fetchPilets: () => Promise.resolve(groups.get(priority) || []),
            }),
            (error, pilets) => {
              if (error) {
                // The shell shows what failed, with the pilets that did load.
                cb(error, [...ready]);
              } else {
                ready.push(...pilets);
                cb(undefined, [...ready]);
              }
            },
          ),
        );
        first = first || group;
        return group;
      }, Promise.resolve());
      // The shell shows its loading state until the first group is there; the others follow.
      return first;
    })
    .catch((error) => cb(error, ready));
};
