/**
 * The example logs of the guides, run through the decoder: the first failure it finds (shown next to the log, and
 * checked against the code the guide says it shows) and the link that opens the log in /decode/ (the same fragment
 * the decoder's Share button writes). Pure; the catalogue is projected from the read model as for the browser.
 */
import { decode, type DecodeResult, type FirstFailure } from '../decoder/decode.ts';
import type { NormalCatalog } from '../decoder/advice.ts';
import { toFragment } from '../decoder/share-link-write.ts';
import type { GuideExample } from '../../schemas/guide.ts';
import type { Reference } from './model.ts';
import { browserActions, browserPayload, decoderCatalog } from './payload.ts';

const catalogs = new WeakMap<Reference, NormalCatalog>();

function catalogOf(ref: Reference): NormalCatalog {
  let catalog = catalogs.get(ref);
  if (!catalog) {
    catalog = decoderCatalog(browserPayload(ref), browserActions(ref));
    catalogs.set(ref, catalog);
  }
  return catalog;
}

export interface DecodedExample {
  result: DecodeResult;
  failure: FirstFailure | null;
  /** Whether the decoder's first failure is the one the guide names (its code, or a line without one). */
  matches: boolean;
}

export function decodeExample(ref: Reference, example: GuideExample): DecodedExample {
  const result = decode(example.log, catalogOf(ref), { format: example.format });
  const failure = result.firstFailure;
  const matches =
    failure !== null &&
    (example.failure === 'line'
      ? failure.code === null && failure.error !== undefined
      : failure.code === example.failure);
  return { result, failure, matches };
}

/** Site-relative link that opens the log in the decoder: "decode/#q=…". */
export async function exampleLink(example: GuideExample): Promise<string> {
  return `decode/#${await toFragment(example.log, example.format ?? '')}`;
}
