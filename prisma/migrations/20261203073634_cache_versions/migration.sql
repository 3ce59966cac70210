-- CreateTable
CREATE TABLE "CacheVersion" (
    "topic" TEXT NOT NULL,
    "epoch" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CacheVersion_pkey" PRIMARY KEY ("topic")
);


-- Cache versions (issue 14), written by hand: the Prisma schema cannot express triggers.
-- Each app instance caches what the advice needs (the published catalogue, a municipality with its centres and
-- local offer, live availability) and reads this table on every advice request: when the (epoch, version) of a topic
-- differs from what the cached copy was loaded under, the copy is loaded again. Nothing waits for a timer.
INSERT INTO "CacheVersion" ("topic", "version") VALUES ('catalogue', 1), ('municipality', 1), ('availability', 1);

-- Bumps the topics named as trigger arguments, once per transaction and topic.
-- Called from DEFERRABLE INITIALLY DEFERRED constraint triggers, so it runs at COMMIT of the changing transaction,
-- after all its other work: the new version becomes visible in the same instant as the change itself.
-- Every bump first takes one transaction-level advisory lock, so transactions that bump several topics always lock
-- the version rows in the same order (no deadlock between them); it is held only from the trigger at commit to the
-- end of the commit.
CREATE FUNCTION "ttv_bump_cache_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY TG_ARGV LOOP
    IF coalesce(current_setting('ttv.cache_bumped_' || t, true), '') <> '1' THEN
      PERFORM pg_advisory_xact_lock(7514014);
      INSERT INTO "CacheVersion" ("topic", "version") VALUES (t, 1)
        ON CONFLICT ("topic") DO UPDATE SET "version" = "CacheVersion"."version" + 1;
      PERFORM set_config('ttv.cache_bumped_' || t, '1', true);
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

-- the published catalogue: its products and which version is published
CREATE CONSTRAINT TRIGGER "Product_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "Product"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('catalogue', 'availability');
CREATE CONSTRAINT TRIGGER "CatalogueVersion_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "CatalogueVersion"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('catalogue');

-- a municipality (status, Wmo desk, settings such as cleaning days, how not-offered products show), its centres, its offer
CREATE CONSTRAINT TRIGGER "Municipality_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "Municipality"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('municipality', 'availability');
CREATE CONSTRAINT TRIGGER "LendingCentre_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "LendingCentre"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('municipality', 'availability');
CREATE CONSTRAINT TRIGGER "OpeningHours_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "OpeningHours"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('municipality');
CREATE CONSTRAINT TRIGGER "ClosedDay_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "ClosedDay"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('municipality');
CREATE CONSTRAINT TRIGGER "MunicipalityProduct_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "MunicipalityProduct"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('municipality');

-- live availability: units, their loans and reservations
CREATE CONSTRAINT TRIGGER "LendingUnit_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "LendingUnit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('availability');
CREATE CONSTRAINT TRIGGER "Loan_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "Loan"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('availability');
CREATE CONSTRAINT TRIGGER "Reservation_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "Reservation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ttv_bump_cache_version"('availability');

-- TRUNCATE fires no row triggers (tests and the bench empty tables this way): bump at once
CREATE TRIGGER "Product_cache_truncate" AFTER TRUNCATE ON "Product" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('catalogue', 'availability');
CREATE TRIGGER "CatalogueVersion_cache_truncate" AFTER TRUNCATE ON "CatalogueVersion" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('catalogue');
CREATE TRIGGER "Municipality_cache_truncate" AFTER TRUNCATE ON "Municipality" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('municipality', 'availability');
CREATE TRIGGER "LendingCentre_cache_truncate" AFTER TRUNCATE ON "LendingCentre" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('municipality', 'availability');
CREATE TRIGGER "OpeningHours_cache_truncate" AFTER TRUNCATE ON "OpeningHours" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('municipality');
CREATE TRIGGER "ClosedDay_cache_truncate" AFTER TRUNCATE ON "ClosedDay" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('municipality');
CREATE TRIGGER "MunicipalityProduct_cache_truncate" AFTER TRUNCATE ON "MunicipalityProduct" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('municipality');
CREATE TRIGGER "LendingUnit_cache_truncate" AFTER TRUNCATE ON "LendingUnit" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('availability');
CREATE TRIGGER "Loan_cache_truncate" AFTER TRUNCATE ON "Loan" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('availability');
CREATE TRIGGER "Reservation_cache_truncate" AFTER TRUNCATE ON "Reservation" FOR EACH STATEMENT EXECUTE FUNCTION "ttv_bump_cache_version"('availability');
