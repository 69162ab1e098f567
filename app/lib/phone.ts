/** Logs carry only the last four digits of a phone number. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  const digits = phone.replace(/\D/g, '')
  return digits.length <= 4 ? '****' : `***${digits.slice(-4)}`
}
