import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  clearDemoFaults,
  DEMO_SCENARIO_TEXT,
  demoQueries,
  NO_FAULTS,
  putDemoFaults,
  resetDemoData,
  type DemoFaultsInput,
  type DemoScenario,
} from '../../api/demo'
import { userQueries } from '../../api/users'
import { describeError } from '../../components/error-message'
import { ToastQueue } from '../../components/toast-queue'
import { DEMO_MODE } from '../../lib/env'
import { demoUserLabel, setDemoUser, type DemoToken } from './demo-users'
import { userDisplayName, userRole } from './user-role'

/**
 * Demo-only session actions for the current-user menu and the sign-in banner.
 * - `switchUser` signs in as another demo user and refetches every query in place (nothing is
 *   unmounted, so open forms and dialogs keep what was typed), then toasts "Now signed in as …".
 *   The sign-in banner uses it after a 401 too.
 * - `resetData(scenario)` restores a scenario's seed (`POST /__demo/reset`), drops every cached
 *   answer (they describe data that is gone) and toasts the scenario's name; a failure toasts why.
 */
export function useDemoSession() {
  const queryClient = useQueryClient()

  async function switchUser(token: DemoToken) {
    setDemoUser(token)
    // Refetch in place: active queries load again with the new token, the rest are marked stale.
    await queryClient.invalidateQueries()
    const user = queryClient.getQueryData(userQueries.self().queryKey)
    const who = user ? `${userDisplayName(user)} (${userRole(user)})` : demoUserLabel(token)
    ToastQueue.positive(`Now signed in as ${who}.`, { timeout: 5000 })
  }

  async function resetData(scenario: DemoScenario = 'typical') {
    try {
      await resetDemoData(scenario)
    } catch (error) {
      ToastQueue.negative(`Could not reset the demo data. ${describeError(error).message}`, { timeout: 8000 })
      return
    }
    await queryClient.resetQueries()
    ToastQueue.positive(`Demo data was reset to the ${DEMO_SCENARIO_TEXT[scenario].label} scenario.`, { timeout: 5000 })
  }

  return { switchUser, resetData }
}

/**
 * The demo backend's network conditions (`/__demo/faults`, demo mode only): `faults` (undefined
 * until loaded), `apply(input)` (PUT; the query then holds the stored settings) and `clear()`
 * (DELETE, then every other query refetches so the screen recovers). Both are mutations: their
 * `error` is an ApiError (400 with details for bad input) for the dialog to show.
 */
export function useNetworkConditions() {
  const queryClient = useQueryClient()
  const { queryKey } = demoQueries.faults()
  const query = useQuery({ ...demoQueries.faults(), enabled: DEMO_MODE })
  const apply = useMutation({
    mutationFn: (input: DemoFaultsInput) => putDemoFaults(input),
    onSuccess: (faults) => queryClient.setQueryData(queryKey, faults),
  })
  const clear = useMutation({
    mutationFn: () => clearDemoFaults(),
    onSuccess: () => {
      queryClient.setQueryData(queryKey, { ...NO_FAULTS, methods: [...NO_FAULTS.methods] })
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== queryKey[0] })
    },
  })
  return { faults: query.data, query, apply, clear }
}
