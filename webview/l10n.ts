// Webview strings go through t(), like vscode.l10n.t on the host: the English text is the key,
// {0}-style placeholders are filled in, and the host sends the loaded translation bundle.
let bundle: Record<string, string> = {};

export function setBundle(next: Record<string, string>): void {
  bundle = next;
}

export function t(message: string, ...args: (string | number)[]): string {
  const text = bundle[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
