import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { SelectField } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';

const MunicipalitiesQuery = graphql(`
  query ServiceMunicipalities {
    serviceMunicipalities {
      code
      name { text language isFallback }
    }
  }
`);

export interface MunicipalitySelectProps {
  /** A municipality code, or '' for all. */
  value: string;
  onChange: (code: string) => void;
}

/** The county's municipalities from the database, with "all municipalities" first. */
export function MunicipalitySelect({ value, onChange }: MunicipalitySelectProps) {
  const { t } = useTexts<typeof fi>('serviceTray');
  const municipalities = useQuery(MunicipalitiesQuery);
  const options = [
    { value: '', label: t('municipality.all') },
    ...(municipalities.data?.serviceMunicipalities.map((m) => ({ value: m.code, label: m.name.text })) ?? []),
  ];
  return (
    <SelectField
      label={t('municipality.label')}
      hint={municipalities.status === 'error' ? t('error') : undefined}
      width="medium"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={options}
    />
  );
}
