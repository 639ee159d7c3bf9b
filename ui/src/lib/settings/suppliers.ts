/** The suppliers a profile configures, their names as Settings shows them, and their credentials. */
export type SupplierName = 'ftbook' | 'fasttrak' | 'tbo';

export const SUPPLIERS: ReadonlyArray<{ id: SupplierName; name: string; secrets: readonly string[] }> = [
  { id: 'ftbook', name: 'FTBook (Flygtaxi)', secrets: ['ftbook.password'] },
  { id: 'fasttrak', name: 'FASTTRAK', secrets: ['fasttrak.password', 'fasttrak.partnerAccessKey'] },
  { id: 'tbo', name: 'TBO', secrets: ['tbo.password'] },
];
