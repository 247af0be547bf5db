/**
 * The ARIA wiring of a text field that opens a list of options under it (WAI-ARIA APG combobox
 * with a listbox): the focus stays in the field and points at the active option by id, so screen
 * readers read the option while the person keeps typing. The list has the id `<listId>`, its
 * options `<listId>-<index>`.
 */
export function comboboxAttributes({ listId, open, active }: { listId: string; open: boolean; active: number | undefined }) {
	return {
		type: 'text',
		role: 'combobox',
		autocomplete: 'off',
		'aria-autocomplete': 'list',
		'aria-expanded': open,
		'aria-controls': listId,
		'aria-activedescendant': open && active !== undefined ? `${listId}-${active}` : undefined
	} as const;
}
