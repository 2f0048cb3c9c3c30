import { Content, Heading, InlineAlert, Link } from '@adobe/react-spectrum'

/** Shown instead of the form when the user may not create or edit: the reason and a way back. */
export function NotAllowed({ title, reason, backHref, backText }: { title: string; reason: string; backHref: string; backText: string }) {
  return (
    <>
      <InlineAlert variant="notice" maxWidth="size-6000" marginBottom="size-200">
        <Heading level={2}>{title}</Heading>
        <Content>{reason}</Content>
      </InlineAlert>
      <Link href={backHref}>{backText}</Link>
    </>
  )
}
