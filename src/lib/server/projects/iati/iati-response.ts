/** The XML as a download a person saves and a publisher's tool fetches alike. */
export const iatiXmlResponse = (xml: string, name: string) =>
	new Response(xml, {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'content-disposition': `inline; filename="iati-${name}.xml"` }
	});
