import { Content, Heading, IllustratedMessage, Link } from '@adobe/react-spectrum'

interface NotFoundProps {
  /** Rendered as the page's h1. */
  heading?: string
  message?: string
}

/**
 * A not-found page with a link back to the destination list. Its link is an `href` that the
 * Spectrum Provider's router (set in the root layout) turns into client-side navigation.
 */
export function NotFound({ heading = 'Page not found', message = 'There is nothing at this address.' }: NotFoundProps) {
  return (
    <IllustratedMessage>
      <Heading level={1}>{heading}</Heading>
      <Content>
        {message} <Link href="/destinations">Back to Destinations</Link>
      </Content>
    </IllustratedMessage>
  )
}
