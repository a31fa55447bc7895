import embedded from 'career-lens:built-in-dataset';
import type { Dataset } from '../core/schema';

/**
 * data/*.json merged and validated by loadBuiltIn at build time, so the type is earned there;
 * invalid data fails the build. Only user packs are validated at run time.
 */
export const BUILT_IN_DATASET = embedded as Dataset;
