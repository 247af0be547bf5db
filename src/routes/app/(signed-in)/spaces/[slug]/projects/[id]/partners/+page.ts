// The organisation picker suggests organisations of the registry as you type when JavaScript runs;
// without it, its search button sends the form and it comes back with the matches to choose from.
export const csr = true;
