export const MINISIGN: string;
export interface Key {
  dir: string;
  publicFile: string;
  secretFile: string;
  publicKey: string;
}
export function makeKey(dir?: string): Key;
export function sign(
  key: Key,
  file: string,
  trustedComment: string,
  opts?: { legacy?: boolean; sigFile?: string },
): string;
export function minisignVerifies(key: Key, file: string, sigFile?: string): boolean;
