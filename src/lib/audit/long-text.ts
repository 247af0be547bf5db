// apart from the audit words, so that the page that shows entries does not carry every module's words to the browser

/** A text this long, or on several lines, reads better as a block of its own than beside its label. */
export const isLongText = (text: string | null | undefined) => typeof text === 'string' && (text.length > 120 || text.includes('\n'));
