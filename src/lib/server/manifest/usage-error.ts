/** A mistake on the command line: the command says what is wrong and exits with 64 (sysexits). */
export class UsageError extends Error {}
