import type { Locator, Page } from 'playwright-core';

/** The desk's knowledge panel: search as you type, open a result, copy a sentence. */
export class KnowledgePanelPage {
  readonly panel: Locator;
  readonly search: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Connaissances' });
    this.search = this.panel.getByRole('searchbox', { name: /Rechercher un dispositif/ });
  }

  result(title: string): Locator {
    return this.panel.getByText(title, { exact: true });
  }

  async open(title: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Afficher « ${title} »` }).click();
  }

  copyButton(sentenceStart: string): Locator {
    return this.panel.getByRole('button', { name: new RegExp(`^Copier « ${sentenceStart}`) });
  }
}

/** The content team's editor: the form, the history, the workflow and the diff. */
export class KnowledgeEditorPage {
  readonly body: Locator;
  readonly changeNote: Locator;
  readonly save: Locator;
  readonly diff: Locator;
  readonly revisions: Locator;
  readonly comments: Locator;
  readonly commentBox: Locator;
  readonly comment: Locator;

  constructor(private readonly page: Page) {
    this.revisions = page.getByRole('table', {
      name: 'Révisions, de la plus récente à la plus ancienne',
    });
    this.comments = page.getByRole('region', { name: 'Commentaires de relecture' });
    this.commentBox = this.comments.getByRole('textbox', { name: 'Ajouter un commentaire' });
    this.comment = this.comments.getByRole('button', { name: 'Commenter' });
    this.body = page.getByRole('textbox', { name: /^Texte \(HTML simple/ });
    this.changeNote = page.getByRole('textbox', { name: 'Note de modification' });
    this.save = page.getByRole('button', { name: 'Enregistrer une nouvelle révision' });
    this.diff = page.getByRole('region', { name: /^Modifications de la révision/ });
  }

  action(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The "Auteur" cell of every revision, newest first. */
  authorColumn(): Promise<string[]> {
    return this.revisions.locator('tbody tr td:nth-of-type(2)').allInnerTexts();
  }

  workflowHeading(revision: number, state: string): Locator {
    return this.page.getByRole('heading', {
      name: `Relecture et publication — Révision ${revision} (${state})`,
    });
  }
}

/** /passation: the weekly hand-over. */
export class HandoverPage {
  readonly markRead: Locator;

  constructor(private readonly page: Page) {
    this.markRead = page.getByRole('button', { name: 'Marquer comme lue' });
  }

  item(title: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: title, exact: true });
  }
}
