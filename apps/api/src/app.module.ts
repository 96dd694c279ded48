import { createSecretKey } from 'node:crypto';

import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CommentsModule } from './comments/comments.module';
import { CommunicationsModule } from './communications/communications.module';
import { AccessModule } from './common/access/access.module';
import { TrashModule } from './trash/trash.module';
import { ProjectAccessGuard } from './common/access/project-access.guard';
import { AuthGuard } from './common/auth/auth.guard';
import { SharedThrottlerStorage } from './common/auth/shared-throttler-storage';
import { GraphQLErrorFilter } from './common/errors/graphql-error.filter';
import { dataSourceOptions } from './common/database/data-source-options';
import { graphqlOptions } from './common/graphql/graphql-options';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { HealthController } from './health.controller';
import { HealthModule } from './health/health.module';
import { InvitationsModule } from './invitations/invitations.module';
import { JobsModule } from './jobs/jobs.module';
import { KpisModule } from './kpis/kpis.module';
import { LiveModule } from './live/live.module';
import { MailModule } from './mail/mail.module';
import { MyWorkModule } from './my-work/my-work.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { PhasesModule } from './phases/phases.module';
import { PlanIoModule } from './plan-io/plan-io.module';
import { PlanningModule } from './planning/planning.module';
import { ProcessesModule } from './processes/processes.module';
import { ProjectsModule } from './projects/projects.module';
import { RemindersModule } from './reminders/reminders.module';
import { RequirementsModule } from './requirements/requirements.module';
import { RisksModule } from './risks/risks.module';
import { HypercareModule } from './hypercare/hypercare.module';
import { SearchModule } from './search/search.module';
import { SelectionModule } from './selection/selection.module';
import { SsoModule } from './sso/sso.module';
import { RolloutModule } from './rollout/rollout.module';
import { TasksModule } from './tasks/tasks.module';
import { TeamModule } from './team/team.module';
import { TimelineModule } from './timeline/timeline.module';
import { TrainingModule } from './training/training.module';
import { AdoptionModule } from './adoption/adoption.module';

export { APP_CONFIG };

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, poolSize: number): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, poolSize, config.statementTimeoutMs)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (db: DataSource) => graphqlOptions(db, config),
        }),
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to read it as a PEM
        // public key and throws, on every sign and verify (2 % of a profiled board request).
        JwtModule.register({ global: true, secret: createSecretKey(Buffer.from(config.jwtSecret)), signOptions: { expiresIn: config.jwtExpiresIn as never } }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.signInAttemptsPerMinute }],
          // With Redis every replica counts the same attempts; without it, this process counts alone.
          storage: config.redisUrl ? new SharedThrottlerStorage(config.redisUrl, config.redisPrefix) : undefined,
        }),
        AccessModule,
        AuditModule,
        AuthModule,
        CommunicationsModule,
        HealthModule,
        InvitationsModule,
        JobsModule,
        KpisModule,
        LiveModule,
        MailModule,
        MyWorkModule,
        NotificationsModule,
        OrganisationsModule,
        PeopleModule,
        PhasesModule,
        PlanIoModule,
        PlanningModule,
        ProcessesModule,
        ProjectsModule,
        RemindersModule,
        RequirementsModule,
        RisksModule,
        HypercareModule,
        CommentsModule,
        SearchModule,
        SelectionModule,
        SsoModule,
        RolloutModule,
        TasksModule,
        TeamModule,
        TimelineModule,
        TrainingModule,
        AdoptionModule,
        TrashModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        // Runs after the auth guard: it needs the signed-in user.
        { provide: APP_GUARD, useClass: ProjectAccessGuard },
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
