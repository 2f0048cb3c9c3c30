import { CATEGORY_TEXT, DESTINATION_TYPE_TEXT, PARTNER_TEXT, PLATFORM_TEXT, type Destination } from '../../api/schemas/destination'

/** The words AAM shows for a destination's category, e.g. "Integrated Platforms". */
export function categoryText(destination: Pick<Destination, 'category'>): string {
  return CATEGORY_TEXT[destination.category]
}

/** The words AAM shows for a destination's type, e.g. "Device-Based" for S2S, "URL" for PUSH. */
export function typeText(destination: Pick<Destination, 'destinationType'>): string {
  return DESTINATION_TYPE_TEXT[destination.destinationType]
}

/** Platform: the partner of an integrated destination ("LiveRamp"), else the device platform ("Browser"). */
export function platformText(destination: Pick<Destination, 'partner' | 'platform'>): string {
  if (destination.partner) return PARTNER_TEXT[destination.partner]
  const platform = destination.platform ?? ''
  return (PLATFORM_TEXT as Record<string, string>)[platform] ?? platform
}
