// The production server as `npm start` runs it (scripts/serve.js), with one kind of comment subject
// added in its process: no module on the comments branch declares one yet (posts will), so the
// benchmark's comments go to `bench_post:<anything>`, a subject of the space `grozd` of the demo.
// Started by bench/comments.ts; not for production.
import { sql } from 'drizzle-orm';
import { addCommentSubject } from '../src/lib/server/comments/comment-subjects.ts';

let spaceId: string | undefined;
addCommentSubject({
	kind: 'bench_post',
	find: async (db, id) => {
		spaceId ??= ((await db.execute(sql`select id from spaces where slug = 'grozd'`)) as unknown as { id: string }[])[0]?.id;
		if (!spaceId) return null;
		return { spaceId, title: `Objava ${id}`, url: '/spaces/grozd', authorEmail: 'urednica@bench.example.si', authorLocale: 'sl', open: true };
	}
});
await import('../scripts/serve.js');
