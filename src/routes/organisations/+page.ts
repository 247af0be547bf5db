// The directory updates its results as one types: this page, unlike the other public pages,
// runs in the browser too. Without JavaScript its form and links work all the same.
export const csr = true;
