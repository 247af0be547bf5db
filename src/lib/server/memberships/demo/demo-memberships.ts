/** The organisations that host or operate each demo space (seeds 001–004), members of it, by their registry names. */
export const demoSpaceMembers: Record<string, readonly string[]> = {
	grozd: ['SKUP – Skupnost privatnih zavodov', 'Zavod Tri, zavod za trajnostne skupnostne prakse'],
	iskra: ['Kulturno izobraževalno društvo PiNA'],
	asociacija: ['Društvo Asociacija'],
	'nvo-vid': [
		'IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij',
		'Zavod Inštitut za elektronsko participacijo',
		'Društvo LJUDMILA, laboratorij za znanost in umetnost'
	]
};
