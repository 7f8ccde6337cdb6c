/** Kinds of service channel in the catalogue; the BFF may one day send a kind the UI does not know. */
export const channelTypes = ['location', 'phone', 'e-service', 'web-page', 'printable-form'] as const;
export type ChannelType = (typeof channelTypes)[number];

export function knownChannelType(value: string): ChannelType | 'other' {
  return (channelTypes as readonly string[]).includes(value) ? (value as ChannelType) : 'other';
}
