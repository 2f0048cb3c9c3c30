import { ToastQueue } from '@adobe/react-spectrum'
import { useQueryClient } from '@tanstack/react-query'
import { resetDemoData } from '../../api/demo'
import { userQueries } from '../../api/users'
import { describeError } from '../../components/error-message'
import { demoUserLabel, setDemoUser, type DemoToken } from './demo-users'
import { userDisplayName, userRole } from './user-role'

/**
 * Demo-only session actions for the current-user menu. `switchUser` signs in as another demo user,
 * drops every cached answer (they belonged to the previous user) and toasts "Now signed in as …".
 * `resetData` restores the seed (`POST /__demo/reset`, scenario "typical") and refetches everything.
 */
export function useDemoSession() {
  const queryClient = useQueryClient()

  async function switchUser(token: DemoToken) {
    setDemoUser(token)
    await queryClient.resetQueries()
    const user = queryClient.getQueryData(userQueries.self().queryKey)
    const who = user ? `${userDisplayName(user)} (${userRole(user)})` : demoUserLabel(token)
    ToastQueue.positive(`Now signed in as ${who}.`, { timeout: 5000 })
  }

  async function resetData() {
    try {
      await resetDemoData('typical')
    } catch (error) {
      ToastQueue.negative(`Could not reset the demo data. ${describeError(error).message}`, { timeout: 8000 })
      return
    }
    await queryClient.resetQueries()
    ToastQueue.positive('Demo data was reset to the typical workspace.', { timeout: 5000 })
  }

  return { switchUser, resetData }
}
