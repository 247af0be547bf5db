// The progress of a running import updates live with JavaScript (and by reloading without it).
export const csr = true;
