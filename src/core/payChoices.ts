// The pay filter's choices: which kinds of pay and which regions a person can ask for, and what
// is shown when they have chosen none. This file is their one home. The data schema extends the
// lists with what only a source states ('average', 'unstated'), the protocol and the settings
// reader parse with them, the webview's dropdowns label each one through a Record (a choice
// without a label fails the type check), and test/unit/manifest.test.ts checks package.json's
// `careerLens.payKind` and `careerLens.region` enums and defaults against them.
// Adding a region: one entry here, then its label (webview/views/pay.ts) and its setting text
// (package.json + package.nls.json), each of which the type check or that test asks for.
// No zod here: the webview reads these before zod is loaded.

export const PAY_KIND_CHOICES = ['total', 'base'] as const;
export const REGION_CHOICES = ['us', 'nigeria', 'remote-global'] as const;

export type PayKindChoice = (typeof PAY_KIND_CHOICES)[number];
export type RegionChoice = (typeof REGION_CHOICES)[number];

export interface PayChoice {
  kind: PayKindChoice;
  region: RegionChoice;
}

/** What a person sees before choosing: package.json's setting defaults are the same. */
export const DEFAULT_PAY_CHOICE: Readonly<PayChoice> = { kind: 'total', region: 'us' };

/** Whether a value is one of a fixed list of choices: a dropdown's or a tab's id, read back from the DOM. */
export function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return (choices as readonly unknown[]).includes(value);
}

/** A choice from raw values (settings, saved state): each one that is not a choice falls back to the default. */
export function payChoiceOf(kind: unknown, region: unknown): PayChoice {
  return {
    kind: isOneOf(PAY_KIND_CHOICES, kind) ? kind : DEFAULT_PAY_CHOICE.kind,
    region: isOneOf(REGION_CHOICES, region) ? region : DEFAULT_PAY_CHOICE.region,
  };
}
