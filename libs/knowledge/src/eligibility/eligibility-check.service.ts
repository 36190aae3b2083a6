import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HAUTS_DE_FRANCE_REGION_CODE, TerritoryService } from '@gru/territory';
import { DataSource } from 'typeorm';
import type { SchemeContent } from '../content/entry-content';
import { liveCondition, parisDay } from '../revisions/live-revision';
import { schemeStatusSql } from '../revisions/scheme-status';
import {
  ageOn,
  assessEligibility,
  CitizenPlace,
  CitizenSituation,
  EligibilityInput,
} from './eligibility-rules';

export interface EligibilityQuestion {
  readonly age?: number;
  readonly birthDate?: string;
  readonly status?: string;
  readonly inseeCode?: string;
  readonly familyQuotient?: number;
  readonly income?: number;
}

export interface EligibilityAnswer {
  readonly eligible: { slug: string; name: string }[];
  readonly notEligible: { slug: string; name: string; reasons: string[] }[];
  readonly unknown: { slug: string; name: string; missing: EligibilityInput[] }[];
}

/** POST /knowledge/eligibility: the open schemes, sorted into eligible, not eligible (why) and unknown (what to ask). */
@Injectable()
export class EligibilityCheck {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
  ) {}

  async check(question: EligibilityQuestion, now = new Date()): Promise<EligibilityAnswer> {
    const today = parisDay(now);
    const situation: CitizenSituation = {
      age: question.age ?? (question.birthDate ? ageOn(question.birthDate, today) : undefined),
      status: question.status,
      place: question.inseeCode === undefined ? undefined : this.placeOf(question.inseeCode),
      familyQuotient: question.familyQuotient,
      income: question.income,
    };
    const answer: EligibilityAnswer = { eligible: [], notEligible: [], unknown: [] };
    for (const scheme of await this.openSchemes(now, today)) {
      const verdict = assessEligibility(scheme.eligibility, situation);
      const named = { slug: scheme.slug, name: scheme.name };
      if (verdict.verdict === 'eligible') answer.eligible.push(named);
      else if (verdict.verdict === 'not-eligible')
        answer.notEligible.push({ ...named, reasons: verdict.reasons });
      else answer.unknown.push({ ...named, missing: verdict.missing });
    }
    return answer;
  }

  /** Null for a code that is not a commune of the region (the territory library knows only those). */
  private placeOf(inseeCode: string): CitizenPlace | null {
    const commune = this.territory.index.commune(inseeCode);
    if (!commune) return null;
    return {
      inseeCode,
      epci: commune.epci.siren,
      departement: commune.departmentCode,
      region: HAUTS_DE_FRANCE_REGION_CODE,
    };
  }

  private async openSchemes(now: Date, today: string): Promise<SchemeContent[]> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT r.content FROM knowledge_revisions r JOIN knowledge_entries e ON e.id = r.entry_id
        WHERE e.kind = 'scheme' AND ${liveCondition('r')} AND ${schemeStatusSql('r')} = 'open'
        ORDER BY r.title`,
      { now, today },
    );
    const rows = await this.dataSource.query<{ content: SchemeContent }[]>(sql, parameters);
    return rows.map((row) => row.content);
  }
}
