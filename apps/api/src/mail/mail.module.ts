import { Global, Module } from '@nestjs/common';

import { MailDeliverer } from './mail-deliverer';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { OutboxResolver } from './outbox.resolver';

/** Global: any service that mails (invitations, account care) injects MailService. */
@Global()
@Module({ providers: [MailRepository, MailDeliverer, MailService, OutboxResolver], exports: [MailService] })
export class MailModule {}
