export const newsletterPaths: Record<string, unknown> = {};
