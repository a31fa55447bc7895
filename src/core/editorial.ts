// The source id of Career Lens's own reading (see Provenance in schema.ts). It lives apart from
// the schema so the webview can name it without loading zod before its first paint.
export const EDITORIAL = 'career-lens';
