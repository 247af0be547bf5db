// the phone's check-in queue, the code scanner and the live search need the page's script
export const csr = true;
