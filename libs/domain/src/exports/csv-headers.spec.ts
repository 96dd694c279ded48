import { describe, expect, it } from 'vitest';

import { csvColumnOf, csvHeaderRow } from './csv-headers';

describe('CSV header rows in the reader’s language', () => {
  it('English keeps the column names import has always read', () => {
    expect(csvHeaderRow('requirements', 'en')).toEqual(['title', 'description', 'department', 'priority', 'status', 'stakeholder_email', 'gap_note']);
    expect(csvHeaderRow('plan', 'en')).toEqual(['title', 'phase', 'role', 'start', 'finish', 'duration', 'predecessors']);
    expect(csvHeaderRow('attendance', 'en')).toEqual(['session', 'date', 'person', 'email', 'attendance']);
  });

  it('Dutch names the columns in the glossary’s words', () => {
    expect(csvHeaderRow('requirements', 'nl')).toEqual(['Titel', 'Beschrijving', 'Afdeling', 'Prioriteit', 'Status', 'E-mail stakeholder', 'Knelpunt nu']);
    expect(csvHeaderRow('plan', 'nl')).toEqual(['Titel', 'Fase', 'Rol', 'Start', 'Einde', 'Duur', 'Wacht op']);
    expect(csvHeaderRow('attendance', 'nl')).toEqual(['Trainingssessie', 'Datum', 'Persoon', 'E-mail', 'Aanwezigheid']);
  });

  it('Italian names them in Italian', () => {
    expect(csvHeaderRow('requirements', 'it')).toEqual(['Titolo', 'Descrizione', 'Reparto', 'Priorità', 'Stato', 'Email stakeholder', 'Lacuna attuale']);
    expect(csvHeaderRow('plan', 'it')).toEqual(['Titolo', 'Fase', 'Ruolo', 'Inizio', 'Fine', 'Durata', 'Attende']);
    expect(csvHeaderRow('attendance', 'it')).toEqual(['Sessione di formazione', 'Data', 'Persona', 'Email', 'Presenze']);
  });
});

describe('reading a header back on import', () => {
  it('finds the column whatever language wrote it, and however it is cased or spaced', () => {
    expect(csvColumnOf('requirements', 'Knelpunt nu')).toBe('gap_note');
    expect(csvColumnOf('requirements', ' email  STAKEHOLDER ')).toBe('stakeholder_email');
    expect(csvColumnOf('plan', 'Wacht op')).toBe('predecessors');
    expect(csvColumnOf('plan', 'Attende')).toBe('predecessors');
  });

  it('leaves a header no language writes for the import to report, normalized', () => {
    expect(csvColumnOf('plan', 'Budget Owner')).toBe('budget_owner');
  });
});
