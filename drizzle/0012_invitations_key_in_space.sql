-- an invitation's key leads with its space, as in every space-owned table
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_pkey";--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_space_id_id_pk" PRIMARY KEY("space_id","id");
