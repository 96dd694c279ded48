import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { TeamModule } from '../team/team.module';
import { CommentSubjectsRepository } from './comment-subjects.repository';
import { CommentsRepository } from './comments.repository';
import { CommentMentionsResolver, CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { RiskCommentCountResolver, TaskCommentCountResolver } from './subject-comment-counts.resolver';

@Module({
  imports: [PeopleModule, TeamModule],
  providers: [CommentsResolver, CommentMentionsResolver, TaskCommentCountResolver, RiskCommentCountResolver, CommentsService, CommentsRepository, CommentSubjectsRepository],
})
export class CommentsModule {}
