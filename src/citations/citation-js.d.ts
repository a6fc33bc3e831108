// Citation.js ships no type declarations; these cover the part of its API this site uses
// (see https://citation.js.org/api/0.7/ — the 0.8 line keeps the same surface).
declare module '@citation-js/core' {
  export interface CslDate {
    'date-parts'?: number[][];
    circa?: boolean | number | string;
    literal?: string;
    raw?: string;
  }
  export interface CslItem {
    id: string;
    type: string;
    [field: string]: unknown;
  }
  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export class Cite {
    constructor(data: unknown, options?: object);
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(name: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
      get(name: string): unknown;
    };
  };
}
declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}

// The CSL styles and locales are imported as text through Vite's `?raw` suffix, so the
// Astro build and vitest both bundle them without reading paths at run time.
declare module '*.csl?raw' {
  const xml: string;
  export default xml;
}
declare module '*.xml?raw' {
  const xml: string;
  export default xml;
}
