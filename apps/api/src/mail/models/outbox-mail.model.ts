import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('OutboxMail', { description: 'A mail the organisation’s members were sent (or are about to be), as the outbox keeps it.' })
export class OutboxMailModel {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while it waits: no SMTP configured, not sent yet, or every attempt failed.' })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt to send it failed.' })
  lastError: string | null;
}
