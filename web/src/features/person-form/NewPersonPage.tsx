import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCanGoBack, useNavigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { invalidatePeople, keys, useSettings } from '../../api/queries';
import { useToast } from '../../components/Toasts';
import { usePageTitle } from '../../lib/usePageTitle';
import { emptyForm, toCreateInput, type PersonFormState } from './formState';
import { PersonForm } from './PersonForm';

export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const router = useRouter();
  const canGoBack = useCanGoBack();
  const qc = useQueryClient();
  const toast = useToast();
  const settings = useSettings();
  usePageTitle(t('newPerson.title'));

  const create = useMutation({
    mutationFn: (f: PersonFormState) => api.createPerson(toCreateInput(f)),
    onSuccess: async (person) => {
      qc.setQueryData(keys.person(person.id), person);
      toast.success(
        person.metTime
          ? t('newPerson.addedFollowUp', { name: person.name })
          : t('newPerson.added', { name: person.name }),
      );
      await navigate({ to: '/people/$id', params: { id: String(person.id) } });
      await invalidatePeople(qc);
    },
  });

  return (
    <div className="page page-narrow page-new-person">
      <header className="page-header">
        <div>
          <h1>{t('newPerson.title')}</h1>
          <p className="page-subtitle">{t('newPerson.subtitle')}</p>
        </div>
      </header>
      <PersonForm
        mode="create"
        initial={emptyForm()}
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('newPerson.submit')}
        onSubmit={(f) => create.mutate(f)}
        onCancel={() => (canGoBack ? router.history.back() : void navigate({ to: '/people' }))}
        tierCadence={settings.data ? (tier) => settings.data[`cadence.${tier}`] : undefined}
      />
    </div>
  );
}
