// Fetched on demand (`toast-queue.ts`): Spectrum's toast queue and region, with the toast
// components, their icons and CSS, stay out of the first screen's JavaScript and CSS.
export { ToastContainer, ToastQueue } from '@adobe/react-spectrum'
