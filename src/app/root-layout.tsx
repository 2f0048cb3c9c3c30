import { Flex, Provider, Text, View } from '@adobe/react-spectrum'
import { Outlet, useRouter } from '@tanstack/react-router'
import { OfflineBanner } from '../components/offline-banner'
import { CurrentUserMenu } from '../features/session/current-user-menu'
import { NetworkConditionsBadge } from '../features/session/network-conditions-badge'
import { SessionBanner } from '../features/session/session-banner'
import { DEMO_MODE } from '../lib/env'

/**
 * The app frame: a header bar (banner) with the product name, in the demo the "Network conditions"
 * badge while faults are on, and the current-user menu; then the `main` landmark holding the
 * offline and sign-in banners (when needed) above the routed page, which stays mounted under them.
 * The nested Provider hands Spectrum links (`href` on Link, Breadcrumbs, Button) to TanStack
 * Router, so they navigate client-side.
 */
export function RootLayout() {
  const router = useRouter()
  return (
    <Provider
      router={{
        navigate: (href) => void router.navigate({ href }),
        useHref: (href) => router.buildLocation({ to: href }).href,
      }}
    >
      <View elementType="header" borderBottomWidth="thin" borderBottomColor="default" paddingX="size-300" paddingY="size-150">
        <Flex justifyContent="space-between" alignItems="center" gap="size-200" wrap>
          <Text UNSAFE_style={{ fontWeight: 'bold', fontSize: 'var(--spectrum-global-dimension-font-size-200)' }}>
            Destination Editor for Audience Manager
          </Text>
          <Flex alignItems="center" gap="size-150" wrap>
            {DEMO_MODE ? <NetworkConditionsBadge /> : null}
            <CurrentUserMenu />
          </Flex>
        </Flex>
      </View>
      <View elementType="main" paddingX="size-300" paddingY="size-300">
        <OfflineBanner />
        <SessionBanner />
        <Outlet />
      </View>
    </Provider>
  )
}
