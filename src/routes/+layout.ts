// The public pages are documents: rendered on the server, they need no JavaScript in the browser,
// which keeps them fast on slow connections. Interactive sections can turn it back on.
export const csr = false;
