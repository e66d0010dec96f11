/** Only a path inside this app: never another origin (`//evil.example`, `https://…`) after signing in. */
export function safeReturnUrl(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/sign-in')) return fallback;
  return value;
}
