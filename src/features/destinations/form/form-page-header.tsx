import { Breadcrumbs, Item } from '@adobe/react-spectrum'
import { PageHeader } from '../../../components/page-header'

/**
 * The header of the create and edit pages: breadcrumbs "Destinations" (> the destination) > the
 * page, and the h1 `title` (plain text).
 */
export function FormPageHeader({ title, destination }: { title: string; destination?: { destinationId: number; name: string } }) {
  const crumbs = [
    { key: 'destinations', href: '/destinations', text: 'Destinations' },
    ...(destination ? [{ key: 'destination', href: `/destinations/${destination.destinationId}`, text: destination.name }] : []),
    { key: 'current', href: undefined, text: title },
  ]
  return (
    <PageHeader
      title={title}
      above={
        <Breadcrumbs aria-label="Breadcrumbs" marginBottom="size-100">
          {crumbs.map((crumb) => <Item key={crumb.key} href={crumb.href}>{crumb.text}</Item>)}
        </Breadcrumbs>
      }
    />
  )
}
