import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule, NgForm, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';

import type { ProjectPermission, ProjectStatus, ProjectTeamModel } from '@crm/graphql-client';

import { projectStatusLabel } from '../projects/project-status';
import { followProject } from '../shared/data/area-store';
import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { PERMISSION_LABELS } from '../shared/access/permission-labels';
import { SettingsMember, SettingsStore } from './settings.store';
import { TemplateCardComponent } from './template-card.component';
import { DateTimePipe } from '../shared/format/format.pipes';

type DetailField = 'name' | 'crmProduct' | 'startDate' | 'targetGoLiveDate';

const REQUIRED_MESSAGES: Record<DetailField, string> = {
  name: $localize`:@@project.settings.nameRequired:Give the program a name.`,
  crmProduct: $localize`:@@project.settings.crmRequired:Say which CRM product you are implementing.`,
  startDate: $localize`:@@project.settings.startRequired:Enter the start date.`,
  targetGoLiveDate: $localize`:@@project.settings.goLiveRequired:Enter the target go-live date.`,
};

export const TEAM_MODEL_LABELS: Record<ProjectTeamModel, string> = {
  CENTRALIZED: $localize`:@@project.teamModel.centralized:Centralized: one CRM team serves every business unit`,
  DECENTRALIZED: $localize`:@@project.teamModel.decentralized:Decentralized: each business unit has its own CRM people`,
  HYBRID: $localize`:@@project.teamModel.hybrid:Hybrid: a central core with people in the business units`,
};

const STATUSES: readonly ProjectStatus[] = ['ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];

/**
 * A program's settings in one place: its details, who has access (members, invitations, handing
 * ownership over, leaving) and archiving.
 */
@Component({
  selector: 'crm-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SettingsStore],
  imports: [
    AREA_PAGE,
    DateTimePipe,
    DateFieldComponent,
    FormsModule,
    LoadErrorComponent,
    LoadingStateComponent,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    SubmissionBannerComponent,
    TemplateCardComponent,
  ],
  templateUrl: './settings-page.component.html',
  styleUrl: './settings-page.component.scss',
})
export class SettingsPageComponent {
  protected readonly store = inject(SettingsStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  readonly projectId = input.required<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    crmProduct: ['', Validators.required],
    startDate: ['', Validators.required],
    targetGoLiveDate: ['', Validators.required],
    status: ['ACTIVE' as ProjectStatus],
    teamModel: [null as ProjectTeamModel | null],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@project.settings.thing:this program`);

  protected readonly email = signal('');
  protected readonly invitePermission = signal<ProjectPermission>('VIEWER');
  protected readonly invitePermissions: readonly ProjectPermission[] = ['VIEWER', 'EDITOR'];
  protected readonly memberPermissions: readonly ProjectPermission[] = ['OWNER', 'EDITOR', 'VIEWER'];
  protected readonly statuses = STATUSES;
  protected readonly teamModels = Object.keys(TEAM_MODEL_LABELS) as ProjectTeamModel[];
  protected readonly teamModelLabel = TEAM_MODEL_LABELS;
  protected readonly statusLabel = projectStatusLabel;

  constructor() {
    followProject(this.store, this.projectId);
    // The form shows the program as loaded; each answer (after a save or a reload) resets it.
    effect(() => {
      const project = this.store.project();
      if (!project) return;
      untracked(() => {
        this.form.reset({
          name: project.name,
          crmProduct: project.crmProduct,
          startDate: project.startDate,
          targetGoLiveDate: project.targetGoLiveDate,
          status: project.status,
          teamModel: project.teamModel ?? null,
        });
        if (project.myPermission === 'VIEWER') this.form.disable();
        else this.form.enable();
      });
    });
  }

  protected readonly pendingError = computed(() => {
    const load = this.store.pendingLoad();
    return load.status === 'error' ? $localize`:@@project.settings.pendingFailed:We could not load the invitations. ${load.message}:reason:` : '';
  });

  protected readonly programFallback = $localize`:@@project.settings.programFallback:program`;

  protected accessOf(name: string | undefined): string {
    return $localize`:@@project.settings.accessOf:Access of ${name ?? ''}:name:`;
  }

  protected resendLabel(email: string): string {
    return $localize`:@@project.settings.resendLabel:Send again: a new link to ${email}:email:`;
  }

  protected withdrawLabel(email: string): string {
    return $localize`:@@project.settings.withdrawLabel:Withdraw the invitation to ${email}:email:`;
  }

  protected label(permission: ProjectPermission): string {
    return PERMISSION_LABELS[permission];
  }

  protected errorFor(field: DetailField): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: REQUIRED_MESSAGES[field] });
  }

  protected saveDetails(): void {
    if (!this.submission.ready()) return;
    const { name, crmProduct, startDate, targetGoLiveDate, status, teamModel } = this.form.getRawValue();
    this.submission.send(
      this.store.saveDetails({ name: name.trim(), crmProduct: crmProduct.trim(), startDate, targetGoLiveDate, status, ...(teamModel ? { teamModel } : {}) }),
      () => undefined,
    );
  }

  protected isMe(member: SettingsMember): boolean {
    return member.user?.id === this.store.myId();
  }

  /** The last owner keeps ownership: the choices that would take it away are not offered. */
  protected isLastOwner(member: SettingsMember): boolean {
    return member.permission === 'OWNER' && this.store.ownerCount() <= 1;
  }

  protected changePermission(member: SettingsMember, permission: ProjectPermission): void {
    if (permission === member.permission) return;
    const stepsDown = this.isMe(member) && member.permission === 'OWNER';
    if (!stepsDown) return this.store.setPermission(member, permission);
    confirmAction(this.dialog, {
      title: $localize`:@@project.settings.stepDownTitle:Step down as owner?`,
      message: $localize`:@@project.settings.stepDownMessage:You will have “${this.label(permission)}:access:” access. Another owner will have to give ownership back if you need it again.`,
      confirmLabel: $localize`:@@project.settings.stepDown:Step down`,
    }).subscribe((yes) => (yes ? this.store.setPermission(member, permission) : this.store.reload()));
  }

  protected handOver(member: SettingsMember): void {
    confirmAction(this.dialog, {
      title: $localize`:@@project.settings.makeOwnerTitle:Make ${member.user?.name}:name: an owner?`,
      message: $localize`:@@project.settings.makeOwnerMessage:Owners can share, archive and hand over the program. You stay an owner; step down afterwards if you are handing it over.`,
      confirmLabel: $localize`:@@project.settings.makeOwner:Make owner`,
    }).subscribe((yes) => yes && this.store.setPermission(member, 'OWNER'));
  }

  protected remove(member: SettingsMember): void {
    const leaving = this.isMe(member);
    confirmAction(this.dialog, {
      title: leaving ? $localize`:@@project.settings.leaveTitle:Leave this program?` : $localize`:@@project.settings.removeMemberTitle:Remove ${member.user?.name}:name:?`,
      message: leaving
        ? $localize`:@@project.settings.leaveMessage:You will no longer see this program. An owner can invite you again.`
        : $localize`:@@project.settings.removeMemberMessage:${member.user?.name}:name: will no longer see this program, from their next click on. You can invite them again.`,
      confirmLabel: leaving ? $localize`:@@project.settings.leave:Leave program` : $localize`:@@project.settings.removeMember:Remove`,
    }).subscribe((yes) => yes && this.store.remove(member));
  }

  protected invite(form: NgForm): void {
    const email = this.email().trim();
    if (!email || this.store.sending()) return;
    // The email stays in the field when the invitation is refused, so it can be corrected; once
    // sent, the field is empty again and not marked as missing.
    this.store.invite(email, this.invitePermission(), () => {
      this.email.set('');
      form.resetForm({ email: '', permission: this.invitePermission() });
    });
  }

  protected archive(): void {
    confirmAction(this.dialog, {
      title: $localize`:@@project.settings.archiveConfirmTitle:Archive this program?`,
      message: $localize`:@@project.settings.archiveConfirmMessage:Nobody can change anything in it until an owner unarchives it. It leaves your program list and no longer counts towards anyone’s allocation.`,
      confirmLabel: $localize`:@@project.settings.archive:Archive program`,
    }).subscribe((yes) => yes && this.store.archive());
  }

  protected removeProgram(): void {
    const name = this.store.project()?.name ?? $localize`:@@project.settings.thing:this program`;
    confirmAction(this.dialog, {
      title: $localize`:@@project.settings.removeConfirmTitle:Remove “${name}:name:”?`,
      message: $localize`:@@project.settings.removeConfirmMessage:It disappears for every member at once. For 30 days you and the other owners can restore it, as it was, from “Recently removed” on the program list; after that it is deleted with everything in it.`,
      confirmLabel: $localize`:@@project.settings.removeProgram:Remove program`,
    }).subscribe((yes) => {
      if (yes) this.store.removeProgram(() => void this.router.navigate(['/projects']));
    });
  }

  protected unarchive(): void {
    confirmAction(this.dialog, {
      title: $localize`:@@project.settings.unarchiveConfirmTitle:Unarchive this program?`,
      message: $localize`:@@project.settings.unarchiveConfirmMessage:Editors can change it again, it shows in program lists and its allocations count again.`,
      confirmLabel: $localize`:@@project.settings.unarchiveConfirm:Unarchive`,
    }).subscribe((yes) => yes && this.store.unarchive());
  }
}
