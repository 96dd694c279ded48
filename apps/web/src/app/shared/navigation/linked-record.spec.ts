import { ChangeDetectionStrategy, Component, input, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { beforeEach, describe, expect, it } from 'vitest';

import { openLinkedRecord } from './linked-record';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the pages share: a list that loads, may be widened, and a record that opens. */
const page = {
  records: signal<readonly { id: string }[] | null>(null),
  opened: [] as string[],
  widened: 0,
  canWiden: true,
};

@Component({ selector: 'crm-linked-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class LinkedPageComponent {
  readonly risk = input<string>();
  constructor() {
    openLinkedRecord({
      param: 'risk',
      id: this.risk,
      records: page.records,
      open: (record) => page.opened.push(record.id),
      widen: () => {
        if (!page.canWiden) return false;
        page.widened += 1;
        page.canWiden = false;
        return true;
      },
      missing: 'That risk is no longer in this program.',
    });
  }
}

describe('openLinkedRecord', () => {
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    Object.assign(page, { opened: [], widened: 0, canWiden: true });
    page.records.set(null);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: 'risks', component: LinkedPageComponent }], withComponentInputBinding())],
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  const settle = async () => {
    await wait();
    harness.detectChanges();
    await wait();
  };

  it('opens the linked record once the list holds it, then drops the parameter from the address', async () => {
    await harness.navigateByUrl('/risks?risk=r2');
    await settle();
    expect(page.opened).toEqual([]);
    page.records.set([{ id: 'r1' }, { id: 'r2' }]);
    await settle();
    expect(page.opened).toEqual(['r2']);
    expect(router.url).toBe('/risks');
    // A refresh of the list does not open it again.
    page.records.set([{ id: 'r1' }, { id: 'r2' }]);
    await settle();
    expect(page.opened).toEqual(['r2']);
  });

  it('widens the list once when the record is not in it (closed risks, no filters), then opens it', async () => {
    page.records.set([{ id: 'r1' }]);
    await harness.navigateByUrl('/risks?risk=r9');
    await settle();
    expect(page.widened).toBe(1);
    expect(page.opened).toEqual([]);
    page.records.set([{ id: 'r1' }, { id: 'r9' }]);
    await settle();
    expect(page.opened).toEqual(['r9']);
  });

  it('gives up on a record that is nowhere, and leaves the page as it was', async () => {
    page.canWiden = false;
    page.records.set([{ id: 'r1' }]);
    await harness.navigateByUrl('/risks?risk=gone');
    await settle();
    expect(page.opened).toEqual([]);
    expect(router.url).toBe('/risks');
  });
});
