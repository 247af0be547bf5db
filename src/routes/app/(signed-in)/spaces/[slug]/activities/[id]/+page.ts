// Rows of the form's lists are added and removed in the browser when JavaScript runs; without
// it, their buttons send the form and it comes back with the row added or removed.
export const csr = true;
