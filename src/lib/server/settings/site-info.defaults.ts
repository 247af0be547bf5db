import type { ShownSiteInfo } from './site-info.schemas.ts';

/**
 * What a new installation says until its platform admins write their own: a contact, an
 * accessibility statement in the shape Slovenia's public bodies publish under ZDSMA (NGOs are not
 * bound by it, but their members and users deserve one), and a privacy notice (GDPR art. 13).
 * It names no contact address: the footer shows one once they enter it.
 * A line starting with `## ` is a heading, one starting with `- ` an item of a list.
 */
export const defaultSiteInfo: ShownSiteInfo = {
	operator: { sl: 'Upravljavec te namestitve Stičišča', en: 'The operator of this Stičišče installation' },
	contactEmail: undefined,
	contactAddress: undefined,
	accessibility: {
		sl: `Upravljavec tega spletišča se zavezuje, da bo spletišče dostopno v skladu z Zakonom o dostopnosti spletišč in mobilnih aplikacij (ZDSMA, Uradni list RS, št. 30/18) in standardom SIST EN 301 549. Ta izjava velja za javni del spletišča in zaledni sistem za urejanje.

## Stopnja skladnosti
Spletišče je delno skladno s smernicami WCAG 2.2 na ravni AA. Strani delujejo brez JavaScripta, s tipkovnico in z bralniki zaslona, besedilo je mogoče povečati do 200 % brez izgube vsebine, strani pa se prilagodijo zaslonom širine 320 slikovnih točk.

## Nedostopna vsebina
- Dokumenti, logotipi in slike, ki jih naložijo uporabniki, morda nimajo ustreznih nadomestnih opisov ali dostopne strukture.
- Besedila, ki jih vnesejo organizacije same (npr. opisi projektov), morda niso napisana v lahko razumljivem jeziku.

## Priprava izjave
Izjava je bila pripravljena na podlagi samoocene: samodejnih preizkusov (axe) na vseh vrstah strani, preizkusov s tipkovnico in preizkusov v ozkem zaslonu. Upravljavec izjavo pregleda vsaj enkrat letno.

## Povratne informacije in kontaktni podatki
Če naletite na vsebino, ki vam ni dostopna, nam pišite na naslov, naveden v nogi strani. Odgovorili vam bomo v 8 dneh in vam vsebino posredovali v dostopni obliki.

## Izvršilni postopek
Če z odgovorom ne boste zadovoljni, se lahko obrnete na Inšpektorat za informacijsko družbo, Tržaška cesta 21, 1000 Ljubljana, e-pošta: gp.irsid@gov.si.`,
		en: `The operator of this website is committed to making it accessible in accordance with the Slovenian Accessibility of Websites and Mobile Applications Act (ZDSMA, Official Gazette of the Republic of Slovenia, No. 30/18) and the standard EN 301 549. This statement applies to the public website and to the back office for editors.

## Compliance status
The website is partially compliant with WCAG 2.2 at level AA. Pages work without JavaScript, with a keyboard and with screen readers; text can be enlarged to 200 % without loss of content, and pages adapt to screens 320 pixels wide.

## Non-accessible content
- Documents, logos and images uploaded by users may lack suitable text alternatives or an accessible structure.
- Texts written by the organisations themselves (e.g. project descriptions) may not be in plain language.

## Preparation of this statement
This statement was prepared by self-assessment: automated tests (axe) on every kind of page, keyboard tests and tests on a narrow screen. The operator reviews it at least once a year.

## Feedback and contact
If you find content you cannot access, write to the address in the footer of every page. We will answer within 8 days and send you the content in an accessible form.

## Enforcement procedure
If you are not satisfied with the answer, you may turn to the Information Society Inspectorate of the Republic of Slovenia, Tržaška cesta 21, 1000 Ljubljana, e-mail: gp.irsid@gov.si.`
	},
	privacy: {
		sl: `To obvestilo pojasnjuje, katere osebne podatke obdeluje to spletišče, zakaj in katere pravice imate (člen 13 Splošne uredbe o varstvu podatkov, GDPR).

## Upravljavec
Upravljavec osebnih podatkov je upravljavec spletišča, naveden v nogi strani, kjer je tudi naslov za vprašanja o varstvu podatkov.

## Katere podatke obdelujemo in zakaj
- Uporabniški račun (ime, e-poštni naslov, geslo v zgoščeni obliki) za prijavo v zaledni sistem; pravna podlaga je pogodba oziroma zakoniti interes organizacije, ki vas je povabila.
- Podatke o osebah, povezanih z organizacijami (ime, e-pošta, telefon, vloga), ki jih vpisujejo stičišča in mreže za delo s članicami; pravna podlaga je zakoniti interes ali vaša privolitev, ki jo lahko kadar koli prekličete.
- Dnevnik sprememb (kdo je kaj spremenil in kdaj), da je delo sledljivo.

## Piškotki
Spletišče uporablja le nujne piškotke: piškotek seje za prijavljene uporabnike, piškotek z izbranim jezikom in piškotek, po katerem prepozna brskalnik, iz katerega ste se že prijavili. Ne uporablja analitičnih ali oglaševalskih piškotkov in ne nalaga vsebin tretjih oseb.

## Hramba
Podatke hranimo, dokler so potrebni za namen, za katerega so bili zbrani, oziroma do preklica privolitve.

## Vaše pravice
Imate pravico do dostopa do svojih podatkov, popravka, izbrisa, omejitve obdelave, prenosljivosti in ugovora. Zahtevo pošljite na naslov v nogi strani. Pritožbo lahko vložite pri Informacijskem pooblaščencu, Dunajska cesta 22, 1000 Ljubljana, e-pošta: gp.ip@ip-rs.si.`,
		en: `This notice explains which personal data this website processes, why, and what rights you have (Article 13 of the General Data Protection Regulation, GDPR).

## Controller
The controller of personal data is the operator of the website named in the footer of every page, where you also find the address for questions about data protection.

## What we process and why
- User accounts (name, e-mail address, password in hashed form) to sign in to the back office; the legal basis is a contract or the legitimate interest of the organisation that invited you.
- Data about people connected to organisations (name, e-mail, phone, role), kept by hubs and networks for their work with members; the legal basis is legitimate interest or your consent, which you may withdraw at any time.
- A log of changes (who changed what and when), so that the work can be traced.

## Cookies
The website uses strictly necessary cookies only: a session cookie for signed-in users, a cookie with the chosen language, and a cookie by which it recognises a browser you have signed in from before. It uses no analytics or advertising cookies and loads no third-party content.

## Retention
Data are kept as long as they are needed for the purpose they were collected for, or until consent is withdrawn.

## Your rights
You have the right of access, rectification, erasure, restriction of processing, data portability and objection. Send your request to the address in the footer. You may lodge a complaint with the Information Commissioner of the Republic of Slovenia, Dunajska cesta 22, 1000 Ljubljana, e-mail: gp.ip@ip-rs.si.`
	}
};
