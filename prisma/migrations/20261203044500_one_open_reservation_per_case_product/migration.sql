-- One open reservation per product per resident's case, and one open waiting-list entry per product per case
-- (issue 8). Partial unique indexes, which Prisma's schema cannot express, so written by hand. Data access checks
-- first (lib/server/cases/reserve-for-case.ts, join-waitlist-for-case.ts) and maps a violation (a double click,
-- two consultants at once) to a clear Dutch message. Note: no semicolons in these comments, the migration runner
-- splits statements on them.
CREATE UNIQUE INDEX "Reservation_one_open_per_case_product" ON "Reservation"("caseId", "productId") WHERE "status" = 'RESERVED' AND "caseId" IS NOT NULL;
CREATE UNIQUE INDEX "WaitlistEntry_one_open_per_case_product" ON "WaitlistEntry"("caseId", "productId") WHERE "status" IN ('WAITING', 'OFFERED') AND "caseId" IS NOT NULL;
