import { Tagger } from './tagger';
import { NER_WEIGHTS } from './weights.gen';

let shipped: Tagger | undefined;

/** The tagger with the weights shipped in weights.gen.ts, decoded on first use (a few milliseconds). */
export function shippedTagger(): Tagger {
  shipped ??= Tagger.fromBase64(NER_WEIGHTS);
  return shipped;
}
