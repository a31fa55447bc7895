// Errors that mean "the input was wrong", as opposed to a bug. Boundaries (commands, the
// webview message handler, the API) refuse such input with the message and keep working.

/** Input named something that does not exist or does not fit; the message says which. */
export class InvalidInputError extends Error {}
