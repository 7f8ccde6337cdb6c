/** The catalogue as the importer writes it: PTV's data mapped to the portal's model. */
import type { LocalizedText } from './localized';
import type { OpeningHoursPeriod } from './opening-hours';

export const providerTypes = ['county', 'municipality', 'ngo', 'parish', 'company'] as const;
export type ProviderType = (typeof providerTypes)[number] | 'state';

export const channelTypes = ['location', 'phone', 'e-service', 'web-page', 'printable-form'] as const;
export type ChannelType = (typeof channelTypes)[number];

export const classificationKinds = ['target-group', 'service-class', 'life-event', 'ontology-term'] as const;
export type ClassificationKind = (typeof classificationKinds)[number];

export interface CatalogueOrganization {
  id: string;
  name: LocalizedText;
  providerType: ProviderType;
  sourceType?: string;
  businessCode?: string;
  municipalityCode?: string;
  modified?: Date;
}

export interface Classification {
  kind: ClassificationKind;
  /** The code, or an ontology term's URI. */
  code: string;
  name: LocalizedText;
  uri?: string;
  parentUri?: string;
}

export interface CatalogueService {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  userInstruction: LocalizedText;
  organizationId: string;
  areaType: string;
  municipalityCodes: string[];
  targetGroups: string[];
  serviceClasses: string[];
  lifeEvents: string[];
  ontologyTerms: string[];
  languages: string[];
  chargeType?: 'free' | 'charged' | 'other';
  channelIds: string[];
  modified?: Date;
}

export interface ChannelAddress {
  street: LocalizedText;
  streetNumber?: string;
  postalCode?: string;
  postOffice: LocalizedText;
  municipalityCode?: string;
}

export interface ChannelPhone {
  /** International form, e.g. "+358 9 816 45285". */
  number: string;
  label: LocalizedText;
  chargeDescription: LocalizedText;
  serviceNumber: boolean;
}

export interface ChannelWebPage {
  url: string;
  name?: string;
  language?: string;
}

export interface AccessibilityGroup {
  group: LocalizedText;
  sentences: LocalizedText[];
}

export interface CatalogueChannel {
  id: string;
  type: ChannelType;
  organizationId: string;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  areaType: string;
  municipalityCodes: string[];
  languages: string[];
  address?: ChannelAddress;
  /** WGS84 degrees. */
  latitude?: number;
  longitude?: number;
  phones: ChannelPhone[];
  emails: string[];
  webPages: ChannelWebPage[];
  openingHours: OpeningHoursPeriod[];
  accessibility: AccessibilityGroup[];
  serviceIds: string[];
  modified?: Date;
}

/** Everything one import read, by id; later versions of an entity replace earlier ones. */
export interface MappedCatalogue {
  organizations: Map<string, CatalogueOrganization>;
  services: Map<string, CatalogueService>;
  channels: Map<string, CatalogueChannel>;
  /** Entities PTV says are deleted or archived: the importer removes them. */
  removed: { kind: 'service' | 'channel'; id: string }[];
  classifications: Map<string, Classification>;
  /** List items that only name an entity ({id, name}); an HTTP import fetches them in full. */
  references: { kind: 'service' | 'channel' | 'organization' | 'unknown'; id: string }[];
}

export function emptyCatalogue(): MappedCatalogue {
  return { organizations: new Map(), services: new Map(), channels: new Map(), removed: [], classifications: new Map(), references: [] };
}
