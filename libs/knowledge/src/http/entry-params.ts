import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '@gru/errors';
import { KnowledgeFamily } from '../persistence/knowledge-kind';
import { RevisionAction } from '../workflow/revision-workflow';

/**
 * The family a path names, once parsed. An alias rather than the enum itself so that the reflected
 * parameter type is not the enum: Swagger would otherwise publish the enum's stored values
 * (`scheme`, `article`) instead of the path segments below.
 */
export type PathFamily = KnowledgeFamily;

/** `schemes` or `articles` in a path. */
export const FAMILY_SEGMENTS = ['schemes', 'articles'] as const;
export type FamilySegment = (typeof FAMILY_SEGMENTS)[number];

@Injectable()
export class FamilyPipe implements PipeTransform<string, KnowledgeFamily> {
  transform(value: string): KnowledgeFamily {
    if (value === 'schemes') return KnowledgeFamily.Scheme;
    if (value === 'articles') return KnowledgeFamily.Article;
    throw new ValidationFailedException([
      { field: 'family', messages: ['family : « schemes » ou « articles »'] },
    ]);
  }
}

/** A revision number: 1 to 1,000,000. */
@Injectable()
export class RevisionNumberPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number) || number < 1 || number > 1_000_000) {
      const field = metadata.data ?? 'number';
      throw new ValidationFailedException([
        { field, messages: [`${field} : numéro de révision attendu (entier positif)`] },
      ]);
    }
    return number;
  }
}

/** A step of the review workflow in a path: `submit`, `request-changes`, `publish`, `archive`. */
@Injectable()
export class RevisionActionPipe implements PipeTransform<string, RevisionAction> {
  private readonly actions: readonly string[] = Object.values(RevisionAction);

  transform(value: string): RevisionAction {
    if (this.actions.includes(value)) return value as RevisionAction;
    throw new ValidationFailedException([
      { field: 'action', messages: [`action : ${this.actions.map((a) => `« ${a} »`).join(', ')}`] },
    ]);
  }
}
