import { Injectable } from '@nestjs/common';

import { SEARCH_HITS_IN_ALL, SEARCH_HITS_PER_KIND, searchWords } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { SearchHitModel, toSearchHit } from './models/search-hit.model';
import { SearchRepository } from './search.repository';

@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  /** Text with no word in it (only punctuation) finds nothing, without asking the database. */
  async search(access: ProjectAccess, text: string): Promise<SearchHitModel[]> {
    const words = searchWords(text);
    if (words.length === 0) return [];
    const rows = await this.repository.search(access.projectId, words, SEARCH_HITS_PER_KIND, SEARCH_HITS_IN_ALL);
    return rows.map((row) => toSearchHit(row, words));
  }
}
