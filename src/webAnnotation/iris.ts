import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/**
 * Where the Web Annotation export lives in the build, and the IRIs it names things by.
 *
 * The model requires absolute IRIs (the W3C suite checks `id`, `source` and the like
 * with JSON Schema `format: uri`), but a static build does not know the host it will be
 * served from. So: with SITE_URL set, every IRI is the real served address,
 * `{SITE_URL}{BASE_PATH}{path}`. Without it, the same paths are resolved against
 * `https://policy-atlas.invalid{BASE_PATH}`: the `.invalid` top-level domain is reserved
 * (RFC 6761) so that it never resolves and belongs to no one, which keeps the IRIs
 * absolute and plainly not a real address, while a reader can still rebase them on the
 * host they use by replacing that origin. Each annotation also carries a `canonical`
 * `urn:uuid:` that depends on its id only, the same in every build and on every host.
 */

/** Registered with the other downloads once `src/export/downloads.ts` exists. */
export const annotationsJsonldPath = 'data/annotations.jsonld';

export const placeholderOrigin = 'https://policy-atlas.invalid';

export const webAnnotationPaths = {
  collection: annotationsJsonldPath,
  /** One AnnotationPage per source document (see webAnnotationExport.ts for why). */
  page: (documentId: string) => `data/annotations/${documentId}.jsonld`,
  /** The seed served byte for byte, under its own file name: `seeds/x.en.txt` → `data/seeds/x.en.txt`. */
  seed: (seedPath: string) => `data/seeds/${basename(seedPath)}`,
} as const;

/** The absolute IRI that paths of the build are resolved against; ends with `/`. */
export function iriBase(site: string | undefined, base: string): string {
  const origin = site ? new URL(site).origin : placeholderOrigin;
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(path, origin).href;
}

/** UUID version 5 (RFC 9562 §5.5): SHA-1 of namespace and name, so the same name always gives the same UUID. */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`namespace ${namespace} is not a UUID`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** This project's UUID namespace, fixed once; never change it, or every canonical IRI changes. */
export const atlasUuidNamespace = '4b0f6f0e-8f0c-4c43-9a37-2d8f3f6c1e52';

/** The host-independent IRI of an annotation: `urn:uuid:` of `annotation/{id}`. */
export const canonicalAnnotationIri = (annotationId: string) => `urn:uuid:${uuidV5(atlasUuidNamespace, `annotation/${annotationId}`)}`;
