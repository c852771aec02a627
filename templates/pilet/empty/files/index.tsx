{%- if language == 'ts' -%}
import type { PiletApi } from '{{ sourceName }}';

export function setup(app: PiletApi) {}
{% else -%}
export function setup(app) {}
{% endif -%}
