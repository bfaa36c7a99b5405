/**
 * The one place Astro pages read content: the collections, validated by their schemas, built once per build into the
 * read model (src/lib/reference/model.ts). Pages take view models from it and stay thin.
 */
import { getCollection } from 'astro:content';
import { buildReference, type Reference } from '../lib/reference/model.ts';

let cached: Promise<Reference> | undefined;

export function loadReference(): Promise<Reference> {
  cached ??= (async () =>
    buildReference({
      rfcs: (await getCollection('rfcs')).map((e) => e.data),
      classes: (await getCollection('classes')).map((e) => e.data),
      categories: (await getCollection('categories')).map((e) => e.data),
      codes: (await getCollection('codes')).map((e) => e.data),
      commands: (await getCollection('commands')).map((e) => e.data),
      advice: (await getCollection('advice')).map((e) => e.data),
      clients: (await getCollection('clients')).map((e) => e.data),
      servers: (await getCollection('servers')).map((e) => e.data),
      clientErrors: (await getCollection('clientErrors')).map((e) => e.data),
      guides: (await getCollection('guides')).map((e) => ({ ...e.data, slug: e.id, body: e.body ?? '' })),
      stateDiagrams: (await getCollection('stateDiagrams')).map((e) => e.data),
      commandCaptures: (await getCollection('commandCaptures')).map((e) => e.data),
    }))();
  return cached;
}

/** A path inside the site, honouring the base path (deployments in a subfolder such as /ftp/). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
