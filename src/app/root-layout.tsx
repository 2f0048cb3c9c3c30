import { Flex, Provider, Text, View } from '@adobe/react-spectrum'
import { Outlet, useRouter } from '@tanstack/react-router'
import { CurrentUserMenu } from '../features/session/current-user-menu'

/**
 * The app frame: a header bar (banner) with the product name and the current-user menu, and the
 * `main` landmark holding the routed page. The nested Provider hands Spectrum links (`href` on Link,
 * Breadcrumbs, Button) to TanStack Router, so they navigate client-side.
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
        <Flex justifyContent="space-between" alignItems="center" gap="size-200">
          <Text UNSAFE_style={{ fontWeight: 'bold', fontSize: 'var(--spectrum-global-dimension-font-size-200)' }}>
            Destination Editor for Audience Manager
          </Text>
          <CurrentUserMenu />
        </Flex>
      </View>
      <View elementType="main" paddingX="size-300" paddingY="size-300">
        <Outlet />
      </View>
    </Provider>
  )
}
